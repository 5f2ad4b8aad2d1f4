// The request a line is logged for, wherever it is logged from: Fastify's request logger (whose
// lines carry `reqId`) kept in AsyncLocalStorage for the whole request, so the upstream client and
// the pool's callbacks, which are not handed the request, log with its id too.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';

// #region store
const requestLog = new AsyncLocalStorage<FastifyBaseLogger>();
let serviceLog: FastifyBaseLogger | undefined;

/** The logger for lines outside any request (start, shutdown, an idle connection's error). */
export function setServiceLog(log: FastifyBaseLogger): void {
  serviceLog = log;
}

/** The logger of the request being served, or the service's outside one. */
export function currentLog(): FastifyBaseLogger {
  const log = requestLog.getStore() ?? serviceLog;
  if (!log) throw new Error('currentLog() called before setServiceLog(): the app sets it when it is built');
  return log;
}

/** An onRequest hook: the rest of the request runs inside its logger's context. */
export function runInRequestContext(request: FastifyRequest, _reply: FastifyReply, done: HookHandlerDoneFunction): void {
  requestLog.run(request.log, done);
}
// #endregion store
