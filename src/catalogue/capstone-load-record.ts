// The recorded fault and load run of the capstone's solution (records/capstone/under-load.json):
// where it lives, read and validated once for the page that draws it (/build/under-load/), written
// by `npm run record:load-run`. Its format and the picture's groups: src/capstone/load-record.ts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseLoadRecord, type LoadRecord } from '../capstone/load-record.ts';

/** The record's path, from the project root. */
export const LOAD_RECORD = 'records/capstone/under-load.json';

let cached: { root: string; record: LoadRecord } | undefined;

/** The record under `root`, parsed once; an error naming the file and the command that writes it when it is missing or wrong. */
export function readLoadRecord(root: string): LoadRecord {
  if (cached?.root === root) return cached.record;
  let text: string;
  try {
    text = readFileSync(path.join(root, LOAD_RECORD), 'utf8');
  } catch {
    throw new Error(`${LOAD_RECORD} is missing: run npm run record:load-run to record the solution's fault and load run`);
  }
  const record = parseLoadRecord(text, LOAD_RECORD);
  cached = { root, record };
  return record;
}

export function writeLoadRecord(root: string, record: LoadRecord): string {
  const file = path.join(root, LOAD_RECORD);
  mkdirSync(path.dirname(file), { recursive: true });
  // One request a line: a new recording reads as a diff of lines, not of thousands of fields.
  const { requests, ...rest } = record;
  const lines = requests.map((r) => `    ${JSON.stringify(r)}`).join(',\n');
  writeFileSync(file, `${JSON.stringify({ ...rest, requests: [] }, null, 2).replace('"requests": []', `"requests": [\n${lines}\n  ]`)}\n`);
  cached = undefined;
  return LOAD_RECORD;
}
