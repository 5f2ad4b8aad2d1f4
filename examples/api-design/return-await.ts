// Inside `try`, `return promise` hands the promise to the caller before it settles, so this
// function's `catch` never sees the rejection. `return await promise` settles it here first.
import { setTimeout as sleep } from 'node:timers/promises';

async function loadProfile(): Promise<string> {
  await sleep(5);
  throw new Error('profile service down');
}

// #region return-await
async function withoutAwait(): Promise<string> {
  try {
    // eslint-disable-next-line @typescript-eslint/return-await -- the mistake this sample shows
    return loadProfile();
  } catch {
    return 'fallback (inner catch)';
  }
}

async function withAwait(): Promise<string> {
  try {
    return await loadProfile();
  } catch {
    return 'fallback (inner catch)';
  }
}
// #endregion return-await

// #region demo
const variants = [['return promise', withoutAwait], ['return await promise', withAwait]] as const;
for (const [name, load] of variants) {
  try {
    console.log(`${name}: ${await load()}`);
  } catch (error) {
    console.log(`${name}: outer catch got "${(error as Error).message}"`);
  }
}
// #endregion demo
