// Deno: --allow-net
// Error.cause keeps the low-level error inside the high-level one, so a log line says both what
// failed and why; AggregateError carries every failure of a Promise.any. Here a real connection
// is refused (a port that was just closed), wrapped twice, and printed by walking the chain.
import { once } from 'node:events';
import { createServer, connect, type AddressInfo } from 'node:net';
import { inspect } from 'node:util';

/** A port on 127.0.0.1 that nothing listens on: the OS picked it, then the server closed. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

async function queryInventory(port: number): Promise<void> {
  const socket = connect(port, '127.0.0.1');
  try {
    await once(socket, 'connect');
  } catch (error) {
    throw new Error('inventory query failed', { cause: error });
  } finally {
    socket.destroy();
  }
}

// #region cause
async function placeOrder(port: number): Promise<void> {
  try {
    await queryInventory(port);
  } catch (error) {
    throw new Error('could not place order 42', { cause: error });
  }
}

/** Every error down the chain of causes, outermost first; a system error by its code. */
function causeChain(error: unknown): string[] {
  const messages: string[] = [];
  for (let current = error; current !== undefined; current = current instanceof Error ? current.cause : undefined) {
    const code = (current as NodeJS.ErrnoException).code;
    messages.push(!(current instanceof Error) ? inspect(current) : code ? `${current.name} ${code}` : `${current.name}: ${current.message}`);
  }
  return messages;
}
// #endregion cause

// #region aggregate
/** Tries each replica; rejects with an AggregateError only if all of them fail. */
async function firstReplica(ports: number[]): Promise<number> {
  return Promise.any(ports.map(async (port) => {
    await queryInventory(port);
    return port;
  }));
}
// #endregion aggregate

// #region print
const port = await closedPort();
try {
  await placeOrder(port);
} catch (error) {
  console.log(causeChain(error).join('\n  caused by '));
  const inspected = inspect(error);
  console.log(`util.inspect shows the causes: ${inspected.includes('[cause]: Error: inventory query failed')}`);
}
try {
  await firstReplica([port, await closedPort()]);
} catch (error) {
  if (!(error instanceof AggregateError)) throw error;
  console.log(`${error.name}: ${error.message}`);
  for (const [index, failure] of error.errors.entries()) console.log(`  [${index}] ${causeChain(failure).join(' <- ')}`);
}
// #endregion print
