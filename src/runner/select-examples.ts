// Which examples a refresh covers: the paths named on its command line, and with `--since`, only
// those whose own file, a local file it imports, its .out or its record changed. Pure given the
// catalogue and the changed paths (git names them; scripts/refresh.ts asks it).
import type { Catalogue } from '../catalogue/catalogue.ts';
import { expectedPathOf } from '../catalogue/example-file.ts';

/**
 * Whether `filter` names example `id`: the file itself (`X/name.ts`), or a folder it is in (`X/` or
 * `X`: a page's programs and its broken/ files; `X/broken/`: only those). A leading `examples/` is
 * allowed, as a shell completes it.
 */
export function filterMatches(filter: string, id: string): boolean {
  const path = filter.replace(/^examples\//, '');
  return id === path || id.startsWith(path.replace(/\/?$/, '/'));
}

/** Whether an example's own file, a local file it imports, its .out or its record is in `changed` (paths from the root). */
export function touches(catalogue: Catalogue, id: string, changed: ReadonlySet<string>): boolean {
  const file = catalogue.file(id);
  const own = [id, ...file.dependencies, expectedPathOf(id)].map((f) => `examples/${f}`);
  return [...own, `records/examples/${id}.json`].some((p) => changed.has(p));
}

/**
 * The examples (programs first, then broken files, each sorted) that some filter names (all when
 * there is none) and, when `changed` is given, that a changed path touches.
 */
export function selectExamples(catalogue: Catalogue, filters: string[], changed?: ReadonlySet<string>): string[] {
  return [...catalogue.programs(), ...catalogue.brokenFiles()].filter(
    (id) => (filters.length === 0 || filters.some((f) => filterMatches(f, id))) && (changed === undefined || touches(catalogue, id, changed)),
  );
}
