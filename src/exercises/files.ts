// Where the exercises are and what their files say. The checker finds them next to its own source
// (in the repository and in the download alike); the site passes the project root it builds from.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exerciseIds, parseTask, type ExerciseId, type ExerciseTask } from '../lib/exercises.ts';

/** The exercises folder next to src/. */
export const EXERCISES_DIR = fileURLToPath(new URL('../../exercises/', import.meta.url));

export function listExercises(dir = EXERCISES_DIR): ExerciseId[] {
  return exerciseIds(readdirSync(dir));
}

export function readTask(id: ExerciseId, dir = EXERCISES_DIR): ExerciseTask {
  const file = path.join(dir, id.folder, 'README.md');
  return parseTask(`exercises/${id.folder}/README.md`, readFileSync(file, 'utf8'));
}

/** The learner's starting file, as it is in the repository. */
export function readStartingFile(id: ExerciseId, dir = EXERCISES_DIR): string {
  return readFileSync(path.join(dir, id.folder, 'exercise.ts'), 'utf8');
}
