/** Where balances live: a database, say, where every read and write waits. */
export interface Store {
  get(account: string): Promise<number>;
  set(account: string, balance: number): Promise<void>;
}

export interface Accounts {
  /** Adds `amount` to the account's balance and fulfils with the new balance. */
  deposit(account: string, amount: number): Promise<number>;
}

export function createAccounts(store: Store): Accounts {
  // Per account, the last deposit queued, its failure caught: the next one starts when it ends.
  const tails = new Map<string, Promise<unknown>>();

  const add = async (account: string, amount: number): Promise<number> => {
    const balance = await store.get(account);
    const updated = balance + amount;
    await store.set(account, updated);
    return updated;
  };

  return {
    deposit(account, amount) {
      const previous = tails.get(account) ?? Promise.resolve();
      const result = previous.then(() => add(account, amount));
      const tail = result.catch(() => undefined); // a failed deposit still frees the account
      tails.set(account, tail);
      void tail.then(() => {
        if (tails.get(account) === tail) tails.delete(account); // nothing queued behind it: forget the account
      });
      return result; // the caller still sees the failure
    },
  };
}
