/**
 * A local payments server for the retry examples. `POST /charges` with a JSON `{ order }` records a
 * charge at once; the first request it gets is then slow to answer (it waits until the client hangs
 * up), the later ones answer at once. With an `Idempotency-Key` header it charges once per key and
 * answers a repeat with the charge it already made.
 * @module
 */
import { createServer } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface PaymentsServer extends AsyncDisposable {
  readonly url: string;
  /** Every charge made, in order: the ledger a double charge shows up in. */
  readonly charges: { id: string; order: number }[];
}

export async function startPaymentsServer(): Promise<PaymentsServer> {
  const charges: { id: string; order: number }[] = [];
  // #region keys
  const byKey = new Map<string, string>(); // Idempotency-Key -> the charge it made
  function chargeOnce(order: number, key: string | undefined): string {
    const made = key === undefined ? undefined : byKey.get(key);
    if (made !== undefined) return made; // a repeat: answer with the charge already made
    const id = `ch_${charges.length + 1}`;
    charges.push({ id, order }); // the write, made before any answer
    if (key !== undefined) byKey.set(key, id);
    return id;
  }
  // #endregion keys
  let requests = 0;
  const server = createServer((request, response) => {
    const body: Buffer[] = [];
    request.on('data', (chunk: Buffer) => body.push(chunk));
    request.on('end', () => {
      const { order } = JSON.parse(Buffer.concat(body).toString()) as { order: number };
      const key = request.headers['idempotency-key'];
      const id = chargeOnce(order, typeof key === 'string' ? key : undefined);
      const answer = JSON.stringify({ id, order });
      if (++requests > 1) response.end(answer); // the first answer is late: the client gives up first
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/charges`,
    charges,
    async [Symbol.asyncDispose]() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
