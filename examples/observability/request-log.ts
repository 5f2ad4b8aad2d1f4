// Deno: --allow-env --allow-sys
// The request id in every log line: two overlapping requests log before and after an await and
// from a timer, through the hand-written logger and through pino.
import { setTimeout as sleep } from 'node:timers/promises';
import { contextLogger, logger, requestContext } from './context-log.ts';

const log = contextLogger((line) => console.log(line));

// #region handler
async function handle(requestId: string, dbMs: number): Promise<void> {
  await requestContext.run({ requestId }, async () => {
    logger.info('request in');
    await sleep(dbMs); // the other request logs here
    log('query done', { dbMs }); // the hand-written logger: same id, same place
    const { promise, resolve } = Promise.withResolvers<void>();
    setTimeout(() => {
      logger.info('from a timer'); // a timer set in the request keeps its context
      resolve();
    }, 5);
    await promise;
  });
}

await Promise.all([handle('req-1', 30), handle('req-2', 10)]);
logger.info('outside any request'); // no store: pino leaves requestId out
// #endregion handler
