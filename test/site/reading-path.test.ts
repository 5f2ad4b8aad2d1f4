// The real sidebar and content files against the reading-order rules: a start/, guides/, production/ or build/ page
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
  it('every start/, guides/, production/ and build/ page is in the sidebar and has readingPath frontmatter', () => {
    expect(readingOrderProblems(sidebar, contentEntries(), pathRules, SIDEBAR_FILE)).toEqual([]);
  });

  it('covers the build track: its pages are required on the path, in the group the onboarding page reads as day two', () => {
    expect(pathRules.requiredFolders).toContain('build');
    const build = contentEntries().filter((entry) => entry.id === 'build' || entry.id.startsWith('build/'));
    expect(build.map((entry) => entry.id).sort()).toEqual(
      ['build', 'build/calling-upstreams', 'build/context-and-logs', 'build/deadlines', 'build/first-endpoint', 'build/limits-and-retries', 'build/shutdown', 'build/under-load'],
    );
    const group = sidebar.find((g) => g.label === 'Build a service');
    expect(group?.items).toEqual(['build', 'build/first-endpoint', 'build/calling-upstreams', 'build/deadlines', 'build/limits-and-retries', 'build/context-and-logs', 'build/shutdown', 'build/under-load']);
    expect(group?.path?.title).toBe('Day two: build a service');
    // After Production, before Reference.
    expect(sidebar.map((g) => g.label).slice(-3)).toEqual(['Production', 'Build a service', 'Reference']);
    // A page left out of the order, or without readingPath, is named.
    const missing = readingOrderProblems(sidebar, [...contentEntries(), { id: 'build/extra', filePath: 'content/docs/build/extra.mdx', title: '', readingPath: undefined, sections: [] }], pathRules, SIDEBAR_FILE);
    expect(missing).toEqual([
      `content/docs/build/extra.mdx is not in the reading order: add 'build/extra' to the "Build a service" group in ${SIDEBAR_FILE}`,
      'content/docs/build/extra.mdx is not on the onboarding path: add readingPath (teaches, selfCheck with 2-4 questions and answers) to its frontmatter',
    ]);
  });
  // The step anchors team leads link are in test/site/stable-links.json, which
  // test/site/stable-links.test.ts checks against the built onboarding page (where the steps' parts are known).
});
