// Where an example with local files runs: a folder that holds only what its download holds
// (src/downloads/sample-files.ts), at the same paths, so every run of it proves that set is enough to
// run it as unpacked. The folder is inside the repository (under .cache/), so `node_modules` and
// package.json's "type" resolve as they do in a reader's project.
import { globSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.ts';
import { baseOf } from '../formats/example-id.ts';

/** The folder to run `examples/<id>` in: the repository root when it uses no other local file. */
export function stagedFolder(examples: Catalogue, id: string): string {
  const { root } = examples;
  const files = examples.download(id);
  if (!files) return root;
  // One stable folder per example: Node's compile cache is keyed by path, so reruns stay warm.
  const folder = path.join(root, '.cache', 'staged', baseOf(id));
  const wanted = new Set(files.paths);
  // Nothing else may be there: a file left from an older set would hide a missing dependency.
  for (const entry of globSync('examples/**/*', { cwd: folder, withFileTypes: true })) {
    const relative = path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (entry.isFile() && !wanted.has(relative)) rmSync(path.join(folder, relative));
  }
  for (const { name, content } of files.entries) {
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return folder;
}
