/** A `get` that loads each key once and then answers from memory. */
export function cached<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const values = new Map<string, T>();
  return async (key) => {
    if (values.has(key)) return values.get(key) as T;
    const value = await load(key);
    values.set(key, value);
    return value;
  };
}
