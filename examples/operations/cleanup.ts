// Requires: Node 24+ (native `await using`)
// Cleanup: `await using` releases a resource when its scope ends, even on an exception.
import { setTimeout as sleep } from 'node:timers/promises';

// #region cleanup
function open(name: string): AsyncDisposable {
  console.log(`open ${name}`);
  return {
    async [Symbol.asyncDispose]() {
      await sleep(5); // e.g. flushing and closing a connection
      console.log(`close ${name}`);
    },
  };
}

try {
  await using first = open('database');
  await using second = open('cache');
  void [first, second];
  throw new Error('the work failed');
} catch (error) {
  // Both were closed, last opened first, before the catch runs.
  console.log(`caught: ${(error as Error).message}`);
}
// #endregion cleanup
