// `npm run exercise` as a learner runs it: plain words and an exit code that says whether it is solved.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SITE_URL, siteLinks } from '../../src/exercises/site-url.ts';

const runOn = async (node: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(node, ['scripts/exercise.mjs', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};
const run = (...args: string[]) => runOn(process.execPath, ...args);

describe('npm run exercise', () => {
  it('names what still fails, the task, the hints and the section to read, and exits 1', async () => {
    const { code, stdout } = await run('5');
    expect(code).toBe(1);
    expect(stdout).toContain('Exercise 05: A condition on a promise');
    expect(stdout).toContain('✗ 1 of 2 checks still fails for exercises/05-condition-on-promise/exercise.ts:');
    expect(stdout).toContain('  ✗ a user who is not banned may post\n      canPost("ada") is false, but ada is not banned');
    expect(stdout).toContain('  ✓ a banned user may not post');
    expect(stdout).toContain('Hints:\n  - A promise is an object');
    expect(stdout).toContain(`Read: ${siteLinks(SITE_URL).base}/guides/forgotten-await/#what-the-compiler-misses`);
  });

  it('says solved and exits 0 for a file that passes', async () => {
    const { code, stdout } = await run('05', '--file', 'solution.ts');
    expect(code).toBe(0);
    expect(stdout).toBe('Exercise 05: A condition on a promise\n✓ solved: exercises/05-condition-on-promise/solution.ts passes all 2 checks.\n');
  });

  it('with no number, grades the first exercise not yet solved', async () => {
    const { code, stdout } = await run();
    expect(code).toBe(1);
    expect(stdout).toContain('Exercise 01: A retry that really tries again');
    expect(stdout).toContain('When it passes, run npm run exercise again for the next one.');
  });

  it('refuses a number that is no exercise, listing the ones there are (exit 2)', async () => {
    const { code, stderr } = await run('99');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^exercise: there is no exercise "99"; the exercises are 01, 02, .*, \d{2}\n$/);
  });

  // The system Node of a Debian 12 machine (20.x) is the old Node a learner is likely to have.
  it.runIf(existsSync('/usr/bin/node'))('on a Node too old to load .ts files, names the Node it needs in one line and exits 2', async () => {
    const { code, stdout, stderr } = await runOn('/usr/bin/node', '05');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^exercise: this is Node \d+\.\d+\.\d+; the checker runs \.ts files as they are, which needs Node 24 \(or 22\.18\+\): install it from https:\/\/nodejs\.org\/ \(or run nvm install 24\), then run npm run exercise again\.\n$/);
  });
});
