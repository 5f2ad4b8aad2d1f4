import assert from 'node:assert/strict';
import { defineStepChecks, waitUntil } from '../../../src/capstone/checks.ts';
import { showLine } from '../../../src/capstone/logs.ts';

export default defineStepChecks([
  {
    name: 'every line logged while serving two quotes at once carries a reqId, and the retry warnings carry their own request\'s',
    async run({ get, upstreams, service }) {
      const from = service.lines.length;
      // Each quote's first prices call fails, so each logs a retry from the upstream client; the
      // first quote of a fresh service also opens database connections (the pool's callbacks).
      const { prices } = upstreams;
      // The first call for each sku fails, whichever quote gets there first.
      prices.set({ fail: (index) => !prices.stats.paths.slice(0, index).includes(prices.stats.paths[index] ?? ''), failStatus: 503 });
      const answers = await Promise.all([get('/quotes/kettle'), get('/quotes/mug')]);
      assert.deepEqual(answers.map((answer) => answer.status), [200, 200], `the two quotes answered ${answers.map((a) => a.status).join(' and ')}; both should answer 200 after a retry (step 4)`);
      // The log comes on its own pipe and may trail the answers: wait for Fastify's last line of each.
      const completed = (): number => service.lines.slice(from).filter((line) => line.msg === 'request completed').length;
      await waitUntil(() => completed() >= 2, () => `the service logged "request completed" for ${completed()} of the 2 quotes: keep Fastify's request logging on`);
      const lines = service.lines.slice(from);
      const without = lines.filter((line) => line.reqId === undefined);
      assert.deepEqual(without.map((line) => showLine(line)), [], `${without.length} line(s) logged while serving the quotes have no reqId, e.g. ${without[0] ? showLine(without[0]) : ''}: log them through the request's logger, from AsyncLocalStorage`);
      const requests = new Set(lines.filter((line) => line.msg === 'incoming request').map((line) => line.reqId));
      const warnings = lines.filter((line) => line.level === 40);
      const ids = new Set(warnings.map((line) => line.reqId));
      assert.ok(warnings.length >= 2, `${warnings.length} warning line(s) were logged; each quote's failed prices call should log one (step 4)`);
      assert.deepEqual([...ids].sort(), [...requests].sort(), `the retry warnings carry reqIds ${[...ids].join(', ')}, the two quotes were ${[...requests].join(', ')}: each warning should carry the id of the request that retried`);
    },
  },
]);
