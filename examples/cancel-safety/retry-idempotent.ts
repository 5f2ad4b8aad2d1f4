// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
// The fix: one idempotency key per charge, made before the first attempt and sent with every
// retry. The server charges once per key and answers a repeat with the charge it already made.
import { randomUUID } from 'node:crypto';
import { startPaymentsServer } from './payments-server.ts';

await using server = await startPaymentsServer();

// #region retry
async function charge(order: number): Promise<string> {
  const key = randomUUID(); // one key for the charge, not one per attempt
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'Idempotency-Key': key },
        body: JSON.stringify({ order }),
        signal: AbortSignal.timeout(100),
      });
      const { id } = (await response.json()) as { id: string };
      return id;
    } catch (error) {
      if (attempt === 3 || !(error instanceof DOMException && error.name === 'TimeoutError')) throw error;
      console.log(`attempt ${attempt}: ${error.name}, retrying`);
    }
  }
}
// #endregion retry

console.log(`client: order 42 paid by ${await charge(42)}`);
console.log(`server: ${server.charges.length} charge for order 42: ${server.charges.map((c) => c.id).join(', ')}`);
