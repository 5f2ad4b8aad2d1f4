// Feature: `socket[Symbol.asyncDispose]()` (`dgram`)
// Source: https://nodejs.org/docs/latest-v24.x/api/dgram.html#socketsymbolasyncdispose
// Fallback: none needed on 22; or `socket.close()` in a `finally`
// Deno: --allow-net
// Disposing a UDP socket closes it: the 'close' event has fired by the time it settles.
import dgram from 'node:dgram';
import { once } from 'node:events';

const socket = dgram.createSocket('udp4');
let closed = false;
socket.on('close', () => (closed = true));
socket.bind(0, '127.0.0.1');
await once(socket, 'listening');
await socket[Symbol.asyncDispose]();
console.log(`closed after dispose: ${closed}`);
