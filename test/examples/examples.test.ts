// Every example runs as a reader would run it, exits 0 on its own with nothing left open, prints
// exactly its expected output, and has a fresh record whose measurements are the ones in its
// recorded output (so a page cannot quote a number the runs no longer show).
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { matchOutput } from '../../src/formats/expected-output.ts';
import { describeProblems, verifyExample } from '../../src/runner/verify.ts';

const examples = catalogue();
const ids = examples.programs();

describe('examples', () => {
  it('there are examples to verify', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  describe.each(ids)('examples/%s', (id) => {
    it('runs with the pinned Node, exits 0 on its own and prints its expected output', async () => {
      const { problems } = await verifyExample(examples, id);
      expect(problems, describeProblems(id, problems)).toEqual([]);
    });

    it('has a fresh record whose recorded output satisfies its claims', () => {
      const run = examples.record(id).run;
      const { problems, measurements } = matchOutput(examples.file(id).expected, run?.stdout ?? '');
      expect(problems, describeProblems(`${id} (recorded run)`, problems)).toEqual([]);
      expect(run?.measurements, `the measurements in the record of examples/${id} differ from its recorded output`).toEqual(measurements);
    });
  });
});
