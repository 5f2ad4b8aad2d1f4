import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A store in memory whose every read and write waits one turn of the event loop; it refuses to write `refused`. */
function slowStore(refused?: number): Exercise.Store & { balances: Map<string, number> } {
  const balances = new Map<string, number>();
  return {
    balances,
    async get(account) {
      await nextTurn();
      return balances.get(account) ?? 0;
    },
    async set(account, balance) {
      await nextTurn();
      if (balance === refused) throw new Error(`write of ${balance} refused`);
      balances.set(account, balance);
    },
  };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'a deposit adds its amount and fulfils with the new balance',
    async run({ createAccounts }) {
      const store = slowStore();
      const accounts = createAccounts(store);
      assert.equal(await accounts.deposit('alice', 10), 10);
      assert.equal(await accounts.deposit('alice', 5), 15);
      assert.equal(store.balances.get('alice'), 15);
    },
  },
  {
    name: 'ten deposits at once to one account: none is lost',
    async run({ createAccounts }) {
      const store = slowStore();
      const accounts = createAccounts(store);
      const amounts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
      await Promise.all(amounts.map((amount) => accounts.deposit('alice', amount)));
      const balance = store.balances.get('alice') ?? 0;
      assert.equal(balance, 55, `after ten deposits at once adding up to 55, the balance is ${balance}: the deposits read the same old balance and overwrote each other`);
    },
  },
  {
    name: 'a deposit whose write fails gets its error, and the deposits after it still run',
    async run({ createAccounts }) {
      const store = slowStore(10); // the first deposit's write, 0 + 10, is refused
      const accounts = createAccounts(store);
      let outcomes: PromiseSettledResult<number>[] | undefined;
      const all = Promise.allSettled([10, 20, 30].map((amount) => accounts.deposit('alice', amount)));
      void all.then((settled) => (outcomes = settled));
      for (let turn = 0; turn < 50 && !outcomes; turn++) await nextTurn();
      assert.ok(outcomes, 'the deposits after a failed one were still waiting 50 turns later: a failed deposit must free the account');
      const failure = outcomes[0]?.status === 'rejected' ? (outcomes[0].reason as Error).message : 'no error';
      assert.equal(failure, 'write of 10 refused', `the failed deposit's caller got ${failure}, not the store's error`);
      const balance = store.balances.get('alice') ?? 0;
      assert.equal(balance, 50, `the two deposits after the failed one add up to 50, and the balance is ${balance}`);
    },
  },
]);
