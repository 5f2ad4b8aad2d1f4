// The glossary page read once into its terms: each `## Term` heading gives a term and its anchor
// (github-slugger over the heading's text, as Astro's Markdown pipeline makes heading ids), and the
// page's frontmatter `terms` lists, per heading, the word forms on other pages that count as a use
// of it. The two must name the same terms: an entry without its heading would link to an anchor
// the page does not have, and a heading without an entry would never be linked.
import GithubSlugger from 'github-slugger';
import type { Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { mdxToMdast } from 'satteri';
import { SKIP, visit } from 'unist-util-visit';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { normalForm, termMatcher, type FindUses } from './term-matcher.ts';

/** The frontmatter field, by heading text: `Microtask: [microtask, microtasks]`. */
export const glossaryTerms = z.record(z.string(), z.array(z.string().trim().min(1)));

export interface GlossaryTerm {
  /** The heading's text, e.g. "libuv pool". */
  term: string;
  /** The heading's id on the glossary page, e.g. "libuv-pool". */
  anchor: string;
  /** The heading's line on the glossary page. */
  line: number;
  /** The forms that count as a use; empty when the term is linked by hand only. */
  uses: string[];
}

export interface Glossary {
  terms: GlossaryTerm[];
  findUses: FindUses;
}

/** Problems with the glossary page, each as `file:line: what is wrong`. */
export class GlossaryError extends Error {
  override name = 'GlossaryError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

/** Every heading of the page, in order, with the id Astro gives it. */
function headingsOf(tree: Root): { text: string; anchor: string; depth: number; line: number }[] {
  const slugger = new GithubSlugger();
  const found: { text: string; anchor: string; depth: number; line: number }[] = [];
  visit(tree, 'heading', (node) => {
    const text = toString(node);
    found.push({ text, anchor: slugger.slug(text), depth: node.depth, line: node.position?.start.line ?? 0 });
    return SKIP;
  });
  return found;
}

/** The `terms` entries with the line each key is on in the page (the frontmatter starts after `---`). */
function entriesOf(yamlNode: Yaml | undefined, file: string, problems: string[]): { term: string; uses: string[]; line: number }[] {
  if (!yamlNode) {
    problems.push(`${file}:1: the glossary page has no frontmatter`);
    return [];
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlNode.value, { lineCounter });
  const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
  const lineAt = (offset: number | undefined): number => firstLine + (offset === undefined ? 0 : lineCounter.linePos(offset).line - 1);
  const field = document.get('terms', true);
  const parsed = glossaryTerms.safeParse((document.toJS() as { terms?: unknown } | null)?.terms);
  if (!parsed.success) {
    const at = isMap(document.contents) ? document.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'terms') : undefined;
    const keyLine = lineAt(isScalar(at?.key) ? at.key.range?.[0] : undefined);
    problems.push(`${file}:${keyLine}: the frontmatter needs \`terms:\`, a map from each "## Term" heading to the word forms that count as a use of it (${z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ')})`);
    return [];
  }
  const lines = new Map<string, number>();
  if (isMap(field)) {
    for (const pair of field.items) if (isScalar(pair.key)) lines.set(String(pair.key.value), lineAt(pair.key.range?.[0]));
  }
  return Object.entries(parsed.data).map(([term, uses]) => ({ term, uses, line: lines.get(term) ?? firstLine }));
}

/** Reads the glossary page (its MDX source; `file` is the path errors name). Throws a GlossaryError. */
export function glossaryOf(source: string, file: string): Glossary {
  const tree = mdxToMdast(source, { position: true }) as Root;
  const problems: string[] = [];
  const entries = entriesOf(tree.children.find((n) => n.type === 'yaml'), file, problems);
  const headings = headingsOf(tree).filter((h) => h.depth === 2);
  const byText = new Map(headings.map((h) => [h.text, h]));
  const listed = new Set(entries.map((e) => e.term));

  const terms: GlossaryTerm[] = [];
  const claimed = new Map<string, string>();
  for (const entry of entries) {
    const heading = byText.get(entry.term);
    if (!heading) {
      const anchor = new GithubSlugger().slug(entry.term);
      problems.push(
        `${file}:${entry.line}: terms lists "${entry.term}", but the page has no "## ${entry.term}" heading, so #${anchor} does not exist; name the entry exactly as its heading (the headings are: ${headings.map((h) => h.text).join(', ')})`,
      );
      continue;
    }
    for (const form of entry.uses) {
      const other = claimed.get(normalForm(form));
      if (other !== undefined && other !== entry.term) problems.push(`${file}:${entry.line}: "${form}" is listed as a use of both "${other}" and "${entry.term}"; keep it under one`);
      claimed.set(normalForm(form), entry.term);
    }
    terms.push({ term: entry.term, anchor: heading.anchor, line: heading.line, uses: entry.uses });
  }
  for (const heading of headings) {
    if (!listed.has(heading.text) && entries.length > 0) {
      problems.push(`${file}:${heading.line}: "## ${heading.text}" has no entry in the frontmatter's terms; add \`${heading.text}: [the forms that count as a use]\`, or \`[]\` to link it by hand only`);
    }
  }
  if (problems.length > 0) throw new GlossaryError(problems);
  terms.sort((a, b) => a.line - b.line);
  return { terms, findUses: termMatcher(terms) };
}
