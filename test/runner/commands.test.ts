// The commands a reader is told to type work: every `npm run X` the README names exists; every
// script in scripts/ answers --help with its usage (exit 0) and a wrong option with one line (exit
// 2); and each documented form of `npm run refresh` runs on a fixture project with its exit code and
// the line that says what happened. Each runs as npm runs it: the package.json command, from the
// project's folder (here a fixture's). Cheap on purpose: no build, no Node release but the pinned
// one. (`npm run exercise -- NN [--file …]` is run in test/exercises/command.test.ts.)
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/cli/project-root.ts';

const repo = projectRoot();
const fixture = path.join(repo, 'test', 'fixtures', 'catalogue');
const scripts = (JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run NAME -- ARGS` in `cwd`, as npm would run it: the script's `node scripts/….ts …` on this Node. */
async function npmRun(name: string, args: string[], cwd = fixture): Promise<Ran> {
  const command = scripts[name];
  const [node, file, ...fixed] = command?.split(' ') ?? [];
  if (node !== 'node' || !file?.startsWith('scripts/')) throw new Error(`package.json scripts.${name} is not \`node scripts/….ts\`: ${String(command)}`);
  return runScript(file, [...fixed, ...args], cwd);
}

async function runScript(file: string, args: string[], cwd = fixture): Promise<Ran> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(repo, file), ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Ran;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

// Modules of scripts/ that another script loads, not commands of their own: the build helpers, and
// the checker that its launcher (exercise.mjs) starts once the Node is new enough.
const LOADED_BY_OTHERS = new Set(['build-tools.ts', 'exercise.ts']);

describe('the documented commands exist', () => {
  it('every `npm run X` the README names is a script of package.json', () => {
    const named = [...readFileSync(path.join(repo, 'README.md'), 'utf8').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !(name in scripts))).toEqual([]);
  });

  it('`npm run node-version` names the Node the npm scripts run on: this one, the pinned (exit 0)', async () => {
    // Through npm itself: the point is which node its scripts find first on the PATH.
    const npm = process.env['npm_execpath'];
    const [command, npmArgs] = npm ? [process.execPath, [npm]] : ['npm', []];
    const { stdout } = await promisify(execFile)(command, [...npmArgs, 'run', '--silent', 'node-version'], { cwd: repo });
    expect(stdout).toBe(`node v${process.versions.node} at ${process.execPath}\n`);
  });

  it('every script in scripts/ is the command of an npm script, and every npm script that runs one names a file that exists', () => {
    const files = readdirSync(path.join(repo, 'scripts')).filter((f) => !LOADED_BY_OTHERS.has(f));
    const run = Object.values(scripts).flatMap((c) => /node (scripts\/[\w-]+\.m?ts|scripts\/[\w-]+\.mjs)/.exec(c)?.[1] ?? []);
    expect(files.filter((f) => !run.includes(`scripts/${f}`))).toEqual([]);
    expect(run.filter((f) => !files.includes(f.replace('scripts/', '')))).toEqual([]);
  });
});

const entryPoints = readdirSync(path.join(repo, 'scripts'))
  .filter((f) => f.endsWith('.ts') && f !== 'build-tools.ts')
  .map((f) => ({ file: f, converted: readFileSync(path.join(repo, 'scripts', f), 'utf8').includes('commandLine(') }));

describe('every script answers --help and refuses a wrong option', () => {
  it('reads its arguments through commandLine (src/cli/command-line.ts)', () => {
    expect(entryPoints.filter((s) => !s.converted).map((s) => s.file)).toEqual([]);
  });

  it.each(entryPoints)('scripts/$file --help prints its usage and exits 0', async ({ file }) => {
    const { code, stdout } = await runScript(`scripts/${file}`, ['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: npm run [\w:-]+/);
  });

  it.each(entryPoints)('scripts/$file --no-such-option exits 2 with one line naming the option and --help', async ({ file }) => {
    const { code, stdout, stderr } = await runScript(`scripts/${file}`, ['--no-such-option']);
    // exercise.ts is started by its launcher, exercise.mjs (which first checks the Node it runs on).
    const name = Object.entries(scripts).find(([, command]) => [`node scripts/${file}`, `node scripts/${file.replace(/\.ts$/, '.mjs')}`].some((c) => command.startsWith(c)))?.[0] ?? '';
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${name}: Unknown option '--no-such-option'\\..*; see \`npm run ${name} -- --help\`\\n$`));
  });
});

describe('npm run refresh on the fixture project (test/fixtures/catalogue/)', () => {
  it('`refresh -- X/` takes the page’s broken/ files, and refuses a broken/ folder without its tsconfig.json (exit 1)', async () => {
    // The other paths that take it (lonely/broken/, the file) are in select-examples.test.ts: each form loads TypeScript.
    expect(await npmRun('refresh', ['lonely/'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'refresh: examples/lonely/broken/ has no tsconfig.json: every broken/ folder needs one to say how its files are compiled (copy examples/forgotten-await/broken/tsconfig.json)\n',
    });
  });

  it('refuses a path that names no example, saying what a path is (exit 2)', async () => {
    expect(await npmRun('refresh', ['broken'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "refresh: no example matches broken: name a file (X/name.ts), a page's folder (X/) or its broken files (X/broken/) under examples/; see `npm run refresh -- --help`\n",
    });
  });

  it('`refresh -- --check --since REV` confirms only what changed since REV: here nothing (exit 0)', async () => {
    // The fixture is committed as it is: nothing under it differs from HEAD.
    expect(await npmRun('refresh', ['--check', '--since', 'HEAD'])).toEqual({ code: 0, stdout: 'refresh: no example changed since HEAD\n', stderr: '' });
  });

  it('refuses a --since that git cannot compare with, and options that do not go together (exit 2)', async () => {
    const refusal = async (...args: string[]) => {
      const { code, stdout, stderr } = await npmRun('refresh', args);
      return { code, stdout, stderr };
    };
    expect(await refusal('--check', '--since', 'no-such-commit')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'refresh: git cannot compare with no-such-commit; name a commit this clone has, or use --all; see `npm run refresh -- --help`\n',
    });
    expect((await refusal('--since')).stderr).toBe("refresh: Option '--since <value>' argument missing; see `npm run refresh -- --help`\n");
    expect((await refusal('--skip-verifying-run')).stderr).toBe(
      'refresh: --skip-verifying-run goes with --check (a refresh always makes the verifying run it records); see `npm run refresh -- --help`\n',
    );
    expect((await refusal('--check', '--update-expected')).stderr).toBe('refresh: --update-expected rewrites .out files, which --check never does; see `npm run refresh -- --help`\n');
    expect((await refusal('--all', 'demo/')).stderr).toBe('refresh: --all and the paths demo/ ask for different examples; see `npm run refresh -- --help`\n');
    expect(await refusal('--runtimes', 'deno,node', 'demo/')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'refresh: --runtimes takes deno, bun separated by commas, found "deno,node"; see `npm run refresh -- --help`\n',
    });
  });

  it('refuses to run on a Node that is not in package.json awaited.matrix (exit 2)', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'commands-'));
    try {
      cpSync(path.join(fixture, 'examples'), path.join(root, 'examples'), { recursive: true });
      writeFileSync(path.join(root, 'package.json'), JSON.stringify({ awaited: { matrix: { '22': '22.23.3' } } }));
      expect(await npmRun('refresh', ['demo/good.ts'], root)).toEqual({
        code: 2,
        stdout: '',
        stderr: `refresh: this runs on Node ${process.versions.node}, which is not in package.json awaited.matrix; run it with \`npm run refresh\` (the pinned Node)\n`,
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('npm run refresh on a copy of the fixture whose matrix is the pinned Node alone', () => {
  // One release per line and it is this one: a real refresh, run by run, with no release to install.
  const root = mkdtempSync(path.join(tmpdir(), 'commands-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const pinned = process.versions.node;
  const line = pinned.split('.')[0] ?? '';
  mkdirSync(path.join(root, 'examples', 'demo'), { recursive: true });
  mkdirSync(path.join(root, '.cache'), { recursive: true });
  cpSync(path.join(fixture, 'examples', 'demo', 'good.ts'), path.join(root, 'examples', 'demo', 'good.ts'));
  // What good.ts prints is "ratio 2", "done": the second line is out of date, for --update-expected.
  writeFileSync(path.join(root, 'examples', 'demo', 'good.out'), 'ratio {{ratio >= 1}}\nfinished\n');
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ private: true, awaited: { matrix: { [line]: pinned }, from: { [line]: pinned } } }));
  writeFileSync(path.join(root, '.cache', 'node-releases.json'), JSON.stringify([pinned]));
  const summary = (flags: string) => new RegExp(`\\nrefresh${flags}: 1 examples on Node ${RegExp.escape(pinned)} in [\\d.]+ s\\n1 passed, 0 failed\\n$`);

  it('`refresh -- --update-expected X/name.ts` rewrites the .out, keeping the placeholder that still matches, then writes the record (exit 0)', async () => {
    const { code, stdout } = await npmRun('refresh', ['--update-expected', 'demo/good.ts'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^updated {2}examples\/demo\/good\.out\nok {4}examples\/demo\/good\.ts\n/);
    expect(stdout).toMatch(summary(''));
    expect(readFileSync(path.join(root, 'examples', 'demo', 'good.out'), 'utf8')).toBe('ratio {{ratio >= 1}}\ndone\n');
    expect(JSON.parse(readFileSync(path.join(root, 'records', 'examples', 'demo', 'good.ts.json'), 'utf8'))).toMatchObject({
      example: 'demo/good.ts',
      run: { node: `v${pinned}`, stdout: 'ratio 2\ndone\n', measurements: { ratio: 2 } },
      releases: { minimums: { [line]: pinned } },
    });
  });

  it('`refresh -- --check X/` confirms the record it wrote (exit 0)', async () => {
    const { code, stdout } = await npmRun('refresh', ['--check', 'demo/'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok {4}examples\/demo\/good\.ts\n/);
    expect(stdout).toMatch(summary(' --check'));
  });

  it('`refresh -- --check --skip-verifying-run --all` is what CI runs before npm test (exit 0)', async () => {
    const { code, stdout } = await npmRun('refresh', ['--check', '--skip-verifying-run', '--all'], root);
    expect(code).toBe(0);
    expect(stdout).toMatch(summary(' --check --skip-verifying-run'));
  });

  it('`refresh -- --check` fails an example that no longer prints its .out (exit 1)', async () => {
    writeFileSync(path.join(root, 'examples', 'demo', 'good.out'), 'ratio {{ratio >= 1}}\nfinished\n');
    const { code, stdout } = await npmRun('refresh', ['--check', 'demo/good.ts'], root);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^FAIL {2}examples\/demo\/good\.ts\nexamples\/demo\/good\.ts:\n {2}stdout line 2: expected "finished", got "done"\n/);
    expect(stdout).toMatch(/\n0 passed, 1 failed\n$/);
  });
});
