// Deno: --allow-env --allow-run
// Express 4 ignores the promise an async handler returns. When it rejects, the error middleware never
// runs: the rejection is unhandled, and Node's default (--unhandled-rejections=throw, Node 15+) ends
// the process with every request still open. The crash runs in a child process (this file, started
// again with `serve`), so the demonstration itself exits 0.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import express, { type NextFunction, type Request, type Response } from 'express4';

async function loadReport(id: string): Promise<string> {
  await sleep(10); // a query, say
  throw new Error(`report ${id} failed`);
}

function errorMiddleware(error: Error, _req: Request, res: Response, next: NextFunction): void {
  console.log(`error middleware: ${error.message}`);
  if (res.headersSent) return next(error); // too late to answer: let Express end the response
  res.status(500).send('handled');
}

if (process.argv[2] === 'serve') {
  // #region crash
  const app = express();
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the bug this page shows
  app.get('/report/:id', async (req, res) => {
    res.send(await loadReport(req.params['id'] ?? ''));
  });
  app.use(errorMiddleware); // never reached by the rejection above
  // #endregion crash
  const server = app.listen(0, '127.0.0.1', () => {
    console.log((server.address() as AddressInfo).port);
  });
} else {
  // #region crash-client
  const child = spawn(process.execPath, [import.meta.filename, 'serve'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdout.setEncoding('utf8');
  const exited = once(child, 'close') as Promise<[number | null]>;
  const [port] = (await once(child.stdout, 'data')) as [string];
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  try {
    const response = await fetch(`http://127.0.0.1:${port.trim()}/report/7`);
    console.log(`client: ${response.status}`);
  } catch (error) {
    console.log(`client: ${(error as Error).message}`); // the connection closed with no answer
  }
  const [code] = await exited;
  console.log(`server process: exit code ${code}, printed ${JSON.stringify(stdout)}`);
  console.log(`stderr: ${stderr.match(/^Error: .*$/m)?.[0]}`);
  // #endregion crash-client
}
