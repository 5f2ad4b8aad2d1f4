// A constructor cannot be async (TS1089), so async set-up goes in a static factory. A private
// static token keeps `new` for the factory alone, with erasable syntax only.
// Requires: Node 24+ (native `await using`)
import { setTimeout as sleep } from 'node:timers/promises';

// #region factory
class Connection {
  static readonly #token = Symbol('Connection.open');
  readonly url: string;
  #open = true;

  // `private` stops TypeScript callers; the token also stops JavaScript ones.
  private constructor(token: symbol, url: string) {
    if (token !== Connection.#token) {
      throw new TypeError('use Connection.open(url), not new Connection()');
    }
    this.url = url;
  }

  static async open(url: string): Promise<Connection> {
    await sleep(10); // the handshake: DNS, TLS, authentication…
    return new Connection(Connection.#token, url);
  }
  // #endregion factory

  // #region getter
  // Not `async get stats()` (TS1042). A method says "this costs a round trip"…
  async fetchStats(): Promise<{ queries: number }> {
    await sleep(5);
    return { queries: 3 };
  }

  // …and a getter may return a Promise when its name says so.
  get closed(): Promise<void> {
    return this.#closing.promise;
  }
  // #endregion getter

  readonly #closing = Promise.withResolvers<void>();

  async close(): Promise<void> {
    if (!this.#open) return;
    this.#open = false;
    await sleep(5);
    this.#closing.resolve();
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

// #region use
await using connection = await Connection.open('db://orders');
console.log('open:', connection.url);
console.log('stats:', (await connection.fetchStats()).queries, 'queries');
try {
  // @ts-expect-error -- TS2673: the constructor is private
  new Connection(Symbol('forged'), 'db://orders');
} catch (error) {
  console.log('new Connection():', (error as Error).message);
}
const closedSeen = connection.closed.then(() => console.log('closed promise settled'));
await connection.close();
await closedSeen;
// #endregion use
