// The forgotten-await page shows what tsc and ESLint report for the files in
// examples/forgotten-await/broken/. These tests read the run's fresh capture of both tools
// (test/support/fresh-diagnostics.ts): every code the page names must be reported, and the "misses"
// file must compile. That the committed capture equals it is test/examples/broken-diagnostics.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticsCapture } from '../../../src/catalogue/records.ts';
import { diagnosticsOf, freshDiagnostics } from '../../support/fresh-diagnostics.ts';

const page = 'forgotten-await';
const file = (name: string): string => `${page}/broken/${name}.ts`;
let fresh: Map<string, DiagnosticsCapture>;

beforeAll(async () => {
  fresh = await freshDiagnostics();
});

const codesIn = (name: string, tool: Diagnostic['tool']): string[] =>
  diagnosticsOf(fresh, file(name)).filter((d) => d.tool === tool).map((d) => d.code);
const linesWith = (name: string, code: string): number[] =>
  diagnosticsOf(fresh, file(name)).filter((d) => d.code === code).map((d) => d.line);

describe('tsc on the broken files', () => {
  it('reports TS2801 with the TS2773 await hint on each condition (if, ?:, &&)', () => {
    expect(linesWith('conditions', 'TS2801')).toEqual([6, 7, 8]);
    expect(linesWith('conditions', 'TS2773')).toEqual([6, 7, 8]);
  });

  it('reports TS2339 and TS2365 with the hint, and TS2322 without it', () => {
    expect(codesIn('values', 'tsc')).toEqual(['TS2339', 'TS2773', 'TS2365', 'TS2773', 'TS2322']);
  });

  it('reports TS1089 (async constructor), TS1042 (async getter) and TS1308 (await outside async)', () => {
    const codes = codesIn('syntax', 'tsc');
    for (const code of ['TS1089', 'TS1042', 'TS1308']) expect(codes).toContain(code);
  });

  it('reports nothing for misses.ts and lint-only.ts', () => {
    expect(codesIn('misses', 'tsc')).toEqual([]);
    expect(codesIn('lint-only', 'tsc')).toEqual([]);
  });
});

describe('ESLint on the broken files', () => {
  it('flags every forgotten await in misses.ts that tsc let through', () => {
    expect(codesIn('misses', 'eslint')).toEqual([
      '@typescript-eslint/no-misused-promises', // if (!isAdmin())
      '@typescript-eslint/no-floating-promises', // save('draft');
      '@typescript-eslint/no-misused-promises', // forEach(async …)
      '@typescript-eslint/no-misused-promises', // setTimeout(async …)
    ]);
  });

  it('reports each promise rule the page lists', () => {
    const codes = new Set([...fresh].filter(([id]) => id.startsWith(`${page}/`)).flatMap(([, c]) => c.list).filter((d) => d.tool === 'eslint').map((d) => d.code));
    for (const rule of [
      '@typescript-eslint/no-floating-promises',
      '@typescript-eslint/no-misused-promises',
      '@typescript-eslint/await-thenable',
      '@typescript-eslint/require-await',
      '@typescript-eslint/return-await',
      '@typescript-eslint/prefer-promise-reject-errors',
      'no-await-in-loop',
      'no-async-promise-executor',
    ]) {
      expect(codes, rule).toContain(rule);
    }
  });
});
