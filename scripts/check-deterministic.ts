// npm run check:deterministic — two clean builds of the same commit must produce the same files,
// byte for byte, except what is documented below as time-dependent. Fails listing any other file
// that differs, or a file only one build produced.
//
// Allowed to differ (time-dependent by design):
// - none at present. Checked on Astro 7.3 / Starlight 0.42 / Pagefind 1.5: the sitemap carries no
//   <lastmod> (the sitemap integration sets none unless configured), Pagefind's index and fragment
//   file names are content hashes, and the pages show the date of each example's *recorded* run
//   (records/, committed), not the build date.
// If a time-dependent output is added later (e.g. a build date in a footer), add its path pattern to
// ALLOWED with the reason.
import { commandLine, fail } from '../src/lib/command-line.ts';
import { cleanBuild, distFiles, hashFile } from './build-tools.ts';

const { positionals } = commandLine(
  'check:deterministic',
  `Usage: npm run check:deterministic

Builds the site twice from clean and compares the two dist/ folders byte for byte. Exit code 0 when
they are the same, 1 when a file differs or only one build made it, 2 on a wrong argument.`,
  {},
);
if (positionals.length > 0) fail('check:deterministic', `it takes no paths, found ${positionals.join(' ')}`);

const ALLOWED: { pattern: RegExp; reason: string }[] = [];

async function snapshot(): Promise<Map<string, string>> {
  await cleanBuild();
  return new Map(distFiles().map((f) => [f, hashFile(f)]));
}

const first = await snapshot();
const second = await snapshot();
const differing = [...new Set([...first.keys(), ...second.keys()])]
  .filter((f) => first.get(f) !== second.get(f))
  .sort();
const allowed = differing.filter((f) => ALLOWED.some((a) => a.pattern.test(f)));
const unexpected = differing.filter((f) => !allowed.includes(f));

console.log(`check-deterministic: ${first.size} files; ${differing.length} differ (${allowed.length} allowed as time-dependent)`);
for (const f of allowed) console.log(`  allowed: ${f} (${ALLOWED.find((a) => a.pattern.test(f))?.reason})`);
for (const f of unexpected) {
  const where = !first.has(f) ? 'only in the second build' : !second.has(f) ? 'only in the first build' : 'content differs';
  console.error(`  differs: ${f} (${where})`);
}
process.exitCode = unexpected.length > 0 ? 1 : 0;
