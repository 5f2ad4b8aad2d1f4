// Deno: --allow-env --allow-net --allow-read --allow-run
// Thread-pool starvation: crypto, fs and dns.lookup share the libuv pool, 4 threads by default.
// Four slow pbkdf2 jobs make a host-name lookup and a file read wait; a bigger pool, set in the
// environment of a child process, lets them through.
import { execFile } from 'node:child_process';
import { pbkdf2 } from 'node:crypto';
import { lookup } from 'node:dns/promises';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const hash = promisify(pbkdf2);
const run = promisify(execFile);

// #region starve
/** Starts 4 pbkdf2 jobs, then a lookup and a read; did those two wait for a hash to finish? */
async function lookupAndReadWaited(): Promise<boolean> {
  let hashesDone = 0;
  const hashing = Array.from({ length: 4 }, async () => {
    await hash('password', 'salt', 300_000, 64, 'sha512');
    hashesDone++;
  });
  const other = Promise.all([lookup('localhost'), readFile(import.meta.filename)]).then(() => hashesDone > 0);
  const [waited] = await Promise.all([other, ...hashing]);
  return waited;
}
// #endregion starve

if (process.argv[2] === 'child') {
  console.log(await lookupAndReadWaited());
} else {
  // #region sized
  console.log(`default pool: lookup and readFile waited for pbkdf2: ${await lookupAndReadWaited()}`);
  const env = { ...process.env, UV_THREADPOOL_SIZE: '6' }; // read once, at the pool's first use
  const { stdout } = await run(process.execPath, [import.meta.filename, 'child'], { env });
  console.log(`UV_THREADPOOL_SIZE=6: lookup and readFile waited for pbkdf2: ${stdout.trim()}`);
  // #endregion sized
}
