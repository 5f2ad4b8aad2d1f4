// A broken file's capture lists its diagnostics as a reader goes down the file; on the same spot
// the tools' order decides, and a tool's own order (a tsc error before its related hint) is kept.
import { describe, expect, it } from 'vitest';
import { capturesOf, type Located } from '../../src/runner/diagnostic-captures.ts';

const at = (id: string, tool: Located['tool'], line: number, column: number, code: string): Located => ({ id, tool, line, column, code, message: code });

describe('capturesOf', () => {
  it('gives each file its own diagnostics, by line and column, the tools in the order given', () => {
    const all = [at('a.ts', 'eslint', 2, 1, 'rule'), at('a.ts', 'tsc', 2, 1, 'TS1'), at('a.ts', 'tsc', 2, 1, 'TS1-hint'), at('b.ts', 'tsc', 1, 1, 'TS2'), at('a.ts', 'tsc', 1, 5, 'TS3')];
    const captures = new Map(capturesOf(['a.ts', 'b.ts', 'c.ts'], all, { tsc: '6' }, ['tsc', 'eslint']));
    expect(captures.get('a.ts')?.list.map((d) => d.code)).toEqual(['TS3', 'TS1', 'TS1-hint', 'rule']);
    expect(captures.get('b.ts')?.list.map((d) => d.code)).toEqual(['TS2']);
    expect(captures.get('c.ts')).toEqual({ tools: { tsc: '6' }, list: [] });
  });
});
