// npm run bench:weight — after `astro build`: what each page loads on first view, before any
// interaction, until the network is quiet (HTML, CSS, JS, fonts, images; gzip level 9 sizes).
// Fails when a guide page is over budget (50 KB gz in total, 8 KB gz of JS).
import { launchBrowser } from '../src/browser/chromium.ts';
import { weighPage } from '../src/browser/weight.ts';
import { builtSite } from '../src/built-site/dist.ts';
import { serveStatic } from '../src/built-site/static-server.ts';
import { commandLine } from '../src/cli/command-line.ts';
import { BUDGET, formatWeight, kb, overBudget, type PageWeight } from '../src/built-site/page-weight.ts';

const { values } = commandLine(
  'bench:weight',
  `Usage: npm run bench:weight -- [--all] [--verbose]

After \`npm run build\`, weighs what each page loads on first view (gzip level 9 sizes) and fails
when a guide page is over budget (${kb(BUDGET.total)} gz in total, ${kb(BUDGET.js)} gz of JavaScript).

  --all      weigh every built page, not only the home page and the guides
  --verbose  list each resource`,
  { all: { type: 'boolean' }, verbose: { type: 'boolean' } },
);

const site = builtSite();
const pages = values.all ? site.pages : ['/', ...site.guidePages()];

await using server = await serveStatic(site.dir);
await using browser = await launchBrowser();
const weights: PageWeight[] = [];
for (const page of pages) {
  const w = await weighPage(browser.context, server.origin, page);
  weights.push(w);
  console.log(formatWeight(w));
  if (values.verbose) for (const r of w.resources) console.log(`    ${r.kind.padEnd(5)} ${kb(r.gzip).padStart(9)} gz ${kb(r.bytes).padStart(9)} raw  ${r.url.replace(server.origin, '')}`);
}

const guides = weights.filter((w) => w.page.startsWith('/guides/'));
const heaviest = guides.toSorted((a, b) => b.gzip.total - a.gzip.total)[0];
const over = guides.filter((w) => overBudget(w).length > 0);
if (heaviest) {
  console.log(`heaviest guide: ${heaviest.page}, ${kb(heaviest.gzip.total)} gz (budget ${kb(BUDGET.total)}), JS ${kb(heaviest.gzip.js)} gz (budget ${kb(BUDGET.js)})`);
}
for (const w of over) console.error(`over budget: ${formatWeight(w)}`);
process.exitCode = over.length > 0 ? 1 : 0;
