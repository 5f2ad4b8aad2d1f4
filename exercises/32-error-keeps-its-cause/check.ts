import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** An inventory that refuses on a later turn: its error is made in a callback the loop calls, so its stack has no caller. */
function refusingInventory(): { reserve: Exercise.Reserve; refusal: () => Error | undefined } {
  let refusal: Error | undefined;
  return {
    refusal: () => refusal,
    reserve: () => new Promise((_resolve, reject) => {
      setImmediate(function onInventoryReply() {
        refusal = new Error('out of stock');
        reject(refusal);
      });
    }),
  };
}

/** What placeOrder rejected with, awaited from a named caller whose frame the stack should keep. */
async function checkoutError(placeOrder: typeof Exercise.placeOrder, reserve: Exercise.Reserve): Promise<unknown> {
  async function handleCheckout(): Promise<void> {
    await placeOrder(42, reserve);
  }
  try {
    await handleCheckout();
  } catch (error) {
    return error;
  }
  assert.fail('placeOrder fulfilled although the inventory refused');
}

export default defineChecks<typeof Exercise>([
  {
    name: 'an order whose stock is reserved is placed',
    async run({ placeOrder }) {
      assert.equal(await placeOrder(7, async () => {}), 'order 7 placed');
    },
  },
  {
    name: 'a failure is an Error that says which order could not be placed',
    async run({ placeOrder }) {
      const error = await checkoutError(placeOrder, refusingInventory().reserve);
      assert.ok(error instanceof Error, `placeOrder rejected with ${String(error)}, not an Error`);
      assert.match(error.message, /order 42/, `the error's message is "${error.message}": it should name order 42`);
    },
  },
  {
    name: "the inventory's error is kept, untouched, as the cause",
    async run({ placeOrder }) {
      const inventory = refusingInventory();
      const error = await checkoutError(placeOrder, inventory.reserve);
      const refusal = inventory.refusal();
      assert.ok(error instanceof Error && refusal);
      assert.notEqual(error, refusal, "placeOrder threw the inventory's own error again: make a new one and keep that one as its cause");
      assert.equal(error.cause, refusal, "the error's cause is not the inventory's error");
      assert.equal(refusal.message, 'out of stock', `the inventory's message was changed to "${refusal.message}"`);
    },
  },
  {
    name: "the error's stack shows placeOrder and the code that awaited it",
    async run({ placeOrder }) {
      const error = await checkoutError(placeOrder, refusingInventory().reserve);
      const stack = error instanceof Error ? (error.stack ?? '') : '';
      const missing = ['placeOrder', 'handleCheckout'].filter((name) => !stack.includes(`at ${name} `) && !stack.includes(`at async ${name} `));
      const first = /^ {4}at (?:async )?(\S+)/m.exec(stack)?.[1] ?? 'nothing';
      assert.deepEqual(missing, [], `the error's stack has no frame for ${missing.join(' or ')}: its first frame is ${first}, where the error was made`);
    },
  },
]);
