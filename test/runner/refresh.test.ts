// The core of CI, src/runner/refresh.ts, against fake Node releases: a fixture project written into
// a temporary folder, a list of published releases, and a runner that passes an example from a
// given release of each line on. Bisection, the header the runs contradict, each --check refusal
// and the run it may leave to the test suite, each with its exact message and the releases it tried.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CatalogueError, createCatalogue } from '../../src/catalogue/catalogue.ts';
import { refresh, type ReleaseRunner } from '../../src/runner/refresh.ts';
import type { Verification } from '../../src/runner/verify.ts';

const PINNED = '24.4.0';
const RELEASES = [
  ...['22.0.0', '22.1.0', '22.2.0', '22.3.0', '22.4.0', '22.5.0', '22.6.0', '22.7.0', '22.8.0', '22.9.0'],
  ...['24.0.0', '24.1.0', '24.2.0', '24.3.0', '24.4.0'],
  // Newer than package.json awaited.matrix, and a prerelease: never tried.
  '24.5.0',
  '24.6.0-rc.1',
  ...['26.0.0', '26.1.0'],
];
const HINT = (id: string) => `run \`npm run refresh -- ${id}\` and review the diff`;

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project like the real one: by default matrix 22.9.0 and 24.4.0 (pinned), tried on 22 from 22.2.0. */
function project(files: Record<string, string>, matrix: Record<string, string> = { '22': '22.9.0', '24': PINNED }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'refresh-'));
  roots.push(root);
  const pkg = { name: 'refresh-fixture', private: true, awaited: { matrix, from: { '22': '22.2.0' } } };
  writeFileSync(path.join(root, 'package.json'), JSON.stringify(pkg));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'examples', file)), { recursive: true });
    writeFileSync(path.join(root, 'examples', file), text);
  }
  return root;
}

const BOTH = '// Requires: Node 24.2+, 22.5+ (`import.meta.main`)\nconsole.log("hi");\n';
const ONLY_24 = '// Requires: Node 24.2+ (`navigator.locks`)\nconsole.log("hi");\n';
const NO_HEADER = 'console.log("hi");\n';

/**
 * Releases on which an example passes: from the given release of each line on (null: none). The
 * runner records every (example, release) it is asked for; `stderr` adds a release's notices.
 */
function fakeReleases(first: Record<string, string | null>, stderr: Record<string, string> = {}): { runOn: ReleaseRunner; tried: string[] } {
  const tried: string[] = [];
  const runOn: ReleaseRunner = async (id, version) => {
    tried.push(version);
    const from = first[String(semver.major(version))] ?? null;
    const pass = from !== null && semver.gte(version, from);
    const notices = stderr[version] ?? '';
    const outcome: Verification = pass
      ? { run: { id, exitCode: 0, stdout: 'hi\n', stderr: notices }, problems: [], measurements: {} }
      : { run: { id, exitCode: 1, stdout: '', stderr: `${notices}TypeError: it is not there\n` }, problems: ['exit code 1, expected 0'], measurements: {} };
    return Promise.resolve(outcome);
  };
  return { runOn, tried };
}

const refreshWith = (root: string, ids: string[], fake: { runOn: ReleaseRunner }, options: { check?: boolean; skipVerifyingRun?: boolean } = {}) =>
  refresh(createCatalogue(root), ids, { ...options, runOn: fake.runOn, releases: RELEASES, pinned: PINNED });

const recordOf = (root: string, id: string): unknown => JSON.parse(readFileSync(path.join(root, 'records', 'examples', `${id}.json`), 'utf8'));

beforeEach(() => {
  // The record carries the day of the run.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('refresh: bisection and the record it writes', () => {
  it('finds the first passing release of each line from its floor, trying each release once, and records every release tried', async () => {
    const root = project({ 'page/both.ts': BOTH });
    const fake = fakeReleases({ '22': '22.5.0', '24': '24.2.0' });
    expect(await refreshWith(root, ['page/both.ts'], fake)).toEqual([{ id: 'page/both.ts', problems: [] }]);
    // The verifying run on the pinned release first; then per line its newest, its floor, and halves.
    expect(fake.tried).toEqual(['24.4.0', '22.9.0', '22.2.0', '22.5.0', '22.3.0', '22.4.0', '24.0.0', '24.2.0', '24.1.0']);
    const platform = `${process.platform}-${process.arch}`;
    const cpus = os.availableParallelism();
    const failed = { pass: false, reason: 'needs `import.meta.main`, 22.5+', detail: 'TypeError: it is not there' };
    const failed24 = { ...failed, reason: 'needs `import.meta.main`, 24.2+' };
    expect(recordOf(root, 'page/both.ts')).toEqual({
      example: 'page/both.ts',
      hash: createCatalogue(root).file('page/both.ts').hash,
      run: { node: 'v24.4.0', platform, cpus, date: '2026-12-01', stdout: 'hi\n', measurements: {} },
      releases: {
        platform,
        cpus,
        date: '2026-12-01',
        minimums: { '22': '22.5.0', '24': '24.2.0' },
        results: {
          '22.2.0': failed,
          '22.3.0': failed,
          '22.4.0': failed,
          '22.5.0': { pass: true },
          '22.9.0': { pass: true },
          '24.0.0': failed24,
          '24.1.0': failed24,
          '24.2.0': { pass: true },
          '24.4.0': { pass: true },
        },
      },
    });
  });

  it('verifies an example whose header rules out the pinned line on the newest release of the first line it runs on', async () => {
    const root = project({ 'page/new.ts': '// Requires: Node 26.1+ (a feature only 26 has)\nconsole.log("hi");\n' }, { '24': PINNED, '26': '26.1.0' });
    const fake = fakeReleases({ '24': null, '26': '26.1.0' });
    expect(await refreshWith(root, ['page/new.ts'], fake)).toEqual([{ id: 'page/new.ts', problems: [] }]);
    // 24.x fails on its newest release: no bisection there.
    expect(fake.tried).toEqual(['26.1.0', '24.4.0', '26.0.0']);
    expect(recordOf(root, 'page/new.ts')).toMatchObject({ run: { node: 'v26.1.0' }, releases: { minimums: { '24': null, '26': '26.1.0' } } });
  });

  it('refuses an example whose header rules out every line of the matrix, running nothing', async () => {
    const root = project({ 'page/future.ts': '// Requires: Node 28+ (a feature of Node 28)\nconsole.log("hi");\n' });
    const fake = fakeReleases({ '22': null, '24': null });
    await expect(refreshWith(root, ['page/future.ts'], fake)).rejects.toThrow(
      new CatalogueError('examples/page/future.ts: its `// Requires:` header rules out every line of package.json awaited.matrix'),
    );
    expect(fake.tried).toEqual([]);
  });

  it('writes nothing and names every problem when the run on the release it is verified on fails', async () => {
    const root = project({ 'page/both.ts': BOTH });
    const fake = fakeReleases({ '22': '22.5.0', '24': null });
    expect(await refreshWith(root, ['page/both.ts'], fake)).toEqual([{ id: 'page/both.ts', problems: ['examples/page/both.ts:\n  exit code 1, expected 0'] }]);
    expect(fake.tried).toEqual(['24.4.0']);
    expect(existsSync(path.join(root, 'records'))).toBe(false);
  });
});

describe('refresh: a `// Requires:` header the runs contradict', () => {
  it('refuses a header that asks for a later release than the runs need, naming the header they call for', async () => {
    const root = project({ 'page/both.ts': BOTH });
    const outcomes = await refreshWith(root, ['page/both.ts'], fakeReleases({ '22': '22.5.0', '24': '24.1.0' }));
    expect(outcomes).toEqual([
      {
        id: 'page/both.ts',
        problems: [
          'examples/page/both.ts: the first 24.x release it passes on is 24.1.0, but its `// Requires:` says 24.2.0; the runs call for // Requires: Node 24.1+, 22.5+ (`import.meta.main`)',
        ],
      },
    ]);
    expect(existsSync(path.join(root, 'records'))).toBe(false);
  });

  it('refuses a header that asks for an earlier release than the runs need', async () => {
    const root = project({ 'page/both.ts': BOTH });
    const outcomes = await refreshWith(root, ['page/both.ts'], fakeReleases({ '22': '22.7.0', '24': '24.2.0' }));
    expect(outcomes[0]?.problems).toEqual([
      'examples/page/both.ts: the first 22.x release it passes on is 22.7.0, but its `// Requires:` says 22.5.0; the runs call for // Requires: Node 24.2+, 22.7+ (`import.meta.main`)',
    ]);
  });

  it('refuses a line the header names on which no release passes, showing the newest release’s failure', async () => {
    const root = project({ 'page/both.ts': BOTH });
    const outcomes = await refreshWith(root, ['page/both.ts'], fakeReleases({ '22': null, '24': '24.2.0' }));
    expect(outcomes[0]?.problems).toEqual([
      'examples/page/both.ts: the first 22.x release it passes on is none, but its `// Requires:` says 22.5.0; the runs call for // Requires: Node 24.2+ (`import.meta.main`)\n' +
        'examples/page/both.ts on Node 22.9.0:\n  exit code 1, expected 0',
    ]);
  });

  it('refuses a header where the runs need none, and a missing header where they need one', async () => {
    const root = project({ 'page/only24.ts': ONLY_24, 'page/plain.ts': NO_HEADER });
    const fromTheFloor = await refreshWith(root, ['page/only24.ts'], fakeReleases({ '22': '22.2.0', '24': '24.0.0' }));
    expect(fromTheFloor[0]?.problems).toEqual([
      'examples/page/only24.ts: the first 22.x release it passes on is 22.2.0, but its `// Requires:` says none; the runs call for no `// Requires:` header',
      'examples/page/only24.ts: the first 24.x release it passes on is 24.0.0, but its `// Requires:` says 24.2.0; the runs call for no `// Requires:` header',
    ]);
    const needsOne = await refreshWith(root, ['page/plain.ts'], fakeReleases({ '22': null, '24': '24.3.0' }));
    expect(needsOne[0]?.problems).toEqual([
      'examples/page/plain.ts: the first 22.x release it passes on is none, but its `// Requires:` says 22.2.0; the runs call for // Requires: Node 24.3+ (what needs it)\n' +
        'examples/page/plain.ts on Node 22.9.0:\n  exit code 1, expected 0',
      'examples/page/plain.ts: the first 24.x release it passes on is 24.3.0, but its `// Requires:` says 24.0.0; the runs call for // Requires: Node 24.3+ (what needs it)',
    ]);
  });
});

describe('refresh --check: each refusal, against records a fake refresh wrote', () => {
  const root = project({ 'page/both.ts': BOTH, 'page/only24.ts': ONLY_24 });
  beforeAll(async () => {
    const written = await refreshWith(root, ['page/both.ts'], fakeReleases({ '22': '22.5.0', '24': '24.2.0' }));
    written.push(...(await refreshWith(root, ['page/only24.ts'], fakeReleases({ '22': null, '24': '24.2.0' }))));
    expect(written.flatMap((o) => o.problems)).toEqual([]);
  });
  const check = (id: string, first: Record<string, string | null>, stderr: Record<string, string> = {}, skipVerifyingRun = false) => {
    const fake = fakeReleases(first, stderr);
    return refreshWith(root, [id], fake, { check: true, skipVerifyingRun }).then((outcomes) => ({ problems: outcomes.flatMap((o) => o.problems), tried: fake.tried }));
  };

  it('confirms a record with the verifying run, each newest release, each recorded minimum and the release before it, writing nothing', async () => {
    const before = readFileSync(path.join(root, 'records/examples/page/both.ts.json'), 'utf8');
    vi.setSystemTime(new Date('2026-12-24T12:00:00Z'));
    expect(await check('page/both.ts', { '22': '22.5.0', '24': '24.2.0' })).toEqual({
      problems: [],
      tried: ['24.4.0', '22.9.0', '22.5.0', '22.4.0', '24.2.0', '24.1.0'],
    });
    expect(readFileSync(path.join(root, 'records/examples/page/both.ts.json'), 'utf8')).toBe(before);
  });

  it('with skipVerifyingRun, runs nothing on the release the test suite verifies the example on', async () => {
    expect(await check('page/both.ts', { '22': '22.5.0', '24': '24.2.0' }, {}, true)).toEqual({
      problems: [],
      tried: ['22.9.0', '22.5.0', '22.4.0', '24.2.0', '24.1.0'],
    });
    // The other refusals still stand without it.
    expect((await check('page/both.ts', { '22': '22.6.0', '24': '24.2.0' }, {}, true)).problems).toEqual([
      `examples/page/both.ts fails on Node 22.5.0, its recorded first passing 22.x release; ${HINT('page/both.ts')}`,
    ]);
  });

  it('refuses a failing verifying run before comparing anything', async () => {
    expect(await check('page/both.ts', { '22': '22.5.0', '24': null })).toEqual({ problems: ['examples/page/both.ts:\n  exit code 1, expected 0'], tried: ['24.4.0'] });
  });

  it('refuses a newest release that fails where the record says it passes', async () => {
    expect((await check('page/both.ts', { '22': null, '24': '24.2.0' })).problems).toEqual([
      `examples/page/both.ts fails on Node 22.9.0, unlike its record; ${HINT('page/both.ts')}`,
      `examples/page/both.ts fails on Node 22.5.0, its recorded first passing 22.x release; ${HINT('page/both.ts')}`,
    ]);
  });

  it('refuses a newest release that passes where the record says none does', async () => {
    expect((await check('page/only24.ts', { '22': '22.7.0', '24': '24.2.0' })).problems).toEqual([
      `examples/page/only24.ts passes on Node 22.9.0, unlike its record; ${HINT('page/only24.ts')}`,
    ]);
  });

  it('refuses other runtime notices on a newest release than the record keeps', async () => {
    const notice = { '22.9.0': '(node:4242) ExperimentalWarning: The x API is experimental\n' };
    expect((await check('page/both.ts', { '22': '22.5.0', '24': '24.2.0' }, notice)).problems).toEqual([
      `examples/page/both.ts on Node 22.9.0 prints other runtime notices than its record; ${HINT('page/both.ts')}`,
    ]);
  });

  it('refuses a recorded first passing release that fails', async () => {
    expect((await check('page/both.ts', { '22': '22.5.0', '24': '24.3.0' })).problems).toEqual([
      `examples/page/both.ts fails on Node 24.2.0, its recorded first passing 24.x release; ${HINT('page/both.ts')}`,
    ]);
  });

  it('refuses a release before the recorded first passing one that passes', async () => {
    expect((await check('page/both.ts', { '22': '22.4.0', '24': '24.2.0' })).problems).toEqual([
      `examples/page/both.ts passes on Node 22.4.0, before its recorded first passing 22.x release 22.5.0; ${HINT('page/both.ts')}`,
    ]);
  });

  it('refuses a record older than its source, without running anything else', async () => {
    appendFileSync(path.join(root, 'examples/page/only24.ts'), 'console.log("edited");\n');
    expect(await check('page/only24.ts', { '22': null, '24': '24.2.0' })).toEqual({
      problems: ['the record of examples/page/only24.ts is older than its source; run `npm run refresh -- page/only24.ts`'],
      tried: ['24.4.0'],
    });
  });
});
