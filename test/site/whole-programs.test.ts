// A sample labelled "whole program" must run as pasted: its code, written into a fresh file in a
// fresh folder of a project with the same dependencies, prints its verified output. The samples
// are the ones the built site labels so (npm test builds first).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { matchOutput } from '../../src/formats/expected-output.ts';
import { runProgram, runPythonProgram } from '../../src/runner/run-example.ts';

const examples = catalogue();
const site = builtSite(examples.root);
// Inside the repository, so that `node_modules` resolves as it would in the reader's project.
mkdirSync(path.join(examples.root, '.cache'), { recursive: true });
const scratch = mkdtempSync(path.join(examples.root, '.cache', 'paste-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const labelled = new Set(
  site.pages.flatMap((url) =>
    site
      .document(url)
      .querySelectorAll('figure[data-whole-program]')
      .map((figure) => figure.getAttribute('data-example') ?? ''),
  ),
);

describe('whole-program samples run as pasted', () => {
  it('there are whole-program samples', () => {
    expect(labelled.size).toBeGreaterThan(0);
  });

  it.each([...labelled].sort())('%s', async (shown) => {
    const [file = '', region] = shown.split('#');
    const folder = mkdtempSync(path.join(scratch, 'p-'));
    const python = examples.file(file).language === 'python';
    const pasted = path.join(folder, python ? 'pasted.py' : 'pasted.ts');
    writeFileSync(pasted, examples.excerpt(file, region).code);
    const run = python ? await runPythonProgram(pasted, file) : await runProgram(pasted, file);
    expect(run.exitCode, run.stderr).toBe(0);
    // A Python run can exit 0 and still have reported a warning (-X dev -W error).
    expect(python ? run.stderr : '', `pasted copy of examples/${file}`).toBe('');
    expect(matchOutput(examples.file(file).expected, run.stdout).problems, `pasted copy of examples/${file}`).toEqual([]);
  });
});
