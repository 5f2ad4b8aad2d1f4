// The database: a pool of connections, and queries that stop with the request's deadline: on abort the statement is cancelled ON THE SERVER (pg_cancel_backend from a
// second connection: a pg query cannot take a signal), and the request stops waiting for it at once.
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';

export interface Database {
  /** Runs one statement on a pooled connection; rejects with the signal's reason when it aborts first. */
  query: <Row extends pg.QueryResultRow>(text: string, values: unknown[], signal: AbortSignal) => Promise<Row[]>;
  /** Closes every connection. */
  end: () => Promise<void>;
}

// #region cancel-on-server
/** Asks the server to cancel what backend `pid` is running, over a connection of its own (the pool may have none free). */
async function cancelOnServer(url: string, pid: number): Promise<void> {
  const canceller = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  await canceller.connect();
  try {
    await canceller.query('SELECT pg_cancel_backend($1)', [pid]);
  } finally {
    await canceller.end();
  }
}
// #endregion cancel-on-server

export function createDatabase(url: string, log: FastifyBaseLogger): Database {
  const pool = new pg.Pool({ connectionString: url });
  pool.on('connect', () => log.info({ total: pool.totalCount }, 'database connection opened'));
  // An idle connection that fails (the server restarts) must not end the process: pg emits it here.
  pool.on('error', (error) => log.error({ err: error }, 'idle database connection failed'));

  // Each connection's backend pid, asked once, for pg_cancel_backend.
  const backendPids = new WeakMap<pg.PoolClient, number>();
  const backendPid = async (client: pg.PoolClient): Promise<number> => {
    let pid = backendPids.get(client);
    if (pid === undefined) {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      pid = rows[0]?.pid ?? 0;
      backendPids.set(client, pid);
    }
    return pid;
  };

  return {
    // #region query
    async query<Row extends pg.QueryResultRow>(text: string, values: unknown[], signal: AbortSignal): Promise<Row[]> {
      signal.throwIfAborted();
      const client = await pool.connect();
      let abandoned = false;
      try {
        signal.throwIfAborted();
        const pid = await backendPid(client);
        const { promise: aborted, reject } = Promise.withResolvers<never>();
        const onAbort = (): void => {
          abandoned = true;
          reject(signal.reason);
          cancelOnServer(url, pid).catch((error: unknown) => log.warn({ err: error, pid }, 'could not cancel the query on the server'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        try {
          return (await Promise.race([client.query<Row>(text, values), aborted])).rows;
        } finally {
          signal.removeEventListener('abort', onAbort);
        }
      } finally {
        // A connection whose statement we stopped waiting for may still be busy: close it, never reuse it.
        client.release(abandoned);
      }
    },
    // #endregion query
    end: () => pool.end(),
  };
}
