// Feature: `node:test` MockTimers
// Source: https://nodejs.org/docs/latest-v24.x/api/test.html#class-mocktimers
// Fallback: the same API; the warning is the only difference
// Mocked timers move only when told to: a one-second timeout fires after tick(1000), at once.
import { mock } from 'node:test';

mock.timers.enable({ apis: ['setTimeout'] });
const fired: number[] = [];
setTimeout(() => fired.push(1_000), 1_000);
setTimeout(() => fired.push(500), 500);

mock.timers.tick(999);
console.log(`after 999 ms: ${fired.join(', ')}`);
mock.timers.tick(1);
console.log(`after 1000 ms: ${fired.join(', ')}`);
mock.timers.reset();
