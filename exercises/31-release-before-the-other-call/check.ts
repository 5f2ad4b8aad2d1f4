import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/**
 * A pool of `max` connections in front of a database with one product, p1 at 1 250 cents. It
 * counts the connections lent, queues connect() past `max` as pg.Pool does, and answers each
 * statement after one turn.
 */
function fakePool(max: number): Exercise.Pool & { lent: () => number; quotes: unknown[][] } {
  let lent = 0;
  const waiting: (() => void)[] = [];
  const quotes: unknown[][] = [];
  const run = async <Row>(text: string, values: unknown[] = []): Promise<Exercise.QueryResult<Row>> => {
    await nextTurn();
    if (text.startsWith('SELECT')) return { rows: (values[0] === 'p1' ? [{ cents: 1250 }] : []) as Row[] };
    quotes.push(values);
    return { rows: [] };
  };
  const connect = async (): Promise<Exercise.PoolClient> => {
    if (lent >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    lent++;
    let released = false;
    return {
      query: run,
      release() {
        assert.ok(!released, 'a client was released twice');
        released = true;
        lent--;
        waiting.shift()?.();
      },
    };
  };
  return {
    connect,
    async query<Row>(text: string, values?: unknown[]) {
      const client = await connect();
      try {
        return await client.query<Row>(text, values);
      } finally {
        client.release();
      }
    },
    lent: () => lent,
    quotes,
  };
}

/** A rate service whose calls wait until the check answers them; it records how many connections were lent at each call. */
function heldRates(pool: { lent: () => number }): { rates: Exercise.Rates; lentAtCall: number[]; answer: (rate: number) => void; fail: (error: Error) => void } {
  const calls: PromiseWithResolvers<number>[] = [];
  const lentAtCall: number[] = [];
  return {
    rates: () => {
      lentAtCall.push(pool.lent());
      const call = Promise.withResolvers<number>();
      calls.push(call);
      return call.promise;
    },
    lentAtCall,
    answer: (rate) => calls.forEach((call) => call.resolve(rate)),
    fail: (error) => calls.forEach((call) => call.reject(error)),
  };
}

/** A few turns: enough for every statement that can run to run. */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await nextTurn();
}

export default defineChecks<typeof Exercise>([
  {
    name: 'it returns the converted price and stores the quote',
    async run({ quote }) {
      const pool = fakePool(2);
      assert.equal(await quote(pool, 'p1', 'EUR', () => Promise.resolve(0.9)), 1125);
      assert.deepEqual(pool.quotes, [['p1', 'EUR', 1125]], `the quotes stored: ${JSON.stringify(pool.quotes)}`);
    },
  },
  {
    name: 'while the rate service answers, the quote holds no connection',
    async run({ quote }) {
      const pool = fakePool(2);
      const service = heldRates(pool);
      const quoted = quote(pool, 'p1', 'EUR', service.rates);
      await settle();
      const lent = service.lentAtCall[0];
      service.answer(0.9);
      await quoted;
      assert.equal(lent, 0, `${lent} connection(s) were lent while the rate service was being asked; every other request waited for them`);
    },
  },
  {
    name: 'with a pool of two, three quotes at once all reach the rate service',
    async run({ quote }) {
      const pool = fakePool(2);
      const service = heldRates(pool);
      const quoted = Promise.allSettled(['EUR', 'GBP', 'CHF'].map((currency) => quote(pool, 'p1', currency, service.rates)));
      await settle();
      const asked = service.lentAtCall.length;
      service.answer(1);
      await settle(); // the third, if it was waiting for the pool, gets a connection and asks now
      service.answer(1);
      await quoted;
      assert.equal(asked, 3, `only ${asked} of 3 quotes had reached the rate service: the others waited for a connection that a quote waiting on that service held`);
    },
  },
  {
    name: 'when the rate service fails, the quote rejects and every connection is back in the pool',
    async run({ quote }) {
      const pool = fakePool(2);
      const service = heldRates(pool);
      const quoted = quote(pool, 'p1', 'EUR', service.rates).then(
        () => 'fulfilled',
        (error: unknown) => String(error),
      );
      await settle();
      service.fail(new Error('rates unavailable'));
      assert.equal(await quoted, 'Error: rates unavailable');
      assert.equal(pool.lent(), 0, `${pool.lent()} connection(s) still lent after the quote failed`);
    },
  },
]);
