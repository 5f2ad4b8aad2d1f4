// The fix: a read abandoned halfway hands back what it took. readable.unshift() puts the partial
// line back at the front of the stream's buffer, so the next read starts where this one did.
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
    try {
      await once(stream, 'readable', { signal });
    } catch (error) {
      if (line !== '') stream.unshift(line); // abandoned: hand back what was taken
      throw error;
    }
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
