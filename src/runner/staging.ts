// Where an example with local files runs: a folder that holds only what its download holds
// (src/lib/sample-files.ts), at the same paths, so every run of it proves that set is enough to
// run it as unpacked. The folder is inside the repository (under .cache/), so `node_modules` and
// package.json's "type" resolve as they do in a reader's project.
import { copyFileSync, globSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { withoutExtension } from '../catalogue/example-id.ts';
import { sampleFiles } from '../lib/sample-files.ts';

/** The folder to run `examples/<id>` in: the repository root when it uses no other local file. */
export function stagedFolder(root: string, id: string, dependencies: string[]): string {
  const files = sampleFiles(id, dependencies);
  if (!files) return root;
  // One stable folder per example: Node's compile cache is keyed by path, so reruns stay warm.
  const folder = path.join(root, '.cache', 'staged', withoutExtension(id));
  const wanted = new Set(files.paths);
  // Nothing else may be there: a file left from an older set would hide a missing dependency.
  for (const entry of globSync('examples/**/*', { cwd: folder, withFileTypes: true })) {
    const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isFile() && !wanted.has(relative)) rmSync(path.join(folder, relative));
  }
  for (const file of files.paths) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(folder, file));
  }
  return folder;
}
