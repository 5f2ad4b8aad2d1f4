import assert from 'node:assert/strict';
import { defineStepChecks, lockTable, showAnswer, waitUntil, within, type Answer } from '../../../src/capstone/checks.ts';

export default defineStepChecks([
  {
    name: 'an upstream GET that fails once is retried, and the quote answers 200',
    section: 'retries-with-backoff-and-jitter',
    async run({ get, upstreams }) {
      upstreams.prices.set({ fail: (index) => index === 0, failStatus: 503 });
      const answer = await get('/quotes/kettle');
      assert.equal(answer.status, 200, `with the prices service failing its first call only, GET /quotes/kettle answered ${showAnswer(answer)}: retry a failed GET`);
      assert.equal(upstreams.prices.stats.requests, 2, `the prices service was called ${upstreams.prices.stats.requests} times; once failed, once retried makes 2`);
    },
  },
  {
    name: 'an upstream that keeps failing is tried a few times (2 to 5), then answered 503 upstream_unavailable',
    section: 'retries-with-backoff-and-jitter',
    env: { DEADLINE_MS: '5000' },
    async run({ get, upstreams }) {
      upstreams.stock.set({ fail: 1, failStatus: 500 });
      const answer = await get('/quotes/kettle');
      assert.equal(answer.status, 503, `with the stock service always failing, GET /quotes/kettle answered ${showAnswer(answer)}`);
      const tries = upstreams.stock.stats.requests;
      assert.ok(tries >= 2 && tries <= 5, `the stock service was called ${tries === 1 ? 'once' : `${tries} times`} for one quote; retry a few times (2 to 5 calls in all), then give up`);
    },
  },
  {
    name: 'at most UPSTREAM_CONCURRENCY calls reach an upstream at once (UPSTREAM_CONCURRENCY=2, 6 quotes at once)',
    env: { UPSTREAM_CONCURRENCY: '2', DEADLINE_MS: '10000', POOL_CONNECT_TIMEOUT_MS: '5000' },
    async run({ get, upstreams }) {
      upstreams.prices.hold();
      const answers: Answer[] = [];
      const quotes = Array.from({ length: 6 }, () => get('/quotes/mug').then((answer) => answers.push(answer)));
      try {
        // With a limiter, 2 calls are held, 2 wait and 2 are refused at once; without one, all 6 arrive.
        await waitUntil(() => upstreams.prices.stats.inFlight > 2 || answers.length >= 2, 'with the prices service holding its calls, neither did more than 2 reach it nor were the calls over the limit answered', 5_000);
        assert.ok(upstreams.prices.stats.inFlight <= 2, `${upstreams.prices.stats.inFlight} calls reached the prices service at once; UPSTREAM_CONCURRENCY=2 allows 2`);
      } finally {
        upstreams.prices.release();
        await Promise.all(quotes);
      }
      const refused = answers.filter((answer) => answer.status === 503 && (answer.json as { error?: unknown } | undefined)?.error === 'upstream_unavailable');
      assert.ok(refused.length >= 1, `none of the 6 quotes was refused 503 upstream_unavailable (${answers.map((a) => a.status).join(', ')}): past 2 calls in flight and 2 waiting, refuse at once`);
    },
  },
  {
    name: 'with every pool connection busy, a request is answered 503 database_busy (POOL_MAX=1, POOL_CONNECT_TIMEOUT_MS=100)',
    section: 'a-bounded-pool',
    env: { POOL_MAX: '1', POOL_CONNECT_TIMEOUT_MS: '100', DEADLINE_MS: '10000' },
    async run({ get, database }) {
      assert.equal((await get('/quotes/mug')).status, 200, 'GET /quotes/mug did not answer 200 with nothing slow');
      const unlock = await lockTable(database, 'products');
      let first: Promise<Answer | undefined> | undefined;
      try {
        // The first quote's query waits on the locked table, holding the only connection.
        first = get('/quotes/kettle').catch(() => undefined);
        const second = await within(get('/quotes/teapot'), 3_000, 'while the only connection was busy, an answer to a second quote');
        assert.equal(second.status, 503, `while the only connection was busy, a second quote was answered ${showAnswer(second)}`);
        assert.equal((second.json as { error?: unknown } | undefined)?.error, 'database_busy', `the 503's body is ${second.text}; it should be {"error":"database_busy","message":"…"}`);
      } finally {
        await unlock();
        await first;
      }
    },
  },
]);
