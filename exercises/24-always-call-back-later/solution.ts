/** Fetches the value of `key`. */
export type Fetch = (key: string) => Promise<string>;

/** Calls back with an error, or with `undefined` and the value. */
export type Callback = (error: Error | undefined, value?: string) => void;

/** A lookup that fetches each key once; `callback` always runs after the call has returned, exactly once. */
export function cachedLookup(fetch: Fetch): (key: string, callback: Callback) => void {
  const cache = new Map<string, string>();
  return (key, callback) => {
    const cached = cache.get(key);
    if (cached !== undefined) {
      queueMicrotask(() => callback(undefined, cached)); // a hit waits too, so every caller sees one order
      return;
    }
    fetch(key).then(
      (value) => {
        cache.set(key, value);
        callback(undefined, value);
      },
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  };
}
