import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A source of 1, 2, 3, … (up to `length`), one event-loop turn each, that counts what it is asked for and notes when its `finally` runs. */
function numbers(length = Infinity): { source: AsyncGenerator<number>; pulled: () => number; closed: () => boolean } {
  let pulled = 0;
  let closed = false;
  async function* generate(): AsyncGenerator<number> {
    try {
      for (let i = 1; i <= length; i++) {
        await nextTurn();
        pulled++;
        yield i;
      }
    } finally {
      closed = true;
    }
  }
  return { source: generate(), pulled: () => pulled, closed: () => closed };
}

async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of values) all.push(value);
  return all;
}

export default defineChecks<typeof Exercise>([
  {
    name: 'the first n values, in order',
    async run({ take }) {
      const { source } = numbers();
      assert.deepEqual(await collect(take(source, 3)), [1, 2, 3]);
    },
  },
  {
    name: 'a source shorter than n gives all it has, then take ends',
    async run({ take }) {
      const { source, closed } = numbers(2);
      assert.deepEqual(await collect(take(source, 5)), [1, 2]);
      assert.ok(closed(), 'the source ran to its end, yet its finally did not run');
    },
  },
  {
    name: 'the source is asked for no more than n values',
    async run({ take }) {
      const { source, pulled } = numbers();
      await collect(take(source, 3));
      assert.equal(pulled(), 3, `take asked the source for ${pulled()} values to give 3: with a paginated source, each extra one can be a page fetched for nothing`);
    },
  },
  {
    name: 'the source is closed (its finally runs) once take has given n',
    async run({ take }) {
      const { source, closed } = numbers();
      await collect(take(source, 3));
      assert.ok(closed(), "take has ended, but the source's finally has not run: it is still suspended at its yield, holding what it holds");
    },
  },
  {
    name: 'the source is closed when the loop over take stops early',
    async run({ take }) {
      const { source, closed } = numbers();
      for await (const value of take(source, 10)) {
        if (value === 2) break;
      }
      assert.ok(closed(), "the loop over take broke out, which closed take, but take did not close its source: the source's finally has not run");
    },
  },
]);
