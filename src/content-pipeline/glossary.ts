// The glossary of a project root, read once per process: the Markdown plugin asks it on every page.
// Tests point it at a fixture tree.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AstroError } from 'astro/errors';
import { GlossaryError, glossaryOf, type Glossary } from './glossary-terms.ts';
import { projectRoot } from '../cli/project-root.ts';

/** The glossary page, relative to the project root, and the URL it is served at. */
export const GLOSSARY_FILE = 'content/docs/reference/glossary.mdx';
export const GLOSSARY_URL = '/reference/glossary/';

export interface SiteGlossary extends Glossary {
  /** The URL of the glossary page, which term links start with. */
  url: string;
}

/** Reads `root`'s glossary page; a page whose terms and headings disagree fails with each problem's line. */
export function loadGlossary(root: string): SiteGlossary {
  const source = readFileSync(path.join(root, GLOSSARY_FILE), 'utf8');
  try {
    return { ...glossaryOf(source, GLOSSARY_FILE), url: GLOSSARY_URL };
  } catch (error) {
    if (!(error instanceof GlossaryError)) throw error;
    throw new AstroError(
      `The glossary's terms do not match its headings:\n${error.problems.join('\n')}`,
      `Each key of \`terms:\` in ${GLOSSARY_FILE}'s frontmatter is the text of one of its "## " headings, and each such heading has a key. Rename the key with its heading (the anchor other pages link to is made from the heading), or add the heading.`,
    );
  }
}

// One glossary per process, shared by the module instances Vite may load.
const SHARED = Symbol.for('awaited.glossary');
type Shared = { [SHARED]?: SiteGlossary };

/** The glossary of the project in the current folder (npm scripts, Astro and Vitest run from the root). */
export function glossary(): SiteGlossary {
  return ((globalThis as Shared)[SHARED] ??= loadGlossary(projectRoot()));
}
