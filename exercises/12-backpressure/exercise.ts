import type { Readable, Writable } from 'node:stream';

/** Copies `source` into `destination`; resolves when the destination has finished, rejects on an error on either side. */
export function copy(source: Readable, destination: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    source.on('data', (chunk) => destination.write(chunk));
    source.on('end', () => {
      destination.end();
      resolve();
    });
    source.on('error', reject);
  });
}
