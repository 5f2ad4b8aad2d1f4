// Finds the first use of each glossary term in a run of prose. A use is one of the word forms the
// glossary lists for the term, as a whole word (not inside "nextTick" or "non-isolate"), in any
// case ("Backpressure" opens a sentence), across a line break, and with a typographic apostrophe
// where the form has a straight one (smart punctuation has run before the Markdown plugins).

export interface TermForms {
  anchor: string;
  /** The word forms that count as a use of the term; none means the term is linked by hand only. */
  uses: readonly string[];
}

export interface TermUse {
  anchor: string;
  /** Where the use starts and ends in the text (UTF-16 offsets, as `slice` takes them). */
  start: number;
  end: number;
}

/** The first use in `text` of each term whose anchor is in `wanted`, in the order they appear. */
export type FindUses = (text: string, wanted: ReadonlySet<string>) => TermUse[];

const WORD_CHAR = String.raw`[\p{L}\p{N}_\-]`;

/** The form as its page text may spell it: the same letters, any space, either apostrophe. */
function spellings(form: string): string {
  return form
    .trim()
    .split(/\s+/)
    .map((word) => word.split(/['’]/).map((part) => RegExp.escape(part)).join("['’]"))
    .join(String.raw`\s+`);
}

/** The key a form and a use of it share. */
export function normalForm(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
}

/** Compiles every term's forms into one expression, once, for all the pages that ask. */
export function termMatcher(terms: readonly TermForms[]): FindUses {
  const byForm = new Map<string, string>();
  for (const { anchor, uses } of terms) for (const form of uses) byForm.set(normalForm(form), anchor);
  if (byForm.size === 0) return () => [];
  // Longest first, so "libuv thread pool" wins over a shorter form that starts the same way.
  const alternatives = [...byForm.keys()].toSorted((a, b) => b.length - a.length || a.localeCompare(b)).map(spellings);
  const pattern = new RegExp(`(?<!${WORD_CHAR})(?:${alternatives.join('|')})(?!${WORD_CHAR})`, 'giu');
  return (text, wanted) => {
    const found: TermUse[] = [];
    const seen = new Set<string>();
    for (const match of text.matchAll(pattern)) {
      const anchor = byForm.get(normalForm(match[0]));
      if (anchor === undefined || !wanted.has(anchor) || seen.has(anchor)) continue;
      seen.add(anchor);
      found.push({ anchor, start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
}
