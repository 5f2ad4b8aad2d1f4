// Requires: Node 24+ (native `await using`)
// Deno: --allow-net
// TCP: an echo server and a client on 127.0.0.1, with events.once instead of callbacks.
import { once } from 'node:events';
import { connect, createServer, type AddressInfo } from 'node:net';

// An echo server: every byte a client sends comes straight back.
await using server = createServer((socket) => socket.pipe(socket));
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address() as AddressInfo;

// #region tcp
const socket = connect(port, '127.0.0.1');
await once(socket, 'connect');
socket.end('hello over TCP');

// A socket is an async iterable of chunks; the loop ends when the server closes its side.
let echoed = '';
for await (const chunk of socket) echoed += String(chunk);
console.log(`echoed: ${echoed}`);
// #endregion tcp
// `await using` closes the server here, when the module's scope ends.
