import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const request = new AsyncLocalStorage<string>();

/** A batcher, and what each callback added to it saw when it ran, in the order they ran. */
function recording({ Batcher }: typeof Exercise): { add: (label: string) => void; seen: string[] } {
  const batcher = new Batcher();
  const seen: string[] = [];
  return { seen, add: (label) => batcher.add(() => seen.push(`${label} ran as ${request.getStore() ?? 'no request'}`)) };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'every callback runs once, in the order they were added, on the next turn',
    async run(exercise) {
      const { add, seen } = recording(exercise);
      add('first');
      add('second');
      assert.equal(seen.length, 0, 'a callback ran inside add(); it must wait for the flush');
      await nextTurn(); // queued after the batcher's flush
      assert.deepEqual(seen.map((line) => line.split(' ')[0]), ['first', 'second'], `the callbacks ran as: ${seen.join('; ')}`);
      add('third');
      await nextTurn();
      assert.equal(seen.length, 3, `after a second add and turn, ${seen.length} callbacks had run; the batcher must flush again`);
    },
  },
  {
    name: "a callback runs in the context of the request that added it, not the first request's",
    async run(exercise) {
      const { add, seen } = recording(exercise);
      request.run('request 1', () => add('from request 1'));
      request.run('request 2', () => add('from request 2'));
      await nextTurn();
      assert.deepEqual(seen, ['from request 1 ran as request 1', 'from request 2 ran as request 2'], `the callbacks saw: ${seen.join('; ')}`);
    },
  },
  {
    name: "a callback added outside any request sees no request, not the flush's",
    async run(exercise) {
      const { add, seen } = recording(exercise);
      request.run('request 1', () => add('from request 1'));
      add('from outside');
      await nextTurn();
      assert.deepEqual(seen, ['from request 1 ran as request 1', 'from outside ran as no request'], `the callbacks saw: ${seen.join('; ')}`);
    },
  },
]);
