// A capstone step's README.md: the same shape as an exercise's (frontmatter `title`, `page`,
// `section`, validated by the Zod schema of src/exercises/readme.ts; the task; `## Hints`), and its
// `page` must be the step's own page, `build/<slug>`. Pure; each refusal names `file:line`.
import type { ExerciseTask } from '../exercises/exercises.ts';
import { ExerciseReadmeError, parseReadme } from '../exercises/readme.ts';
import { stepPage, type StepId } from './steps.ts';

/** Parses the README `file` (named from the project root) of step `id`; throws naming `file:line` and what to write. */
export function parseStepReadme(file: string, text: string, id: StepId): ExerciseTask {
  const task = parseReadme(file, text);
  const page = stepPage(id);
  if (task.page !== page) {
    const line = text.split('\n').findIndex((l) => /^page:/.test(l)) + 1;
    throw new ExerciseReadmeError(`${file}:${line}: frontmatter "page: ${task.page}" is not this step's page: write "page: ${page}" (the folder ${id.folder} is step ${id.number} of /build/)`);
  }
  return task;
}
