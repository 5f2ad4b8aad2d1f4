// npm run bench:build [-- --skip-test] — times a clean `astro build` and the full `npm test`, and a
// clean build with every guide duplicated ten more times (to show build time grows linearly with
// pages). Budgets on the 2-core machine: a clean build within 60 s, npm test within 5 minutes.
// The copies go to content/docs/bench-copies/ (same depth as guides/, so their relative imports
// resolve) and are removed afterwards, even when the build fails or the run is interrupted.
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { commandLine, fail } from '../src/cli/command-line.ts';
import { projectRoot } from '../src/cli/project-root.ts';
import { cleanBuild, countSite, run } from './build-tools.ts';

const { values, positionals } = commandLine(
  'bench:build',
  `Usage: npm run bench:build [-- --skip-test]

Times a clean build, clean builds with every guide copied 5 and 10 more times (does build time grow
linearly with pages?), and npm test with a cold compile cache. Exit code 1 when over budget (build
60 s, npm test 300 s), 2 on a wrong argument.

Options:
  --skip-test   leave out npm test
  -h, --help    print this and exit`,
  { 'skip-test': { type: 'boolean', default: false } },
);
if (positionals.length > 0) fail('bench:build', `it takes no paths, found ${positionals.join(' ')}`);
const contentDir = path.join(projectRoot(), 'content', 'docs');
const compileCacheDir = path.join(projectRoot(), '.cache', 'node-compile');

const BUILD_BUDGET_S = 60;
const TEST_BUDGET_S = 300;
const COPIES = 10;
const skipTest = values['skip-test'];
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
    console.log(`clean build with the ${guides.length} guide(s) copied ${copies} more times: ${seconds(ms)} s, ${counted.pages} pages, ${counted.samples} samples`);
  }
} finally {
  removeCopies();
}
// Linear growth: a least-squares line through (pages, seconds) and how well it fits. With few pages
// the added time is within the noise of a busy machine; then the figures are shown without a verdict.
const n = points.length;
const mx = points.reduce((a, p) => a + p.pages, 0) / n;
const my = points.reduce((a, p) => a + p.ms, 0) / n;
const sxy = points.reduce((a, p) => a + (p.pages - mx) * (p.ms - my), 0);
const sxx = points.reduce((a, p) => a + (p.pages - mx) ** 2, 0);
const syy = points.reduce((a, p) => a + (p.ms - my) ** 2, 0);
const slope = sxx > 0 ? sxy / sxx : 0;
const r2 = sxx > 0 && syy > 0 ? (sxy * sxy) / (sxx * syy) : 0;
const spread = Math.max(...points.map((p) => p.ms)) - Math.min(...points.map((p) => p.ms));
console.log(
  `fit: ${slope.toFixed(0)} ms per page + ${seconds(my - slope * mx)} s fixed, r² ${r2.toFixed(2)} over ${points.map((p) => `${p.pages} pages ${seconds(p.ms)} s`).join(', ')}`,
);
console.log(
  spread < 5000
    ? 'growth: the added pages cost less than 5 s in all, within run-to-run noise; no verdict'
    : r2 >= 0.9
      ? 'growth: linear (r² ≥ 0.9)'
      : 'growth: NOT a good straight line (r² < 0.9): check for superlinear costs',
);

if (!skipTest) {
  // As on a fresh clone: no compiled examples cached yet (a second run is faster). npm test starts
  // with its own build, which also restores dist/ to the real site.
  rmSync(compileCacheDir, { recursive: true, force: true });
  const testMs = await run('npm', ['test'], { quiet: true });
  console.log(`npm test: ${seconds(testMs)} s, with a cold compile cache (budget ${TEST_BUDGET_S} s)`);
  if (testMs / 1000 > TEST_BUDGET_S) failures.push(`npm test took ${seconds(testMs)} s`);
} else {
  // Leave dist/ as the real site, not the copies.
  await cleanBuild();
}

for (const f of failures) console.error(`over budget: ${f}`);
process.exitCode = failures.length > 0 ? 1 : 0;
