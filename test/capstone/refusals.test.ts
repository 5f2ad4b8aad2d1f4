// What the capstone machinery refuses, and the exact words: a step folder numbered out of order or
// without its README, and a service that does not start (no check can run).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCapstoneCatalogue } from '../../src/capstone/catalogue.ts';
import { startService } from '../../src/capstone/service-process.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'capstone-refusals-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project root holding capstone/steps/<folder>/README.md for each of `folders` (a README only when given). */
function project(name: string, steps: Record<string, string | undefined>): string {
  const root = path.join(scratch, name);
  mkdirSync(path.join(root, 'capstone', 'service'), { recursive: true });
  for (const [folder, readme] of Object.entries(steps)) {
    mkdirSync(path.join(root, 'capstone', 'steps', folder), { recursive: true });
    if (readme !== undefined) writeFileSync(path.join(root, 'capstone', 'steps', folder, 'README.md'), readme);
  }
  return root;
}

const README = (slug: string): string => `---\ntitle: T\npage: build/${slug}\nsection: s\n---\n\nThe task.\n\n## Hints\n\n- A hint.\n`;

describe('the capstone catalogue refuses', () => {
  it('a gap in the numbers', () => {
    const root = project('gap', { '1-first': README('first'), '3-third': README('third') });
    expect(() => createCapstoneCatalogue(root).steps()).toThrow('capstone/steps/3-third: the steps are numbered 1, 2, … without a gap, and this one should be 2');
  });

  it('a step without its README', () => {
    const root = project('no-readme', { '1-first': undefined });
    expect(() => createCapstoneCatalogue(root).steps()).toThrow('capstone/steps/1-first/README.md: missing: every step folder has a README.md with its title, page, section, task and hints');
  });
});

describe('starting a service', () => {
  it('that ends before its listening line is refused with what it printed', async () => {
    const tree = path.join(scratch, 'crashing');
    mkdirSync(tree, { recursive: true });
    writeFileSync(path.join(tree, 'main.ts'), "console.log(JSON.stringify({ msg: 'starting' }));\nthrow new Error('DATABASE_URL is not set');\n");
    await expect(startService(tree, { env: {} })).rejects.toThrow(/^the service ended before it logged its "listening" line \(msg "listening" with its url\); its last output:\n {2}\{"msg":"starting"\}\n[^]*Error: DATABASE_URL is not set/);
  });
});
