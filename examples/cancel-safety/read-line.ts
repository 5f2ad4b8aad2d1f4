// The mistake: a read that collects a line across chunks in a local variable. Abandoned halfway
// (its deadline passes between two chunks), it throws away what it had already taken from the
// stream, and the next read starts in the middle of a line.
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';

// #region read-line
/** Reads up to the next newline; `signal` gives up waiting for more data. */
async function readLine(stream: Readable, signal: AbortSignal): Promise<string> {
  let line = '';
  for (;;) {
    let chunk: string | null;
    while ((chunk = stream.read() as string | null) !== null) {
      const end = chunk.indexOf('\n');
      if (end >= 0) {
        if (end + 1 < chunk.length) stream.unshift(chunk.slice(end + 1)); // the next line's start
        return line + chunk.slice(0, end);
      }
      line += chunk; // taken from the stream: only this function holds it now
    }
    await once(stream, 'readable', { signal });
  }
}
// #endregion read-line

// #region demo
const socket = new PassThrough({ encoding: 'utf8' });
socket.write('ORDER 4'); // half a line arrives; the rest comes at 50 ms
setTimeout(() => socket.end('2\nORDER 43\n'), 50);
try {
  await readLine(socket, AbortSignal.timeout(20));
} catch (error) {
  console.log(`first read: ${(error as Error).name}`);
}
for (const read of ['next', 'then']) console.log(`${read} read: "${await readLine(socket, AbortSignal.timeout(1_000))}"`);
// #endregion demo
