// Only the runtime catches these: the scenarios of examples/forgotten-await/runtime.ts, each in its
// own process, and the exit codes the page states.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/catalogue/catalogue.ts';

const examplePath = (id: string): string => catalogue().file(id).path;

function run(scenario: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [examplePath('forgotten-await/runtime.ts'), scenario], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
}

describe('unhandled rejections on Node 24', () => {
  it('a floating promise that rejects ends the process with exit code 1', () => {
    const { status, stdout, stderr } = run('floating');
    expect(status).toBe(1);
    expect(stdout).toBe(''); // 'done' never printed
    expect(stderr).toMatch(/^Error: disk full$/m);
  });

  it('awaiting slow before fast crashes before the catch runs', () => {
    const { status, stdout } = run('sequential');
    expect(status).toBe(1);
    expect(stdout).not.toContain('caught');
  });

  it('Promise.all([slow, fast]) is caught', () => {
    const { status, stdout } = run('together');
    expect(status).toBe(0);
    expect(stdout.trim()).toBe('caught');
  });

  it('--unhandled-rejections=warn turns the crash back into a warning (the pre-15 behaviour)', () => {
    const result = spawnSync(process.execPath, ['--unhandled-rejections=warn', examplePath('forgotten-await/runtime.ts'), 'floating'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('done');
  });
});
