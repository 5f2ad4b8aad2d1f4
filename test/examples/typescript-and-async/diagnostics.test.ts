// The typescript-and-async page names a compiler or lint finding for each of its broken files; this
// checks each named code in the run's fresh capture of both tools (test/support/fresh-diagnostics.ts).
import { beforeAll, expect, it } from 'vitest';
import type { DiagnosticsCapture } from '../../../src/catalogue/records.ts';
import { diagnosticsOf, freshDiagnostics } from '../../support/fresh-diagnostics.ts';

const page = 'typescript-and-async';
let fresh: Map<string, DiagnosticsCapture>;

beforeAll(async () => {
  fresh = await freshDiagnostics();
});

const codes = (file: string, tool: 'tsc' | 'eslint'): string[] =>
  diagnosticsOf(fresh, `${page}/broken/${file}`).filter((d) => d.tool === tool).map((d) => d.code);

it('an array given to Promise.all loses its positions: TS2339 on each', () => {
  expect(codes('tuple.ts', 'tsc')).toEqual(['TS2339', 'TS2339']);
});

it('an async callback where void is expected passes tsc and fails checksVoidReturn; the reverse fails tsc', () => {
  expect(codes('void-return.ts', 'eslint')).toEqual(['@typescript-eslint/no-misused-promises']);
  expect(codes('void-return.ts', 'tsc')).toContain('TS2322');
});

it('catch (error) is unknown (TS18046); a .catch parameter is any, which only the linter reports', () => {
  expect(codes('catch-unknown.ts', 'tsc')).toEqual(['TS18046']);
  expect(codes('catch-unknown.ts', 'eslint')).toContain('@typescript-eslint/no-unsafe-member-access');
});

it('top-level await in a CommonJS file is TS1309', () => {
  expect(codes('tla.cts', 'tsc')).toEqual(['TS1309']);
});

it('lib ES2022 without @types/node lacks all four newer APIs; ES2024 with @types/node lacks only Promise.try', () => {
  expect(codes('old-lib/lib-es2022.ts', 'tsc')).toEqual(['TS2550', 'TS2550', 'TS2304', 'TS2550']);
  expect(codes('lib-es2024.ts', 'tsc')).toEqual(['TS2550']);
});
