// Deno: --allow-env --allow-sys
// Where the request id is lost: a callback queued in a shared pool runs as the request that released
// the connection, and a listener on a job emitted from a shared runner's timer runs as no request.
import { EventEmitter } from 'node:events';
import { logger, requestContext } from './context-log.ts';
import { CallbackPool, JobRunner } from './services.ts';

const pool = new CallbackPool(1); // one connection, shared by every request
const runner = new JobRunner();

// #region lost
function handle(requestId: string): Promise<void> {
  return requestContext.run({ requestId }, () => {
    const { promise, resolve } = Promise.withResolvers<void>();
    pool.acquire((release) => {
      logger.info('got a connection');
      setTimeout(release, 10); // hold it for a 10 ms query
      const job = new EventEmitter();
      job.once('done', () => {
        logger.info('job done');
        resolve();
      });
      runner.submit(job);
    });
    return promise;
  });
}
// #endregion lost

try {
  await Promise.all([handle('req-1'), handle('req-2')]);
} finally {
  runner.close();
}
