// retry: p-retry with exponential backoff, jitter, a filter for errors worth retrying, and a signal
// for an overall deadline.
import pRetry from 'p-retry';

// #region retry
let calls = 0;
async function flakyCall(): Promise<string> {
  await Promise.resolve();
  if (++calls < 3) throw new Error('HTTP 503');
  return 'ok';
}
const result = await pRetry(flakyCall, {
  retries: 5,
  minTimeout: 5,
  factor: 2,
  randomize: true,
  shouldRetry: ({ error }) => error.message === 'HTTP 503',
  signal: AbortSignal.timeout(1_000),
});
console.log(`${result} after ${calls} calls`);
// #endregion retry
