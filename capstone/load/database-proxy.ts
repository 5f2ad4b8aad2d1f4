// A proxy between the service and the database, for the load run. Two jobs:
// - It makes the database slow for a while (`slowFor`): each answer comes `delayMs` late, so the
//   service's few pool connections (POOL_MAX) are all held and the next requests find none free
//   within POOL_CONNECT_TIMEOUT_MS: the pool runs out. The database itself stays fast (a pg_sleep in
//   PGlite would stall the run's own process, where PGlite runs).
// - It lets one connection's exchange reach the server at a time, from its first message to the
//   server's ReadyForQuery ('Z'; a whole transaction when one is open). PGlite's socket server runs every connection on its one backend
//   and takes their messages one by one, so under load one connection's Parse can land between
//   another's Parse and Execute, which then runs the wrong statement (we saw "portal \"\" cannot be
//   run", and a SELECT answering another's INSERT). A real PostgreSQL needs no such care; it does no harm.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export interface DatabaseProxy extends AsyncDisposable {
  /** `databaseUrl` (user, password, database name) with the proxy's host and port: what the service gets as DATABASE_URL. */
  urlFor: (databaseUrl: string) => string;
  /** Where the connections made from now on go. */
  forwardTo: (databaseUrl: string) => void;
  /** From now, for `forMs`, every answer comes `delayMs` late. */
  slowFor: (forMs: number, delayMs: number) => void;
}

/** Frees the server for the next connection's exchange. */
type Release = () => void;

/** One exchange at a time, in the order they asked. */
class Turns {
  #tail = Promise.resolve();
  take(): Promise<Release> {
    const { promise: done, resolve: release } = Promise.withResolvers<void>();
    const turn = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => done);
    return turn;
  }
}

/** The ReadyForQuery messages ('Z') in the server's stream, read across chunk boundaries: how many, and the last one's transaction status ('I' idle, 'T' in a transaction, 'E' in a failed one). */
class ReadyCounter {
  #pending = Buffer.alloc(0);
  count(chunk: Buffer): { ready: number; status: string | undefined } {
    let buffer = Buffer.concat([this.#pending, chunk]);
    let ready = 0;
    let status: string | undefined;
    while (buffer.length >= 5) {
      const length = buffer.readInt32BE(1);
      if (buffer.length < 1 + length) break;
      if (buffer[0] === 0x5a) {
        ready++;
        status = String.fromCharCode(buffer[5] ?? 0x49);
      }
      buffer = buffer.subarray(1 + length);
    }
    this.#pending = Buffer.from(buffer);
    return { ready, status };
  }
}

/** How many ReadyForQuery answers the client's messages call for: one for its startup message, one per Sync ('S') or simple Query ('Q'). */
class ExchangeCounter {
  #pending = Buffer.alloc(0);
  #started = false;
  count(chunk: Buffer): number {
    let buffer = Buffer.concat([this.#pending, chunk]);
    let expected = 0;
    for (;;) {
      if (!this.#started) {
        // The startup message has no type byte: its length, then the protocol version.
        if (buffer.length < 4 || buffer.length < buffer.readInt32BE(0)) break;
        buffer = buffer.subarray(buffer.readInt32BE(0));
        this.#started = true;
        expected++;
        continue;
      }
      if (buffer.length < 5 || buffer.length < 1 + buffer.readInt32BE(1)) break;
      if (buffer[0] === 0x53 || buffer[0] === 0x51) expected++;
      buffer = buffer.subarray(1 + buffer.readInt32BE(1));
    }
    this.#pending = Buffer.from(buffer);
    return expected;
  }
}

/** Starts the proxy on an ephemeral port of 127.0.0.1, forwarding to `databaseUrl` (or, until `forwardTo`, nowhere). */
export async function startDatabaseProxy(databaseUrl?: string): Promise<DatabaseProxy> {
  let target = databaseUrl === undefined ? undefined : new URL(databaseUrl);
  const turns = new Turns();
  const sockets = new Set<Socket>();
  let slowUntil = 0;
  let slowDelayMs = 0;

  const server: Server = createServer((client) => {
    if (target === undefined) {
      client.destroy();
      return;
    }
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const ready = new ReadyCounter();
    const exchanges = new ExchangeCounter();
    let release: Release | undefined;
    let awaiting = 0;
    // What the client sent, forwarded in order, each exchange once it has its turn.
    let sending = Promise.resolve();
    client.on('data', (chunk: Buffer) => {
      sending = sending.then(async () => {
        // Terminate ('X') alone gets no answer: it needs no turn.
        if (chunk.length === 5 && chunk[0] === 0x58) return void upstream.write(chunk);
        if (release === undefined) release = await turns.take();
        awaiting += exchanges.count(chunk);
        upstream.write(chunk);
      });
    });
    // Answers go back in order: each chunk waits for the one before it, and for the delay while slow.
    let answering = Promise.resolve();
    upstream.on('data', (chunk: Buffer) => {
      const { ready: done, status } = ready.count(chunk);
      if (done > 0 && release !== undefined) {
        awaiting -= done;
        // A connection inside a transaction keeps its turn until the transaction ends: PGlite holds
        // every other connection's statements meanwhile, so giving the turn away would deadlock.
        if (awaiting <= 0 && status === 'I') {
          awaiting = 0;
          release();
          release = undefined;
        }
      }
      const delay = performance.now() < slowUntil ? slowDelayMs : 0;
      answering = answering.then(async () => {
        if (delay > 0) await sleep(delay);
        if (!client.destroyed) client.write(chunk);
      });
    });
    const end = (): void => {
      release?.();
      release = undefined;
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
  // A proxy that stays for a whole grading session (a step check's) must not keep the process alive.
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    urlFor: (databaseUrl) => {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.href;
    },
    forwardTo: (databaseUrl) => {
      target = new URL(databaseUrl);
    },
    slowFor: (forMs, delayMs) => {
      slowUntil = performance.now() + forMs;
      slowDelayMs = delayMs;
    },
    async [Symbol.asyncDispose]() {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}
