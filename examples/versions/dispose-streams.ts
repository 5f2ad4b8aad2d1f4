// Feature: `readable[Symbol.asyncDispose]()` and `writable[Symbol.asyncDispose]()`
// Source: https://nodejs.org/docs/latest-v24.x/api/stream.html#readablesymbolasyncdispose
// Fallback: none needed on 22; or `stream.destroy()` and `finished()` in a `finally`
// Disposing a stream destroys it (with an AbortError) and waits until it has finished.
import { Readable, Writable } from 'node:stream';

const readable = new Readable({ read() {} });
const writable = new Writable({ write(_chunk, _encoding, done) { done(); } });
readable.on('error', () => {}); // the AbortError it is destroyed with
writable.on('error', () => {});
await readable[Symbol.asyncDispose]();
await writable[Symbol.asyncDispose]();
console.log(`destroyed: readable ${readable.destroyed}, writable ${writable.destroyed}`);
