// The glossary links of text that a component writes rather than the Markdown (the onboarding
// path's steps and self-checks, from the pages' frontmatter): the same rule as the Markdown plugin,
// each term's first use on the page links to it, applied to text already split on `code` spans.
import type { FindUses } from './term-matcher.ts';

export interface ProsePart {
  text: string;
  /** Inline code: never linked. */
  code: boolean;
  /** Set when the part is a term's first use on the page: its glossary URL. */
  href?: string;
}

/**
 * Splits each prose part at the first use of each term still `pending` (anchors), links it to
 * `glossaryUrl#anchor` and takes the term off `pending`, so a page that calls this for each of its
 * texts in order links each term once.
 */
export function linkFirstUses(parts: readonly { text: string; code: boolean }[], findUses: FindUses, glossaryUrl: string, pending: Set<string>): ProsePart[] {
  return parts.flatMap((part): ProsePart[] => {
    if (part.code || pending.size === 0) return [part];
    const uses = findUses(part.text, pending);
    const out: ProsePart[] = [];
    let at = 0;
    for (const use of uses) {
      if (use.start > at) out.push({ text: part.text.slice(at, use.start), code: false });
      out.push({ text: part.text.slice(use.start, use.end), code: false, href: `${glossaryUrl}#${use.anchor}` });
      pending.delete(use.anchor);
      at = use.end;
    }
    if (at < part.text.length || out.length === 0) out.push({ text: part.text.slice(at), code: false });
    return out;
  });
}
