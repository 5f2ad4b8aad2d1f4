// A PostgreSQL server for the samples: PGlite (Postgres compiled to WebAssembly, in this process)
// served on 127.0.0.1 by @electric-sql/pglite-socket, so the real `pg` driver talks the real wire
// protocol to it. PGlite is a single-connection database: pglite-socket accepts several connections
// and runs their statements one at a time, holding the others' while a transaction is open.
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** A running database server. Dispose of it (`await using`) to stop it and close the database. */
export interface Database extends AsyncDisposable {
  /** Connection settings for `new pg.Pool(…)` or `new pg.Client(…)`. */
  readonly config: { host: string; port: number; user: string; database: string };
  /** How many connections the server has accepted. */
  readonly connections: number;
}

/** Starts PGlite on an ephemeral port of 127.0.0.1, accepting up to `maxConnections` at once. */
export async function startDatabase(maxConnections = 10): Promise<Database> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, port: 0, host: '127.0.0.1', maxConnections });
  let connections = 0;
  server.addEventListener('connection', () => connections++);
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = Number(server.getServerConn().split(':').at(-1));
  return {
    config: { host: '127.0.0.1', port, user: 'postgres', database: 'postgres' },
    get connections() {
      return connections;
    },
    async [Symbol.asyncDispose]() {
      await server.stop();
      await db.close();
    },
  };
}
