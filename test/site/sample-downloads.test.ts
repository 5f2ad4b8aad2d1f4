// A sample whose file uses other local files offers a zip of them (src/components/SampleGet.astro):
// each zip the built site links to, unpacked by an independent tool (Python's zipfile) into a fresh
// folder, runs with the command the caption gives and prints the example's verified output.
import { execFileSync } from 'node:child_process';
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { builtSite } from './built-site.ts';
import { matchOutput } from '../../src/lib/expected-output.ts';
import { runProgram } from '../../src/runner/run-example.ts';

const examples = catalogue();
const dist = builtSite(examples.root);
// Inside the repository, so that `node_modules` resolves as it would in the reader's project.
mkdirSync(path.join(examples.root, '.cache'), { recursive: true });
const scratch = mkdtempSync(path.join(examples.root, '.cache', 'download-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Offer {
  zip: string;
  /** The command the caption gives: `node examples/…`. */
  command: string;
  /** The sample's file under examples/. */
  id: string;
}

const offers = new Map<string, Offer>();
for (const file of globSync('**/index.html', { cwd: dist })) {
  for (const get of parse(readFileSync(path.join(dist, file), 'utf8')).querySelectorAll('.sample-get')) {
    const zip = get.querySelector('a[download]')?.getAttribute('href') ?? '';
    const command = get.querySelectorAll('code').at(-1)?.text ?? '';
    offers.set(zip, { zip, command, id: command.replace(/^node examples\//, '') });
  }
}

describe('sample downloads run as unpacked', () => {
  it('the site offers downloads', () => {
    expect(offers.size).toBeGreaterThan(0);
  });

  it.for([...offers.values()].sort((a, b) => a.zip.localeCompare(b.zip)))('$zip', async ({ zip, command, id }, { expect }) => {
    expect(command).toMatch(/^node examples\/\S+\.ts$/);
    expect(examples.has(id)).toBe(true);
    const archive = path.join(dist, zip);
    const folder = mkdtempSync(path.join(scratch, 'z-'));
    execFileSync('python3', ['-m', 'zipfile', '-e', archive, folder]);
    // Only what the archive holds: the example and the local files it uses.
    const unpacked = globSync('**/*', { cwd: folder, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name)));
    expect(unpacked.sort()).toEqual([id, ...examples.file(id).dependencies].map((f) => path.join('examples', f)).sort());
    const run = await runProgram(path.join('examples', id), id, { cwd: folder });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(matchOutput(examples.file(id).expected, run.stdout).problems, `examples/${id} from ${zip}`).toEqual([]);
  });
});
