import { AsyncLocalStorage } from 'node:async_hooks';

/** Loads a document; the storage layer behind it may call `whoIsAsking()`. */
export type Load = (docId: string) => Promise<string>;

// One store per request, carried across that request's awaits and nobody else's.
const requestUser = new AsyncLocalStorage<string>();

/** The user of the request this code runs for, or `undefined` outside a request. */
export function whoIsAsking(): string | undefined {
  return requestUser.getStore();
}

/** Serves one request for `user`: loads the document and says who read it. */
export async function handleRequest(user: string, docId: string, load: Load): Promise<string> {
  return requestUser.run(user, async () => {
    const text = await load(docId);
    return `${whoIsAsking() ?? 'no one'} read ${docId}: ${text}`;
  });
}
