import { readFile } from 'node:fs/promises';

/** How many lines `file` has; called from a request handler. */
export async function countLines(file: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  return text.split('\n').length;
}
