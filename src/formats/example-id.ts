// What an example's id (its path under examples/, `async-vs-sync/limit.ts`) says, derived in one
// place: its page folder, its stem, its `.out` file, its anchor on its folder's page and its URL.
// The source extensions are one list, so a second language is one more entry, not a regex per use.

/** The languages a sample is written in: the runner picks the interpreter, the page the highlighting. */
export type Language = 'typescript' | 'python';

/** The extensions of example sources, each a program the runner knows how to start, with its language. */
const LANGUAGE_OF_EXTENSION = { '.ts': 'typescript', '.mts': 'typescript', '.cts': 'typescript', '.py': 'python' } as const satisfies Record<string, Language>;

export const SOURCE_EXTENSIONS = Object.keys(LANGUAGE_OF_EXTENSION) as (keyof typeof LANGUAGE_OF_EXTENSION)[];

/** The glob, relative to examples/, that finds every example source. */
export const SOURCES_GLOB = `**/*.{${SOURCE_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

function extensionOf(file: string): string {
  return SOURCE_EXTENSIONS.find((e) => file.endsWith(e)) ?? '';
}

/** The language of an example source, from its extension: `from-python/gather.py` → `python`. */
export function languageOf(file: string): Language {
  const extension = SOURCE_EXTENSIONS.find((e) => file.endsWith(e));
  if (extension === undefined) throw new Error(`${file} is not an example source (extensions: ${SOURCE_EXTENSIONS.join(', ')})`);
  return LANGUAGE_OF_EXTENSION[extension];
}

/** How a reader runs it from the folder holding examples/: `node examples/X/a.ts`, `python3 examples/X/a.py`. */
export function runCommandOf(id: string): string {
  return `${languageOf(id) === 'python' ? 'python3' : 'node'} examples/${id}`;
}

/** The code block language a page highlights it with. */
export function highlightOf(id: string): 'ts' | 'python' {
  return languageOf(id) === 'python' ? 'python' : 'ts';
}

/**
 * The path that names the example apart from its language: a TypeScript file without its extension
 * (`async-vs-sync/limit.ts` → `async-vs-sync/limit`), a Python file with it (`from-python/gather.py`
 * stays), so a Python twin beside `gather.ts` has its own `.out`, staged folder and anchor.
 */
export function baseOf(file: string): string {
  const extension = extensionOf(file);
  return extension === '.py' ? file : file.slice(0, file.length - extension.length);
}

/**
 * A path as anchors name it: a TypeScript file without its extension, a Python file with `-py` for
 * `.py` (`gather.py` → `gather-py`), so twins get their own anchors and published ones
 * (`async-assertions.test`) keep theirs.
 */
function anchorBase(file: string): string {
  return extensionOf(file) === '.py' ? `${file.slice(0, -'.py'.length)}-py` : baseOf(file);
}

/** The file name as anchors use it: `async-vs-sync/limit.ts` → `limit`, `from-python/gather.py` → `gather-py`. */
export function stemOf(file: string): string {
  return anchorBase(file.split('/').pop() ?? file);
}

/** The expected-output file kept beside an example: `limit.ts` → `limit.out`, `gather.py` → `gather.py.out` (ids and paths alike). */
export function expectedPathOf(file: string): string {
  return `${baseOf(file)}.out`;
}

/** The page folder an example belongs to: `async-vs-sync/limit.ts` → `async-vs-sync`. */
export function folderOf(id: string): string {
  return id.split('/')[0] ?? id;
}

/** True for a deliberately wrong file, one in a broken/ folder. */
export function isBroken(id: string): boolean {
  return id.split('/').includes('broken');
}

/** The id of a file's section on its folder's page: `async-vs-sync/limit.ts` → `limit`, `x/broken/a.ts` → `broken-a`, `x/gather.py` → `gather-py`. */
export function anchorOf(id: string): string {
  return anchorBase(id.split('/').slice(1).join('-'));
}

/** Where the whole file is shown: `/examples/async-vs-sync/#limit`. */
export function fileUrlOf(id: string): string {
  return `/examples/${folderOf(id)}/#${anchorOf(id)}`;
}
