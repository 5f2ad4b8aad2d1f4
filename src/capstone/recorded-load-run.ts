// The recorded fault and load run as /build/under-load/ shows it: records/capstone/under-load.json,
// read once per build and validated by its schema (src/capstone/load-record.ts). Reads records/.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseLoadRecord, type LoadRecord } from './load-record.ts';

/** Where the run on the solution is recorded, from the project root. */
export const LOAD_RECORD_FILE = 'records/capstone/under-load.json';

const read = new Map<string, LoadRecord>();

/** The recorded run under `root`, or an error naming the file and the command that records it. */
export function recordedLoadRun(root: string): LoadRecord {
  const known = read.get(root);
  if (known) return known;
  const full = path.join(root, LOAD_RECORD_FILE);
  if (!existsSync(full)) throw new Error(`${LOAD_RECORD_FILE} is missing: record the fault and load run on the solution with node scripts/record-load-run.ts`);
  const record = parseLoadRecord(readFileSync(full, 'utf8'), LOAD_RECORD_FILE);
  read.set(root, record);
  return record;
}
