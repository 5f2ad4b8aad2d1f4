// A TCP proxy in front of the database that makes it slow for a while: while `slowNow()` says so,
// the answer to each statement comes `delayMs` late, so the service's few pool connections (POOL_MAX)
// are all held and the next requests find none free within POOL_CONNECT_TIMEOUT_MS. The database
// itself stays fast: PGlite runs one statement at a time for every connection, so a pg_sleep there
// would stall all of them, and would stall the run's own process (where PGlite runs) with it.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface SlowDatabase extends AsyncDisposable {
  /** `postgres://…` pointing at the proxy, with the database's user and database name. */
  readonly url: string;
}

export async function startSlowDatabase(databaseUrl: string, delayMs: number, slowNow: () => boolean): Promise<SlowDatabase> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let delayNext = false;
    // Answers go back in order: each chunk waits for the one before it, and for the delay when slow.
    let queue = Promise.resolve();
    client.on('data', (chunk: Buffer) => {
      if (slowNow()) delayNext = true;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      // Once per slow statement: the first chunk of its answer waits, the rest follow it.
      const wait = delayNext ? delayMs : 0;
      delayNext = false;
      queue = queue.then(async () => {
        if (wait > 0) await sleep(wait);
        if (!client.destroyed) client.write(chunk);
      });
    });
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.href,
    async [Symbol.asyncDispose]() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
