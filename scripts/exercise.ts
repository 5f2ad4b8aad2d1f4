// npm run exercise [-- NN] [--file name.ts]: grades your fix of exercise NN (its exercise.ts), or,
// with no number, the exercises in order until the first one not yet solved. Exit code 0 when the
// graded exercise is solved, 1 when something still fails, 2 on a wrong argument. It starts from
// scripts/exercise.mjs, which first checks that this Node can load it.
import { fileURLToPath } from 'node:url';
import { commandLine } from '../src/cli/command-line.ts';
import { describeGrade, solved } from '../src/exercises/exercises.ts';
import { exerciseCatalogue } from '../src/exercises/catalogue.ts';
import { gradeFile } from '../src/exercises/grade.ts';
import { SITE_URL, siteLinks } from '../src/exercises/site-url.ts';

const SITE = siteLinks(SITE_URL);

const USAGE = `Usage: npm run exercise -- [NN] [--file name.ts]

Grades your fix of exercise NN (its exercise.ts), or, with no number, the exercises in order until
the first one not yet solved.

Options:
  --file name.ts   grade this file of the exercise's folder instead of exercise.ts (e.g. solution.ts)
  -h, --help       print this and exit

Exit code: 0 when the graded exercise is solved, 1 when something still fails, 2 on a wrong argument.`;

const { values, positionals } = commandLine('exercise', USAGE, { file: { type: 'string', default: 'exercise.ts' } });
// The folder above scripts/, not src/cli/project-root.ts: this ships in the code download without it.
const exercises = exerciseCatalogue(fileURLToPath(new URL('..', import.meta.url)));
const file = values.file;

async function gradeOne(argument: string): Promise<boolean> {
  const exercise = exercises.find(argument);
  const { id, task } = exercise;
  const result = await gradeFile(exercise, file);
  process.stdout.write(describeGrade(id, task, `exercises/${id.folder}/${file}`, result, SITE));
  return solved(result);
}

async function gradeNext(): Promise<boolean> {
  const all = exercises.all();
  for (const exercise of all) {
    const { id, task } = exercise;
    const result = await gradeFile(exercise, file);
    if (!solved(result)) {
      process.stdout.write(`\n${describeGrade(id, task, `exercises/${id.folder}/${file}`, result, SITE)}\nWhen it passes, run npm run exercise again for the next one.\n`);
      return false;
    }
    process.stdout.write(`✓ ${id.number} ${task.title}\n`);
  }
  process.stdout.write(`\nAll ${all.length} exercises are solved.\n`);
  return true;
}

try {
  const [argument] = positionals;
  process.exitCode = (await (argument === undefined ? gradeNext() : gradeOne(argument))) ? 0 : 1;
} catch (error) {
  process.stderr.write(`exercise: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
