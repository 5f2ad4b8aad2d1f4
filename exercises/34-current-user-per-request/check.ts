import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/**
 * A storage layer whose loads each wait for the check to release them, and that records what
 * `whoIsAsking()` answered inside each load, after its await.
 */
function storage(whoIsAsking: typeof Exercise.whoIsAsking): { load: Exercise.Load; release: (docId: string) => void; askedBy: Map<string, string | undefined> } {
  const waiting = new Map<string, () => void>();
  const askedBy = new Map<string, string | undefined>();
  return {
    askedBy,
    release: (docId) => waiting.get(docId)?.(),
    load: async (docId) => {
      const { promise, resolve } = Promise.withResolvers<void>();
      waiting.set(docId, resolve);
      await promise;
      askedBy.set(docId, whoIsAsking());
      return docId.toUpperCase();
    },
  };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'one request alone knows its user, in its load and at its end',
    async run({ handleRequest, whoIsAsking }) {
      const store = storage(whoIsAsking);
      const served = handleRequest('ada', 'report', store.load);
      store.release('report');
      assert.equal(await served, 'ada read report: REPORT');
      assert.equal(store.askedBy.get('report'), 'ada', `inside ada's load, whoIsAsking() answered ${String(store.askedBy.get('report'))}`);
    },
  },
  {
    name: 'two requests at once each see their own user after their awaits',
    async run({ handleRequest, whoIsAsking }) {
      const store = storage(whoIsAsking);
      const ada = handleRequest('ada', 'report', store.load);
      const bob = handleRequest('bob', 'payroll', store.load); // starts second, finishes first
      store.release('payroll');
      assert.equal(await bob, 'bob read payroll: PAYROLL');
      store.release('report');
      const adas = await ada;
      const asked = store.askedBy.get('report');
      assert.equal(asked, 'ada', `ada's load, resumed after bob's request had started, was told it ran for ${String(asked)}`);
      assert.equal(adas, 'ada read report: REPORT', `ada's request answered "${adas}"`);
    },
  },
  {
    name: 'outside every request, whoIsAsking() answers undefined',
    async run({ handleRequest, whoIsAsking }) {
      const store = storage(whoIsAsking);
      const served = handleRequest('ada', 'report', store.load);
      const during = whoIsAsking();
      store.release('report');
      await served;
      const after = whoIsAsking();
      assert.equal(during, undefined, `code outside the request, run while ada's request waited, was told it ran for ${String(during)}`);
      assert.equal(after, undefined, `after ada's request ended, whoIsAsking() still answered ${String(after)}`);
    },
  },
]);
