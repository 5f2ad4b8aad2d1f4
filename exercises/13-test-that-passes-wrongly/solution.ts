import assert from 'node:assert/strict';

export type ParsePort = (text: string) => Promise<number>;

/** A test of parsePort: fails unless a word is rejected with "not a number". */
export async function rejectsAWord(parsePort: ParsePort): Promise<void> {
  await assert.rejects(parsePort('eighty'), /not a number/);
}
