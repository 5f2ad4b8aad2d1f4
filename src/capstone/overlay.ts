// The tree after step N: the starting state (capstone/service/) overlaid with the solution/ of
// steps 1..N, in order; a later step's file replaces an earlier one of the same name. Pure: the
// capstone catalogue reads the folders, writes the tree, and asks this once per tree.

/** A folder's files: name (relative, `/`-separated) → text. */
export type Files = ReadonlyMap<string, string>;

/** Files of a solution folder that are not part of the tree: its tsconfig.json is there for tsc and ESLint only. */
export const NOT_IN_TREE: ReadonlySet<string> = new Set(['tsconfig.json']);

/** `start` overlaid with each of `solutions` in order. */
export function overlay(start: Files, solutions: readonly Files[]): Map<string, string> {
  const tree = new Map(start);
  for (const solution of solutions) {
    for (const [name, text] of solution) if (!NOT_IN_TREE.has(name)) tree.set(name, text);
  }
  return new Map([...tree].sort(([a], [b]) => a.localeCompare(b)));
}
