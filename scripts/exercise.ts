// npm run exercise [-- NN] [--file name.ts]: grades your fix of exercise NN (its exercise.ts), or,
// with no number, the exercises in order until the first one not yet solved. `npm run exercise --
// build/N [--dir tree]` grades the capstone's service (capstone/service/, or another tree) against
// step N's checks. Exit code 0 when the graded exercise or step is solved, 1 when something still
// fails, 2 on a wrong argument. It starts from scripts/exercise.mjs, which first checks that this
// Node can load it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandLine } from '../src/cli/command-line.ts';
import { describeGrade, solved } from '../src/exercises/exercises.ts';
import { exerciseCatalogue } from '../src/exercises/catalogue.ts';
import { gradeFile } from '../src/exercises/grade.ts';
import { SITE_URL, siteLinks } from '../src/exercises/site-url.ts';

const SITE = siteLinks(SITE_URL);

const USAGE = `Usage: npm run exercise -- [NN] [--file name.ts]
       npm run exercise -- build/N [--dir folder]

Grades your fix of exercise NN (its exercise.ts), or, with no number, the exercises in order until
the first one not yet solved. build/N grades the capstone service you are building
(capstone/service/) against the checks of step N of /build/ (build/3 or build/deadlines); it starts
the database and the two upstream services itself, then your service once per check.

Options:
  --file name.ts   grade this file of the exercise's folder instead of exercise.ts (e.g. solution.ts)
  --dir folder     with build/N: grade the service in this folder instead of capstone/service/
  -h, --help       print this and exit

Exit code: 0 when the graded exercise or step is solved, 1 when something still fails, 2 on a wrong argument.`;

const { values, positionals } = commandLine('exercise', USAGE, { file: { type: 'string', default: 'exercise.ts' }, dir: { type: 'string' } });
// The folder above scripts/, not src/cli/project-root.ts: this ships in the code download without it.
const root = fileURLToPath(new URL('..', import.meta.url));
const exercises = exerciseCatalogue(root);
const file = values.file;

async function gradeCapstoneStep(argument: string): Promise<boolean> {
  // Loaded only for build/N: the exercises are graded without the capstone's machinery and packages.
  const [{ createCapstoneCatalogue }, { describeStepGrade, stepSolved }, { gradeStep }] = await Promise.all([
    import('../src/capstone/catalogue.ts'),
    import('../src/capstone/describe.ts'),
    import('../src/capstone/grade.ts'),
  ]);
  const capstone = createCapstoneCatalogue(root);
  const step = capstone.find(argument);
  const tree = values.dir === undefined ? capstone.serviceDir : path.resolve(values.dir);
  const shown = path.relative(process.cwd(), tree) || '.';
  process.stdout.write(`Grading ${shown} against step ${step.id.number} (${step.task.title}): starting the database, the upstreams and your service…\n\n`);
  const result = await gradeStep(step, tree);
  process.stdout.write(describeStepGrade(step.id, step.task, shown, result, SITE));
  return stepSolved(result);
}

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
  const graded = argument === undefined ? gradeNext() : argument.startsWith('build/') ? gradeCapstoneStep(argument) : gradeOne(argument);
  process.exitCode = (await graded) ? 0 : 1;
} catch (error) {
  process.stderr.write(`exercise: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
