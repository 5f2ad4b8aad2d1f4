// The runtime matrix on disk (records/matrix.json, written by `npm run matrix`) and what pages read
// from it: the badges under a sample, the feature table and the per-example table of
// /reference/versions/. Every reader refuses a missing or stale entry, naming the command to run.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { badgesOf, compareVersions, featureRow, groupByFolder, parseRequirements, strictest, type Badge, type FeatureRow, type Matrix, type Requirement } from '../lib/matrix.ts';
import { listExamples, sourceHash, sourcesOf } from '../runner/catalogue.ts';
import { examplePath, recordsDir, root } from '../runner/paths.ts';
import { sidebar } from './sidebar.ts';

export const matrixPath = path.join(recordsDir, 'matrix.json');

export class MatrixError extends Error {
  override name = 'MatrixError';
}

/** The Node versions of the matrix, one per release line: package.json `awaited.matrix`. */
export function configuredLines(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { awaited?: { matrix?: Record<string, string> } };
  const lines = pkg.awaited?.matrix;
  if (!lines || Object.keys(lines).length === 0) throw new MatrixError('package.json has no "awaited": { "matrix": { "22": "22.x.y", … } }');
  for (const [line, version] of Object.entries(lines)) {
    if (!/^\d+\.\d+\.\d+$/.test(version) || version.split('.')[0] !== line) {
      throw new MatrixError(`package.json awaited.matrix["${line}"] must be an exact ${line}.x.y version, found "${version}"`);
    }
  }
  return lines;
}

export function readMatrix(): Matrix | undefined {
  return existsSync(matrixPath) ? (JSON.parse(readFileSync(matrixPath, 'utf8')) as Matrix) : undefined;
}

export function writeMatrix(matrix: Matrix): void {
  const examples = Object.fromEntries(Object.entries(matrix.examples).sort(([a], [b]) => a.localeCompare(b)));
  // One line per result keeps the file readable and its diffs small.
  const text = JSON.stringify({ ...matrix, examples }, null, 2).replace(/\{\n\s+("pass":[^{}]*?)\n\s+\}/g, (_all, body: string) => `{ ${body.replace(/\n\s+/g, ' ')} }`);
  writeFileSync(matrixPath, text + '\n');
}

/** The strictest `// Requires:` declaration of an example and of every local file it imports. */
export function requirementOf(id: string): Requirement | undefined {
  return strictest(sourcesOf(id).flatMap((file) => parseRequirements(readFileSync(file, 'utf8'), path.relative(root, file))));
}

function freshMatrix(id: string): Matrix {
  const matrix = readMatrix();
  if (!matrix) throw new MatrixError(`records/matrix.json does not exist: run \`npm run matrix\``);
  const entry = matrix.examples[id];
  if (!entry) throw new MatrixError(`examples/${id} is not in the runtime matrix (records/matrix.json): run \`npm run matrix -- ${id}\``);
  if (entry.sourceHash !== sourceHash(id)) {
    throw new MatrixError(`the runtime matrix entry of examples/${id} is older than its source: run \`npm run matrix -- ${id}\``);
  }
  return matrix;
}

/** Pass/fail per Node release line for one example, e.g. for "22 ✗ needs native `using`, 24.0+ · 24 ✓ · 26 ✓". */
export function runtimeBadges(exampleId: string): Badge[] {
  const matrix = freshMatrix(exampleId);
  const entry = matrix.examples[exampleId];
  if (!entry) throw new MatrixError(`examples/${exampleId} is not in the runtime matrix`);
  return badgesOf(entry, matrix.nodes);
}

/** The matrix's provenance: exact versions, platform and date. */
export function matrixProvenance(): Pick<Matrix, 'nodes' | 'platform' | 'cpus' | 'date'> {
  const matrix = readMatrix();
  if (!matrix) throw new MatrixError(`records/matrix.json does not exist: run \`npm run matrix\``);
  const { nodes, platform, cpus, date } = matrix;
  return { nodes, platform, cpus, date };
}

/**
 * One row per probe in examples/<folder>/ (default `versions`), from the probe's headers and its
 * runs: first what works on every line, then by the Node version each needs.
 */
export function featureRows(folder = 'versions'): FeatureRow[] {
  const rows = listExamples()
    .filter((id) => id.startsWith(`${folder}/`))
    .map((id) => {
      const matrix = freshMatrix(id);
      const entry = matrix.examples[id];
      if (!entry) throw new MatrixError(`examples/${id} is not in the runtime matrix`);
      return featureRow(id, readFileSync(examplePath(id), 'utf8'), entry, matrix.nodes);
    });
  const rank = (row: FeatureRow): number => row.badges.filter((b) => !b.pass).length;
  return rows.sort((a, b) => rank(a) - rank(b) || compareVersions(a.requirement?.version ?? '0', b.requirement?.version ?? '0') || a.id.localeCompare(b.id));
}

export interface ExampleGroup {
  folder: string;
  /** The page that shows this folder's examples, when there is one in the sidebar. */
  page: string | undefined;
  examples: { id: string; badges: Badge[] }[];
}

/** Every example, grouped by the page it belongs to, with its badges. */
export function exampleGroups(): ExampleGroup[] {
  const slugs = sidebar.flatMap((group) => group.items);
  return groupByFolder(listExamples()).map(({ folder, ids }) => {
    const slug = slugs.find((s) => s.split('/').pop() === folder);
    return { folder, page: slug ? `/${slug}/` : undefined, examples: ids.map((id) => ({ id, badges: runtimeBadges(id) })) };
  });
}
