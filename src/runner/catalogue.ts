// The examples: every .ts file under examples/ is a program that runs as is, except files in a
// `broken/` folder, which are deliberately wrong code that a page's tests feed to tsc and ESLint.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { examplePath, examplesDir, expectedPath } from './paths.ts';

export function listExamples(): string[] {
  const entries = readdirSync(examplesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.[mc]?ts$/.test(e.name))
    .map((e) => path.relative(examplesDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((id) => !id.split('/').includes('broken'))
    .sort();
}

/** What the example must print; an example without an expected-output file must print nothing. */
export function readExpected(id: string): string {
  const file = expectedPath(id);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

const LOCAL_IMPORT = /(?:from\s+|import\s*\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** The example's own file and every local file it imports or starts, transitively. */
export function sourcesOf(id: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT)) {
      visit(path.resolve(path.dirname(file), match[1] ?? ''));
    }
  };
  visit(examplePath(id));
  return [...seen].sort();
}

/**
 * A hash of everything that decides an example's output: its sources and its expected output.
 * A record whose hash differs from this is stale.
 */
export function sourceHash(id: string): string {
  const hash = createHash('sha256');
  for (const file of sourcesOf(id)) {
    hash.update(path.relative(examplesDir, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  hash.update(readExpected(id));
  return hash.digest('hex').slice(0, 16);
}
