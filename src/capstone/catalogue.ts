// The capstone catalogue: the one place that lists capstone/steps/N-slug/ and reads capstone/
// (the starting state, the solutions, the READMEs), and writes the tree after step N. Built for a
// root that is passed in (the project root; the checker in the code download passes the folder
// above its source; tests pass a fixture tree), each README read and validated once.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExerciseTask } from '../exercises/exercises.ts';
import { overlay, type Files } from './overlay.ts';
import { parseStepReadme } from './readme.ts';
import { findStep, stepIds, type StepId } from './steps.ts';

/** One step and what its README says. */
export interface Step {
  id: StepId;
  /** Its folder, absolute. */
  dir: string;
  /** Its README as named in messages: `capstone/steps/N-slug/README.md`. */
  readme: string;
  task: ExerciseTask;
  /** Its check.ts, absolute. */
  checkFile: string;
}

export interface CapstoneCatalogue {
  root: string;
  /** The learner's project, `<root>/capstone/service`. */
  serviceDir: string;
  /** Every step, in number order. Throws at the first README that is wrong. */
  steps: () => Step[];
  /** The step an argument names (`build/3`, `3`, `deadlines`, `3-deadlines`). */
  find: (argument: string) => Step;
  /** The files of the tree after step `n` (0: the starting state). */
  treeAfter: (n: number) => Map<string, string>;
  /** Writes the tree after step `n` into `dir` (emptied first); returns `dir`. */
  writeTree: (n: number, dir: string) => string;
}

function readFolder(dir: string): Files {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

export function createCapstoneCatalogue(root: string): CapstoneCatalogue {
  const stepsDir = path.join(root, 'capstone', 'steps');
  const serviceDir = path.join(root, 'capstone', 'service');
  let steps: Step[] | undefined;

  const all = (): Step[] => {
    if (steps) return steps;
    const ids = stepIds(readdirSync(stepsDir));
    ids.forEach((id, index) => {
      const before = ids[index - 1];
      if (before?.number === id.number) throw new Error(`capstone/steps/${id.folder}: its number ${id.number} is also capstone/steps/${before.folder}'s: give one of them the next free number`);
      if (id.number !== index + 1) throw new Error(`capstone/steps/${id.folder}: the steps are numbered 1, 2, … without a gap, and this one should be ${index + 1}`);
    });
    return (steps = ids.map((id) => {
      const readme = `capstone/steps/${id.folder}/README.md`;
      let text: string;
      try {
        text = readFileSync(path.join(root, readme), 'utf8');
      } catch {
        throw new Error(`${readme}: missing: every step folder has a README.md with its title, page, section, task and hints`);
      }
      return { id, dir: path.join(stepsDir, id.folder), readme, task: parseStepReadme(readme, text, id), checkFile: path.join(stepsDir, id.folder, 'check.ts') };
    }));
  };

  const treeAfter = (n: number): Map<string, string> => {
    const solutions = all()
      .filter((step) => step.id.number <= n)
      .map((step) => {
        try {
          return readFolder(path.join(step.dir, 'solution'));
        } catch {
          return new Map<string, string>();
        }
      });
    return overlay(readFolder(serviceDir), solutions);
  };

  return {
    root,
    serviceDir,
    steps: all,
    find: (argument) => {
      const id = findStep(
        all().map((step) => step.id),
        argument,
      );
      return all().find((step) => step.id === id) as Step;
    },
    treeAfter,
    writeTree: (n, dir) => {
      rmSync(dir, { recursive: true, force: true });
      for (const [name, text] of treeAfter(n)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
      }
      return dir;
    },
  };
}
