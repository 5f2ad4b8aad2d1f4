// The database: a pool of connections to the PostgreSQL at DATABASE_URL.
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';

export interface Database {
  /** Runs one statement on a pooled connection. */
  query: <Row extends pg.QueryResultRow>(text: string, values: unknown[]) => Promise<Row[]>;
  /** Closes every connection. */
  end: () => Promise<void>;
}

// #region pool
export function createDatabase(url: string, log: FastifyBaseLogger): Database {
  const pool = new pg.Pool({ connectionString: url });
  pool.on('connect', () => log.info({ total: pool.totalCount }, 'database connection opened'));
  // An idle connection that fails (the server restarts) must not end the process: pg emits it here.
  pool.on('error', (error) => log.error({ err: error }, 'idle database connection failed'));
  return {
    query: async <Row extends pg.QueryResultRow>(text: string, values: unknown[]) => (await pool.query<Row>(text, values)).rows,
    end: () => pool.end(),
  };
}
// #endregion pool
