// Deno: --allow-env --allow-sys
// Request-scoped logging: one AsyncLocalStorage store per request, and a logger that reads it on
// every line, so no function has to be handed the request id. The hand-written logger shows the
// whole idea; pino is what a service would use. Imported by this page's other programs.
import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';

// #region store
export const requestContext = new AsyncLocalStorage<{ requestId: string }>();
// #endregion store

// #region hand-written
/** A logger that writes one JSON line per call, with the current request's id when there is one. */
export function contextLogger(write: (line: string) => void) {
  return (msg: string, fields: Record<string, unknown> = {}): void => {
    write(JSON.stringify({ requestId: requestContext.getStore()?.requestId, ...fields, msg }));
  };
}
// #endregion hand-written

// #region pino
export const logger = pino(
  {
    mixin: () => ({ requestId: requestContext.getStore()?.requestId }), // called for every line
    base: null, // no pid or hostname: they vary from run to run
    timestamp: false, // keep time in production; left out here so the output can be checked
  },
  process.stdout,
);
// #endregion pino
