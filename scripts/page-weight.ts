// npm run bench:weight — after `astro build`: what each page loads on first view, before any
// interaction, until the network is quiet (HTML, CSS, JS, fonts, images; gzip level 9 sizes).
// Fails when a guide page is over budget (50 KB gz in total, 8 KB gz of JS). `--all` weighs every
// built page, not only the home page and the guides; `--verbose` lists each resource.
import { launchBrowser } from '../test/browser/support/browser.ts';
import { builtPages, dist, guidePages } from '../test/browser/support/site.ts';
import { serveStatic } from '../test/browser/support/static-server.ts';
import { BUDGET, formatWeight, kb, overBudget, weighPage, type PageWeight } from '../test/browser/support/weight.ts';

const all = process.argv.includes('--all');
const verbose = process.argv.includes('--verbose');
const pages = all ? builtPages() : ['/', ...guidePages()];

await using server = await serveStatic(dist);
await using browser = await launchBrowser();
const weights: PageWeight[] = [];
for (const page of pages) {
  const w = await weighPage(browser.context, server.origin, page);
  weights.push(w);
  console.log(formatWeight(w));
  if (verbose) for (const r of w.resources) console.log(`    ${r.kind.padEnd(5)} ${kb(r.gzip).padStart(9)} gz ${kb(r.bytes).padStart(9)} raw  ${r.url.replace(server.origin, '')}`);
}

const guides = weights.filter((w) => w.page.startsWith('/guides/'));
const heaviest = guides.toSorted((a, b) => b.gzip.total - a.gzip.total)[0];
const over = guides.filter((w) => overBudget(w).length > 0);
if (heaviest) {
  console.log(`heaviest guide: ${heaviest.page}, ${kb(heaviest.gzip.total)} gz (budget ${kb(BUDGET.total)}), JS ${kb(heaviest.gzip.js)} gz (budget ${kb(BUDGET.js)})`);
}
for (const w of over) console.error(`over budget: ${formatWeight(w)}`);
process.exitCode = over.length > 0 ? 1 : 0;
