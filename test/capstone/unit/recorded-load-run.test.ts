// The recorded load run the /build/under-load/ page draws: a missing record is refused with the file
// and the command that writes it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordedLoadRun } from '../../../src/capstone/recorded-load-run.ts';

describe('recordedLoadRun', () => {
  it('refuses a project without the record, naming the file and the command', () => {
    const root = path.join(import.meta.dirname, '..', '..', 'fixtures', 'catalogue');
    expect(() => recordedLoadRun(root)).toThrow('records/capstone/under-load.json is missing: record the fault and load run on the solution with node scripts/record-load-run.ts');
  });
});
