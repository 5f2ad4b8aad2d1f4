// The real sidebar and content files against the reading-order rules: a start/ or guides/ page
// left out of src/content-pipeline/sidebar.ts or without readingPath frontmatter fails here, before a build.
// (The build validates the frontmatter itself, with the schema in src/content.config.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readingOrderProblems, type PathEntry } from '../../src/content-pipeline/reading-order.ts';
import { docsEntryId } from '../../src/content-pipeline/docs-entry-id.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { pathRules, sidebar, SIDEBAR_FILE } from '../../src/content-pipeline/sidebar.ts';

// Vitest runs from the repository root.
const root = projectRoot();
const contentDir = path.join(root, 'content', 'docs');

/** The hand-written pages, with only whether their frontmatter has a readingPath key. */
function contentEntries(): PathEntry[] {
  const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
  return files.map((file) => {
    const filePath = path.relative(root, path.join(contentDir, file)).split(path.sep).join('/');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(root, filePath), 'utf8'))?.[1] ?? '';
    const hasPath = /^readingPath:/m.test(frontmatter);
    // Presence is enough here: the schema checks the fields when the site builds.
    const readingPath = hasPath ? { teaches: '', selfCheck: [] } : undefined;
    return { id: docsEntryId({ entry: filePath, data: {} }), filePath, title: '', readingPath, sections: [] };
  });
}

describe('onboarding reading path', () => {
  it('every start/ and guides/ page is in the sidebar and has readingPath frontmatter', () => {
    expect(readingOrderProblems(sidebar, contentEntries(), pathRules, SIDEBAR_FILE)).toEqual([]);
  });
  // The step anchors team leads link are in test/site/stable-links.json, which
  // test/site/stable-links.test.ts checks against the built onboarding page (where the steps' parts are known).
});
