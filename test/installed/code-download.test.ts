// The code download runs what it ships: the built /awaited-code.tar.gz, unpacked into an empty folder
// outside this repository and installed there with `npm install` (as the setup page says), installs
// the versions this site runs, type-checks and lints with zero errors, runs every example that
// imports a package against its .out, and grades an exercise. Every example from it is
// `npm run check:download` (scripts/check-download.ts): too slow for npm test. Prints what each step costs.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { DOWNLOAD_FOLDER, DOWNLOAD_URL } from '../../src/downloads/code-download.ts';
import { installUnpacked, runIn, unpackTarball } from '../../src/downloads/unpacked-download.ts';
import { describeProblems, verifyExample } from '../../src/runner/verify.ts';

const examples = catalogue();
const site = builtSite(examples.root);
const work = mkdtempSync(path.join(tmpdir(), 'awaited-download-test-'));
const unpacked = path.join(work, DOWNLOAD_FOLDER);
const importing = examples.programs().filter((id) => examples.file(id).packages.length > 0);

/** Runs `step`, printing how long it took: the time this test adds to npm test. */
async function timed<T>(step: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    console.log(`code download: ${step} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

beforeAll(async () => {
  await unpackTarball(path.join(site.dir, DOWNLOAD_URL), work);
  await timed('npm install', () => installUnpacked(unpacked));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const versionIn = (folder: string, name: string): string => (JSON.parse(readFileSync(path.join(folder, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

describe('the code download', () => {
  // Read once unpacked (beforeAll runs after this describe is collected).
  const pkg = (): { scripts: Record<string, string>; devDependencies: Record<string, string> } => JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as ReturnType<typeof pkg>;

  it('installs every package its examples import, each at the version this site runs', () => {
    const imported = [...new Set(examples.programs().flatMap((id) => examples.file(id).packages))];
    expect(imported.length).toBeGreaterThan(0);
    const { devDependencies, scripts } = pkg();
    expect(imported.filter((name) => devDependencies[name] === undefined)).toEqual([]);
    const differing = Object.keys(devDependencies).filter((name) => versionIn(unpacked, name) !== versionIn(examples.root, name));
    expect(differing).toEqual([]);
    expect(scripts.exercise).toBe('node scripts/exercise.mjs');
  });

  it('type-checks with npx tsc, with no error', async () => {
    const { code, output } = await timed('npx tsc', () => runIn(unpacked, 'npx', ['tsc']));
    expect(output).toBe('');
    expect(code).toBe(0);
  });

  it('lints with npm run lint, with no error', async () => {
    const { code, output } = await timed('npm run lint', () => runIn(unpacked, 'npm', ['run', '--silent', 'lint']));
    expect(code, output).toBe(0);
  });

  it('there are examples that import packages', () => {
    expect(importing.length).toBeGreaterThan(0);
  });

  it.for(importing)('runs examples/%s, which imports a package, from the unpacked folder', async (id, { expect }) => {
    const { problems } = await verifyExample(examples, id, { cwd: unpacked });
    expect(problems, describeProblems(`${id} (in the code download)`, problems)).toEqual([]);
  });

  it('grades an exercise with npm run exercise: the starting file fails, the solution passes', async () => {
    const broken = await runIn(unpacked, 'npm', ['run', '--silent', 'exercise', '--', '05']);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain('✗ 1 of 2 checks still fails for exercises/05-condition-on-promise/exercise.ts:');
    const fixed = await runIn(unpacked, 'npm', ['run', '--silent', 'exercise', '--', '05', '--file', 'solution.ts']);
    expect(fixed.code, fixed.output).toBe(0);
    expect(fixed.output).toContain('✓ solved');
  });

  it('grades step 1 of the build track with npm run exercise -- build/1: the starting service fails its checks, and says which', async () => {
    // The checker starts the database, the upstreams and capstone/service/ from the unpacked folder:
    // a file or package missing from the archive would crash it (exit 2) instead of grading (exit 1).
    const started = await timed('npm run exercise -- build/1', () => runIn(unpacked, 'npm', ['run', '--silent', 'exercise', '--', 'build/1']));
    expect(started.output).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (module|package)/);
    expect(started.code, started.output).toBe(1);
    expect(started.output).toMatch(/✗ \d+ of \d+ checks? still fails? for /);
    expect(started.output).toContain('/build/first-endpoint/#');
  });

  it('the setup page names each package the samples import, which the download installs', () => {
    const named = site
      .document('/start/setup/')
      .querySelectorAll('[data-download-packages] code')
      .map((code) => code.text);
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => pkg().devDependencies[name] === undefined)).toEqual([]);
    expect(site.document('/start/setup/').querySelector('[data-download-packages]')?.text.trim()).toMatch(new RegExp(`^${String(named.length)} packages \\(`));
  });
});
