// npm run exercise starts here: plain JavaScript any Node parses, so an older Node gets one line
// naming the Node the checker needs (exit 2) instead of a stack trace from a .ts file it cannot load.
import process from 'node:process';
import { nodeTooOld } from '../src/exercises/node-check.mjs';

const tooOld = nodeTooOld(process.versions.node);
if (tooOld) {
  process.stderr.write(`${tooOld}\n`);
  process.exitCode = 2;
} else {
  await import('./exercise.ts');
}
