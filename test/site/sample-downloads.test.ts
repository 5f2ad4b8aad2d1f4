// A sample whose file uses other local files or npm packages offers a zip (src/components/SampleGet.astro):
// each zip the built site links to, unpacked (fflate's unzipSync) into a fresh folder, holds exactly
// the files every verification of that example runs from (src/runner/staging.ts:
// test/examples/examples.test.ts runs each one there alone), and a package.json exactly when they
// import packages. One zip without packages runs from its unpacked folder with the command the caption
// gives; one zip per distinct package set is unpacked outside this repository, installed with
// `npm install` as its caption says, and its example run there against its .out.
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { unpackZip } from '../../src/downloads/unpacked-download.ts';
import { matchOutput } from '../../src/formats/expected-output.ts';
import { runProgram } from '../../src/runner/run-example.ts';
import { stagedFolder } from '../../src/runner/staging.ts';

const examples = catalogue();
const site = builtSite(examples.root);
// Inside the repository, so that package.json's "type" resolves as it would in the reader's project.
mkdirSync(path.join(examples.root, '.cache'), { recursive: true });
const scratch = mkdtempSync(path.join(examples.root, '.cache', 'download-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

interface Offer {
  zip: string;
  /** The command the caption gives: `node examples/…`, `python3 examples/….py`. */
  command: string;
  /** The sample's file under examples/. */
  id: string;
  /** The packages the caption says it needs. */
  needs: string[];
  /** The caption's words. */
  caption: string;
}

const offers = new Map<string, Offer>();
for (const url of site.pages) {
  for (const get of site.document(url).querySelectorAll('.sample-get')) {
    const zip = get.querySelector('a[download]')?.getAttribute('href') ?? '';
    const command = get.querySelector('code[data-run]')?.text ?? '';
    const needs = get.querySelectorAll('code[data-package]').map((code) => code.text);
    offers.set(zip, { zip, command, id: command.replace(/^(?:node|python3) examples\//, ''), needs, caption: get.text.replace(/\s+/g, ' ') });
  }
}

describe('sample downloads run as unpacked', () => {
  it('the site offers downloads', () => {
    expect(offers.size).toBeGreaterThan(0);
  });

  const sorted = [...offers.values()].sort((a, b) => a.zip.localeCompare(b.zip));

  it.for(sorted)('$zip holds the files its example is verified from, and a package.json when they import packages', ({ zip, command, id, needs, caption }, { expect }) => {
    expect(command).toMatch(/^(?:node examples\/\S+\.ts|python3 examples\/\S+\.py)$/);
    expect(examples.has(id)).toBe(true);
    const folder = unpack(zip, scratch);
    expect(filesIn(folder)).toEqual(filesIn(stagedFolder(examples, id)));
    expect(filesIn(folder)).toEqual([id, ...examples.file(id).dependencies].map((f) => path.join('examples', f)).sort());
    const { packages } = examples.file(id);
    expect(needs, 'the packages its caption names').toEqual(packages);
    if (packages.length > 0) expect(caption).toContain(': run npm install in the unpacked folder first');
    expect(globSync('*', { cwd: folder })).toEqual(packages.length > 0 ? ['examples', 'package.json'] : ['examples']);
  });

  it('a zip without packages runs as unpacked, with the command its caption gives', async () => {
    const { zip, id } = sorted.find((offer) => offer.needs.length === 0) ?? { zip: '', id: '' };
    const run = await runProgram(path.join('examples', id), id, { cwd: unpack(zip, scratch) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(matchOutput(examples.file(id).expected, run.stdout).problems, `examples/${id} from ${zip}`).toEqual([]);
  });
});

function unpack(zip: string, under: string): string {
  const folder = mkdtempSync(path.join(under, 'z-'));
  unpackZip(readFileSync(path.join(site.dir, zip)), folder);
  return folder;
}

function filesIn(folder: string): string[] {
  return globSync('examples/**/*', { cwd: folder, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}
