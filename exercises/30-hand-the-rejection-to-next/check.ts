import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A request for `/report/:id`, a response that records what was sent, and a `next` that records its calls. */
function exchange(): { req: Exercise.Request; res: Exercise.Response; next: Exercise.NextFunction; sent: string[]; nextCalls: unknown[][] } {
  const sent: string[] = [];
  const nextCalls: unknown[][] = [];
  return {
    req: { params: { id: '7' } },
    res: { send: (body) => sent.push(body) },
    next: (...args) => nextCalls.push(args),
    sent,
    nextCalls,
  };
}

/** A handler that loads the report after one turn and sends it. */
const answers: Exercise.AsyncHandler = async (req, res) => {
  await nextTurn();
  res.send(`report ${req.params['id']}`);
};

const databaseDown = new Error('database down');
/** A handler whose query fails after one turn. */
const fails: Exercise.AsyncHandler = async () => {
  await nextTurn();
  throw databaseDown;
};

export default defineChecks<typeof Exercise>([
  {
    name: 'a handler that succeeds sends its answer and does not call next',
    async run({ handleRejections }) {
      const { req, res, next, sent, nextCalls } = exchange();
      handleRejections(answers)(req, res, next);
      await nextTurn();
      await nextTurn();
      assert.deepEqual(sent, ['report 7'], `the response was sent ${JSON.stringify(sent)}`);
      assert.equal(nextCalls.length, 0, `next was called ${nextCalls.length} time(s) after the handler had answered`);
    },
  },
  {
    name: 'it returns nothing, as Express 4 expects: no promise for Express to drop',
    async run({ handleRejections }) {
      const { req, res, next } = exchange();
      const returned: unknown = handleRejections(answers)(req, res, next);
      const what = returned instanceof Promise ? 'a promise' : String(returned);
      await returned;
      assert.equal(returned, undefined, `the function given to Express returned ${what}; Express 4 ignores it, so a rejection of it is unhandled`);
    },
  },
  {
    name: "a handler's rejection reaches next(error), called once, and nothing is left unhandled",
    async run({ handleRejections }) {
      const { req, res, next, nextCalls } = exchange();
      handleRejections(fails)(req, res, next); // as Express 4 does: call it, drop what it returns
      await nextTurn();
      await nextTurn();
      assert.equal(nextCalls.length, 1, `next was called ${nextCalls.length} time(s) after the handler rejected; the error middleware never saw the error`);
      assert.equal(nextCalls[0]?.[0], databaseDown, `next was called with ${String(nextCalls[0]?.[0])}, not the handler's error`);
    },
  },
]);
