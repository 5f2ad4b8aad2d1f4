// After `astro build`:
//   npm run check:links     fails when a URL or anchor listed in test/site/stable-links.json no
//                           longer resolves in dist/ (unless its move is recorded and redirected)
//   npm run links:snapshot  adds the build's new pages and anchors to the list (never removes one)
// Recorded: every page URL (not 404, not redirect pages), the heading ids in its content and its
// sample anchors (`sample-*`). Pages under /reference/api/ are TypeDoc's output: their URLs are
// recorded, their anchors are not (they follow the helpers' members).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { checkStableLinks, snapshotLinks, type BuiltSite, type StableLink } from '../src/lib/stable-links.ts';
// npm scripts run from the repository root.
const root = process.cwd();

const dist = path.join(root, 'dist');
const listFile = path.join(root, 'test', 'site', 'stable-links.json');
const GENERATED_ANCHORS = /^\/reference\/api\//;

function readSite(): BuiltSite {
  const site: BuiltSite = { pages: new Map(), redirects: new Map() };
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name === 'index.html');
  for (const entry of files) {
    const rel = path.relative(dist, entry.parentPath).split(path.sep).join('/');
    const url = rel === '' ? '/' : `/${rel}/`;
    const html = parse(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
    const refresh = html.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    if (refresh !== undefined) {
      const target = /url=(.*)$/i.exec(refresh)?.[1]?.trim();
      if (target) site.redirects.set(url, new URL(target, `http://site${url}`).pathname);
      continue;
    }
    const ids = GENERATED_ANCHORS.test(url)
      ? []
      : [
          ...html.querySelectorAll('main h2[id], main h3[id], main h4[id], main h5[id], main h6[id]').map((h) => h.id),
          ...html.querySelectorAll('main [id^="sample-"]').map((el) => el.id),
        ];
    site.pages.set(url, new Set(ids.filter((id) => id !== '' && id !== '_top')));
  }
  return site;
}

function readList(): StableLink[] {
  try {
    return (JSON.parse(readFileSync(listFile, 'utf8')) as { links: StableLink[] }).links;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const site = readSite();
const links = readList();
if (process.argv.includes('--snapshot')) {
  const next = snapshotLinks(links, site);
  const body = next.map((link) => `    ${JSON.stringify(link)}`).join(',\n');
  writeFileSync(listFile, `{\n  "links": [\n${body}\n  ]\n}\n`);
  console.log(`links:snapshot: ${next.length} links (${next.length - links.length} new) in ${path.relative(root, listFile)}`);
} else {
  const problems = checkStableLinks(links, site);
  for (const problem of problems) console.error(problem);
  console.log(`check-stable-links: ${links.length} links, ${problems.length} problems`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
