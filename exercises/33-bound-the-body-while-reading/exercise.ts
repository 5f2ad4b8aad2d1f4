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
  const chunks: Uint8Array[] = [];
  for await (const chunk of request) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  if (body.length > limit) throw new PayloadTooLarge(`body is over ${limit} bytes`);
  return JSON.parse(body.toString('utf8'));
}
