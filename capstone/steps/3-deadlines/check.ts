import assert from 'node:assert/strict';
import { defineStepChecks, lockTable, showAnswer, waitingForLocks, waitUntil, within } from '../../../src/capstone/checks.ts';

const DEADLINE_MS = 300;
// The slow upstream answers after six deadlines: an answer well before that came from the deadline.
const SLOW_MS = 2_000;

export default defineStepChecks([
  {
    name: `a slow upstream is answered 504 deadline_exceeded before it answers (DEADLINE_MS=${DEADLINE_MS})`,
    env: { DEADLINE_MS: String(DEADLINE_MS) },
    async run({ get, upstreams }) {
      upstreams.stock.set({ delayMs: SLOW_MS });
      const answer = await within(get('/quotes/mug'), SLOW_MS * 0.9, `with the stock service taking ${SLOW_MS / 1000} s and a deadline of ${DEADLINE_MS} ms, an answer`);
      assert.equal(answer.status, 504, `with the stock service taking ${SLOW_MS / 1000} s, GET /quotes/mug answered ${showAnswer(answer)}`);
      assert.equal((answer.json as { error?: unknown } | undefined)?.error, 'deadline_exceeded', `the 504's body is ${answer.text}; it should be {"error":"deadline_exceeded","message":"…"}`);
    },
  },
  {
    name: 'the deadline aborts the fetch: the slow upstream sees its caller hang up',
    section: 'passing-the-signal-down',
    env: { DEADLINE_MS: String(DEADLINE_MS) },
    async run({ get, upstreams }) {
      upstreams.stock.set({ delayMs: SLOW_MS });
      await get('/quotes/mug');
      await upstreams.stock.idle();
      assert.equal(upstreams.stock.stats.aborted, 1, 'the call to the slow stock service ran to its end after the deadline: pass the signal to fetch, { signal }');
    },
  },
  {
    name: 'the deadline stops a query that waits on the database: 504, and the query is cancelled on the server',
    section: 'cancelling-the-query',
    env: { DEADLINE_MS: String(DEADLINE_MS) },
    async run({ get, database }) {
      // One quote first, so the pool holds a connection that has run a query.
      assert.equal((await get('/quotes/mug')).status, 200, 'GET /quotes/mug did not answer 200 with nothing slow');
      const unlock = await lockTable(database, 'products');
      try {
        const answer = await within(get('/quotes/kettle'), 3_000, `with the products table locked and a deadline of ${DEADLINE_MS} ms, an answer`);
        assert.equal(answer.status, 504, `with the products table locked, GET /quotes/kettle answered ${showAnswer(answer)}`);
        // A real PostgreSQL shows a statement waiting for the lock until it is cancelled; PGlite's
        // socket server holds the statement before its backend, where no cancel reaches (see capstone/database/).
        if (database.kind === 'postgres') {
          await waitUntil(async () => (await waitingForLocks(database)) === 0, "the query still waits on the server after the 504: it was abandoned, not cancelled (SELECT pg_cancel_backend(pid) from a second connection)", 3_000);
        }
      } finally {
        await unlock();
      }
    },
  },
]);
