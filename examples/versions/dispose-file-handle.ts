// Feature: `filehandle[Symbol.asyncDispose]()` (`fs/promises`)
// Source: https://nodejs.org/docs/latest-v24.x/api/fs.html#filehandlesymbolasyncdispose
// Fallback: none needed on 22; or `await handle.close()` in a `finally`
// Deno: --allow-read
// Disposing a FileHandle closes it: a read after that fails with EBADF.
import { open } from 'node:fs/promises';

const handle = await open(import.meta.filename);
await handle[Symbol.asyncDispose]();
try {
  await handle.read(Buffer.alloc(1), 0, 1, 0);
  console.log('read after dispose: worked');
} catch (error) {
  console.log(`read after dispose: ${(error as NodeJS.ErrnoException).code}`);
}
