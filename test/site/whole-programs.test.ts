// A sample labelled "whole program" must run as pasted: its copy text, written into a fresh file
// in a fresh folder of a project with the same dependencies, prints its verified output.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { matchOutput } from '../../src/lib/expected-output.ts';
import { findSampleUsages } from '../../src/lib/sample-usages.ts';
import { readExpected } from '../../src/runner/catalogue.ts';
import { root } from '../../src/runner/paths.ts';
import { runProgram } from '../../src/runner/run-example.ts';
import { contentFiles } from '../../src/site/check-usages.ts';
import { loadSample } from '../../src/site/load-sample.ts';

// Inside the repository, so that `node_modules` resolves as it would in the reader's project.
mkdirSync(path.join(root, '.cache'), { recursive: true });
const scratch = mkdtempSync(path.join(root, '.cache', 'paste-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const wholePrograms = [
  ...new Map(
    contentFiles()
      .flatMap((page) => findSampleUsages(readFileSync(page, 'utf8')).map((usage) => ({ page, ...usage })))
      .map((usage) => ({ usage, sample: loadSample(usage.file, usage.region, path.relative(root, usage.page)) }))
      .filter(({ sample }) => sample.wholeProgram)
      .map((entry) => [entry.usage.file, entry] as const),
  ).values(),
];

describe('whole-program samples run as pasted', () => {
  it('there are whole-program samples', () => {
    expect(wholePrograms.length).toBeGreaterThan(0);
  });

  it.each(wholePrograms.map(({ usage, sample }) => [usage.file, sample.code] as const))('%s', async (file, code) => {
    const folder = mkdtempSync(path.join(scratch, 'p-'));
    const pasted = path.join(folder, 'pasted.ts');
    writeFileSync(pasted, code);
    const run = await runProgram(pasted, file);
    expect(run.exitCode, run.stderr).toBe(0);
    const { problems } = matchOutput(readExpected(file), run.stdout);
    expect(problems, `pasted copy of examples/${file}`).toEqual([]);
  });
});
