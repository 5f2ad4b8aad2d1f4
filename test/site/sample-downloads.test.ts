// A sample whose file uses other local files offers a zip of them (src/components/SampleGet.astro):
// each zip the built site links to, unpacked (fflate's unzipSync) into a fresh folder, holds exactly
// the files every verification of that example runs from (src/runner/staging.ts:
// test/examples/examples.test.ts runs each one there alone), and one of them, run from its unpacked
// folder with the command the caption gives, prints its verified output.
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { matchOutput } from '../../src/formats/expected-output.ts';
import { runProgram } from '../../src/runner/run-example.ts';
import { stagedFolder } from '../../src/runner/staging.ts';

const examples = catalogue();
const site = builtSite(examples.root);
// Inside the repository, so that `node_modules` resolves as it would in the reader's project.
mkdirSync(path.join(examples.root, '.cache'), { recursive: true });
const scratch = mkdtempSync(path.join(examples.root, '.cache', 'download-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Offer {
  zip: string;
  /** The command the caption gives: `node examples/…`, `python3 examples/….py`. */
  command: string;
  /** The sample's file under examples/. */
  id: string;
}

const offers = new Map<string, Offer>();
for (const url of site.pages) {
  for (const get of site.document(url).querySelectorAll('.sample-get')) {
    const zip = get.querySelector('a[download]')?.getAttribute('href') ?? '';
    const command = get.querySelectorAll('code').at(-1)?.text ?? '';
    offers.set(zip, { zip, command, id: command.replace(/^(?:node|python3) examples\//, '') });
  }
}

describe('sample downloads run as unpacked', () => {
  it('the site offers downloads', () => {
    expect(offers.size).toBeGreaterThan(0);
  });

  const sorted = [...offers.values()].sort((a, b) => a.zip.localeCompare(b.zip));

  it.for(sorted)('$zip holds the files its example is verified from', ({ zip, command, id }, { expect }) => {
    expect(command).toMatch(/^(?:node examples\/\S+\.ts|python3 examples\/\S+\.py)$/);
    expect(examples.has(id)).toBe(true);
    const folder = unpack(zip);
    expect(filesIn(folder)).toEqual(filesIn(stagedFolder(examples, id)));
    expect(filesIn(folder)).toEqual([id, ...examples.file(id).dependencies].map((f) => path.join('examples', f)).sort());
  });

  it('a zip runs as unpacked, with the command its caption gives', async () => {
    const { zip, id } = sorted[0] ?? { zip: '', id: '' };
    const run = await runProgram(path.join('examples', id), id, { cwd: unpack(zip) });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(matchOutput(examples.file(id).expected, run.stdout).problems, `examples/${id} from ${zip}`).toEqual([]);
  });
});

function unpack(zip: string): string {
  const folder = mkdtempSync(path.join(scratch, 'z-'));
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path.join(site.dir, zip))))) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), bytes);
  }
  return folder;
}

function filesIn(folder: string): string[] {
  return globSync('examples/**/*', { cwd: folder, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(folder, path.join(e.parentPath, e.name)))
    .sort();
}
