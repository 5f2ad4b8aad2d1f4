// A sample labelled "whole program" must run as pasted: its code, written into a fresh file in a
// fresh folder of a project with the same dependencies, prints its verified output. The samples
// are the ones the built site labels so (npm test builds first).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { matchOutput } from '../../src/formats/expected-output.ts';
import { runProgram } from '../../src/runner/run-example.ts';

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
    const pasted = path.join(folder, 'pasted.ts');
    writeFileSync(pasted, examples.excerpt(file, region).code);
    const run = await runProgram(pasted, file);
    expect(run.exitCode, run.stderr).toBe(0);
    expect(matchOutput(examples.file(file).expected, run.stdout).problems, `pasted copy of examples/${file}`).toEqual([]);
  });
});
