// The capstone's steps, capstone/steps/N-slug/: which folders are steps, which one a command-line
// argument names (`build/3`, `build/deadlines`, `3`, `3-deadlines`), and the page each belongs to.
// Pure: the capstone catalogue (catalogue.ts) reads the folders.

export interface StepId {
  /** 1, 2, … */
  number: number;
  /** The page's slug, e.g. `deadlines`: the step is page `/build/deadlines/`. */
  slug: string;
  /** The folder name, `N-slug`. */
  folder: string;
}

const FOLDER = /^([1-9]\d*)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** The step folders among `names`, in number order; other names are not steps. */
export function stepIds(names: string[]): StepId[] {
  return names
    .flatMap((folder) => {
      const match = FOLDER.exec(folder);
      return match?.[1] === undefined || match[2] === undefined ? [] : [{ number: Number(match[1]), slug: match[2], folder }];
    })
    .sort((a, b) => a.number - b.number);
}

/** The step an argument names: `build/3`, `build/deadlines`, `3` or `3-deadlines`. Throws a message listing the choices. */
export function findStep(ids: StepId[], argument: string): StepId {
  const wanted = argument.replace(/^build\//, '').replace(/\/$/, '');
  const found = ids.find((id) => String(id.number) === wanted || id.slug === wanted || id.folder === wanted);
  if (found) return found;
  throw new Error(`there is no capstone step "${argument}"; the steps are ${ids.map((id) => `build/${id.number} (${id.slug})`).join(', ')}`);
}

/** What a learner types to grade the step. */
export function stepCommand(id: StepId): string {
  return `npm run exercise -- build/${id.number}`;
}

/** The page the step is taught on, as the README's `page:` must name it. */
export function stepPage(id: StepId): string {
  return `build/${id.slug}`;
}
