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
  return {
    async deposit(account, amount) {
      const balance = await store.get(account);
      const updated = balance + amount;
      await store.set(account, updated);
      return updated;
    },
  };
}
