// The load run's mutants (src/capstone/mutants.ts): each diff of capstone/mutants/ applies to the tree
// after step 7 and changes what it says; a diff that no longer applies is refused naming the mutant,
// the file and what to do.
import { describe, expect, it } from 'vitest';
import { createCapstoneCatalogue } from '../../../src/capstone/catalogue.ts';
import { applyMutant, MUTANTS, readMutant } from '../../../src/capstone/mutants.ts';
import { projectRoot } from '../../../src/cli/project-root.ts';

const root = projectRoot();
const after7 = createCapstoneCatalogue(root).treeAfter(7);
const changed = (tree: ReadonlyMap<string, string>): string[] => [...tree].filter(([name, text]) => after7.get(name) !== text).map(([name]) => name);

describe('the load run mutants', () => {
  it('each applies to the tree after step 7, changing only the files it names', () => {
    expect(Object.fromEntries(MUTANTS.map((name) => [name, changed(applyMutant(name, readMutant(root, name), after7))]))).toEqual({
      'no-deadline': ['deadline.ts'],
      'no-limiter': ['limiter.ts', 'upstreams.ts'],
      'no-shutdown-handler': ['main.ts'],
      'no-error-mapping': ['app.ts'],
    });
  });

  it('refuses a diff that no longer applies, naming the mutant, the file and what to do', () => {
    const moved = new Map(after7).set('limiter.ts', 'export class Limiter {}\n');
    expect(() => applyMutant('no-limiter', readMutant(root, 'no-limiter'), moved)).toThrow(
      'capstone/mutants/no-limiter.diff no longer applies to limiter.ts of the tree after step 7 (hunks at line 29): the solution changed there; regenerate it as capstone/load/README.md says ("The mutants")',
    );
  });

  it('refuses a diff for a file the tree does not have, and one with no hunk', () => {
    const without = new Map([...after7].filter(([name]) => name !== 'main.ts'));
    expect(() => applyMutant('no-shutdown-handler', readMutant(root, 'no-shutdown-handler'), without)).toThrow(/^capstone\/mutants\/no-shutdown-handler\.diff: the tree after step 7 has no file "main\.ts" \(it has: app\.ts, /);
    expect(() => applyMutant('empty', 'nothing here\n', after7)).toThrow('capstone/mutants/empty.diff: no hunk in it: regenerate it as capstone/load/README.md says ("The mutants")');
  });
});
