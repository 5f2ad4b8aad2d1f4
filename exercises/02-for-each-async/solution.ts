/** Saves every item, all at once; resolves when all are saved, rejects if one save fails. */
export async function saveAll(items: string[], save: (item: string) => Promise<void>): Promise<void> {
  await Promise.all(items.map((item) => save(item)));
}
