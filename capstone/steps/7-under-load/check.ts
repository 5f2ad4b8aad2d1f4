// Step 7's check: the fault and load run (capstone/load/) against the service the checker started
// with the run's environment, its database reached through the run's proxy (which makes it slow for
// a while). It prints the run's timeline, and fails naming each broken criterion.
import { defineStepChecks } from '../../../src/capstone/checks.ts';
import { DEFAULT_SETTINGS, serviceEnv } from '../../../src/capstone/load-plan.ts';
import { startDatabaseProxy } from '../../load/database-proxy.ts';
import { driveLoad, reportLines } from '../../load/run.ts';

const settings = DEFAULT_SETTINGS;
// Started before the checker starts the service, which must be given its address. The checker's
// database is DATABASE_URL's when set, else PGlite's (user postgres, database postgres).
const proxy = await startDatabaseProxy();
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1/postgres';

export default defineStepChecks([
  {
    name: 'under faults and load, then SIGTERM: every request is answered in time with a quote or a JSON 503/504, the logs are clean, and the service closes and exits 0',
    env: { ...serviceEnv(settings), DATABASE_URL: proxy.urlFor(databaseUrl) },
    timeoutMs: 60_000,
    async run({ service, database, upstreams }) {
      proxy.forwardTo(database.url);
      const result = await driveLoad({ service, database: proxy, upstreams }, settings);
      console.log(reportLines(result).join('\n'));
      const broken = result.verdict.filter((c) => !c.passed);
      if (broken.length > 0) throw new Error(`the load run broke ${broken.length === 1 ? 'one criterion' : `${broken.length} criteria`} (the timeline above shows when): ${broken.map((c) => `${c.title}: ${c.examples.join('; ')}`).join(' | ')}`);
    },
  },
]);
