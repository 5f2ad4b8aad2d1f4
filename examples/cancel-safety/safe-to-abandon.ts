// What Node's own waits leave behind when they are abandoned: events.once and timers/promises
// undo their registration on abort; a for await loop left early destroys its stream, unless it
// iterates with destroyOnReturn: false.
import { EventEmitter, once } from 'node:events';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

const lines = () => Readable.from(['line 1', 'line 2', 'line 3', 'line 4']);

// #region once
const jobs = new EventEmitter();
const waiting = new AbortController();
const job = once(jobs, 'job', { signal: waiting.signal });
waiting.abort();
await job.catch(() => undefined);
console.log(`events.once aborted: ${jobs.listenerCount('job')} listeners left`);
// #endregion once

// #region timer
const timer = new AbortController();
const nap = sleep(60_000, undefined, { signal: timer.signal });
timer.abort();
await nap.catch(() => undefined);
const timers = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
console.log(`timers/promises setTimeout aborted: ${timers} timers left`);
// #endregion timer

// #region break
const file = lines();
for await (const line of file) {
  console.log(`read ${String(line)}, then break`);
  break; // return() on the iterator destroys the stream
}
console.log(`after break: destroyed ${file.destroyed}`);

const kept = lines();
for await (const line of kept.iterator({ destroyOnReturn: false })) {
  console.log(`read ${String(line)}, then break`);
  break;
}
const rest: unknown[] = [];
for await (const line of kept) rest.push(line);
console.log(`with destroyOnReturn: false, the next loop reads ${rest.length} more`);
// #endregion break
