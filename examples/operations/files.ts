// Deno: --allow-env --allow-read --allow-write
// Files: fs/promises in a temporary folder that is removed afterwards.
// Each call runs on libuv's thread pool; your code awaits it like any other I/O.
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

// #region files
const dir = await mkdtemp(path.join(tmpdir(), 'awaited-'));
try {
  const file = path.join(dir, 'notes.txt');
  await writeFile(file, 'first line\n');
  await appendFile(file, 'second line\n');
  const text = await readFile(file, 'utf8');
  console.log(`lines: ${text.trimEnd().split('\n').length}`);
  console.log(`files: ${(await readdir(dir)).join(', ')}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
// #endregion files
