import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

type Lookup = ReturnType<typeof Exercise.cachedLookup>;

/** A fetch that answers `value of KEY` a turn later, or fails for `failing`; it counts its calls. */
function source(failing?: string): { fetch: Exercise.Fetch; fetches: () => number } {
  let fetches = 0;
  return {
    fetches: () => fetches,
    fetch: async (key) => {
      fetches++;
      await nextTurn();
      if (key === failing) throw new Error(`${key} is unavailable`);
      return `value of ${key}`;
    },
  };
}

/** Looks `key` up the way a caller does, and says in which order its callback and the code after the call ran, and what the callback got. */
async function call(lookup: Lookup, key: string): Promise<{ order: string; calls: string[] }> {
  const events: string[] = [];
  const calls: string[] = [];
  lookup(key, (error, value) => {
    events.push('callback');
    calls.push(error ? `error: ${error.message}` : `value: ${value}`);
  });
  events.push('code after the call');
  for (let turn = 0; turn < 5; turn++) await nextTurn();
  return { order: events.join(' → '), calls };
}

const later = 'code after the call → callback';

export default defineChecks<typeof Exercise>([
  {
    name: 'a miss calls back once with the fetched value, after the call has returned',
    async run({ cachedLookup }) {
      const { fetch } = source();
      const { order, calls } = await call(cachedLookup(fetch), 'ada');
      assert.deepEqual(calls, ['value: value of ada'], `the callback got: ${calls.join(', ') || 'nothing'}`);
      assert.equal(order, later, `on a miss the order was: ${order}`);
    },
  },
  {
    name: 'a hit calls back after the call has returned, as a miss does',
    async run({ cachedLookup }) {
      const lookup = cachedLookup(source().fetch);
      await call(lookup, 'ada');
      const { order, calls } = await call(lookup, 'ada');
      assert.deepEqual(calls, ['value: value of ada'], `on a hit the callback got: ${calls.join(', ') || 'nothing'}`);
      assert.equal(order, later, `on a hit the order was: ${order}; the callback ran during the call, so code after the call runs after it on a hit and before it on a miss`);
    },
  },
  {
    name: 'a hit fetches nothing',
    async run({ cachedLookup }) {
      const { fetch, fetches } = source();
      const lookup = cachedLookup(fetch);
      await call(lookup, 'ada');
      await call(lookup, 'ada');
      assert.equal(fetches(), 1, `two lookups of the same key fetched ${fetches()} times; the second should come from the cache`);
    },
  },
  {
    name: 'a failed fetch calls back with its error, after the call, and is tried again next time',
    async run({ cachedLookup }) {
      const { fetch, fetches } = source('bob');
      const lookup = cachedLookup(fetch);
      const { order, calls } = await call(lookup, 'bob');
      assert.deepEqual(calls, ['error: bob is unavailable'], `the callback got: ${calls.join(', ') || 'nothing'}`);
      assert.equal(order, later, `on a failure the order was: ${order}`);
      await call(lookup, 'bob');
      assert.equal(fetches(), 2, `a key whose fetch failed was fetched ${fetches()} times in two lookups; a failure should not be cached`);
    },
  },
]);
