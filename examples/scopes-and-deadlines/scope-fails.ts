// Requires: Node 24+ (native `await using`)
// A scope tied to a block with `await using`: the block cannot end while a task runs; when one
// task fails, the scope aborts the others and waits for them, then throws.
import { setTimeout as sleep } from 'node:timers/promises';
import { Spans, printSpans } from '../lib/spans.ts';
import { Scope } from './scope.ts';

const spans = new Spans();
let running = 0;

async function fetchPart(name: string, ms: number, signal: AbortSignal): Promise<void> {
  return spans.time(name, () => fetchPartUntimed(name, ms, signal));
}

async function fetchPartUntimed(name: string, ms: number, signal: AbortSignal): Promise<void> {
  running++;
  try {
    await sleep(ms, undefined, { signal });
    console.log(`${name}: done`);
  } catch (error) {
    console.log(`${name}: stopped (${(error as Error).name})`);
    throw error;
  } finally {
    running--;
  }
}

async function failAfter(ms: number): Promise<never> {
  return spans.time('prices', async () => {
    await sleep(ms);
    console.log('prices: failing');
    throw new Error('prices: 503 from upstream');
  });
}

// #region scope-fails
try {
  await using scope = new Scope();
  scope.spawn((signal) => fetchPart('profile', 10, signal));
  scope.spawn(() => failAfter(30));
  scope.spawn((signal) => fetchPart('history', 200, signal));
  console.log('block: all three started');
} catch (error) {
  if (!(error instanceof AggregateError)) throw error;
  console.log(`block: ${error.message}:`, error.errors.map((e: Error) => e.message));
}
console.log(`after the block: ${running} tasks running`);
// #endregion scope-fails
printSpans('scope', spans.list);
