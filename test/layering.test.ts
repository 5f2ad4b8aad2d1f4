// The layout shows the architecture (README, "Layout"): scripts/ and test/ import from src/ and
// never from each other, src/ imports neither, and src/'s folders import one another without a
// cycle, with the Astro wiring (src/astro/) on top: no other concern imports it.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../src/cli/project-root.ts';

const root = projectRoot();
const SPECIFIER = /(?:from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** Every relative import of every source file under `folders`, as [importer, imported], repository paths. */
function imports(folders: string[]): [string, string][] {
  const files = folders.flatMap((folder) => globSync(`${folder}/**/*.{ts,mjs,astro}`, { cwd: root, exclude: ['test/fixtures/**'] }));
  return files.flatMap((file) =>
    [...readFileSync(path.join(root, file), 'utf8').matchAll(SPECIFIER)].map(([, , spec = '']): [string, string] => [
      file.split(path.sep).join('/'),
      path.posix.normalize(path.posix.join(path.posix.dirname(file.split(path.sep).join('/')), spec.replace(/[?#].*$/, ''))),
    ]),
  );
}

const top = (file: string): string => file.split('/')[0] ?? file;
/** src/X/… → X; a file directly under src/ → its name. */
const concern = (file: string): string => file.split('/')[1] ?? file;

describe('layering', () => {
  const all = imports(['src', 'scripts', 'test']);

  it('scripts/ and test/ never import each other, and src/ imports neither', () => {
    // examples/, exercises/ and capstone/ are code like src/: the code they hold is what the site teaches.
    const crossing = all.filter(([from, to]) => top(from) !== top(to) && top(to) !== 'src' && !['examples', 'exercises', 'capstone'].includes(top(to)));
    expect(crossing.map(([from, to]) => `${from} imports ${to}`)).toEqual([]);
  });

  it("src/'s folders import one another without a cycle, and only components and pages import the Astro wiring", () => {
    const edges = new Map<string, Set<string>>();
    for (const [from, to] of all.filter(([f, t]) => top(f) === 'src' && top(t) === 'src' && concern(f) !== concern(t))) {
      const targets = edges.get(concern(from)) ?? new Set<string>();
      targets.add(concern(to));
      edges.set(concern(from), targets);
    }
    const ASTRO_SIDE = new Set(['astro', 'components', 'pages', 'content.config.ts']);
    const intoAstro = [...edges].filter(([from, to]) => !ASTRO_SIDE.has(from) && to.has('astro')).map(([from]) => `src/${from}/ imports src/astro/`);
    expect(intoAstro).toEqual([]);

    const cycles: string[] = [];
    const walk = (node: string, trail: string[]): void => {
      if (trail.includes(node)) {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' → '));
        return;
      }
      for (const next of edges.get(node) ?? []) walk(next, [...trail, node]);
    };
    for (const node of edges.keys()) walk(node, []);
    expect(cycles).toEqual([]);
  });
});
