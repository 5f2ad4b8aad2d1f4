import { readFileSync } from 'node:fs';

/** How many lines `file` has; called from a request handler. */
export async function countLines(file: string): Promise<number> {
  const text = readFileSync(file, 'utf8');
  return text.split('\n').length;
}
