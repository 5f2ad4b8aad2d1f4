// Requires: Node 24.5+ (`await using` on a variable a closure captures: nodejs/node#58744)
// Deno: --allow-net
// UDP: one datagram to a local socket and one back, awaited with events.once.
import { once } from 'node:events';
import { createSocket } from 'node:dgram';

// A server socket that answers each datagram in upper case.
await using server = createSocket('udp4');
server.on('message', (message, from) => server.send(message.toString().toUpperCase(), from.port, from.address));
server.bind(0, '127.0.0.1');
await once(server, 'listening');
const { port } = server.address();

// #region udp
await using client = createSocket('udp4');
client.send('ping', port, '127.0.0.1');
// once() resolves with the event's arguments: the message and who sent it.
const [reply] = (await once(client, 'message')) as [Buffer];
console.log(`reply: ${reply.toString()}`);
// #endregion udp
