// npm run check:deterministic — after a build (npm test makes one): that build's dist/ and one more
// clean build of the same commit must be the same files, byte for byte, except what is documented
// below as time-dependent. Fails listing any other file that differs, or a file only one build
// produced. Comparing with the build already made costs one build, not two; and the first may have
// used Astro's caches, which must not change the output either.
//
// Allowed to differ (time-dependent by design):
// - none at present. Checked on Astro 7.3 / Starlight 0.42 / Pagefind 1.5: the sitemap carries no
//   <lastmod> (the sitemap integration sets none unless configured), Pagefind's index and fragment
//   file names are content hashes, and the pages show the date of each example's *recorded* run
//   (records/, committed), not the build date.
// If a time-dependent output is added later (e.g. a build date in a footer), add its path pattern to
// ALLOWED with the reason.
import { existsSync } from 'node:fs';
import { distDir } from '../src/built-site/dist.ts';
import { commandLine, fail } from '../src/cli/command-line.ts';
import { projectRoot } from '../src/cli/project-root.ts';
import { cleanBuild, distFiles, hashFile } from './build-tools.ts';

const { positionals } = commandLine(
  'check:deterministic',
  `Usage: npm run check:deterministic

After a build (npm test makes one): builds the site once more from clean and compares that build's
dist/ with the earlier one byte for byte. Exit code 0 when they are the same, 1 when a file differs,
only one build made it, or there is no earlier build; 2 on a wrong argument.`,
  {},
);
if (positionals.length > 0) fail('check:deterministic', `it takes no paths, found ${positionals.join(' ')}`);

const ALLOWED: { pattern: RegExp; reason: string }[] = [];

function snapshot(): Map<string, string> {
  return new Map(distFiles().map((f) => [f, hashFile(f)]));
}

if (!existsSync(distDir(projectRoot()))) {
  console.error('check-deterministic: no dist/ to compare: build this commit first (npm run build), then run this again');
  process.exit(1);
}
const first = snapshot();
await cleanBuild();
const second = snapshot();
const differing = [...new Set([...first.keys(), ...second.keys()])]
  .filter((f) => first.get(f) !== second.get(f))
  .sort();
const allowed = differing.filter((f) => ALLOWED.some((a) => a.pattern.test(f)));
const unexpected = differing.filter((f) => !allowed.includes(f));

console.log(`check-deterministic: ${first.size} files; ${differing.length} differ (${allowed.length} allowed as time-dependent)`);
for (const f of allowed) console.log(`  allowed: ${f} (${ALLOWED.find((a) => a.pattern.test(f))?.reason})`);
for (const f of unexpected) {
  const where = !first.has(f) ? 'only in the clean build' : !second.has(f) ? 'only in the earlier build' : 'content differs';
  console.error(`  differs: ${f} (${where})`);
}
if (unexpected.length > 0) {
  console.error('  (if dist/ was built before the tree last changed, build again with npm run build and rerun this)');
}
process.exitCode = unexpected.length > 0 ? 1 : 0;
