// Records of verifying runs, committed under records/: the page shows an example's output and
// provenance from here, and the build refuses a record whose source hash is stale.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordPath } from './paths.ts';

export interface RunRecord {
  example: string;
  /** sourceHash() of the example when it was run. */
  sourceHash: string;
  node: string;
  platform: string;
  cpus: number;
  /** The day of the verifying run, YYYY-MM-DD. */
  date: string;
  stdout: string;
  measurements: Record<string, number>;
}

export function readRecord(id: string): RunRecord | undefined {
  const file = recordPath(id);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunRecord) : undefined;
}

/** Describes this process's environment as a record does. */
export function currentEnvironment(node = process.version): Pick<RunRecord, 'node' | 'platform' | 'cpus' | 'date'> {
  return {
    node,
    platform: `${process.platform}-${process.arch}`,
    cpus: os.availableParallelism(),
    date: new Date().toISOString().slice(0, 10),
  };
}

export function writeRecord(record: RunRecord): void {
  const file = recordPath(record.example);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(record, null, 2) + '\n');
}
