import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/cli/project-root.ts';
import { GlossaryError, glossaryOf } from '../../src/content-pipeline/glossary-terms.ts';

const page = (terms: string, body: string): string => `---\ntitle: Glossary\n${terms}---\n\nIntro.\n\n${body}`;
const body = '## High-water mark\n\nText.\n\n## libuv pool\n\nText.\n';

function problems(source: string): string[] {
  try {
    glossaryOf(source, 'g.mdx');
  } catch (error) {
    if (error instanceof GlossaryError) return error.problems;
    throw error;
  }
  return [];
}

describe('glossary page', () => {
  it('gives each heading its anchor and forms, in page order', () => {
    const glossary = glossaryOf(page('terms:\n  libuv pool: [libuv pool]\n  High-water mark: [high-water mark, high-water marks]\n', body), 'g.mdx');
    expect(glossary.terms).toEqual([
      { term: 'High-water mark', anchor: 'high-water-mark', line: 10, uses: ['high-water mark', 'high-water marks'] },
      { term: 'libuv pool', anchor: 'libuv-pool', line: 14, uses: ['libuv pool'] },
    ]);
    expect(glossary.findUses('small high-water marks', new Set(['high-water-mark']))).toHaveLength(1);
  });

  it('names the line of an entry whose heading is missing, and of a heading without an entry', () => {
    expect(problems(page('terms:\n  High-water mark: []\n  Libuv pool: [libuv pool]\n', body))).toEqual([
      'g.mdx:5: terms lists "Libuv pool", but the page has no "## Libuv pool" heading, so #libuv-pool does not exist; name the entry exactly as its heading (the headings are: High-water mark, libuv pool)',
      'g.mdx:14: "## libuv pool" has no entry in the frontmatter\'s terms; add `libuv pool: [the forms that count as a use]`, or `[]` to link it by hand only',
    ]);
  });

  it('refuses a form listed under two terms, and a missing or malformed terms field', () => {
    expect(problems(page('terms:\n  High-water mark: [pool]\n  libuv pool: [Pool]\n', body))).toEqual(['g.mdx:5: "Pool" is listed as a use of both "High-water mark" and "libuv pool"; keep it under one']);
    expect(problems(page('', body))[0]).toMatch(/^g\.mdx:\d+: the frontmatter needs `terms:`/);
    expect(problems(page('terms:\n  libuv pool: libuv pool\n', body))[0]).toMatch(/^g\.mdx:3: the frontmatter needs `terms:`/);
  });
});

describe("the site's glossary", () => {
  // Pages of the core track used these before the event-loop page explains them, with no entry to
  // link to (issue 30, 5e): each now has one, so its first use on a page links to it.
  it('has an entry for each term the core track uses before defining it', () => {
    const file = 'content/docs/reference/glossary.mdx';
    const glossary = glossaryOf(readFileSync(path.join(projectRoot(), file), 'utf8'), file);
    const wanted = new Set(glossary.terms.map((t) => t.anchor));
    const text = 'A microtask, then nextTicks, a thenable, one macrotask; each callback runs to completion.';
    expect(glossary.findUses(text, wanted).map((use) => `${text.slice(use.start, use.end)} → ${use.anchor}`)).toEqual([
      'microtask → microtask',
      'nextTicks → nexttick',
      'thenable → thenable',
      'macrotask → macrotask',
      'runs to completion → run-to-completion',
    ]);
  });
});
