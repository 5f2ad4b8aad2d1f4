// Deno: --allow-read
// What an attacker can do to the libuv pool: four threads by default, shared by async crypto, fs,
// zlib and dns.lookup. Eight concurrent logins, each a 600 000-iteration PBKDF2 hash, take every
// thread, and a health check that only reads a file waits for a hash to finish. Capping how many
// threads the hashing may hold keeps a thread free for everything else.
import { pbkdf2 } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { Semaphore } from '../lib/semaphore.ts';

const hash = promisify(pbkdf2);

// #region login
/** What a login costs the pool: one long task per attempt, its length set by the iteration count. */
async function checkPassword(password: string): Promise<Buffer> {
  return hash(password, 'per-user salt', 600_000, 32, 'sha256'); // OWASP's count for PBKDF2-HMAC-SHA256
}
// #endregion login

/** Starts `attempts` logins at once, then a health check; did the check wait for a hash to finish? */
async function healthCheckWaited(attempts: number, login: (password: string) => Promise<Buffer>): Promise<boolean> {
  let hashesDone = 0;
  const logins = Array.from({ length: attempts }, async (_, i) => {
    await login(`guess ${i}`);
    hashesDone++;
  });
  const check = stat(import.meta.filename).then(() => hashesDone > 0); // a short task on the same pool
  const [waited] = await Promise.all([check, ...logins]);
  return waited;
}

// #region capped
// At most 2 of the pool's 4 threads for hashing; the other logins wait in this queue instead.
const hashing = new Semaphore(2);
const cappedCheckPassword = (password: string): Promise<Buffer> => hashing.run(() => checkPassword(password));
// #endregion capped

// #region attack
console.log(`8 logins at once, uncapped: the health check waited for a hash: ${await healthCheckWaited(8, checkPassword)}`);
console.log(`8 logins at once, 2 threads for hashing: the health check waited for a hash: ${await healthCheckWaited(8, cappedCheckPassword)}`);
// #endregion attack
