// Express 4's fix for the crash in express4.ts: wrap each async handler in a plain function that
// hands its rejection to next(), and the error middleware answers.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express4';

async function loadReport(id: string): Promise<string> {
  await sleep(10); // a query, say
  throw new Error(`report ${id} failed`);
}

function errorMiddleware(error: Error, _req: Request, res: Response, next: NextFunction): void {
  console.log(`error middleware: ${error.message}`);
  if (res.headersSent) return next(error); // too late to answer: let Express end the response
  res.status(500).send('handled');
}

// #region wrapper
// Express 4's fix: a plain function that hands the rejection to next().
type AsyncHandler = (req: Request, res: Response, next: NextFunction) => Promise<void>;
const handleRejections =
  (handler: AsyncHandler): RequestHandler =>
  (req, res, next) => {
    handler(req, res, next).catch(next);
  };

const app = express();
app.get(
  '/report/:id',
  handleRejections(async (req, res) => {
    res.send(await loadReport(req.params['id'] ?? ''));
  }),
);
app.use(errorMiddleware);
// #endregion wrapper
await using server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;
// #region wrapper-client
const response = await fetch(`http://127.0.0.1:${port}/report/7`);
console.log(`client: ${response.status} ${await response.text()}`);
// #endregion wrapper-client
