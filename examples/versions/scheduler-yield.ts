// Feature: `scheduler.yield()` from `node:timers/promises`
// Source: https://nodejs.org/docs/latest-v24.x/api/timers.html#timerspromisesscheduleryield
// Fallback: `setImmediate` from `node:timers/promises`
// Long work split in chunks: awaiting scheduler.yield() between them lets other callbacks run.
import { scheduler } from 'node:timers/promises';

const log: string[] = [];
setImmediate(() => log.push('other callback'));

log.push('chunk 1');
await scheduler.yield();
log.push('chunk 2');

console.log(log.join('\n'));
