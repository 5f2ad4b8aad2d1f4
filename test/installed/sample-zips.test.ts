// A sample's zip installs what it needs and runs: one zip per distinct set of packages the built
// site's captions name, unpacked outside this repository (so only what `npm install` put in the
// folder resolves), installed with `npm install` as its caption says, and its example run there
// against its .out. Prints what each install costs. Part of `npm run check:download`, not npm test:
// the installs take about 20 s. What each zip holds is test/site/sample-downloads.test.ts.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { installUnpacked, unpackZip } from '../../src/downloads/unpacked-download.ts';
import { describeProblems, verifyExample } from '../../src/runner/verify.ts';

const examples = catalogue();
const site = builtSite(examples.root);
const outside = mkdtempSync(path.join(tmpdir(), 'awaited-zips-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** Each zip the site offers with the packages its caption names, first of each set of packages. */
const bySet = new Map<string, { zip: string; id: string }>();
for (const url of site.pages) {
  for (const get of site.document(url).querySelectorAll('.sample-get')) {
    const needs = get.querySelectorAll('code[data-package]').map((code) => code.text).join(' ');
    const zip = get.querySelector('a[download]')?.getAttribute('href') ?? '';
    const id = (get.querySelector('code[data-run]')?.text ?? '').replace(/^(?:node|python3) examples\//, '');
    if (needs !== '' && !bySet.has(needs)) bySet.set(needs, { zip, id });
  }
}

describe('sample zips install and run', () => {
  it('some zips need packages', () => {
    expect(bySet.size).toBeGreaterThan(0);
  });

  it.for([...bySet.values()])('$zip installs with npm install and runs in an empty folder', async ({ zip, id }, { expect }) => {
    const folder = mkdtempSync(path.join(outside, 'z-'));
    unpackZip(readFileSync(path.join(site.dir, zip)), folder);
    const started = performance.now();
    await installUnpacked(folder);
    const installed = performance.now();
    const { problems } = await verifyExample(examples, id, { cwd: folder });
    console.log(`${zip}: npm install ${((installed - started) / 1000).toFixed(1)} s, run ${((performance.now() - installed) / 1000).toFixed(1)} s`);
    expect(problems, describeProblems(`${id} (from ${zip})`, problems)).toEqual([]);
  });
});
