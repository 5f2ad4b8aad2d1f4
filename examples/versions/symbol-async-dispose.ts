// Feature: `Symbol.asyncDispose` on core objects
// Source: https://nodejs.org/docs/latest-v24.x/api/net.html#serversymbolasyncdispose
// Node's servers implement Symbol.asyncDispose: calling it closes the server and waits until it
// has closed (which is what `await using` does at the end of a block).
import { createServer } from 'node:net';
import { once } from 'node:events';

const server = createServer();
server.listen(0, '127.0.0.1');
await once(server, 'listening');
console.log(`listening: ${server.listening}`);
await server[Symbol.asyncDispose]();
console.log(`listening after asyncDispose: ${server.listening}`);
