import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A `load` whose calls the check settles by hand, one deferred per id. */
function manualLoad(): { load: (id: string) => Promise<string>; calls: Map<string, PromiseWithResolvers<string>> } {
  const calls = new Map<string, PromiseWithResolvers<string>>();
  return {
    calls,
    load: (id) => {
      const call = Promise.withResolvers<string>();
      calls.set(id, call);
      return call.promise;
    },
  };
}

/** How `promise` has settled so far, after a few turns of the event loop. */
async function stateAfterTurns(promise: Promise<unknown>, turns: number): Promise<string> {
  let state = 'still pending';
  promise.then(
    () => (state = 'fulfilled'),
    (error: unknown) => (state = `rejected with ${error instanceof Error ? error.message : String(error)}`),
  );
  for (let turn = 0; turn < turns; turn++) await nextTurn();
  return state;
}

export default defineChecks<typeof Exercise>([
  {
    name: 'every load starts at once, and the values come back in the order of the ids',
    async run({ loadAll }) {
      const { load, calls } = manualLoad();
      const all = loadAll(['a', 'b', 'c'], load);
      assert.deepEqual([...calls.keys()], ['a', 'b', 'c'], `only ${[...calls.keys()].join(', ') || 'no load'} had started before loadAll first waited`);
      for (const id of ['c', 'b', 'a']) calls.get(id)?.resolve(`value ${id}`); // the last finishes first
      assert.deepEqual(await all, ['value a', 'value b', 'value c']);
    },
  },
  {
    name: 'a load that fails while an earlier one still runs rejects loadAll at once, with its error',
    async run({ loadAll }) {
      const { load, calls } = manualLoad();
      const all = loadAll(['slow', 'broken'], load);
      calls.get('broken')?.reject(new Error('broken: not found'));
      const state = await stateAfterTurns(all, 3);
      calls.get('slow')?.resolve('value slow'); // let the slow load end, whatever happened
      await all.catch(() => undefined);
      assert.equal(state, 'rejected with broken: not found', `3 turns after the second load failed, with the first still running, loadAll was ${state}`);
    },
  },
]);
