import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A load whose calls the check settles itself, one deferred per call, in call order. */
function controlledLoad(): { load: (key: string) => Promise<string>; calls: { key: string; resolve: (value: string) => void; reject: (error: Error) => void }[] } {
  const calls: { key: string; resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  return {
    calls,
    load: (key) => {
      const { promise, resolve, reject } = Promise.withResolvers<string>();
      calls.push({ key, resolve, reject });
      return promise;
    },
  };
}

/** How `promise` ended, without letting a rejection go unhandled. */
const outcome = (promise: Promise<string>): Promise<string> => promise.then((value) => `value ${value}`, (error: unknown) => `error ${(error as Error).message}`);

export default defineChecks<typeof Exercise>([
  {
    name: 'a key loaded once is answered from memory afterwards',
    async run({ cached }) {
      const { load, calls } = controlledLoad();
      const get = cached(load);
      const first = get('user 1');
      await nextTurn();
      calls[0]?.resolve('Ada');
      assert.equal(await first, 'Ada');
      assert.equal(await get('user 1'), 'Ada');
      assert.equal(calls.length, 1, `load was called ${calls.length} times for one key`);
    },
  },
  {
    name: 'two gets of the same key at once share one load',
    async run({ cached }) {
      const { load, calls } = controlledLoad();
      const get = cached(load);
      const both = [outcome(get('user 1')), outcome(get('user 1'))];
      await nextTurn();
      assert.equal(calls.length, 1, `two gets of one key, arriving together, called load ${calls.length} times: the second found nothing, because the value is remembered only after the await`);
      calls[0]?.resolve('Ada');
      assert.deepEqual(await Promise.all(both), ['value Ada', 'value Ada']);
    },
  },
  {
    name: 'different keys load at the same time, not one after the other',
    async run({ cached }) {
      const { load, calls } = controlledLoad();
      const get = cached(load);
      const both = [outcome(get('user 1')), outcome(get('user 2'))];
      await nextTurn();
      assert.deepEqual(calls.map((call) => call.key), ['user 1', 'user 2'], 'the load of user 2 had not started while user 1 was loading; only gets of the same key should share');
      calls[1]?.resolve('Grace');
      calls[0]?.resolve('Ada');
      assert.deepEqual(await Promise.all(both), ['value Ada', 'value Grace']);
    },
  },
  {
    name: 'a failed load reaches every waiting get, and the next get loads again',
    async run({ cached }) {
      const { load, calls } = controlledLoad();
      const get = cached(load);
      const both = [outcome(get('user 1')), outcome(get('user 1'))];
      await nextTurn();
      for (const call of calls) call.reject(new Error('database down'));
      assert.deepEqual(await Promise.all(both), ['error database down', 'error database down']);
      const before = calls.length;
      const again = outcome(get('user 1'));
      await nextTurn();
      assert.equal(calls.length, before + 1, 'after a failed load, the next get did not load again: the failure was remembered');
      calls[before]?.resolve('Ada');
      assert.equal(await again, 'value Ada');
    },
  },
]);
