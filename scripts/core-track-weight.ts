// npm run bench:core-track — after `astro build`: the bytes of reading the onboarding path's core
// track (the "Core track" group of src/content-pipeline/sidebar.ts), (a) each page's first view, as the page
// weight budget counts it (src/browser/weight.ts), and (b) the seven pages read in a row in
// one browser with its cache, from a server that caches as a static host does: the content-hashed
// files under /_astro/ for a year, every other file revalidated by its ETag (a 304 sends no body).
// Bytes are gzip level 9 of each body sent, as the page weight counts them; headers are left out.
import { builtSite } from '../src/built-site/dist.ts';
import { serveCachingHost, serveStatic } from '../src/built-site/static-server.ts';
import { launchBrowser } from '../src/browser/chromium.ts';
import { weighPage } from '../src/browser/weight.ts';
import { commandLine } from '../src/cli/command-line.ts';
import { formatWeight, kb, type PageWeight } from '../src/built-site/page-weight.ts';
import { sidebar } from '../src/content-pipeline/sidebar.ts';

commandLine(
  'bench:core-track',
  `Usage: npm run bench:core-track

After a build: the gzipped bytes of each core-track page's first view, and of the seven pages read
in a row in one browser with its cache, from a server that caches as a static host does.`,
  {},
);

const CORE_TRACK = 'Core track';
const group = sidebar.find((g) => g.label === CORE_TRACK);
if (!group) throw new Error(`src/content-pipeline/sidebar.ts has no group "${CORE_TRACK}": name the core track's group here`);
const track = group.items.map((slug) => `/${slug}/`);

const site = builtSite();

console.log(`(a) first view of each core-track page (${track.length} pages)`);
const firstViews: PageWeight[] = [];
{
  await using server = await serveStatic(site.dir);
  await using browser = await launchBrowser();
  for (const page of track) {
    const weight = await weighPage(browser.context, server.origin, page);
    firstViews.push(weight);
    console.log(`  ${formatWeight(weight)}`);
  }
}
const heaviest = firstViews.toSorted((a, b) => b.gzip.total - a.gzip.total)[0];
if (heaviest) console.log(`  heaviest first view: ${heaviest.page}, ${kb(heaviest.gzip.total)} gz (css ${kb(heaviest.gzip.css)} gz)`);

console.log('(b) the core track read in a row, in one browser with its cache');
await using server = await serveCachingHost(site.dir);
await using browser = await launchBrowser();
const tab = await browser.context.newPage();
for (const page of track) {
  const before = server.sent;
  await tab.goto(server.origin + page);
  await tab.waitForLoadState('networkidle');
  console.log(`  ${page}: ${kb(server.sent - before)} gz`);
}
const uncached = firstViews.reduce((sum, w) => sum + w.gzip.total, 0);
console.log(`  the walk: ${kb(server.sent)} gz (${kb(uncached)} gz if every page were a first view)`);
