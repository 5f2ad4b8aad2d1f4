// One request of the load run, on its own connection (no keep-alive: whether the service accepted
// a connection is then a fact of that request alone), with the client's own timeout far above the
// deadline. It never rejects: how the request ended is the observation.
import { request } from 'node:http';
import { connect } from 'node:net';
import type { RequestEnd } from '../../src/capstone/load-observations.ts';

export function get(url: string, timeoutMs: number): Promise<RequestEnd> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (end: RequestEnd): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(end);
    };
    const req = request(url, { agent: false, headers: { connection: 'close' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const retryAfter = response.headers['retry-after'];
        settle({ kind: 'answer', status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), retryAfter });
      });
      response.on('error', (error: NodeJS.ErrnoException) => settle({ kind: 'closed', code: error.code ?? error.message }));
      response.on('aborted', () => settle({ kind: 'closed', code: 'aborted mid-answer' }));
    });
    const timer = setTimeout(() => {
      settle({ kind: 'timeout' });
      req.destroy();
    }, timeoutMs);
    req.on('error', (error: NodeJS.ErrnoException) => settle(error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'closed', code: error.code ?? error.message }));
    req.end();
  });
}

/**
 * A client that opens a connection and starts a request it never finishes (a slow or stalled
 * client, as a mobile network makes them). Returns when its connection closed, and how long after
 * `now()` started it was open; `stop()` closes it from the client's side.
 */
export function stalledClient(url: string, now: () => number): { closedAt: Promise<number>; stop: () => void } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname, () => socket.write(`GET /quotes/stalled HTTP/1.1\r\nHost: ${hostname}\r\nX-Stalled: `));
  socket.on('error', () => {});
  return { closedAt: new Promise((resolve) => socket.on('close', () => resolve(now()))), stop: () => socket.destroy() };
}
