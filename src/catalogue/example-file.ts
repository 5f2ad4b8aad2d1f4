// One file under examples/, read and parsed once: its regions, the code a reader sees, the local
// files it needs, its `// Requires:` header and the hash that decides whether its record is fresh.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExpectedOutput, type ExpectedOutput } from '../formats/output-regions.ts';
import { parseRegions, wholeFile, type Excerpt, type Region } from '../formats/regions.ts';
import { parseRequirements, type Requirement } from '../versions/requirements.ts';
import { denoFlags, withoutDenoHeader } from '../versions/deno-permissions.ts';
import { packagesOf } from '../downloads/package-imports.ts';
import { expectedPathOf, folderOf, isBroken, languageOf, type Language } from '../formats/example-id.ts';

/** `program`: runs as is and prints its `.out`. `broken`: deliberately wrong, shown with its diagnostics. */
export type ExampleKind = 'program' | 'broken';

export interface ExampleFile {
  /** Path under examples/ with forward slashes: `async-vs-sync/limit.ts`. */
  id: string;
  /** The page folder it belongs to: `async-vs-sync`. */
  folder: string;
  kind: ExampleKind;
  /** From its extension: which interpreter runs it, which highlighting shows it. */
  language: Language;
  path: string;
  source: string;
  /** Parsed once; a malformed file has `regionError` instead. */
  regions: Region[];
  regionError: { message: string; line: number } | undefined;
  /** The whole file as a reader sees it (markers removed). */
  whole: Excerpt;
  /** What it must print (empty when it has no `.out` file). */
  expected: string;
  /** Which lines of that output each marked region prints (see src/formats/output-regions.ts). */
  output: ExpectedOutput;
  /** Every other local file it imports or starts, transitively, as ids under examples/. */
  dependencies: string[];
  /** The npm packages it and those files import (`pg`, `@electric-sql/pglite`), sorted: what its download installs. */
  packages: string[];
  /** Every `// Requires:` header of the file and its dependencies. */
  requirements: Requirement[];
  /** Its `// Deno:` header's permission flags, sorted (TypeScript programs; none without one). */
  denoFlags: string[];
  /**
   * sha256 of its sources and expected output: a record with another hash is stale. A `// Deno:`
   * header is left out (Node does not read it); the record's Deno result keeps the flags it ran with.
   */
  hash: string;
}

// `import './x.ts'` (for its effects) counts too: the download must hold it.
const LOCAL_IMPORT = /(?:from\s+|import\s*\(\s*|import\s+|require\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
// Python: `import x`, `import x, y`, `from x import y` at the start of a line; a name counts when
// a sibling `x.py` exists (the script's folder is first on sys.path), so the standard library does not.
const PYTHON_IMPORT = /^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import\b|import[ \t]+([\w., \t]+))/gm;

/** The local files a source names, resolved against its folder (existence is checked by the caller). */
function localImports(file: string, text: string): string[] {
  if (languageOf(file) !== 'python') return [...text.matchAll(LOCAL_IMPORT)].map((m) => path.resolve(path.dirname(file), m[1] ?? ''));
  return pythonImportNames(text).map((name) => path.join(path.dirname(file), `${name}.py`));
}

/** The top-level module names a Python source imports: `import a, b as c` → a, b; `from d.e import f` → d. */
export function pythonImportNames(text: string): string[] {
  return [...text.matchAll(PYTHON_IMPORT)]
    .flatMap((m) => (m[1] ?? m[2] ?? '').split(','))
    .map((name) => name.trim().split(/\s+/)[0]?.split('.')[0] ?? '')
    .filter((name) => name !== '');
}

// scripts/refresh.ts imports it from here; src/formats/example-id.ts is where it lives.
export { expectedPathOf };

function localSources(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const imported of localImports(file, readFileSync(file, 'utf8'))) visit(imported);
  };
  visit(entry);
  return [...seen].sort();
}

export function readExampleFile(examplesDir: string, id: string): ExampleFile {
  const file = path.join(examplesDir, id);
  const source = readFileSync(file, 'utf8');
  const language = languageOf(id);
  let regions: Region[] = [];
  let regionError: ExampleFile['regionError'];
  try {
    regions = parseRegions(source, language);
  } catch (error) {
    if (!(error instanceof Error) || !('line' in error)) throw error;
    regionError = { message: error.message, line: Number(error.line) };
  }
  const expectedFile = expectedPathOf(file);
  const expected = existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : '';
  let output: ExpectedOutput;
  try {
    output = parseExpectedOutput(expected);
  } catch (error) {
    if (!(error instanceof Error) || !('line' in error)) throw error;
    throw new Error(`examples/${expectedPathOf(id)}:${String(error.line)}: ${error.message}`, { cause: error });
  }
  const sources = localSources(file);
  const toId = (f: string): string => path.relative(examplesDir, f).split(path.sep).join('/');
  const hash = createHash('sha256');
  for (const f of sources) hash.update(toId(f)).update('\0').update(withoutDenoHeader(readFileSync(f, 'utf8'))).update('\0');
  // The markers only say where output stands on a page: a run stays valid when they move.
  hash.update(output.text);
  return {
    id,
    folder: folderOf(id),
    kind: isBroken(id) ? 'broken' : 'program',
    language,
    path: file,
    source,
    regions,
    regionError,
    whole: wholeFile(source, language),
    expected: output.text,
    output,
    dependencies: sources.filter((f) => f !== file).map(toId),
    packages: packagesOf(sources.map((f) => ({ name: f, content: readFileSync(f, 'utf8') }))),
    requirements: sources.flatMap((f) => parseRequirements(readFileSync(f, 'utf8'), `examples/${toId(f)}`)),
    denoFlags: language === 'typescript' ? denoFlags(source, `examples/${id}`) : [],
    hash: hash.digest('hex').slice(0, 16),
  };
}
