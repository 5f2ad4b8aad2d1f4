import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const urls = ['https://example.test/a', 'https://example.test/b', 'https://example.test/c'];

/** A download that takes three event-loop turns and stops when its signal aborts, as fetch does. */
function downloads(): { download: Exercise.Download; started: string[]; finished: string[] } {
  const started: string[] = [];
  const finished: string[] = [];
  const download: Exercise.Download = async (url, { signal }) => {
    started.push(url);
    for (let turn = 0; turn < 3; turn++) {
      signal?.throwIfAborted();
      await nextTurn();
    }
    signal?.throwIfAborted();
    finished.push(url);
    return `body of ${url}`;
  };
  return { download, started, finished };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'without cancellation every body comes back, in order',
    async run({ downloadAll }) {
      const { download } = downloads();
      assert.deepEqual(await downloadAll(urls, download, new AbortController().signal), urls.map((url) => `body of ${url}`));
    },
  },
  {
    name: 'cancelling in the middle of the first download stops it, and nothing more is downloaded',
    async run({ downloadAll }) {
      const { download, started, finished } = downloads();
      const client = new AbortController();
      const call = downloadAll(urls, download, client.signal).then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      await nextTurn();
      client.abort(new Error('the client hung up'));
      const outcome = await call;
      assert.equal(outcome, 'the client hung up', `downloadAll ${outcome === 'resolved' ? 'resolved' : `rejected with "${outcome}"`} although it was cancelled during the first download`);
      assert.deepEqual(finished, [], `the download of ${finished.join(', ')} ran to the end after the cancel`);
      assert.deepEqual(started, [urls[0]], `${started.length} downloads were started; a cancelled call starts no new ones`);
    },
  },
]);
