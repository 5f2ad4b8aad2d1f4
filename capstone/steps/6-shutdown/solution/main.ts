// The quote service: `node main.ts`, configured by environment variables (config.ts). Logs a
// `listening` line with its URL once it accepts requests: the checker waits for it.
import { pino } from 'pino';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { createDatabase } from './database.ts';
import { shutdownOnSigterm } from './shutdown.ts';
import { createUpstreamClient } from './upstreams.ts';

const config = readConfig();
const log = pino();
const database = createDatabase(config.databaseUrl, config.poolMax, config.poolConnectTimeoutMs);
const prices = createUpstreamClient('prices', config.pricesUrl, { concurrency: config.upstreamConcurrency });
const stock = createUpstreamClient('stock', config.stockUrl, { concurrency: config.upstreamConcurrency });
const app = buildApp({ log, database, prices, stock, deadlineMs: config.deadlineMs });

// Every rejection is handled where it happens; one that is not is a bug to see in the logs.
process.on('unhandledRejection', (reason) => log.error({ err: reason }, 'unhandled rejection'));

// #region sigterm
shutdownOnSigterm(app, config.shutdownMs, [() => prices[Symbol.asyncDispose](), () => stock[Symbol.asyncDispose](), () => database.end()]);
// #endregion sigterm

const address = await app.fastify.listen({ port: config.port, host: config.host });
log.info({ url: address }, 'listening');
