// The anti-pattern: each query takes its own `timeoutMs` and nobody passes the caller's deadline
// down. Every limit is reasonable alone; together they overrun the caller's 100 ms, and the work
// goes on after the caller has given up.
import { setTimeout as sleep } from 'node:timers/promises';
import { Spans, printSpans } from '../lib/spans.ts';

const spans = new Spans();
const DEADLINE_MS = 100;
let gaveUpAt = Infinity;
const queryEnds: number[] = [];

async function backend(name: string, ms: number, signal: AbortSignal): Promise<string> {
  await spans.time(`query/${name}`, () => sleep(ms, undefined, { signal }));
  queryEnds.push(performance.now());
  return name;
}

const start = performance.now();

// #region per-layer
async function query(name: string, costMs: number, timeoutMs = 90): Promise<string> {
  return backend(name, costMs, AbortSignal.timeout(timeoutMs)); // a fresh 90 ms, whatever is left
}

async function loadDashboard(): Promise<string[]> {
  const user = await query('user', 30);
  const orders = await query('orders', 30);
  const recs = await query('recs', 60);
  return [user, orders, recs];
}

const work = loadDashboard();
const deadline = sleep(DEADLINE_MS, 'deadline'); // the caller's deadline, kept to itself
if ((await Promise.race([work, deadline])) === 'deadline') {
  gaveUpAt = performance.now();
  console.log(`caller: gave up at its ${DEADLINE_MS} ms deadline`);
}
// #endregion per-layer

const answer = await work; // only to measure it: a real caller never learns when the work ends
const overrun = (performance.now() - start) / DEADLINE_MS;
console.log(`work: finished anyway (${answer.join(', ')}), ${queryEnds.filter((t) => t > gaveUpAt).length} query ended after the caller left`);
console.log(`work: ended at ${overrun.toFixed(2)}× the caller's deadline`);
printSpans('per-layer', spans.list);
