// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
// The mistake: a retry after a timeout repeats a write the server had already made. The timeout
// abandoned the wait for the answer, not the charge: the server charges the order twice.
import { startPaymentsServer } from './payments-server.ts';

await using server = await startPaymentsServer();

// #region retry
async function charge(order: number): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(server.url, {
        method: 'POST',
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
console.log(`server: ${server.charges.length} charges for order 42: ${server.charges.map((c) => c.id).join(', ')}`);
