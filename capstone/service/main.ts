// The quote service: `node main.ts`, configured by environment variables (config.ts). Logs a
// `listening` line with its URL once it accepts requests: the checker waits for it.
import { pino } from 'pino';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';

const config = readConfig();
const log = pino();
const app = buildApp({ log });

const address = await app.listen({ port: config.port, host: config.host });
log.info({ url: address }, 'listening');
