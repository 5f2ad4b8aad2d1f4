/** A `get` that loads each key once and then answers from memory. */
export function cached<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loads = new Map<string, Promise<T>>();
  return (key) => {
    // Checked and remembered with no await in between: a second get finds this load.
    let loaded = loads.get(key);
    if (loaded === undefined) {
      const started = load(key);
      loaded = started;
      loads.set(key, started);
      // A failure is not remembered; the caller still gets the rejection from `started`.
      started.catch(() => {
        if (loads.get(key) === started) loads.delete(key);
      });
    }
    return loaded;
  };
}
