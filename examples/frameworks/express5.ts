// Express 5 hands a rejected handler promise to the error middleware, as it does a thrown error:
// the same handler that ends an Express 4 process answers 500 here, and the server keeps serving.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import express, { type NextFunction, type Request, type Response } from 'express';

async function loadReport(id: string): Promise<string> {
  await sleep(10); // a query, say
  if (id === '7') throw new Error(`report ${id} failed`);
  return `report ${id}`;
}

// #region express5
const app = express();
app.get('/report/:id', async (req, res) => {
  res.send(await loadReport(req.params.id));
});
app.use((error: Error, _req: Request, res: Response, next: NextFunction) => {
  console.log(`error middleware: ${error.message}`);
  if (res.headersSent) return next(error); // too late to answer: let Express end the response
  res.status(500).send('handled');
});
// #endregion express5

await using server = app.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;

// #region express5-client
for (const id of ['7', '8']) {
  const response = await fetch(`http://127.0.0.1:${port}/report/${id}`);
  console.log(`client: ${response.status} ${await response.text()}`);
}
// #endregion express5-client
