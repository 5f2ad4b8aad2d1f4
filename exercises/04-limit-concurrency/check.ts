import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const urls = Array.from({ length: 20 }, (_, i) => `https://example.test/${i}`);

/** A download that takes a few event-loop turns (more for some URLs), counting how many run at once. */
function counted(): { get: (url: string) => Promise<string>; most: () => number } {
  let running = 0;
  let most = 0;
  const get = async (url: string): Promise<string> => {
    running += 1;
    most = Math.max(most, running);
    const turns = (Number(url.split('/').pop()) % 4) + 1;
    for (let turn = 0; turn < turns; turn++) await nextTurn();
    running -= 1;
    return `body of ${url}`;
  };
  return { get, most: () => most };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'every body comes back, in the order of the URLs',
    async run({ fetchAll }) {
      const bodies = await fetchAll(urls, counted().get, 3);
      assert.deepEqual(bodies, urls.map((url) => `body of ${url}`), 'the bodies are missing or out of order');
    },
  },
  {
    name: 'never more than `limit` downloads run at once',
    async run({ fetchAll }) {
      const { get, most } = counted();
      await fetchAll(urls, get, 3);
      assert.ok(most() <= 3, `${most()} downloads ran at once with limit 3`);
    },
  },
  {
    name: 'the limit is used in full: 3 run at once when there is enough work',
    async run({ fetchAll }) {
      const { get, most } = counted();
      await fetchAll(urls, get, 3);
      assert.ok(most() >= 3, `only ${most()} download(s) ran at once with limit 3: the limit is not used in full`);
    },
  },
]);
