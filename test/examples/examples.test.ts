// Every example runs as a reader would run it, exits 0 on its own with nothing left open, prints
// exactly its expected output, and has a fresh run record whose measurements still satisfy the
// claims in its expected output (so a page cannot quote a number the runs no longer show).
import { describe, expect, it } from 'vitest';
import { matchOutput } from '../../src/lib/expected-output.ts';
import { listExamples, readExpected, sourceHash } from '../../src/runner/catalogue.ts';
import { readRecord } from '../../src/runner/records.ts';
import { describeProblems, verifyExample } from '../../src/runner/verify.ts';

const ids = listExamples();

describe('examples', () => {
  it('there are examples to verify', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  describe.each(ids)('examples/%s', (id) => {
    it('runs with the pinned Node, exits 0 on its own and prints its expected output', async () => {
      const { problems } = await verifyExample(id);
      expect(problems, describeProblems(id, problems)).toEqual([]);
    });

    it('has a fresh run record that satisfies its claims', () => {
      const record = readRecord(id);
      expect(record, `examples/${id} has no record: run \`npm run record -- ${id}\``).toBeDefined();
      if (!record) return;
      expect(record.sourceHash, `the record of examples/${id} is stale: run \`npm run record -- ${id}\``).toBe(sourceHash(id));
      const { problems, measurements } = matchOutput(readExpected(id), record.stdout);
      expect(problems, describeProblems(`${id} (recorded run)`, problems)).toEqual([]);
      // The numbers pages quote must be the ones in the recorded output, not edited beside it.
      expect(record.measurements, `the measurements in the record of examples/${id} differ from its recorded output`).toEqual(measurements);
    });
  });
});
