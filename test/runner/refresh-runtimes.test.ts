// Deno and Bun in the refresh, against fake runtimes: a refresh records every result of its runs
// beside Node's, `--runtimes` fills only those into a record fresh for Node, `--check` names a record
// without them (with the command to run) and a result the record has not seen, and a run Deno
// refuses a permission names the `// Deno:` header to write. Then what a page may claim of them
// (<RuntimeBadges passes="…" varies="…">), and a program whose runs go different ways.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { runtimeBadgesAnswer } from '../../src/catalogue/tag-answers.ts';
import { refresh, type OtherRunner, type ReleaseRunner } from '../../src/runner/refresh.ts';

const PINNED = '24.4.0';
const RELEASES = ['24.0.0', '24.1.0', '24.2.0', '24.3.0', '24.4.0'];
const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'refresh-runtimes-'));
  roots.push(root);
  const pkg = { name: 'fixture', private: true, awaited: { matrix: { '24': PINNED }, runtimes: { deno: '2.9.6', bun: '1.4.5' } } };
  writeFileSync(path.join(root, 'package.json'), JSON.stringify(pkg));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'examples', file)), { recursive: true });
    writeFileSync(path.join(root, 'examples', file), text);
  }
  return root;
}

const nodePasses: ReleaseRunner = (id) => Promise.resolve({ run: { id, exitCode: 0, stdout: 'hi\n', stderr: '' }, problems: [], measurements: {} });

/**
 * Deno passes once granted `needs`; Bun prints `bun` instead, or, given several outputs, each in
 * turn, run after run (a race that goes either way). Every run is kept as `runtime flags`.
 */
function fakeRuntimes(needs: string[] = [], bun: string | string[] = 'bye\n'): { runOther: OtherRunner; runs: string[] } {
  const runs: string[] = [];
  const bunOutputs = [bun].flat();
  const runOther: OtherRunner = (id, runtime, _version, flags) => {
    runs.push([runtime, ...flags].join(' '));
    const missing = runtime === 'deno' ? needs.find((n) => !flags.includes(n)) : undefined;
    if (missing) return Promise.resolve({ id, exitCode: 1, stdout: '', stderr: `error: Uncaught (in promise) NotCapable: Requires access, run again with the ${missing} flag\n` });
    const bunRuns = runs.filter((r) => r === 'bun').length;
    return Promise.resolve({ id, exitCode: 0, stdout: runtime === 'bun' ? (bunOutputs[(bunRuns - 1) % bunOutputs.length] ?? '') : 'hi\n', stderr: '' });
  };
  return { runOther, runs };
}

const refreshWith = (root: string, ids: string[], others: { runOther: OtherRunner }, options: { check?: boolean; only?: ('deno' | 'bun')[] } = {}) =>
  refresh(createCatalogue(root), ids, { ...options, runOn: nodePasses, runOther: others.runOther, releases: RELEASES, pinned: PINNED });
const recordOf = (root: string, id: string) => JSON.parse(readFileSync(path.join(root, 'records', 'examples', `${id}.json`), 'utf8')) as { runtimes?: Record<string, unknown> };
const problemsOf = (outcomes: { problems: string[] }[]) => outcomes.flatMap((o) => o.problems);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-01T12:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const HI = { 'page/hi.ts': '// Deno: --allow-env\nconsole.log("hi");\n', 'page/hi.out': 'hi\n' };

describe('refresh on Deno and Bun', () => {
  it("records each result beside Node's: Deno with the flags it ran with, Bun's other output with its diff", async () => {
    const root = project(HI);
    const fake = fakeRuntimes(['--allow-env']);
    expect(problemsOf(await refreshWith(root, ['page/hi.ts'], fake))).toEqual([]);
    expect(recordOf(root, 'page/hi.ts').runtimes).toEqual({
      deno: { version: '2.9.6', flags: ['--allow-env'], date: '2026-12-01', results: [{ status: 'pass', measurements: {}, runs: 3 }] },
      bun: { version: '1.4.5', date: '2026-12-01', results: [{ status: 'differs', first: 'line 1: expected "hi", got "bye"', diff: ['- hi', '+ bye'], runs: 3 }] },
    });
    expect(fake.runs).toEqual(['deno --allow-env', 'deno --allow-env', 'deno --allow-env', 'bun', 'bun', 'bun']);
  });

  it('names the `// Deno:` header the runs call for when Deno refuses a permission it does not grant', async () => {
    const root = project(HI);
    const fake = fakeRuntimes(['--allow-env', '--allow-read']);
    expect(problemsOf(await refreshWith(root, ['page/hi.ts'], fake, { only: ['deno'] }))).toEqual([
      'the record of examples/page/hi.ts is older than its source; run `npm run refresh -- page/hi.ts` (Node\'s results first, then Deno\'s and Bun\'s)',
    ]);
    expect(problemsOf(await refreshWith(root, ['page/hi.ts'], fake))).toEqual([
      'examples/page/hi.ts: Deno refuses it --allow-read, which its `// Deno:` header does not grant; the runs call for `// Deno: --allow-env --allow-read`',
    ]);
    // A refused run is not made twice more: the header is what to fix.
    expect(fake.runs).toEqual(['deno --allow-env', 'deno --allow-env --allow-read', 'bun', 'bun', 'bun']);
  });

  it('with --runtimes, fills only those results, runs nothing on Node and leaves Python and broken files alone', async () => {
    const root = project({ ...HI, 'page/twin.py': 'print("hi")\n' });
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes());
    const node = vi.fn(nodePasses);
    const fake = fakeRuntimes([], 'hi\n');
    const outcomes = await refresh(createCatalogue(root), ['page/hi.ts', 'page/twin.py'], { only: ['bun'], runOn: node, runOther: fake.runOther, releases: RELEASES, pinned: PINNED });
    expect([outcomes.map((o) => o.id), node.mock.calls.length, fake.runs]).toEqual([['page/hi.ts'], 0, ['bun', 'bun', 'bun']]);
    expect(recordOf(root, 'page/hi.ts').runtimes?.['bun']).toEqual({ version: '1.4.5', date: '2026-12-01', results: [{ status: 'pass', measurements: {}, runs: 3 }] });
  });
});

describe('refresh --check on Deno and Bun', () => {
  it('names a record without a result for a pinned runtime, with the command that fills it, and runs nothing there', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes());
    const record = JSON.parse(readFileSync(path.join(root, 'records/examples/page/hi.ts.json'), 'utf8')) as { runtimes: Record<string, unknown> };
    delete record.runtimes['bun'];
    writeFileSync(path.join(root, 'records/examples/page/hi.ts.json'), JSON.stringify(record));
    const fake = fakeRuntimes();
    expect(problemsOf(await refreshWith(root, ['page/hi.ts'], fake, { check: true }))).toEqual([
      'the record of examples/page/hi.ts has no result for Bun 1.4.5; run `npm run refresh -- --runtimes bun page/hi.ts`',
    ]);
    expect(fake.runs).toEqual(['deno --allow-env']);
  });

  it('names a Deno result made with other flags than the header now grants', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes());
    writeFileSync(path.join(root, 'examples/page/hi.ts'), '// Deno: --allow-env --allow-net\nconsole.log("hi");\n');
    expect(problemsOf(await refreshWith(root, ['page/hi.ts'], fakeRuntimes(), { check: true, only: ['deno', 'bun'] }))).toEqual([
      'the record of examples/page/hi.ts has no result for Deno 2.9.6 with the flags of its `// Deno:` header; run `npm run refresh -- --runtimes deno page/hi.ts`',
    ]);
  });

  it('passes on one run that gives a recorded result, and fails where 3 runs never do', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes());
    const agrees = fakeRuntimes();
    expect(problemsOf(await refreshWith(root, ['page/hi.ts'], agrees, { check: true }))).toEqual([]);
    expect(agrees.runs).toEqual(['deno --allow-env', 'bun']);
    expect(problemsOf(await refreshWith(root, ['page/hi.ts'], fakeRuntimes([], 'hi\n'), { check: true }))).toEqual([
      'examples/page/hi.ts on Bun 1.4.5: passes in 3 of 3 runs, never a result its record has seen (prints other output: line 1: expected "hi", got "bye"); run `npm run refresh -- --runtimes bun page/hi.ts` and review the diff',
    ]);
  });
});

describe('what a page may claim of Deno and Bun', () => {
  it('answers the badges, Node first, when the record bears the claims out', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes());
    const badges = runtimeBadgesAnswer(createCatalogue(root), { file: 'page/hi.ts', passes: 'deno', differs: 'bun' });
    expect(badges.map((b) => `${b.runtime ?? 'Node'} ${b.line} ${b.pass ? '✓' : `✗ ${b.reason ?? ''} → ${b.more ?? ''}`}`)).toEqual([
      'Node 24 ✓',
      'Deno 2.9.6 ✓',
      'Bun 1.4.5 ✗ prints other output (line 1) → /examples/page/#hi-on-bun',
    ]);
  });

  it('refuses a pass the record contradicts', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes());
    expect(() => runtimeBadgesAnswer(createCatalogue(root), { file: 'page/hi.ts', passes: 'deno bun' })).toThrow(
      'the page says examples/page/hi.ts passes on Bun 1.4.5, but its record says it prints other output: line 1: expected "hi", got "bye"; change the page, or the example and run `npm run refresh -- --runtimes bun page/hi.ts`',
    );
  });

  it('refuses a claim the record has no result for, while the badges just leave that runtime out', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes());
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'fixture', private: true, awaited: { matrix: { '24': PINNED }, runtimes: { deno: '2.9.7', bun: '1.4.5' } } }));
    const examples = createCatalogue(root);
    expect(runtimeBadgesAnswer(examples, { file: 'page/hi.ts' }).map((b) => b.runtime ?? 'Node')).toEqual(['Node', 'Bun']);
    expect(() => runtimeBadgesAnswer(examples, { file: 'page/hi.ts', passes: 'deno' })).toThrow(
      'the page says examples/page/hi.ts passes on Deno 2.9.7, but its record has no result for Deno 2.9.7; run `npm run refresh -- --runtimes deno page/hi.ts`',
    );
    expect(() => runtimeBadgesAnswer(examples, { file: 'page/hi.ts', fails: 'node' })).toThrow('fails="node" names "node": write deno or bun');
  });
});

describe('a program whose runs go different ways', () => {
  it('keeps every result its runs gave, the most frequent first, and its badge says how many went each way', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes([], ['hi\n', 'bye\n', 'hi\n']));
    expect(recordOf(root, 'page/hi.ts').runtimes?.['bun']).toEqual({
      version: '1.4.5',
      date: '2026-12-01',
      results: [
        { status: 'pass', measurements: {}, runs: 2 },
        { status: 'differs', first: 'line 1: expected "hi", got "bye"', diff: ['- hi', '+ bye'], runs: 1 },
      ],
    });
    const badge = runtimeBadgesAnswer(createCatalogue(root), { file: 'page/hi.ts', varies: 'bun' }).find((b) => b.runtime === 'Bun');
    expect(badge).toEqual({ runtime: 'Bun', line: '1.4.5', pass: false, varies: true, reason: 'in 3 runs, 2 passed, 1 printed other output', more: '/examples/page/#hi-on-bun' });
  });

  it('refuses a page that says it passes, or that it varies where every run went one way', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes([], ['hi\n', 'bye\n', 'hi\n']));
    const examples = createCatalogue(root);
    expect(() => runtimeBadgesAnswer(examples, { file: 'page/hi.ts', passes: 'bun' })).toThrow(
      'the page says examples/page/hi.ts passes on Bun 1.4.5, but its record says it varies in 3 runs, 2 passed, 1 printed other output: passes (2 of 3); prints other output: line 1: expected "hi", got "bye" (1 of 3); change the page, or the example and run `npm run refresh -- --runtimes bun page/hi.ts`',
    );
    expect(() => runtimeBadgesAnswer(examples, { file: 'page/hi.ts', varies: 'deno' })).toThrow('the page says examples/page/hi.ts varies from run to run on Deno 2.9.6, but its record says it passes;');
  });

  it('--check takes either recorded result in one run', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes([], ['hi\n', 'bye\n', 'hi\n']));
    for (const output of ['hi\n', 'bye\n']) {
      const fake = fakeRuntimes([], output);
      expect(problemsOf(await refreshWith(root, ['page/hi.ts'], fake, { check: true }))).toEqual([]);
      expect(fake.runs).toEqual(['deno --allow-env', 'bun']);
    }
  });

  it('--check passes a result the record has not seen when a later run gives a recorded one, and says so in a note', async () => {
    const root = project(HI);
    await refreshWith(root, ['page/hi.ts'], fakeRuntimes([], 'hi\n'));
    const fake = fakeRuntimes([], ['bye\n', 'hi\n']);
    const outcomes = await refreshWith(root, ['page/hi.ts'], fake, { check: true });
    expect([problemsOf(outcomes), outcomes.flatMap((o) => o.notes ?? []), fake.runs.filter((r) => r === 'bun').length]).toEqual([
      [],
      ['examples/page/hi.ts on Bun 1.4.5: prints other output: line 1: expected "hi", got "bye" in 1 of 2 runs, a result its record has not seen (passes); run `npm run refresh -- --runtimes bun page/hi.ts` to record every result'],
      2,
    ]);
  });
});

describe('refresh --check on a result that differs', () => {
  it('takes another first differing line for the same result: a timing claim may fail on another line in the next run', async () => {
    const root = project({ 'page/two.ts': 'console.log("a"); console.log("b");\n', 'page/two.out': 'a\nb\n' });
    await refreshWith(root, ['page/two.ts'], fakeRuntimes([], 'a\nc\n'));
    expect(problemsOf(await refreshWith(root, ['page/two.ts'], fakeRuntimes([], 'x\nb\n'), { check: true }))).toEqual([]);
  });
});
