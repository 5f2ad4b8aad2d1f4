/** Loads every id at once; fulfils with the values in the order of `ids`, rejects when a load fails. */
export async function loadAll<T>(ids: readonly string[], load: (id: string) => Promise<T>): Promise<T[]> {
  return Promise.all(ids.map((id) => load(id))); // every promise handled from the start
}
