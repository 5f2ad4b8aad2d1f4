// Feature: `fsPromises.mkdtempDisposable()`
// Requires: Node 24.4+ (`fsPromises.mkdtempDisposable`)
// Source: https://nodejs.org/docs/latest-v24.x/api/fs.html#fspromisesmkdtempdisposableprefix-options
// Fallback: `mkdtemp()`, and `rm(dir, { recursive: true })` in a `finally`
// Deno: --allow-env --allow-read --allow-write
// A temporary directory that removes itself, with everything in it, when disposed.
import { existsSync } from 'node:fs';
import { mkdtempDisposable, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const temp = await mkdtempDisposable(path.join(os.tmpdir(), 'probe-'));
await writeFile(path.join(temp.path, 'note.txt'), 'x');
await temp[Symbol.asyncDispose]();
console.log(`directory exists after dispose: ${existsSync(temp.path)}`);
