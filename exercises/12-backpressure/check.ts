import assert from 'node:assert/strict';
import { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const chunks = Array.from({ length: 100 }, (_, i) => `chunk ${i}`);

/** A destination that takes one event-loop turn per chunk, with room for 4 chunks in its buffer. */
function slowDestination(options: { failAt?: number } = {}): { destination: Writable; written: string[]; fullest: () => number } {
  const written: string[] = [];
  let fullest = 0;
  const destination = new Writable({
    objectMode: true,
    highWaterMark: 4,
    write(chunk: string, _encoding, done) {
      fullest = Math.max(fullest, destination.writableLength);
      setImmediate(() => {
        if (written.length === options.failAt) return done(new Error('disk full'));
        written.push(chunk);
        return done();
      });
    },
  });
  return { destination, written, fullest: () => fullest };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'every chunk arrives, in order, before copy resolves',
    async run({ copy }) {
      const { destination, written } = slowDestination();
      await copy(Readable.from(chunks), destination);
      assert.equal(written.length, chunks.length, `copy resolved when ${written.length} of ${chunks.length} chunks had been written`);
      assert.deepEqual(written, chunks, 'the chunks arrived out of order');
    },
  },
  {
    name: "the destination's buffer never holds much more than its high-water mark",
    async run({ copy }) {
      const { destination, fullest } = slowDestination();
      await copy(Readable.from(chunks), destination);
      // A copy that resolves too early has not measured the fullest buffer yet.
      await finished(destination);
      assert.ok(fullest() <= 5, `${fullest()} chunks waited in a buffer made for 4: copy ignores backpressure`);
    },
  },
  {
    name: 'an error in the destination makes copy reject, with nothing left unhandled',
    async run({ copy }) {
      const { destination } = slowDestination({ failAt: 10 });
      const outcome = await copy(Readable.from(chunks), destination).then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      assert.equal(outcome, 'disk full', `copy ${outcome === 'resolved' ? 'resolved' : `rejected with "${outcome}"`} although the destination fails on its 11th chunk`);
    },
  },
]);
