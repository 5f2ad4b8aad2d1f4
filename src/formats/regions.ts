// Region extraction: a sample is the text between `// #region NAME` and `// #endregion NAME`
// (VS Code's folding convention; `# #region NAME` in Python) in a real file under examples/.
import type { Language } from './example-id.ts';

// The one definition of a marker line per language; `.out` files use TypeScript's (output-regions.ts).
const MARKERS: Record<Language, RegExp> = {
  typescript: /^\s*\/\/\s*#(region|endregion)\b[ \t]*(\S*)\s*$/,
  python: /^\s*#\s*#(region|endregion)\b[ \t]*(\S*)\s*$/,
};

export interface Region {
  name: string;
  /** 1-based line of the `#region` marker. */
  startLine: number;
  /** 1-based line of the `#endregion` marker. */
  endLine: number;
}

/** A problem in a file's region markers, with the 1-based line it was found on. */
export class RegionError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'RegionError';
    this.line = line;
  }
}

/** True for a `// #region NAME` or `// #endregion [NAME]` line (`# #region` in Python). */
export function isMarker(line: string, language: Language = 'typescript'): boolean {
  return MARKERS[language].test(line);
}

/** Every region in a source text, validated: names are unique, every region is closed. */
export function parseRegions(source: string, language: Language = 'typescript'): Region[] {
  const MARKER = MARKERS[language];
  const lines = source.split('\n');
  const open: { name: string; startLine: number }[] = [];
  const found = new Map<string, Region>();

  lines.forEach((text, index) => {
    const match = MARKER.exec(text);
    if (!match) return;
    const [, kind, name = ''] = match;
    const line = index + 1;
    if (kind === 'region') {
      if (name === '') throw new RegionError('#region without a name', line);
      const earlier = found.get(name)?.startLine ?? open.find((r) => r.name === name)?.startLine;
      if (earlier !== undefined) {
        throw new RegionError(`region "${name}" is defined twice (lines ${earlier} and ${line})`, line);
      }
      open.push({ name, startLine: line });
      return;
    }
    // An unnamed #endregion closes the innermost region; a named one must match it.
    const innermost = open.pop();
    if (!innermost) throw new RegionError(`#endregion ${name} without a matching #region`, line);
    if (name !== '' && name !== innermost.name) {
      throw new RegionError(
        `#endregion ${name} closes region "${innermost.name}" (opened on line ${innermost.startLine})`,
        line,
      );
    }
    found.set(innermost.name, { name: innermost.name, startLine: innermost.startLine, endLine: line });
  });

  const unclosed = open.at(-1);
  if (unclosed) throw new RegionError(`region "${unclosed.name}" is never closed`, unclosed.startLine);
  return [...found.values()].sort((a, b) => a.startLine - b.startLine);
}

/** Removes the indentation shared by every non-blank line. */
export function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const shared = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(shared, /^[ \t]*/.exec(l)?.[0].length ?? 0)));
}

/** Code as a reader sees it, and where each of its lines came from. */
export interface Excerpt {
  code: string;
  /** For each line of `code`, its 1-based line in the file. */
  sourceLines: number[];
  /** How many leading characters dedenting removed from every line. */
  indent: number;
}

interface NumberedLine {
  text: string;
  line: number;
}

function numberedLines(source: string): NumberedLine[] {
  return source
    .replace(/\r\n/g, '\n')
    .split('\n')
    .map((text, index) => ({ text, line: index + 1 }));
}

/** Drops region markers and blank edges, then dedents. */
function excerpt(lines: NumberedLine[], language: Language): Excerpt {
  let kept = lines.filter((l) => !isMarker(l.text, language));
  while (kept.length > 0 && kept[0]?.text.trim() === '') kept = kept.slice(1);
  while (kept.length > 0 && kept.at(-1)?.text.trim() === '') kept = kept.slice(0, -1);
  const texts = kept.map((l) => l.text);
  const dedented = dedent(texts);
  const first = texts.findIndex((t) => t.trim() !== '');
  const indent = first >= 0 ? (texts[first]?.length ?? 0) - (dedented[first]?.length ?? 0) : 0;
  return { code: dedented.join('\n') + '\n', sourceLines: kept.map((l) => l.line), indent };
}

/** The whole file as a reader sees it: every region marker removed. */
export function wholeFile(source: string, language: Language = 'typescript'): Excerpt {
  return excerpt(numberedLines(source), language);
}

/** The code of a region already parsed from `source`. */
export function regionExcerpt(source: string, region: Region, language: Language = 'typescript'): Excerpt {
  return excerpt(numberedLines(source).slice(region.startLine, region.endLine - 1), language);
}
