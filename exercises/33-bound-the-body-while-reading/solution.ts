/** The error for a body over the limit; a server answers it with 413. */
export class PayloadTooLarge extends Error {
  override name = 'PayloadTooLarge';
}

/** A request body as it arrives, with the request's headers (lower-case names, as in `node:http`). */
export interface BodyStream extends AsyncIterable<Uint8Array> {
  headers: Record<string, string | undefined>;
}

/** Reads a request body and parses it as JSON; refuses a body over `limit` bytes before reading the rest. */
export async function readJson(request: BodyStream, limit: number): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new PayloadTooLarge(`content-length ${declared} is over ${limit}`); // before reading anything
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length; // counted even with a content-length: the client may lie
    if (size > limit) throw new PayloadTooLarge(`body is over ${limit} bytes`); // leaving the loop closes the stream
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}
