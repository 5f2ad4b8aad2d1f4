import { Semaphore } from '../../examples/lib/semaphore.ts';

/** Downloads every URL, at most `limit` at a time; the bodies come back in the order of `urls`. */
export async function fetchAll(urls: string[], get: (url: string) => Promise<string>, limit: number): Promise<string[]> {
  const semaphore = new Semaphore(limit);
  return Promise.all(urls.map((url) => semaphore.run(() => get(url))));
}
