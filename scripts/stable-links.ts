// npm run links:snapshot — after `astro build`: adds the build's new page URLs and anchors to
// test/site/stable-links.json (never removes one), which test/site/stable-links.test.ts protects.
// Recorded: every page URL (not 404, not redirect pages), the heading ids in its content and its
// sample anchors (src/built-site/stable-links.ts).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtSite } from '../src/built-site/dist.ts';
import { commandLine } from '../src/cli/command-line.ts';
import { projectRoot } from '../src/cli/project-root.ts';
import { formatStableLinks, linkedSite, readStableLinks, snapshotLinks, STABLE_LINKS_FILE } from '../src/built-site/stable-links.ts';

commandLine(
  'links:snapshot',
  `Usage: npm run links:snapshot

After \`npm run build\`, adds every new page URL and anchor of the build to ${STABLE_LINKS_FILE}
(never removes one; a moved link gets "movedTo" by hand). Review the result with git diff.`,
  {},
);

const root = projectRoot();
const links = readStableLinks(root);
const next = snapshotLinks(links, linkedSite(builtSite(root)));
writeFileSync(path.join(root, STABLE_LINKS_FILE), formatStableLinks(next));
console.log(`links:snapshot: ${next.length} links (${next.length - links.length} new) in ${STABLE_LINKS_FILE}`);
