// Requires: Node 24.2+ (`Worker[Symbol.asyncDispose]`)
// Deno: --allow-read
// Which Node core objects work with `using` / `await using` on this Node: their prototypes carry
// Symbol.dispose or Symbol.asyncDispose.
import { ChildProcess } from 'node:child_process';
import dgram from 'node:dgram';
import { open } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import readline from 'node:readline';
import { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';

// #region table
await using file = await open(import.meta.filename); // a FileHandle, closed at the end of scope
const timer = setTimeout(() => {}, 0);
clearTimeout(timer);

const objects: [string, object][] = [
  ['net.Server', net.Server.prototype],
  ['net.Socket', net.Socket.prototype],
  ['http.Server', http.Server.prototype],
  ['dgram.Socket', dgram.Socket.prototype],
  ['worker_threads.Worker', Worker.prototype],
  ['stream.Readable', Readable.prototype],
  ['stream.Writable', Writable.prototype],
  ['fs/promises FileHandle', file],
  ['child_process.ChildProcess', ChildProcess.prototype],
  ['readline.Interface', readline.Interface.prototype],
  ['Timeout (setTimeout)', timer],
];
for (const [name, object] of objects) {
  const has = (symbol: symbol): string => (typeof (object as Record<symbol, unknown>)[symbol] === 'function' ? 'yes' : '-');
  console.log(`${name.padEnd(28)} asyncDispose: ${has(Symbol.asyncDispose).padEnd(4)} dispose: ${has(Symbol.dispose)}`);
}
// #endregion table
