// npm run screenshots — after `astro build`: full-page screenshots of the showcase guide, desktop and
// mobile, light and dark, in test-results/screenshots/ (git-ignored), for a person to review. The
// browser suite checks the same page's layout and accessibility; these are only for looking at.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, PageWatch, screenshotsDir } from '../src/browser/chromium.ts';
import { builtSite } from '../src/built-site/dist.ts';
import { serveStatic } from '../src/built-site/static-server.ts';
import { commandLine } from '../src/cli/command-line.ts';
import { projectRoot } from '../src/cli/project-root.ts';

commandLine(
  'screenshots',
  `Usage: npm run screenshots

After \`npm run build\`, takes full-page screenshots of the showcase guide (desktop and mobile,
light and dark) into test-results/screenshots/, for a person to review.`,
  {},
);

const root = projectRoot();
const dir = screenshotsDir(root);
const site = builtSite(root);
mkdirSync(dir, { recursive: true });
const url = site.showcasePage();
const slug = url.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
const views = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'mobile', viewport: { width: 390, height: 844 } },
];

await using server = await serveStatic(site.dir);
for (const view of views) {
  for (const scheme of ['light', 'dark'] as const) {
    await using browser = await launchBrowser({ viewport: view.viewport });
    const page = await browser.context.newPage();
    const watch = await PageWatch.on(page, server.origin);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(server.origin + url);
    await watch.settled();
    const file = path.join(dir, `${slug}-${view.name}-${scheme}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(path.relative(root, file));
  }
}
