// Where things live. Every path the runner, the scripts and the site use comes from here.
import path from 'node:path';

// npm scripts, Vitest and Astro all run from the repository root; this module is also bundled
// into the site build, where import.meta.url would point into dist/.
export const root = process.cwd();
export const examplesDir = path.join(root, 'examples');
export const recordsDir = path.join(root, 'records');
export const contentDir = path.join(root, 'content', 'docs');
/** Downloads and caches the runs can rebuild at will (git-ignored). */
export const cacheDir = path.join(root, '.cache');

/** An example's id is its path under examples/, with forward slashes: `async-vs-sync/limit.ts`. */
export function examplePath(id: string): string {
  return path.join(examplesDir, id);
}

/** The expected-output file kept beside an example: `limit.ts` → `limit.out`. */
export function expectedPath(id: string): string {
  return examplePath(id).replace(/\.[mc]?[jt]s$/, '.out');
}

/** The record of the last verifying run of an example. */
export function recordPath(id: string): string {
  return path.join(recordsDir, 'examples', `${id}.json`);
}
