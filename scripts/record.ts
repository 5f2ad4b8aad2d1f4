// npm run record [-- --update-expected] [ids or folders…]
// Runs examples, checks them against their expected output, and writes the records the pages show.
// With --update-expected it rewrites the expected-output files from this run, on purpose, for review
// with `git diff` (lines that still match keep their placeholders and claims).
import { writeFileSync } from 'node:fs';
import { listExamples, readExpected } from '../src/runner/catalogue.ts';
import { expectedPath } from '../src/runner/paths.ts';
import { writeRecord } from '../src/runner/records.ts';
import { describeProblems, verifyExample } from '../src/runner/verify.ts';
import { updateExpected } from '../src/lib/expected-output.ts';

const args = process.argv.slice(2);
const update = args.includes('--update-expected');
const filters = args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/^examples\//, ''));
const ids = listExamples().filter((id) => filters.length === 0 || filters.some((f) => id === f || id.startsWith(f.replace(/\/?$/, '/'))));
if (ids.length === 0) {
  console.error(`record: no example matches ${filters.join(' ')}`);
  process.exit(2);
}

let failed = 0;
for (const id of ids) {
  let result = await verifyExample(id);
  if (update && result.problems.length > 0 && result.run.exitCode === 0) {
    writeFileSync(expectedPath(id), updateExpected(readExpected(id), result.run.stdout));
    console.log(`updated  examples/${id.replace(/\.ts$/, '.out')}`);
    result = await verifyExample(id);
  }
  if (result.problems.length > 0) {
    failed++;
    console.log(`FAIL     ${describeProblems(id, result.problems)}`);
    continue;
  }
  writeRecord(result.record);
  console.log(`ok       examples/${id}`);
}
console.log(`\n${ids.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
