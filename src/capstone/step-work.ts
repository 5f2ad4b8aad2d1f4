// What each step of the build track asks the reader to do, for the onboarding path's times (computed
// like an exercise's, src/content-pipeline/reading-time.ts): the step's task and hints (its README,
// from the capstone catalogue) and the lines of code its solution adds or changes against the tree
// before it (the catalogue's overlay of capstone/service/ and the earlier steps' solutions).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import { isMarker } from '../formats/regions.ts';
import { createCapstoneCatalogue } from './catalogue.ts';

export interface StepWork {
  /** What the checker takes: `build/3`. */
  folder: string;
  /** The page the step belongs to: `build/deadlines`. */
  page: string;
  /** `capstone/steps/3-deadlines/README.md`, for messages. */
  readme: string;
  /** The heading anchor on the page that the step practises (the README's `section`). */
  section: string;
  /** The task and hints as a reader reads them. */
  task: string;
  /** Lines of code the step's solution adds or changes. */
  writtenLines: number;
}

/** A line a reader writes: not blank, not a comment (they read the solution's comments, they do not type them), not a region marker (the site's). */
function isCode(line: string): boolean {
  const text = line.trim();
  return text !== '' && !isMarker(line) && !/^(\/\/|\/\*|\*)/.test(text);
}

/** Lines of code of `after` that are new or changed against `before` (a file the step creates: all of them). */
export function writtenLines(before: string | undefined, after: string): number {
  return diffLines(before ?? '', after)
    .filter((part) => part.added)
    .reduce((sum, part) => sum + part.value.split('\n').filter((line) => isCode(line)).length, 0);
}

/** Lines of code written to go from the tree `before` to the tree `after` (source files only). */
export function treeWrittenLines(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): number {
  let written = 0;
  for (const [file, text] of after) if (file.endsWith('.ts') && before.get(file) !== text) written += writtenLines(before.get(file), text);
  return written;
}

/** Every step under `root`/capstone/steps/, in order, with what it asks; none in a project without the track. */
export function capstoneStepWork(root: string): StepWork[] {
  if (!existsSync(path.join(root, 'capstone', 'steps'))) return [];
  const capstone = createCapstoneCatalogue(root);
  return capstone.steps().map(({ id, readme, task }) => ({
    folder: `build/${id.number}`,
    page: task.page,
    readme,
    section: task.section,
    task: [...task.task, ...task.hints].join(' '),
    writtenLines: treeWrittenLines(capstone.treeAfter(id.number - 1), capstone.treeAfter(id.number)),
  }));
}
