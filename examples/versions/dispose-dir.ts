// Feature: `dir[Symbol.asyncDispose]()` (`fs.Dir` from `opendir`)
// Source: https://nodejs.org/docs/latest-v24.x/api/fs.html#dirsymbolasyncdispose
// Requires: Node 24.1+, 22.18+ (`dir[Symbol.asyncDispose]`)
// Fallback: `await dir.close()` in a `finally`
// Deno: --allow-read
// Disposing a directory handle closes it: reading it afterwards fails.
import { opendir } from 'node:fs/promises';

const dir = await opendir(import.meta.dirname);
await dir[Symbol.asyncDispose]();
try {
  await dir.read();
  console.log('read after dispose: worked');
} catch (error) {
  console.log(`read after dispose: ${(error as NodeJS.ErrnoException).code}`);
}
