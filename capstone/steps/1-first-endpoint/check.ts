import assert from 'node:assert/strict';
import { defineStepChecks, showAnswer } from '../../../src/capstone/checks.ts';
import { PRODUCTS } from '../../database/database.ts';

export default defineStepChecks([
  {
    name: 'GET /quotes/kettle answers 200 with the sku and the name from Postgres',
    async run({ get }) {
      const answer = await get('/quotes/kettle');
      assert.equal(answer.status, 200, `GET /quotes/kettle answered ${showAnswer(answer)}; it should answer 200 with {"sku":"kettle","name":"${PRODUCTS['kettle']}"}`);
      assert.deepEqual(
        { sku: (answer.json as { sku?: unknown }).sku, name: (answer.json as { name?: unknown }).name },
        { sku: 'kettle', name: PRODUCTS['kettle'] },
        `GET /quotes/kettle answered ${showAnswer(answer)}: its "sku" and "name" should be the product's row`,
      );
    },
  },
  {
    name: 'an unknown sku, and an unknown route, are answered 404 with a JSON error {"error":"not_found","message":…}',
    section: 'errors-as-json',
    async run({ get }) {
      const answer = await get('/quotes/anvil');
      assert.equal(answer.status, 404, `GET /quotes/anvil (no such product) answered ${showAnswer(answer)}`);
      const body = answer.json as { error?: unknown; message?: unknown } | undefined;
      assert.equal(body?.error, 'not_found', `GET /quotes/anvil answered ${showAnswer(answer)}: the body should be {"error":"not_found","message":"…"}, from the one error handler`);
      assert.equal(typeof body.message, 'string', 'the 404 has no "message" sentence');
      const route = await get('/no/such/route');
      assert.equal((route.json as { error?: unknown } | undefined)?.error, 'not_found', `GET /no/such/route answered ${showAnswer(route)}: an unknown route is a JSON error too (fastify.setNotFoundHandler)`);
    },
  },
  {
    name: 'each quote served writes one audit row with its request id',
    section: 'the-audit-row',
    async run({ get, database }) {
      for (const sku of ['kettle', 'mug', 'anvil']) await get(`/quotes/${sku}`);
      const rows = await database.audits();
      assert.deepEqual(
        rows.map((row) => `${row.sku} ${row.outcome}`),
        ['kettle ok', 'mug ok'],
        `after quotes of kettle, mug and the unknown anvil, audits holds ${rows.length} rows (${rows.map((row) => `${row.sku} ${row.outcome}`).join(', ') || 'none'}); it should hold "kettle ok" and "mug ok"`,
      );
      const ids = rows.map((row) => row.request_id);
      assert.ok(ids.every((id) => typeof id === 'string' && id !== ''), 'an audit row has no request_id: write request.id');
      assert.equal(new Set(ids).size, ids.length, `two audit rows have the same request_id (${ids.join(', ')}): each request has its own, request.id`);
    },
  },
]);
