// The mutants of the load run's proof (capstone/mutants/NAME.diff): the tree after step 7 with one
// thing the issue names removed (the deadline, the limiter, the shutdown handler, the error mapping),
// each a unified diff against that tree, applied with the `diff` package. A diff that no longer applies
// (the solution changed under it) fails naming the mutant, the file and what to regenerate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyPatch, parsePatch } from 'diff';

export const MUTANTS = ['no-deadline', 'no-limiter', 'no-shutdown-handler', 'no-error-mapping'] as const;
export type MutantName = (typeof MUTANTS)[number];

export class MutantError extends Error {
  override name = 'MutantError';
}

/** The text of `capstone/mutants/NAME.diff` under `root`. */
export function readMutant(root: string, name: MutantName): string {
  return readFileSync(path.join(root, 'capstone', 'mutants', `${name}.diff`), 'utf8');
}

const REGENERATE = 'regenerate it as capstone/load/README.md says ("The mutants")';

/** `tree` (file name → text) with the mutant `name`'s diff `text` applied; throws a MutantError when it does not apply. */
export function applyMutant(name: string, text: string, tree: ReadonlyMap<string, string>): Map<string, string> {
  const file = `capstone/mutants/${name}.diff`;
  const patches = parsePatch(text);
  if (patches.length === 0 || patches.every((patch) => patch.hunks.length === 0)) throw new MutantError(`${file}: no hunk in it: ${REGENERATE}`);
  const mutated = new Map(tree);
  for (const patch of patches) {
    const target = (patch.oldFileName ?? '').replace(/^a\//, '');
    const source = tree.get(target);
    if (source === undefined) throw new MutantError(`${file}: the tree after step 7 has no file "${target}" (it has: ${[...tree.keys()].join(', ')}): ${REGENERATE}`);
    const result = applyPatch(source, patch);
    if (result === false) {
      const at = patch.hunks.map((hunk) => hunk.oldStart).join(', ');
      throw new MutantError(`${file} no longer applies to ${target} of the tree after step 7 (hunks at line ${at}): the solution changed there; ${REGENERATE}`);
    }
    mutated.set(target, result);
  }
  return mutated;
}
