import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Copies `source` into `destination`; resolves when the destination has finished, rejects on an error on either side. */
export async function copy(source: Readable, destination: Writable): Promise<void> {
  await pipeline(source, destination);
}
