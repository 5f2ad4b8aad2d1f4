import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A call to a service that is down: it rejects at once with a 503. */
const down = (): Promise<string> => Promise.reject(new Error('503 from the service'));

/** A call to a healthy but slow service, whose caller aborts it before it answers. */
async function abortedByCaller(breaker: Exercise.Breaker): Promise<unknown> {
  const caller = new AbortController();
  const result = breaker.execute((signal) => new Promise<string>((_resolve, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  }), caller.signal);
  caller.abort(new DOMException('the client went away', 'AbortError'));
  return result.then(() => 'fulfilled', (error: unknown) => error);
}

export default defineChecks<typeof Exercise>([
  {
    name: 'three failures of the service in a row open the circuit, and an open circuit does not call it',
    async run({ Breaker, BrokenCircuitError }) {
      const breaker = new Breaker(3);
      for (let i = 0; i < 3; i++) await assert.rejects(breaker.execute(down, new AbortController().signal), /503/);
      assert.equal(breaker.open, true, 'after three 503s in a row the circuit is still closed');
      let called = false;
      await assert.rejects(breaker.execute(() => ((called = true), Promise.resolve('ok')), new AbortController().signal), BrokenCircuitError);
      assert.equal(called, false, 'the open circuit called the service anyway');
    },
  },
  {
    name: 'calls the caller aborted still reject with its reason, and do not open the circuit',
    async run({ Breaker }) {
      const breaker = new Breaker(3);
      for (let i = 0; i < 3; i++) {
        const outcome = await abortedByCaller(breaker);
        assert.ok(outcome instanceof DOMException && outcome.name === 'AbortError', `an aborted call ended with ${String(outcome)}, not the caller's AbortError`);
      }
      assert.equal(breaker.open, false, 'three callers gave up on a healthy service, and the circuit opened: their aborts were counted as failures of the service');
      const answer = await breaker.execute(() => Promise.resolve('ok'), new AbortController().signal);
      assert.equal(answer, 'ok');
    },
  },
  {
    name: 'an abort between two failures neither counts nor resets the count',
    async run({ Breaker }) {
      const breaker = new Breaker(3);
      await assert.rejects(breaker.execute(down, new AbortController().signal), /503/);
      await assert.rejects(breaker.execute(down, new AbortController().signal), /503/);
      await abortedByCaller(breaker);
      assert.equal(breaker.open, false, 'two failures and one abort opened the circuit: the abort counted as the third failure');
      await assert.rejects(breaker.execute(down, new AbortController().signal), /503/);
      assert.equal(breaker.open, true, 'two failures, an abort, then a third failure left the circuit closed: the abort reset the count');
    },
  },
]);
