// Graceful shutdown on SIGTERM: answer every new request 503 shutting_down with `Connection: close`,
// let the requests in flight finish (those still running near SHUTDOWN_MS are stopped: they answer
// 503), then close the server and every connection still open, the upstream clients and the pool,
// log "closed", and let the process end by itself with exit code 0: nothing is left to keep it
// alive. The server closes only once the requests are done because closing it closes idle
// keep-alive connections at once: a client that was just sending a request on one would get a
// broken connection instead of an answer.
//
// Step 7 (under load): what is still connected once the requests are done is no request of ours: idle
// keep-alive connections, and clients that started a request and never finished it (a stalled
// mobile client, a slow attacker). `fastify.close()` closes the idle ones and waits for the others,
// for ever: the load run's stalled client kept the service from exiting until it was killed.
import { shuttingDown } from './errors.ts';
import type { App } from './app.ts';

/** What is closed after the server, in order. */
export type Closer = () => PromiseLike<void>;

export async function shutdown(app: App, shutdownMs: number, closers: Closer[]): Promise<void> {
  const log = app.fastify.log;
  log.info({ inFlight: app.inFlight.size, shutdownMs }, 'shutting down');
  app.drain();
  // Stop what is still running with a fifth of the time left, for them to answer and the pool to close.
  const stopAt = setTimeout(() => {
    for (const deadline of app.inFlight) deadline.abort(shuttingDown());
  }, shutdownMs * 0.8);
  try {
    await app.idle();
  } finally {
    clearTimeout(stopAt);
  }
  // #region close-connections
  const closed = app.fastify.close();
  app.fastify.server.closeAllConnections();
  await closed;
  // #endregion close-connections
  for (const close of closers) await close();
  log.info('closed');
}

/** Runs `shutdown` on the first SIGTERM (a second one is logged and ignored). */
export function shutdownOnSigterm(app: App, shutdownMs: number, closers: Closer[]): void {
  let started = false;
  process.on('SIGTERM', () => {
    if (started) {
      app.fastify.log.warn('SIGTERM again: already shutting down');
      return;
    }
    started = true;
    shutdown(app, shutdownMs, closers).catch((error: unknown) => {
      app.fastify.log.error({ err: error }, 'shutdown failed');
      process.exitCode = 1;
    });
  });
}
