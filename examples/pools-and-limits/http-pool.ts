// What Promise.all over many URLs does to fetch's connection pool, counted by the server: how many
// sockets were open at once and how many were opened in all. Node's fetch uses a global dispatcher
// with no limit on connections per origin; an undici Agent with `connections` caps them and keeps
// them alive for the next round.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Agent, fetch as undiciFetch } from 'undici';

// #region server
// A local server that answers after 50 ms and counts sockets, not requests.
const sockets = new Set<Socket>();
let peakOpen = 0;
let opened = 0;
await using server = createServer((_req, res) => {
  peakOpen = Math.max(peakOpen, sockets.size);
  setTimeout(() => res.end('ok'), 50);
});
server.on('connection', (socket) => {
  opened++;
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
function report(label: string): void {
  console.log(`${label}: ${peakOpen} sockets open at once, ${opened} newly opened`);
  peakOpen = 0;
  opened = 0;
}
// #endregion server

const urls = Array.from({ length: 100 }, (_, i) => `${base}/item/${i}`);

// #region unbounded
await Promise.all(urls.map(async (url) => (await fetch(url)).text()));
report('global fetch, 100 URLs');
// #endregion unbounded
// Close the global dispatcher's idle sockets, so the next count starts from none.
const closing = [...sockets].map((socket) => once(socket, 'close'));
server.closeIdleConnections();
await Promise.all(closing);

// #region agent
const agent = new Agent({ connections: 10 }); // at most 10 sockets per origin
try {
  for (const round of ['first', 'second']) {
    await Promise.all(urls.map(async (url) => (await undiciFetch(url, { dispatcher: agent })).text()));
    report(`Agent({ connections: 10 }), ${round} 100 URLs`);
  }
} finally {
  await agent.close(); // closes its kept-alive sockets
}
// #endregion agent
