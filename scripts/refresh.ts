// npm run refresh [-- options] [paths…]: regenerates (or with --check confirms) every record derived
// from the named examples. The usage below is what --help prints.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { catalogue, CatalogueError, resetCatalogue } from '../src/catalogue/catalogue.ts';
import { expectedPathOf } from '../src/catalogue/example-file.ts';
import { commandLine, fail } from '../src/cli/command-line.ts';
import { updateExpected } from '../src/formats/expected-output.ts';
import { withMarkersOf } from '../src/formats/output-regions.ts';
import { refresh } from '../src/runner/refresh.ts';
import { selectExamples } from '../src/runner/select-examples.ts';
import { verifyExample } from '../src/runner/verify.ts';
import { InterpreterError, pythonVersion } from '../src/versions/python.ts';
import { OTHER_RUNTIMES, RUNTIME_NAMES, RuntimeConfigError, type OtherRuntime } from '../src/versions/other-runtimes.ts';
import { DenoHeaderError } from '../src/versions/deno-permissions.ts';

const USAGE = `Usage: npm run refresh -- [options] [paths…]

Regenerates every record derived from the named examples (all of them by default): each program
runs on the pinned Node against its .out and on every release of package.json awaited.matrix
(installed into .cache/ on demand), then on Deno and Bun (package.json awaited.runtimes, installed
the same way; Deno with the permissions of the file's \`// Deno:\` header), each broken file goes
through tsc and ESLint. A Python
program (.py) runs once on Debian's CPython (/usr/bin/python3, or AWAITED_PYTHON) with
-X dev -W error; a broken one goes through pyright and the interpreter. Review the
records with \`git diff\`.

Paths: examples/X/name.ts or X/name.ts (one file), X/ (page X: its programs and its broken/ files),
X/broken/ (only the broken files of page X).

Options:
  --check                 write nothing; fail where a fresh run disagrees with a record (CI)
  --skip-verifying-run    with --check: do not run each example on the release it is verified on
                          (the pinned Node), because npm test runs exactly that (test/examples/)
  --since REV             only the examples whose file, local imports, .out or record differ from
                          commit REV (CI passes the last commit it confirmed)
  --all                   every example (the default when no path is named)
  --runtimes deno,bun     only the results on these runtimes, into records fresh for Node (no
                          Node run, no bisection; Python and broken files are left alone); with
                          --check, only confirm those
  --update-expected       first rewrite a program's .out from its run, on purpose, for review
                          (lines that still match keep their placeholders and claims)
  -h, --help              print this and exit

Exit code: 0 when every example passes, 1 when one fails, 2 on a wrong argument.`;

const { values, positionals } = commandLine('refresh', USAGE, {
  check: { type: 'boolean', default: false },
  'skip-verifying-run': { type: 'boolean', default: false },
  since: { type: 'string' },
  all: { type: 'boolean', default: false },
  'update-expected': { type: 'boolean', default: false },
  runtimes: { type: 'string' },
});
const { check, since, all } = values;
const skipVerifyingRun = values['skip-verifying-run'];
const update = values['update-expected'];
if (skipVerifyingRun && !check) fail('refresh', '--skip-verifying-run goes with --check (a refresh always makes the verifying run it records)');
if (update && check) fail('refresh', '--update-expected rewrites .out files, which --check never does');
const only = values.runtimes === undefined ? undefined : values.runtimes.split(',').map((r) => r.trim());
const unknown = only?.filter((r) => !(OTHER_RUNTIMES as readonly string[]).includes(r)) ?? [];
if (unknown.length > 0 || only?.length === 0) fail('refresh', `--runtimes takes ${OTHER_RUNTIMES.join(', ')} separated by commas, found "${values.runtimes ?? ''}"`);
if (only && update) fail('refresh', '--update-expected rewrites .out files from a Node run, which --runtimes does not make');
if (all && positionals.length > 0) fail('refresh', `--all and the paths ${positionals.join(' ')} ask for different examples`);

const examples = catalogue();
const changed = all || since === undefined ? undefined : changedSince(since);
const ids = selectExamples(examples, positionals, changed);
if (ids.length === 0 && changed !== undefined) {
  console.log(`refresh: no example changed since ${since ?? ''}`);
  process.exit(0);
}
if (ids.length === 0) {
  fail('refresh', `no example matches ${positionals.join(' ')}: name a file (X/name.ts), a page's folder (X/) or its broken files (X/broken/) under examples/`);
}
if (!Object.values(examples.nodes).includes(process.versions.node)) {
  console.error(`refresh: this runs on Node ${process.versions.node}, which is not in package.json awaited.matrix; run it with \`npm run refresh\` (the pinned Node)`);
  process.exit(2);
}

/** Paths changed between REV and the working tree, from the root (`--relative`: the root may be a folder of a larger repository, as a fixture is). */
function changedSince(rev: string): Set<string> {
  try {
    const names = execFileSync('git', ['diff', '--name-only', '--relative', rev, '--', 'examples', 'records'], { cwd: examples.root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return new Set(names.split('\n').filter(Boolean));
  } catch {
    return fail('refresh', `git cannot compare with ${rev}; name a commit this clone has, or use --all`);
  }
}

try {
  if (update) {
    for (const id of ids.filter((i) => examples.file(i).kind === 'program')) {
      const { problems, run } = await verifyExample(examples, id);
      if (problems.length === 0 || run.exitCode !== 0) continue;
      const file = examples.file(id);
      const outFile = expectedPathOf(file.path);
      const raw = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
      writeFileSync(outFile, withMarkersOf(raw, updateExpected(file.expected, run.stdout)));
      console.log(`updated  examples/${expectedPathOf(id)}`);
    }
    // The .out files changed: read the examples again.
    resetCatalogue();
  }

  const started = performance.now();
  const outcomes = await refresh(catalogue(), ids, {
    check,
    skipVerifyingRun,
    ...(only ? { only: only as OtherRuntime[] } : {}),
    onDone: ({ id, problems, notes = [] }) => console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'}  examples/${id}${[...problems, ...notes.map((n) => `note: ${n}`)].map((line) => `\n${line}`).join('')}`),
  });
  const failed = outcomes.filter((o) => o.problems.length > 0).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const flags = `${check ? ' --check' : ''}${skipVerifyingRun ? ' --skip-verifying-run' : ''}${changed === undefined ? '' : ` --since ${since ?? ''}`}`;
  const onPython = ids.some((id) => examples.file(id).language === 'python') ? ` and CPython ${pythonVersion()}` : '';
  const others = OTHER_RUNTIMES.filter((r) => examples.runtimes[r] !== undefined && (only ?? OTHER_RUNTIMES).includes(r));
  const onOthers = others.map((r) => `${RUNTIME_NAMES[r]} ${examples.runtimes[r] ?? ''}`).join(', ');
  const on = only ? onOthers : `Node ${Object.values(examples.nodes).join(', ')}${onPython}${onOthers ? `, ${onOthers}` : ''}`;
  console.log(`\nrefresh${flags}${only ? ` --runtimes ${only.join(',')}` : ''}: ${outcomes.length} examples on ${on} in ${seconds} s`);
  // The time Deno and Bun add (CI's budget): the sum of their runs, permission searches included.
  const spent = others.map((r) => `${RUNTIME_NAMES[r]} ${(outcomes.reduce((sum, o) => sum + (o.othersMs?.[r] ?? 0), 0) / 1000).toFixed(1)} s`);
  if (spent.length > 0) console.log(`of which ${spent.join(', ')}`);
  console.log(`${outcomes.length - failed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
} catch (error) {
  // A fact about the examples that stops the refresh (a broken/ folder without its tsconfig.json, …): say it, without a stack.
  if (!(error instanceof CatalogueError) && !(error instanceof InterpreterError) && !(error instanceof RuntimeConfigError) && !(error instanceof DenoHeaderError)) throw error;
  console.error(`refresh: ${error.message}`);
  process.exitCode = 1;
}
