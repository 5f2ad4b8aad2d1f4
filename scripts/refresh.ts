// npm run refresh [-- --check] [--update-expected] [ids or folders…]
// Regenerates every record derived from the named examples (all of them by default): each program
// runs on the pinned Node against its .out and on every release of package.json `awaited.matrix`
// (installed into .cache/ on demand), each broken file goes through tsc and ESLint. Review the
// records with `git diff`.
//   --check             write nothing; fail where a fresh run disagrees with a record (CI)
//   --since REV         only the examples whose source, local imports, .out or record differ
//                       from commit REV (CI passes the last commit it confirmed)
//   --all               every example (the default when no path is named)
//   --update-expected   first rewrite a program's .out from its run, on purpose, for review
//                       (lines that still match keep their placeholders and claims)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { catalogue, resetCatalogue } from '../src/catalogue/catalogue.ts';
import { expectedPathOf } from '../src/catalogue/example-file.ts';
import { updateExpected } from '../src/lib/expected-output.ts';
import { withMarkersOf } from '../src/lib/output-regions.ts';
import { refresh } from '../src/runner/refresh.ts';
import { verifyExample } from '../src/runner/verify.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const update = args.includes('--update-expected');
const sinceAt = args.indexOf('--since');
const since = sinceAt === -1 ? undefined : args[sinceAt + 1];
if (sinceAt !== -1 && (since === undefined || since.startsWith('--'))) {
  console.error('refresh: --since needs a commit, e.g. --since HEAD~3');
  process.exit(2);
}
const filters = args.filter((a, i) => !a.startsWith("--") && (sinceAt === -1 || i !== sinceAt + 1)).map((a) => a.replace(/^examples\//, ''));
const examples = catalogue();
const all = args.includes('--all');
const changed = all || since === undefined ? undefined : changedSince(since);
const ids = [...examples.programs(), ...examples.brokenFiles()].filter(
  (id) =>
    (filters.length === 0 || filters.some((f) => id === f || id.startsWith(f.replace(/\/?$/, '/')))) &&
    (changed === undefined || touches(id, changed)),
);
if (ids.length === 0 && changed !== undefined) {
  console.log(`refresh: no example changed since ${since}`);
  process.exit(0);
}
if (ids.length === 0) {
  console.error(`refresh: no example matches ${filters.join(' ')}`);
  process.exit(2);
}
if (!Object.values(examples.nodes).includes(process.versions.node)) {
  console.error(`refresh: this runs on Node ${process.versions.node}, which is not in package.json awaited.matrix; run it with \`npm run refresh\` (the pinned Node)`);
  process.exit(2);
}

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

/** Paths changed between REV and the working tree, as git names them. */
function changedSince(rev: string): Set<string> {
  try {
    return new Set(execFileSync('git', ['diff', '--name-only', rev, '--', 'examples', 'records'], { cwd: examples.root, encoding: 'utf8' }).split('\n').filter(Boolean));
  } catch {
    console.error(`refresh: git cannot compare with ${rev}; name a commit this clone has, or use --all`);
    process.exit(2);
  }
}

/** Whether an example's own file, a local file it imports, its .out or its record changed. */
function touches(id: string, paths: Set<string>): boolean {
  const file = examples.file(id);
  const own = [id, ...file.dependencies].map((f) => `examples/${f}`);
  return [...own, `examples/${expectedPathOf(id)}`, `records/examples/${id}.json`].some((p) => paths.has(p));
}

const started = performance.now();
const outcomes = await refresh(catalogue(), ids, {
  check,
  onDone: ({ id, problems }) => console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'}  examples/${id}${problems.length > 0 ? `\n${problems.join('\n')}` : ''}`),
});
const failed = outcomes.filter((o) => o.problems.length > 0).length;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\nrefresh${check ? ' --check' : ''}${changed === undefined ? '' : ` --since ${since ?? ''}`}: ${ids.length} examples on Node ${Object.values(examples.nodes).join(', ')} in ${seconds} s`);
console.log(`${outcomes.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
