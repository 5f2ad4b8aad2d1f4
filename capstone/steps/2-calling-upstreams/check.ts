import assert from 'node:assert/strict';
import { defineStepChecks, showAnswer, waitUntil } from '../../../src/capstone/checks.ts';
import { PRICES, STOCK } from '../../upstreams/upstreams.ts';

export default defineStepChecks([
  {
    name: 'GET /quotes/kettle answers the price and the availability from the upstreams',
    async run({ get }) {
      const answer = await get('/quotes/kettle');
      assert.equal(answer.status, 200, `GET /quotes/kettle answered ${showAnswer(answer)}`);
      const body = answer.json as { price?: unknown; available?: unknown };
      assert.deepEqual(
        { price: body.price, available: body.available },
        { price: PRICES['kettle'], available: STOCK['kettle'] },
        `GET /quotes/kettle answered ${showAnswer(answer)}: "price" comes from the prices service, "available" from the stock service`,
      );
    },
  },
  {
    name: 'both upstreams are called at once, not one after the other',
    async run({ get, upstreams }) {
      // Both upstreams hold their requests: if the service waits for one before calling the other,
      // the second is never called while the first is held.
      upstreams.prices.hold();
      upstreams.stock.hold();
      const answer = get('/quotes/mug').catch(() => undefined);
      try {
        await waitUntil(
          () => upstreams.prices.stats.requests + upstreams.stock.stats.requests >= 2,
          () =>
            upstreams.prices.stats.requests + upstreams.stock.stats.requests === 0
              ? 'neither upstream was called'
              : `while the ${upstreams.prices.stats.requests > 0 ? 'prices' : 'stock'} call waited for its answer, the ${upstreams.prices.stats.requests > 0 ? 'stock' : 'prices'} service was not called: start both calls before awaiting either`,
          3_000,
        );
      } finally {
        upstreams.prices.release();
        upstreams.stock.release();
        await answer;
      }
    },
  },
  {
    name: 'a failing upstream is answered 503 upstream_unavailable, with Retry-After, and no audit row',
    section: 'when-an-upstream-fails',
    async run({ get, upstreams, database }) {
      upstreams.prices.set({ fail: 1, failStatus: 500 });
      const answer = await get('/quotes/mug');
      assert.equal(answer.status, 503, `with the prices service answering 500, GET /quotes/mug answered ${showAnswer(answer)}`);
      assert.equal((answer.json as { error?: unknown } | undefined)?.error, 'upstream_unavailable', `the 503's body is ${answer.text}; it should be {"error":"upstream_unavailable","message":"…"}`);
      assert.ok(answer.headers.get('retry-after'), 'the 503 has no Retry-After header: tell the client when to try again');
      assert.deepEqual(await database.audits(), [], 'a quote that failed wrote an audit row: write it only once the quote is complete');
    },
  },
]);
