// The conventions page shows the project's eslint.config.js and its resolved compiler options. This
// proves that the shown ESLint config is the one ESLint uses for this project, that it turns on the
// rules the page names, and that the two shown files together report every broken file of the
// forgotten-await page (ESLint run fresh, tsc with exactly the shown options).
import { globSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { downloadTsconfig } from '../../src/downloads/code-download.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { shownTsconfig } from '../../src/astro/code-download-integration.ts';

const root = projectRoot();
const broken = globSync('examples/forgotten-await/broken/*.ts', { cwd: root }).sort();
const eslint = new ESLint({ cwd: root, ignore: false });
let lintRules: Map<string, string[]>;

beforeAll(async () => {
  const results = await eslint.lintFiles(broken);
  lintRules = new Map(results.map((r) => [path.relative(root, r.filePath), r.messages.map((m) => m.ruleId ?? (m.fatal ? 'parsing-error' : 'unknown'))]));
});

/** What tsc reports for each file with the compiler options the page shows. */
function tscCodes(): Map<string, string[]> {
  const shown = downloadTsconfig(shownTsconfig(root)) as { compilerOptions: Record<string, unknown> };
  const { options, errors } = ts.convertCompilerOptionsFromJson(shown.compilerOptions, root);
  expect(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, ' '))).toEqual([]);
  const program = ts.createProgram(broken.map((f) => path.join(root, f)), options);
  const codes = new Map<string, string[]>(broken.map((f) => [f, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (d.file) codes.get(path.relative(root, d.file.fileName))?.push(`TS${d.code}`);
  }
  return codes;
}

describe('the conventions page', () => {
  it('shows the config file ESLint uses for this project', async () => {
    expect(await eslint.findConfigFile()).toBe(path.join(root, 'eslint.config.js'));
  });

  it('turns on, as errors, every rule the page names', async () => {
    const { rules } = (await eslint.calculateConfigForFile(path.join(root, 'examples/forgotten-await/runtime.ts'))) as { rules: Record<string, [number, ...unknown[]]> };
    const named = ['no-floating-promises', 'no-misused-promises', 'await-thenable', 'require-await', 'return-await', 'prefer-promise-reject-errors'].map((r) => `@typescript-eslint/${r}`);
    for (const rule of [...named, 'no-async-promise-executor']) expect(rules[rule]?.[0], rule).toBe(2);
    expect(rules['@typescript-eslint/return-await']?.[1]).toBe('in-try-catch');
  });

  it('with the shown compiler options, reports every broken file of the forgotten-await page', () => {
    const tsc = tscCodes();
    expect(broken.length).toBe(5);
    for (const file of broken) {
      expect([...(tsc.get(file) ?? []), ...(lintRules.get(file) ?? [])].length, `${file}: neither tsc nor ESLint reports it`).toBeGreaterThan(0);
    }
    // What the page says each tool catches.
    expect(tsc.get('examples/forgotten-await/broken/conditions.ts')).toContain('TS2801');
    expect(tsc.get('examples/forgotten-await/broken/values.ts')).toEqual(expect.arrayContaining(['TS2339', 'TS2365', 'TS2322']));
    expect(tsc.get('examples/forgotten-await/broken/syntax.ts')).toEqual(expect.arrayContaining(['TS1089', 'TS1042', 'TS1308']));
    expect(tsc.get('examples/forgotten-await/broken/misses.ts')).toEqual([]);
    expect(new Set(lintRules.get('examples/forgotten-await/broken/misses.ts'))).toEqual(new Set(['@typescript-eslint/no-misused-promises', '@typescript-eslint/no-floating-promises']));
    expect(lintRules.get('examples/forgotten-await/broken/syntax.ts')).toEqual(['parsing-error']);
  });
});
