// npm run matrix [-- ids or folders…]
// Runs every example (or only the named ones) on each Node release line of package.json
// `awaited.matrix`, and merges the results into records/matrix.json. The extra lines are the npm
// package `node`, installed on demand into .cache/node/<version>/ (never a project dependency); the
// pinned line is the project's own Node, the one running this script.
//
// A failure is accepted only on a line below the example's `// Requires: Node X+ (feature)`
// declaration, and is recorded with that reason. A failure without a declaration, or a pass despite
// one, is a matrix error: it is printed, its example is left out of the file, and the exit code is 1.
// Examples run one at a time (their timing claims need the CPU), line after line.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { judge, sortedLines, type LineResult, type Matrix } from '../src/lib/matrix.ts';
import { listExamples, sourceHash } from '../src/runner/catalogue.ts';
import { cacheDir, root } from '../src/runner/paths.ts';
import { verifyExample } from '../src/runner/verify.ts';
import { configuredLines, readMatrix, requirementOf, writeMatrix } from '../src/site/matrix.ts';

const run = promisify(execFile);

const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/^examples\//, ''));
const all = listExamples();
const ids = all.filter((id) => filters.length === 0 || filters.some((f) => id === f || id.startsWith(f.replace(/\/?$/, '/'))));
if (ids.length === 0) {
  console.error(`matrix: no example matches ${filters.join(' ')}`);
  process.exit(2);
}

const nodes = configuredLines();
const lines = sortedLines(nodes);

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    return (await run(binary, ['--version'])).stdout.trim().replace(/^v/, '');
  } catch {
    return undefined;
  }
}

/** The binary for one exact Node version: this process's own, or the npm package `node` in .cache/. */
async function binaryFor(version: string): Promise<string> {
  if (process.versions.node === version) return process.execPath;
  const prefix = path.join(cacheDir, 'node', version);
  const binary = path.join(prefix, 'node_modules', '.bin', 'node');
  if ((await versionOf(binary)) === version) return binary;
  console.log(`installing node@${version} into ${path.relative(root, prefix)}/ …`);
  mkdirSync(prefix, { recursive: true });
  // The package's install script downloads the platform binary; npm 11 runs it only when allowed.
  const manifest = { name: `awaited-node-${version}`, private: true, dependencies: { node: version }, allowScripts: { node: true } };
  writeFileSync(path.join(prefix, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const npm = process.env['npm_execpath'];
  const [command, npmArgs] = npm ? [process.execPath, [npm]] : ['npm', []];
  await run(command, [...npmArgs, 'install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-package-lock'], { cwd: prefix });
  const installed = await versionOf(binary);
  if (installed !== version) {
    throw new Error(`node@${version} in ${prefix} runs as ${installed ?? 'nothing'}: was the package's install script skipped? (allowScripts)`);
  }
  return binary;
}

const pinned = lines.find((line) => nodes[line] === process.versions.node);
if (!pinned) {
  console.error(
    `matrix: this script runs on Node ${process.versions.node}, which is none of package.json awaited.matrix (${lines.map((l) => nodes[l]).join(', ')}); ` +
      'run it with `npm run matrix` (the pinned Node), and keep awaited.matrix in step with the `node` devDependency',
  );
  process.exit(2);
}

const started = performance.now();
const binaries = Object.fromEntries(await Promise.all(lines.map(async (line) => [line, await binaryFor(nodes[line] ?? '')] as const)));

const previous = readMatrix();
// Entries from other Node versions or another platform cannot be merged with this run's.
const platform = `${process.platform}-${process.arch}`;
const comparable = previous && previous.platform === platform && lines.every((l) => previous.nodes[l] === nodes[l]) && Object.keys(previous.nodes).length === lines.length;
if (previous && !comparable && filters.length > 0) {
  console.error('matrix: records/matrix.json was made with other Node versions or on another platform; run `npm run matrix` for every example');
  process.exit(2);
}
const matrix: Matrix = {
  nodes,
  platform,
  cpus: os.availableParallelism(),
  date: new Date().toISOString().slice(0, 10),
  examples: comparable ? { ...previous.examples } : {},
};
// Forget examples that no longer exist.
for (const id of Object.keys(matrix.examples)) if (!all.includes(id)) delete matrix.examples[id];

const results = new Map<string, Record<string, LineResult>>(ids.map((id) => [id, {}]));
const errors = new Map<string, string[]>();
const timings: Record<string, number> = {};

for (const line of lines) {
  const version = nodes[line] ?? '';
  const lineStart = performance.now();
  for (const id of ids) {
    const { problems, run: exampleRun } = await verifyExample(id, { node: binaries[line] ?? '', nodeVersion: `v${version}` });
    const { result, error } = judge(id, version, requirementOf(id), problems, exampleRun.stderr);
    if (error) errors.set(id, [...(errors.get(id) ?? []), error]);
    if (result) (results.get(id) ?? {})[line] = result;
    console.log(`${line} ${error ? '!' : result?.pass ? '✓' : '✗'} ${id}${result && !result.pass ? `  (${result.reason})` : ''}`);
  }
  timings[line] = performance.now() - lineStart;
}

const date = matrix.date;
for (const id of ids) {
  if (errors.has(id)) delete matrix.examples[id];
  else matrix.examples[id] = { sourceHash: sourceHash(id), date, lines: results.get(id) ?? {} };
}
writeMatrix(matrix);

console.log(`\n${ids.length} examples on Node ${lines.map((l) => nodes[l]).join(', ')}; wall time ${((performance.now() - started) / 1000).toFixed(1)} s (${lines.map((l) => `${l}: ${((timings[l] ?? 0) / 1000).toFixed(1)} s`).join(', ')})`);
if (errors.size > 0) {
  console.error(`\nmatrix errors (these examples were left out of records/matrix.json):`);
  for (const messages of errors.values()) for (const message of messages) console.error(`\n${message}`);
  process.exitCode = 1;
}
