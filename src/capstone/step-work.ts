// What each step of the build track asks the reader to do, for the onboarding path's times (computed
// like an exercise's, src/content-pipeline/reading-time.ts): the step's task (its README.md without
// the frontmatter) and the lines its solution adds or changes against the tree before the step
// (capstone/service/ with the earlier steps' solutions laid over it, in order). Reads capstone/.
import { existsSync, globSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diffLines } from 'diff';
import { isMarker } from '../formats/regions.ts';
import { CAPSTONE_FOLDER, stepOf } from './capstone-regions.ts';

export interface StepWork {
  /** What the checker takes: `build/3`. */
  folder: string;
  /** The page the step belongs to: `build/deadlines`. */
  page: string;
  /** `capstone/steps/3-deadlines/README.md`, for messages. */
  readme: string;
  /** The heading anchor on the page that the step practises (the README's `section`), '' without one. */
  section: string;
  /** The task and hints as a reader reads them. */
  task: string;
  /** Non-blank lines the step's solution adds or changes. */
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

/** A README's text without its frontmatter. */
export function taskText(readme: string): string {
  return readme.replace(/\r\n/g, '\n').replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** The README's `section:` (the steps catalogue of src/capstone/ validates the whole frontmatter). */
export function sectionOf(readme: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(readme.replace(/\r\n/g, '\n'))?.[1] ?? '';
  return /^section:\s*['"]?([\w-]+)/m.exec(frontmatter)?.[1] ?? '';
}

/** The service's source files in a folder, by path inside it, with their text (a solution's tsconfig.json is the checker's, not the reader's). */
function filesOf(folder: string): Map<string, string> {
  if (!existsSync(folder)) return new Map();
  return new Map(
    globSync('**/*.ts', { cwd: folder, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
      .sort()
      .map((name) => [name, readFileSync(path.join(folder, name), 'utf8')]),
  );
}

/** Every step under `root`/capstone/steps/, in order, with what it asks; none while the track has no steps. */
export function capstoneStepWork(root: string): StepWork[] {
  const capstone = path.join(root, CAPSTONE_FOLDER);
  const stepsDir = path.join(capstone, 'steps');
  if (!existsSync(stepsDir)) return [];
  const steps = readdirSync(stepsDir)
    .flatMap((name) => {
      const step = stepOf(`steps/${name}/`);
      return step ? [{ name, step }] : [];
    })
    .sort((a, b) => a.step.number - b.step.number);
  const tree = filesOf(path.join(capstone, 'service'));
  return steps.map(({ name, step }) => {
    const solution = filesOf(path.join(stepsDir, name, 'solution'));
    let written = 0;
    for (const [file, text] of solution) {
      written += writtenLines(tree.get(file), text);
      tree.set(file, text);
    }
    const readme = `${CAPSTONE_FOLDER}/steps/${name}/README.md`;
    const readmePath = path.join(root, readme);
    const text = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
    return { folder: `build/${step.number}`, page: step.page, readme, section: sectionOf(text), task: taskText(text), writtenLines: written };
  });
}
