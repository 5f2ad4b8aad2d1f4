// npm run bench:lighthouse — after `astro build`: Lighthouse (mobile preset, its default) on the home
// page and one guide page, served from dist/ on 127.0.0.1, in Debian's Chromium. Prints the four
// category scores and the lab metrics; exits 1 when a score is below --min (default 100).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from '../src/browser/chromium.ts';
import { builtSite } from '../src/built-site/dist.ts';
import { serveStatic } from '../src/built-site/static-server.ts';
import { commandLine, fail } from '../src/cli/command-line.ts';

const { values } = commandLine(
  'bench:lighthouse',
  `Usage: npm run bench:lighthouse -- [--min N]

After \`npm run build\`, runs Lighthouse (mobile preset) on the home page and one guide page in
Debian's Chromium (CHROME_PATH to use another), prints the four category scores and the lab
metrics, and exits 1 when a score is below N (default 100).`,
  { min: { type: 'string', default: '100' } },
);
const min = Number(values.min);
if (!Number.isFinite(min)) fail('bench:lighthouse', `--min ${values.min} is not a number`);
const site = builtSite();
const pages = ['/', site.showcasePage()].filter((p, i, all) => all.indexOf(p) === i);

await using server = await serveStatic(site.dir);
const chrome = await chromeLauncher.launch({ chromePath: process.env['CHROME_PATH'] ?? CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
let low = 0;
try {
  for (const page of pages) {
    const result = await lighthouse(server.origin + page, { port: chrome.port, output: 'json', logLevel: 'error' });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { categories, audits } = result.lhr;
    const scores = Object.values(categories).map((c) => `${c.title} ${Math.round((c.score ?? 0) * 100)}`);
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    console.log(`${page}: ${scores.join(', ')}`);
    console.log(`  LCP ${metric('largest-contentful-paint')}, CLS ${metric('cumulative-layout-shift')}, TBT ${metric('total-blocking-time')}, FCP ${metric('first-contentful-paint')}, SI ${metric('speed-index')}`);
    for (const c of Object.values(categories)) {
      if (Math.round((c.score ?? 0) * 100) < min) {
        low++;
        const failing = c.auditRefs
          .map((ref) => audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
          .map((a) => `${a?.id} (${a?.score})`);
        console.log(`  ${c.title} below ${min}: ${failing.join(', ')}`);
      }
    }
  }
} finally {
  chrome.kill();
}
process.exitCode = low > 0 ? 1 : 0;
