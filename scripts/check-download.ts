// npm run check:download — after a build (npm test makes one): the built code download,
// /awaited-code.tar.gz, unpacked into an empty folder outside the repository and installed with
// `npm install` as the setup page says, runs every example against its .out (the runner's
// verification, in that folder). First it runs the vitest project `installed` (test/installed/: the
// install, tsc, lint, the examples that import packages, the checker, one zip per package set). Both
// take too long for npm test, so .ci/run runs them as a stage of their own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtSite, distDir } from '../src/built-site/dist.ts';
import { catalogue } from '../src/catalogue/catalogue.ts';
import { commandLine, fail } from '../src/cli/command-line.ts';
import { DOWNLOAD_FOLDER, DOWNLOAD_URL } from '../src/downloads/code-download.ts';
import { installUnpacked, unpackTarball } from '../src/downloads/unpacked-download.ts';
import { describeProblems, verifyExample } from '../src/runner/verify.ts';

const { positionals } = commandLine(
  'check:download',
  `Usage: npm run check:download

After a build (npm test makes one): runs the tests in test/installed/ (the downloads installed with
npm: the archive's tsc, lint, package-importing examples and checker; one zip per package set), then unpacks dist${DOWNLOAD_URL} into an empty folder, runs npm install
there, and runs every example from that folder against its .out. Prints each failure and the seconds
it took. Exit code 0 when every example passes, 1 when one fails or there is no build; 2 on a wrong
argument.`,
  {},
);
if (positionals.length > 0) fail('check:download', `it takes no paths, found ${positionals.join(' ')}`);

const examples = catalogue();
if (!existsSync(distDir(examples.root))) {
  console.error('check-download: no dist/ to take the download from: build first (npm run build), then run this again');
  process.exit(1);
}
// The tests first: they say what is wrong more precisely than a failing example would.
const tests = spawnSync(process.execPath, [path.join(examples.root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'installed'], { cwd: examples.root, stdio: 'inherit' });
if (tests.status !== 0) {
  console.error('check-download: the tests in test/installed/ failed (above): fix them, then run this again');
  process.exit(1);
}
const started = performance.now();
const seconds = (): string => ((performance.now() - started) / 1000).toFixed(1);
const work = mkdtempSync(path.join(tmpdir(), 'awaited-check-download-'));
try {
  const unpacked = path.join(work, DOWNLOAD_FOLDER);
  await unpackTarball(path.join(builtSite(examples.root).dir, DOWNLOAD_URL), work);
  await installUnpacked(unpacked);
  console.log(`check-download: unpacked and installed in ${seconds()} s`);
  const failed: string[] = [];
  for (const id of examples.programs()) {
    const { problems } = await verifyExample(examples, id, { cwd: unpacked });
    if (problems.length > 0) {
      failed.push(id);
      console.error(describeProblems(`${id} (in the code download)`, problems));
    }
  }
  console.log(`check-download: ${String(examples.programs().length - failed.length)} of ${String(examples.programs().length)} examples pass from the unpacked download, in ${seconds()} s`);
  process.exitCode = failed.length > 0 ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
