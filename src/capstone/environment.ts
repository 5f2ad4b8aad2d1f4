// What a service tree runs against, started by the checker: the database (PGlite, or DATABASE_URL)
// and the two upstreams; and a service tree started against them. The step checks and the load run
// (capstone/load/) both start theirs here.
import { startDatabase, type Database } from '../../capstone/database/database.ts';
import { startUpstreams, type Upstreams } from '../../capstone/upstreams/upstreams.ts';
import { startService, type ServiceProcess } from './service-process.ts';

export interface Environment extends AsyncDisposable {
  database: Database;
  upstreams: Upstreams;
  /** The contract's environment variables for a service: DATABASE_URL, PRICES_URL, STOCK_URL. */
  env: Record<string, string>;
  /** Back to a clean state between checks: upstreams answering at once, counts at 0, no audit rows. */
  reset: () => Promise<void>;
  /** Starts `<tree>/main.ts` against it, with `env` added (DEADLINE_MS, POOL_MAX, …). */
  startService: (tree: string, env?: Record<string, string>) => Promise<ServiceProcess>;
}

/** Starts the database and the upstreams. Dispose of it to stop both. */
export async function startEnvironment(options: { databaseUrl?: string } = {}): Promise<Environment> {
  const database = await startDatabase({ url: options.databaseUrl });
  let upstreams: Upstreams;
  try {
    upstreams = await startUpstreams();
  } catch (error) {
    await database[Symbol.asyncDispose]();
    throw error;
  }
  const env = { DATABASE_URL: database.url, PRICES_URL: upstreams.prices.url, STOCK_URL: upstreams.stock.url };
  return {
    database,
    upstreams,
    env,
    reset: async () => {
      upstreams.prices.reset();
      upstreams.stock.reset();
      await database.query('TRUNCATE audits RESTART IDENTITY');
    },
    startService: (tree, extra = {}) => startService(tree, { env: { ...env, ...extra } }),
    async [Symbol.asyncDispose]() {
      await upstreams[Symbol.asyncDispose]();
      await database[Symbol.asyncDispose]();
    },
  };
}
