// `npm run check:download` refuses, with what to run, when there is no build to take the download from
// (here on the fixture project, which has none). What it does after a build is `.ci/run`'s stage.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/cli/project-root.ts';

const repo = projectRoot();
const fixture = path.join(repo, 'test', 'fixtures', 'catalogue');

describe('npm run check:download', () => {
  it('without a build, says to build first and exits 1', async () => {
    expect(existsSync(path.join(fixture, 'dist'))).toBe(false);
    const failed = await promisify(execFile)(process.execPath, [path.join(repo, 'scripts', 'check-download.ts')], { cwd: fixture }).then(
      () => ({ code: 0, stderr: '' }),
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed).toMatchObject({ code: 1, stderr: 'check-download: no dist/ to take the download from: build first (npm run build), then run this again\n' });
  });
});
