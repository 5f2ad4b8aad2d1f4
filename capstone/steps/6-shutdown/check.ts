import assert from 'node:assert/strict';
import { defineStepChecks, showAnswer, waitUntil, within } from '../../../src/capstone/checks.ts';

export default defineStepChecks([
  {
    name: 'on SIGTERM, a request in flight still gets its answer, a new one is answered 503 shutting_down, then "closed" is logged and the process exits 0',
    env: { SHUTDOWN_MS: '5000', DEADLINE_MS: '5000' },
    async run({ get, upstreams, service }) {
      upstreams.stock.hold();
      // Settled into a value at once: if the process dies at SIGTERM, the rejection is expected, not unhandled.
      const inFlight = get('/quotes/mug').then(
        (answer) => ({ answer }),
        (error: unknown) => ({ error }),
      );
      await waitUntil(() => upstreams.stock.stats.requests === 1, 'the quote never called the stock service');
      service.kill('SIGTERM');
      // Give it the time to handle the signal: its next line (e.g. "shutting down"), or 300 ms.
      await service.waitForLine(() => true, 'a line after SIGTERM', { from: service.lines.length, timeoutMs: 300 }).catch(() => undefined);
      const late = await get('/quotes/mug').then(
        (answer) => answer,
        () => undefined, // a refused connection is a fine answer too
      );
      upstreams.stock.release();
      const outcome = await inFlight;
      if ('error' in outcome) {
        const why = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
        throw new Error(`the quote that was in flight at SIGTERM got no answer (${why}): let the requests in flight finish`);
      }
      const { answer } = outcome;
      assert.equal(answer.status, 200, `the quote in flight at SIGTERM was answered ${showAnswer(answer)}`);
      if (late) {
        assert.equal(late.status, 503, `a quote that arrived after SIGTERM was answered ${showAnswer(late)}; it should be 503 shutting_down (or refused)`);
        assert.equal((late.json as { error?: unknown } | undefined)?.error, 'shutting_down', `the 503's body is ${late.text}; it should be {"error":"shutting_down","message":"…"}`);
        assert.equal(late.headers.get('connection'), 'close', 'the 503 shutting_down has no "Connection: close" header');
      }
      const { code, signal } = await within(service.exited, 6_000, 'the exit after SIGTERM');
      assert.equal(signal, null, `the process was ended by ${signal}: handle SIGTERM with process.on('SIGTERM', …)`);
      assert.equal(code, 0, `the process exited with code ${code}`);
      assert.ok(service.lines.some((line) => line.msg === 'closed'), 'the process exited without logging "closed"');
    },
  },
  {
    name: 'a request still running at SHUTDOWN_MS is stopped and answered 503, and the process still exits 0 (SHUTDOWN_MS=500)',
    section: 'the-shutdown-deadline',
    env: { SHUTDOWN_MS: '500', DEADLINE_MS: '10000' },
    async run({ get, upstreams, service }) {
      upstreams.stock.hold();
      const inFlight = get('/quotes/mug').catch(() => undefined);
      await waitUntil(() => upstreams.stock.stats.requests === 1, 'the quote never called the stock service');
      service.kill('SIGTERM');
      const answer = await within(inFlight, 5_000, 'with SHUTDOWN_MS=500, an answer to the quote held by the stock service');
      assert.ok(answer, 'the quote in flight got no answer: its connection was closed; answer it 503 before closing');
      assert.equal(answer.status, 503, `the quote still running at SHUTDOWN_MS was answered ${showAnswer(answer)}`);
      const { code } = await within(service.exited, 5_000, 'the exit after SIGTERM');
      assert.equal(code, 0, `the process exited with code ${code}`);
    },
  },
]);
