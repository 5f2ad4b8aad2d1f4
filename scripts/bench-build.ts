// npm run bench:build [-- --skip-test] — times a clean `astro build` and the full `npm test`, and a
// clean build with every guide duplicated ten more times (to show build time grows linearly with
// pages). Budgets on the 2-core machine: a clean build within 60 s, npm test within 5 minutes.
// The copies go to content/docs/bench-copies/ (same depth as guides/, so their relative imports
// resolve) and are removed afterwards, even when the build fails or the run is interrupted.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/runner/paths.ts';
import { cleanBuild, countSite, run } from './build-tools.ts';

const BUILD_BUDGET_S = 60;
const TEST_BUDGET_S = 300;
const COPIES = 10;
const skipTest = process.argv.includes('--skip-test');
const copiesDir = path.join(contentDir, 'bench-copies');
const seconds = (ms: number) => (ms / 1000).toFixed(1);

const removeCopies = () => rmSync(copiesDir, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    removeCopies();
    process.exit(130);
  });
}

const failures: string[] = [];

const buildMs = await cleanBuild();
const site = countSite();
console.log(`clean build: ${seconds(buildMs)} s, ${site.pages} pages, ${site.samples} samples (budget ${BUILD_BUDGET_S} s)`);
if (buildMs / 1000 > BUILD_BUDGET_S) failures.push(`clean build took ${seconds(buildMs)} s`);

const guides = readdirSync(path.join(contentDir, 'guides')).filter((f) => /\.mdx?$/.test(f));
const points = [{ copies: 0, ms: buildMs, ...site }];
try {
  for (const copies of [COPIES / 2, COPIES]) {
    removeCopies();
    mkdirSync(copiesDir, { recursive: true });
    for (let i = 1; i <= copies; i++) {
      for (const file of guides) copyFileSync(path.join(contentDir, 'guides', file), path.join(copiesDir, file.replace(/(\.mdx?)$/, `-${i}$1`)));
    }
    const ms = await cleanBuild();
    const counted = countSite();
    points.push({ copies, ms, ...counted });
    const perPage = (ms - buildMs) / Math.max(1, counted.pages - site.pages);
    console.log(
      `clean build with the ${guides.length} guide(s) copied ${copies} more times: ${seconds(ms)} s, ${counted.pages} pages, ${counted.samples} samples; ${perPage.toFixed(0)} ms per added page`,
    );
  }
} finally {
  removeCopies();
}
// Linear growth: the cost per added page is about the same from 0→5 copies as from 5→10.
const [p0, p5, p10] = points;
if (p0 && p5 && p10 && p5.pages > p0.pages && p10.pages > p5.pages) {
  const first = (p5.ms - p0.ms) / (p5.pages - p0.pages);
  const second = (p10.ms - p5.ms) / (p10.pages - p5.pages);
  console.log(`ms per added page: ${first.toFixed(0)} (first half), ${second.toFixed(0)} (second half): ${second <= first * 1.5 ? 'linear' : 'growing faster than linear'}`);
}

if (!skipTest) {
  // npm test ends with its own clean-enough build, which also restores dist/ to the real site.
  const testMs = await run('npm', ['test'], { quiet: true });
  console.log(`npm test: ${seconds(testMs)} s (budget ${TEST_BUDGET_S} s)`);
  if (testMs / 1000 > TEST_BUDGET_S) failures.push(`npm test took ${seconds(testMs)} s`);
} else {
  // Leave dist/ as the real site, not the copies.
  await cleanBuild();
}

for (const f of failures) console.error(`over budget: ${f}`);
process.exitCode = failures.length > 0 ? 1 : 0;
