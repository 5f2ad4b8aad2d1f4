// The `// Deno:` header: the permission flags `deno run` needs, read once, a malformed one refused
// at its line; and left out of the hash Node's record is fresh for.
import { describe, expect, it } from 'vitest';
import { denoCommand, denoFlags, denoHeaderFor, withoutDenoHeader } from '../../src/versions/deno-permissions.ts';
import { parseRuntimes } from '../../src/versions/other-runtimes.ts';

describe('denoFlags', () => {
  it('reads the flags, sorted and once each, and none without a header', () => {
    expect(denoFlags('// Requires: Node 24+ (x)\n// Deno: --allow-read --allow-env --allow-read\nconsole.log(1);\n')).toEqual(['--allow-env', '--allow-read']);
    expect(denoFlags('console.log(1);\n')).toEqual([]);
    expect(denoFlags('run();\n// Deno: --allow-net (at the end: the output names lines of this file)\n')).toEqual(['--allow-net']);
  });

  it('refuses a header that is not a list of permission flags, at its line', () => {
    expect(() => denoFlags('// one\n// Deno: -A\n', 'examples/x.ts')).toThrow(
      'examples/x.ts:2: expected `// Deno: --allow-env --allow-read` (the permission flags `deno run` needs), found `// Deno: -A`',
    );
  });

  it('says the header a run calls for, and the command a reader types', () => {
    expect(denoHeaderFor(['--allow-read', '--allow-env'])).toBe('`// Deno: --allow-env --allow-read`');
    expect(denoHeaderFor([])).toBe('no `// Deno:` header');
    expect(denoCommand(['--allow-env'], 'examples/x.ts')).toBe('deno run --allow-env examples/x.ts');
  });

  it('drops the header line, and only it, from what Node runs', () => {
    expect(withoutDenoHeader('// a\n// Deno: --allow-env\nrun();\n')).toBe('// a\nrun();\n');
  });
});

describe('parseRuntimes', () => {
  it('reads package.json awaited.runtimes, and refuses another runtime or an inexact version', () => {
    expect(parseRuntimes({ awaited: { runtimes: { deno: '2.9.6', bun: '1.4.5' } } })).toEqual({ deno: '2.9.6', bun: '1.4.5' });
    expect(parseRuntimes({})).toEqual({});
    expect(() => parseRuntimes({ awaited: { runtimes: { workerd: '1.0.0' } } })).toThrow('package.json awaited.runtimes["workerd"]: only deno and bun are run');
    expect(() => parseRuntimes({ awaited: { runtimes: { bun: '^1.4' } } })).toThrow('package.json awaited.runtimes["bun"] must be an exact x.y.z version, found "^1.4"');
  });
});

describe('--allow-all', () => {
  it('stands alone, where Deno asks for it (reading /proc)', () => {
    expect(denoFlags('// Deno: --allow-all\n')).toEqual(['--allow-all']);
    expect(() => denoFlags('// Deno: --allow-all --allow-read\n', 'examples/x.ts')).toThrow(
      'examples/x.ts:1: `--allow-all` grants everything and conflicts with the other flags: write `// Deno: --allow-all` alone',
    );
  });
});
