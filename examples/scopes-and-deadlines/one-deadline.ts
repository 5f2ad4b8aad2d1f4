// One deadline, set by the caller and passed down as a signal: each layer spends what is left, and
// a query that cannot finish in what is left is refused at once, so the layer above can fall back.
import { setTimeout as sleep } from 'node:timers/promises';
import { Spans, printSpans } from '../lib/spans.ts';
import { assertTimeFor, deadlineSignal, DeadlineTooShortError } from './deadline.ts';

const spans = new Spans();
const DEADLINE_MS = 100;

async function backend(name: string, ms: number, signal: AbortSignal): Promise<string> {
  await spans.time(`query/${name}`, () => sleep(ms, undefined, { signal }));
  return name;
}

// #region one-deadline
async function query(name: string, costMs: number, signal: AbortSignal): Promise<string> {
  assertTimeFor(costMs, signal, `query ${name}`); // refuse what cannot finish in time
  return backend(name, costMs, signal);
}

async function loadDashboard(signal: AbortSignal): Promise<string[]> {
  const user = await query('user', 20, signal);
  const orders = await query('orders', 20, signal);
  try {
    return [user, orders, await query('recs', 80, signal)];
  } catch (error) {
    if (!(error instanceof DeadlineTooShortError)) throw error;
    console.log(`dashboard: ${error.message}: showing it without`);
    return [user, orders];
  }
}

const start = performance.now();
const dashboard = await spans.time('dashboard', () => loadDashboard(deadlineSignal(DEADLINE_MS)));
const used = (performance.now() - start) / DEADLINE_MS;
console.log(`caller: ${dashboard.join(', ')} after ${used.toFixed(2)} of its deadline`);
// #endregion one-deadline
printSpans('one-deadline', spans.list);
