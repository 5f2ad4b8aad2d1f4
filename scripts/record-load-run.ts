// npm run record:load-run — runs the capstone's fault and load run against the solution (the tree
// after step 7) and, when it passes, writes records/capstone/under-load.json, which /build/under-load/
// draws. Review it with git diff like any record.
import path from 'node:path';
import { runLoad, reportLines } from '../capstone/load/run.ts';
import { writeLoadRecord } from '../src/catalogue/capstone-load-record.ts';
import { createCapstoneCatalogue } from '../src/capstone/catalogue.ts';
import { commandLine, fail } from '../src/cli/command-line.ts';
import { projectRoot } from '../src/cli/project-root.ts';

const { positionals } = commandLine(
  'record:load-run',
  `Usage: npm run record:load-run

Runs the capstone's fault and load run (capstone/load/) against the tree after step 7 (the
solution), prints its report (the lanes, the timeline, the verdict), and when every criterion holds
writes records/capstone/under-load.json for /build/under-load/. Starts PGlite, or uses the
PostgreSQL at DATABASE_URL when it is set. Exit code 0 when recorded, 1 when the run failed (nothing
is written), 2 on a wrong argument.`,
  {},
);
if (positionals.length > 0) fail('record:load-run', `it takes no arguments, found ${positionals.join(' ')}`);

const root = projectRoot();
const capstone = createCapstoneCatalogue(root);
const last = capstone.steps().length;
// Inside the project, so the tree's imports of fastify, pg, … resolve to its node_modules.
const tree = capstone.writeTree(last, path.join(root, '.cache', 'capstone', 'trees', `record-${last}`));
const result = await runLoad(tree);
console.log(reportLines(result).join('\n'));
if (!result.passed) {
  console.error(`\nrecord:load-run: the solution (the tree after step ${last}) failed the run: nothing recorded; fix it first`);
  process.exitCode = 1;
} else {
  console.log(`\nwrote ${writeLoadRecord(root, result.record)}`);
}
