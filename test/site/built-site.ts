// The built site the tests in test/site/ read: `npm test` builds it first.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The dist/ folder under `root`; fails with what to run when there is none. */
export function builtSite(root: string): string {
  const dist = path.join(root, 'dist');
  if (!existsSync(dist)) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  return dist;
}
