// npm run check:site — after `astro build`: every internal link and #anchor in dist/ resolves, and
// every TS/JS code block on a content page comes from examples/ (or is an exercise's file). Errors name the page's source line.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { checkSite, type BuiltPage } from '../src/lib/site-check.ts';
import { contentFileFor, locate } from '../src/site/content-files.ts';
// npm scripts run from the repository root.
const root = process.cwd();

const dist = path.join(root, 'dist');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => '/' + path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'));

const pages: BuiltPage[] = files
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const html = parse(readFileSync(path.join(dist, file), 'utf8'));
    // Samples come from examples/; an exercise's starting file from exercises/ (graded by
    // test/exercises/); a project file is the project's own config (test/site/conventions.test.ts).
    const samples = new Set(html.querySelectorAll('[data-example] pre, [data-exercise] pre, [data-project-file] pre'));
    return {
      url: file.replace(/index\.html$/, ''),
      ids: html.querySelectorAll('[id]').map((el) => el.id),
      links: html.querySelectorAll('a[href]').map((a) => a.getAttribute('href') ?? ''),
      looseCodeBlocks: html
        .querySelectorAll('main pre[data-language]')
        .filter((pre) => !samples.has(pre))
        .map((pre) => pre.getAttribute('data-language') ?? ''),
    };
  });

const problems = checkSite(pages, new Set(files), (url) => contentFileFor(url) !== undefined);
for (const p of problems) {
  console.error(`${p.needle ? locate(p.url, [p.needle]) : p.url}: ${p.url} ${p.message}`);
}
console.log(`check-site: ${pages.length} pages, ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
