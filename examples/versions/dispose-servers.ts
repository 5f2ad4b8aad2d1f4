// Feature: `server[Symbol.asyncDispose]()` on `net.Server` and `http.Server`
// Source: https://nodejs.org/docs/latest-v24.x/api/net.html#serversymbolasyncdispose
// Fallback: none needed on 22; `await using server = …` needs 24, or call it in a `finally`
// Deno: --allow-net
// Disposing a server closes it and waits until it has closed.
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';

for (const server of [net.createServer(), http.createServer()]) {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  await server[Symbol.asyncDispose]();
  console.log(`${server instanceof http.Server ? 'http' : 'net'}.Server listening after dispose: ${server.listening}`);
}
