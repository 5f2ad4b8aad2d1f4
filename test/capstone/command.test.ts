// `npm run exercise -- build/N [--dir folder]` as a learner runs it: its exit code and what it says.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createCapstoneCatalogue } from '../../src/capstone/catalogue.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const root = projectRoot();

async function exercise(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.join(root, 'scripts', 'exercise.mjs'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm run exercise -- build/N', () => {
  it('grades a tree that solves the step: exit 0, "done"', async () => {
    // Step 5: one check, one start of the service.
    const tree = createCapstoneCatalogue(root).writeTree(5, path.join(root, '.cache', 'capstone', 'trees', 'command-after-5'));
    const { code, stdout } = await exercise('build/context-and-logs', '--dir', tree);
    expect(stdout).toContain('Capstone step 5 (build/5): Context and logs\n✓ done:');
    expect(code).toBe(0);
  });

  it('refuses a step that does not exist, with the choices: exit 2', async () => {
    const { code, stderr } = await exercise('build/99');
    expect(stderr).toMatch(/^exercise: there is no capstone step "build\/99"; the steps are build\/1 \(first-endpoint\), build\/2 \(calling-upstreams\), /);
    expect(code).toBe(2);
  });
});
