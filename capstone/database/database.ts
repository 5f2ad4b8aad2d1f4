// The capstone's database, started by the checker (never by the service): PGlite (Postgres compiled
// to WebAssembly, in the checker's process) served on 127.0.0.1:0 by pglite-socket, so the service's
// `pg.Pool` talks the real wire protocol to it; or, when DATABASE_URL is set, that real PostgreSQL.
// Either way the schema is created afresh and the seed rows written: the database belongs to the run.
//
// What each one honours when a request's deadline passes during a query (tested in
// test/capstone/database.test.ts): a real PostgreSQL cancels the statement on the server, through
// `pg_cancel_backend(pid)` from a second connection or a `statement_timeout`; PGlite honours
// neither: it has one backend, which runs one statement at a time to the end (a second connection's
// `pg_cancel_backend` waits behind it), and its WebAssembly build ignores `statement_timeout`.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

/** The products the seed writes, by sku: the service answers 404 for any other. */
export const PRODUCTS: Readonly<Record<string, string>> = {
  kettle: 'Stovetop kettle',
  teapot: 'Cast-iron teapot',
  mug: 'Stoneware mug',
};

const SCHEMA = `
DROP TABLE IF EXISTS audits;
DROP TABLE IF EXISTS products;
CREATE TABLE products (sku text PRIMARY KEY, name text NOT NULL);
CREATE TABLE audits (id serial PRIMARY KEY, request_id text, sku text, outcome text, at timestamptz NOT NULL DEFAULT now());
`;

/** One row of `audits`, as the checks read it. */
export interface AuditRow {
  id: number;
  request_id: string | null;
  sku: string | null;
  outcome: string | null;
}

/** A running database with the capstone's schema. Dispose of it (`await using`) to stop it. */
export interface Database extends AsyncDisposable {
  /** `embedded` (PGlite) or `postgres` (DATABASE_URL). */
  readonly kind: 'embedded' | 'postgres';
  /** What the service gets as DATABASE_URL. */
  readonly url: string;
  /** Runs one statement for the checker, outside the service's pool. */
  query: <Row extends object>(text: string, values?: unknown[]) => Promise<Row[]>;
  /** The audit rows written so far, oldest first. */
  audits: () => Promise<AuditRow[]>;
}

async function seed(query: Database['query']): Promise<void> {
  for (const statement of SCHEMA.split(';').map((s) => s.trim()).filter(Boolean)) await query(statement);
  for (const [sku, name] of Object.entries(PRODUCTS)) await query('INSERT INTO products (sku, name) VALUES ($1, $2)', [sku, name]);
}

async function startEmbedded(maxConnections: number): Promise<Database> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':').at(-1));
  const query: Database['query'] = async <Row extends object>(text: string, values: unknown[] = []) => (await db.query<Row>(text, values)).rows;
  await seed(query);
  return {
    kind: 'embedded',
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    query,
    audits: () => query<AuditRow>('SELECT id, request_id, sku, outcome FROM audits ORDER BY id'),
    async [Symbol.asyncDispose]() {
      await server.stop();
      await db.close();
    },
  };
}

async function startPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const query: Database['query'] = async <Row extends object>(text: string, values: unknown[] = []) => (await pool.query<Row>(text, values)).rows;
  try {
    await seed(query);
  } catch (error) {
    await pool.end();
    throw new Error(`DATABASE_URL=${url}: could not create the capstone's tables there: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return {
    kind: 'postgres',
    url,
    query,
    audits: () => query<AuditRow>('SELECT id, request_id, sku, outcome FROM audits ORDER BY id'),
    [Symbol.asyncDispose]: () => pool.end(),
  };
}

export interface DatabaseOptions {
  /** A real PostgreSQL to use instead of PGlite (default: the DATABASE_URL environment variable). */
  url?: string | undefined;
  /** How many connections PGlite's socket server accepts at once (default 64: more than any pool a check starts). */
  maxConnections?: number;
}

/** Starts the capstone's database: PGlite on an ephemeral port, or the PostgreSQL at `url`. */
export async function startDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const { url = process.env['DATABASE_URL'], maxConnections = 64 } = options;
  return url ? startPostgres(url) : startEmbedded(maxConnections);
}
