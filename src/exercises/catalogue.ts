// The exercises catalogue: the one place that lists exercises/NN-name/ and reads their files. Built
// for a root that is passed in (the site passes the project root; the checker, which ships in the
// code download without the rest of src/, passes the folder above its own source; tests pass a
// fixture tree), memoized per root, each README read and validated once (src/exercises/readme.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { exerciseIds, findExercise, type ExerciseId, type ExerciseTask } from './exercises.ts';
import { parseReadme } from './readme.ts';

/** One exercise and what its README says. */
export interface Exercise {
  id: ExerciseId;
  /** Its folder, absolute. */
  dir: string;
  /** Its README as named in messages: `exercises/NN-name/README.md`. */
  readme: string;
  task: ExerciseTask;
  /** The learner's starting file (exercise.ts) as it is in the repository, read on first use. */
  startingFile: () => string;
}

export interface ExerciseCatalogue {
  root: string;
  /** The exercises folder, `<root>/exercises`. */
  dir: string;
  /** The exercise folders, in number order (README files not read). */
  ids: () => ExerciseId[];
  /** Every exercise, in number order. Throws at the first README that is wrong. */
  all: () => Exercise[];
  /** The exercise a command-line argument names: `4`, `04` or `04-name`. Throws a message listing the choices. */
  find: (argument: string) => Exercise;
}

export function createExerciseCatalogue(root: string): ExerciseCatalogue {
  const dir = path.join(root, 'exercises');
  let ids: ExerciseId[] | undefined;
  const exercises = new Map<string, Exercise>();

  const list = (): ExerciseId[] => {
    if (ids) return ids;
    const found = exerciseIds(readdirSync(dir));
    found.forEach((id, index) => {
      const before = found[index - 1];
      if (before?.number === id.number) throw new Error(`exercises/${id.folder}: its number ${id.number} is also exercises/${before.folder}'s: give one of them the next free number`);
    });
    return (ids = found);
  };

  const read = (id: ExerciseId): Exercise => {
    const known = exercises.get(id.folder);
    if (known) return known;
    const readme = `exercises/${id.folder}/README.md`;
    let text: string;
    try {
      text = readFileSync(path.join(root, readme), 'utf8');
    } catch {
      throw new Error(`${readme}: missing: every exercise folder has a README.md with its title, page, section, task and hints`);
    }
    let startingFile: string | undefined;
    const exercise: Exercise = {
      id,
      dir: path.join(dir, id.folder),
      readme,
      task: parseReadme(readme, text),
      startingFile: () => (startingFile ??= readFileSync(path.join(dir, id.folder, 'exercise.ts'), 'utf8')),
    };
    exercises.set(id.folder, exercise);
    return exercise;
  };

  return {
    root,
    dir,
    ids: list,
    all: () => list().map(read),
    find: (argument) => read(findExercise(list(), argument)),
  };
}

// One catalogue per root and process, shared by the pages, which Vite may load as separate module instances.
const SHARED = Symbol.for('awaited.exercises');
type Shared = { [SHARED]?: Map<string, ExerciseCatalogue> };

/** The exercises of the project at `root`, read once. */
export function exerciseCatalogue(root: string): ExerciseCatalogue {
  const catalogues = ((globalThis as Shared)[SHARED] ??= new Map());
  let found = catalogues.get(root);
  if (!found) catalogues.set(root, (found = createExerciseCatalogue(root)));
  return found;
}

/** Forgets everything read, e.g. when `astro dev` sees an exercise change. */
export function resetExerciseCatalogues(): void {
  delete (globalThis as Shared)[SHARED];
}
