import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A pool of one connection that calls a queued callback from the release of the one before. */
function poolOfOne(): Exercise.Pool {
  let free = true;
  const waiting: ((release: () => void) => void)[] = [];
  const release = (): void => {
    const next = waiting.shift();
    if (next) next(release);
    else free = true;
  };
  return {
    acquire(callback) {
      if (free) {
        free = false;
        callback(release);
      } else {
        waiting.push(callback);
      }
    },
  };
}

/** A query the check finishes when it chooses. */
function heldQuery(): { query: () => Promise<void>; finish: () => void; started: () => boolean } {
  const { promise, resolve } = Promise.withResolvers<void>();
  let started = false;
  return {
    query: () => {
      started = true;
      return promise;
    },
    finish: () => resolve(),
    started: () => started,
  };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'a request that gets a connection at once logs with its own id',
    async run({ handleRequest, requestIds }) {
      const lines: string[] = [];
      const log = (msg: string) => lines.push(`${requestIds.getStore() ?? 'no id'}: ${msg}`);
      const a = heldQuery();
      const served = handleRequest('req-1', poolOfOne(), a.query, log);
      a.finish();
      await served;
      assert.deepEqual(lines, ['req-1: got a connection', 'req-1: query done']);
    },
  },
  {
    name: 'a request that waited for the connection logs with its own id, not the id of the request that released it',
    async run({ handleRequest, requestIds }) {
      const lines: string[] = [];
      const log = (msg: string) => lines.push(`${requestIds.getStore() ?? 'no id'}: ${msg}`);
      const pool = poolOfOne();
      const first = heldQuery();
      const second = heldQuery();
      const one = handleRequest('req-1', pool, first.query, log);
      const two = handleRequest('req-2', pool, second.query, log);
      assert.equal(second.started(), false, 'req-2 ran its query before req-1 gave the only connection back');
      first.finish();
      await one;
      second.finish();
      await two;
      const ofTwo = lines.slice(2);
      assert.deepEqual(ofTwo, ['req-2: got a connection', 'req-2: query done'], `req-2's lines were written as: ${ofTwo.join(' | ')}`);
    },
  },
  {
    name: 'the connection goes back to the pool when the query fails',
    async run({ handleRequest }) {
      const log = (): void => {};
      const pool = poolOfOne();
      await assert.rejects(handleRequest('req-1', pool, () => Promise.reject(new Error('query failed')), log), /query failed/);
      const next = heldQuery();
      const served = handleRequest('req-2', pool, next.query, log);
      assert.equal(next.started(), true, 'req-2 never got the connection: the failed request kept it');
      next.finish();
      await served;
    },
  },
]);
