export type Download = (url: string, options: { signal?: AbortSignal }) => Promise<string>;

/** Downloads the URLs in order; stops, rejecting with the signal's reason, when `signal` aborts. */
export async function downloadAll(urls: string[], download: Download, signal: AbortSignal): Promise<string[]> {
  signal.throwIfAborted();
  const bodies: string[] = [];
  for (const url of urls) bodies.push(await download(url, {}));
  return bodies;
}
