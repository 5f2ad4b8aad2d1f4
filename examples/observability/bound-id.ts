// Deno: --allow-env --allow-sys
// The same two services with the context bound: the pool callback with AsyncResource.bind, the job as
// an EventEmitterAsyncResource, whose listeners run in the context that created it. Every line has its id.
import { AsyncResource } from 'node:async_hooks';
import { EventEmitterAsyncResource } from 'node:events';
import { logger, requestContext } from './context-log.ts';
import { CallbackPool, JobRunner } from './services.ts';

const pool = new CallbackPool(1); // one connection, shared by every request
const runner = new JobRunner();

// #region bound
function handle(requestId: string): Promise<void> {
  return requestContext.run({ requestId }, () => {
    const { promise, resolve } = Promise.withResolvers<void>();
    // bind where the callback is made, in the request, not where the pool stores it
    pool.acquire(AsyncResource.bind((release: () => void) => {
      logger.info('got a connection');
      setTimeout(release, 10); // hold it for a 10 ms query
      const job = new EventEmitterAsyncResource({ name: 'Job' }); // keeps the context it was made in
      job.once('done', () => {
        logger.info('job done');
        resolve();
      });
      runner.submit(job);
    }));
    return promise;
  });
}
// #endregion bound

try {
  await Promise.all([handle('req-1'), handle('req-2')]);
} finally {
  runner.close();
}
