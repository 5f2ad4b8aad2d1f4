import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** A request body that arrives in the given pieces, and counts the chunks pulled and whether it was closed. */
function body(pieces: readonly string[], headers: Record<string, string> = {}): { request: Exercise.BodyStream; pulled: () => number; closed: () => boolean } {
  let pulled = 0;
  let closed = false;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    try {
      for (const piece of pieces) {
        await nextTurn(); // each piece arrives on a later turn, as from a socket
        pulled++;
        yield Buffer.from(piece);
      }
    } finally {
      closed = true;
    }
  }
  return { request: Object.assign(chunks(), { headers }), pulled: () => pulled, closed: () => closed };
}

/** 1 000 chunks of 100 spaces: 100 000 bytes, over a limit of 1 000 from the 11th chunk on. */
const huge = Array.from({ length: 1000 }, () => ' '.repeat(100));
const limit = 1000;

/** Asserts that `read` rejects with the module's PayloadTooLarge. */
async function assertRefused(read: Promise<unknown>, PayloadTooLarge: typeof Exercise.PayloadTooLarge, what: string): Promise<void> {
  await assert.rejects(read, (error: unknown) => {
    assert.ok(error instanceof PayloadTooLarge, `${what} was refused with ${String(error)}, not a PayloadTooLarge`);
    return true;
  }, `${what} was read and parsed: it should be refused`);
}

export default defineChecks<typeof Exercise>([
  {
    name: 'a body under the limit, or of exactly the limit, is read and parsed',
    async run({ readJson }) {
      assert.deepEqual(await readJson(body(['{"items":', '[1,2', ',3]}']).request, limit), { items: [1, 2, 3] });
      const exact = `"${'x'.repeat(limit - 2)}"`;
      assert.equal(await readJson(body([exact.slice(0, 500), exact.slice(500)]).request, limit), 'x'.repeat(limit - 2), `a body of exactly ${limit} bytes was refused`);
    },
  },
  {
    name: 'a body whose content-length is over the limit is refused before any of it is read',
    async run({ readJson, PayloadTooLarge }) {
      const sent = body(huge, { 'content-length': '100000' });
      await assertRefused(readJson(sent.request, limit), PayloadTooLarge, 'a body with content-length 100000');
      assert.equal(sent.pulled(), 0, `with content-length 100000 and a limit of ${limit}, ${sent.pulled()} chunks were read before refusing: the header already said no`);
    },
  },
  {
    name: 'a chunked body is refused as soon as it passes the limit, and the rest is never read',
    async run({ readJson, PayloadTooLarge }) {
      const sent = body(huge);
      await assertRefused(readJson(sent.request, limit), PayloadTooLarge, 'a 100 000-byte chunked body');
      assert.ok(sent.pulled() <= 11, `${sent.pulled()} of 1000 chunks of 100 bytes were read before refusing: the limit of ${limit} bytes was passed at chunk 11`);
      assert.ok(sent.closed(), 'the body was refused but its stream was left open: leave the for await loop to close it');
    },
  },
  {
    name: 'a content-length that lies does not let a larger body through',
    async run({ readJson, PayloadTooLarge }) {
      const sent = body(huge, { 'content-length': '100' });
      await assertRefused(readJson(sent.request, limit), PayloadTooLarge, 'a 100 000-byte body that claimed content-length 100');
      assert.ok(sent.pulled() <= 11, `${sent.pulled()} of 1000 chunks were read before refusing: count the bytes as they come, whatever content-length says`);
    },
  },
]);
