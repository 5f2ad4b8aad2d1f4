// Deno: --allow-all
// 200 connections wait for data at the same time, and no thread waits for any of them: the
// sockets are non-blocking, and the loop asks the kernel (epoll on Linux) which ones are ready.
// The thread census reads /proc/self/task, so it runs on Linux only.
import { readdirSync } from 'node:fs';
import { once } from 'node:events';
import net from 'node:net';

const threads = (): number => readdirSync('/proc/self/task').length;

if (process.platform === 'linux') {
  // #region idle-sockets
  const server = net.createServer((socket) => socket.once('data', (data) => socket.end(data)));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  const before = threads();

  // 200 clients connect and send nothing yet: 200 reads are pending on the server side.
  const clients = await Promise.all(
    Array.from({ length: 200 }, async () => {
      const socket = net.connect(port, '127.0.0.1');
      await once(socket, 'connect');
      return socket;
    }),
  );
  console.log(`sockets waiting for data: ${clients.length}`);
  console.log(`threads added while they wait: ${threads() - before}`);

  // Each client now sends a byte, and each gets it echoed back.
  const echoes = await Promise.all(
    clients.map(async (socket) => {
      socket.write('x');
      const [data] = (await once(socket, 'data')) as [Buffer];
      socket.destroy();
      return data.toString();
    }),
  );
  console.log(`echoes received: ${echoes.filter((e) => e === 'x').length}`);
  server.close();
  await once(server, 'close');
  // #endregion idle-sockets
} else {
  console.log(`thread census skipped: /proc/self/task exists only on Linux, not on ${process.platform}`);
}
