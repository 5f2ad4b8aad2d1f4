/** Loads a document; the storage layer behind it may call `whoIsAsking()`. */
export type Load = (docId: string) => Promise<string>;

let currentUser: string | undefined;

/** The user of the request this code runs for, or `undefined` outside a request. */
export function whoIsAsking(): string | undefined {
  return currentUser;
}

/** Serves one request for `user`: loads the document and says who read it. */
export async function handleRequest(user: string, docId: string, load: Load): Promise<string> {
  currentUser = user;
  const text = await load(docId);
  return `${whoIsAsking() ?? 'no one'} read ${docId}: ${text}`;
}
