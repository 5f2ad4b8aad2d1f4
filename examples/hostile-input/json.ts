// A large JSON.parse holds the loop for as long as the text is long: an attacker who can send a
// big body chooses how long your server stops. Bound the size before reading, and refuse the body
// as soon as it passes the bound, without buffering the rest.
import { Readable } from 'node:stream';
import { missedTicks } from './ticks.ts';

/** A JSON array of `count` small objects, as a client could send it. */
function body(count: number): string {
  const items = Array.from({ length: count }, (_, id) => ({ id, name: `item ${id}`, tags: ['a', 'b'] }));
  return JSON.stringify(items);
}

// #region parse
const small = body(50_000);
const large = body(200_000); // four times as long
JSON.parse(small); // warm up the parser before measuring
const smallParse = await missedTicks(() => void JSON.parse(small));
const largeParse = await missedTicks(() => void JSON.parse(large));
console.log(`JSON.parse, ${(large.length / 1e6).toFixed(1)} MB: ${largeParse.missed} ticks missed`);
console.log(`four times the text took ${(largeParse.ms / smallParse.ms).toFixed(1)} times as long`);
// #endregion parse

// #region bounded
class PayloadTooLarge extends Error {
  override name = 'PayloadTooLarge';
}

/** Reads a request body as text, refusing it as soon as it passes `limit` bytes. */
async function readBody(request: Readable & { headers?: Record<string, string | string[] | undefined> }, limit: number): Promise<string> {
  const declared = Number(request.headers?.['content-length'] ?? 0);
  if (declared > limit) throw new PayloadTooLarge(`content-length ${declared} is over ${limit}`); // before reading anything
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new PayloadTooLarge(`body is over ${limit} bytes`); // leaving the loop destroys the stream
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
// #endregion bounded

// #region refuse
/** A 64 MB body in 64 KB chunks, as a request stream, and a count of the chunks pulled from it. */
function hugeBody(headers: Record<string, string> = {}): [Readable & { headers: Record<string, string> }, { pulled: number }] {
  const counter = { pulled: 0 };
  function* chunks(): Generator<Buffer> {
    for (let i = 0; i < 1024; i++) {
      counter.pulled++;
      yield Buffer.alloc(64 * 1024, 0x20);
    }
  }
  return [Object.assign(Readable.from(chunks()), { headers }), counter];
}

const limit = 1024 * 1024; // 1 MB
for (const [label, headers] of [
  ['64 MB, with its content-length', { 'content-length': String(64 * 1024 * 1024) }],
  ['64 MB, chunked (no content-length)', {}],
] as const) {
  const [request, counter] = hugeBody(headers);
  try {
    await readBody(request, limit);
  } catch (error) {
    if (!(error instanceof PayloadTooLarge)) throw error;
    console.log(`${label}: refused (${error.message}) after reading ${counter.pulled} of 1024 chunks`);
  }
}
const order = body(2_000); // about 100 KB
const items = JSON.parse(await readBody(Readable.from([Buffer.from(order)]), limit)) as unknown[];
console.log(`${Math.round(order.length / 1024)} KB: read and parsed, ${items.length} items`);
// #endregion refuse
