// The code download works on its own: unpacked into an empty folder, its package.json runs the
// exercise checker and a sample prints its verified output. To stay offline and fast, the folder's
// node_modules is a symlink to this project's (the versions its package.json names are the same).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_FOLDER, DOWNLOAD_PACKAGES } from '../../src/downloads/code-download.ts';
import { matchOutput } from '../../src/formats/expected-output.ts';
import { parseExpectedOutput } from '../../src/formats/output-regions.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { writeCodeArchive } from '../../src/astro/code-download-integration.ts';
import { catalogue } from '../../src/catalogue/catalogue.ts';

const root = projectRoot();
const work = mkdtempSync(path.join(tmpdir(), 'awaited-download-test-'));
const unpacked = path.join(work, DOWNLOAD_FOLDER);
const node = process.execPath;

async function run(command: string, args: string[]): Promise<{ code: number; stdout: string }> {
  // npm puts the folder's node_modules/.bin first on PATH, so `npm run` uses the pinned Node.
  const env = { ...process.env, npm_config_update_notifier: 'false', NODE_OPTIONS: '' };
  try {
    const { stdout } = await promisify(execFile)(command, args, { cwd: unpacked, env });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

beforeAll(async () => {
  const archive = path.join(work, `${DOWNLOAD_FOLDER}.tar.gz`);
  await writeCodeArchive(catalogue(), archive, 'https://awaited.dev');
  await extract({ file: archive, cwd: work });
  symlinkSync(path.join(root, 'node_modules'), path.join(unpacked, 'node_modules'), 'dir');
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the code download', () => {
  it('has a package.json that installs what the examples and the checker need', () => {
    const pkg = JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(Object.keys(pkg.devDependencies).sort()).toEqual([...DOWNLOAD_PACKAGES].sort());
    expect(pkg.scripts.exercise).toBe('node scripts/exercise.mjs');
  });

  it('runs a sample, which prints its verified output', async () => {
    const { code, stdout } = await run(node, ['examples/async-vs-sync/loops.ts']);
    expect(code).toBe(0);
    // The .out marks which lines each region prints; the markers are not output.
    const expected = parseExpectedOutput(readFileSync(path.join(root, 'examples/async-vs-sync/loops.out'), 'utf8')).text;
    expect(matchOutput(expected, stdout).problems).toEqual([]);
  });

  it('grades an exercise with npm run exercise: the starting file fails, the solution passes', async () => {
    const broken = await run('npm', ['run', '--silent', 'exercise', '--', '05']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('✗ 1 of 2 checks still fails for exercises/05-condition-on-promise/exercise.ts:');
    const fixed = await run('npm', ['run', '--silent', 'exercise', '--', '05', '--file', 'solution.ts']);
    expect(fixed.code, fixed.stdout).toBe(0);
    expect(fixed.stdout).toContain('✓ solved');
  });
});
