// What each step of the build track asks, for the onboarding path's times: its task and the lines of
// code its solution writes against the tree before it (the capstone catalogue's overlay).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capstoneStepWork, treeWrittenLines, writtenLines } from '../../../src/capstone/step-work.ts';

const root = path.join(import.meta.dirname, '..', '..', 'fixtures', 'catalogue');

describe('writtenLines', () => {
  it('counts the lines of code added or changed, and a new file whole', () => {
    expect(writtenLines('a\nb\nc\n', 'a\nB\nc\n\nd\n')).toBe(2);
    expect(writtenLines('a\nb\n', 'b\n')).toBe(0);
    expect(writtenLines(undefined, 'x\n\ny\n')).toBe(2);
    expect(writtenLines(undefined, '// #region r\nx\n// #endregion r\n')).toBe(1);
    expect(writtenLines(undefined, '// why\n/**\n * what\n */\nx();\n')).toBe(1);
  });
});

describe('treeWrittenLines', () => {
  it('counts the source files that change, and not the others', () => {
    const before = new Map([['a.ts', 'x\n'], ['b.ts', 'y\n']]);
    const after = new Map([['a.ts', 'x\n'], ['b.ts', 'y\nz\n'], ['c.ts', 'w\n'], ['notes.md', 'words\n']]);
    expect(treeWrittenLines(before, after)).toBe(2);
  });
});

describe('capstoneStepWork', () => {
  it('takes the steps in order, each against the service as the steps before it left it', () => {
    expect(capstoneStepWork(root)).toEqual([
      // main.ts against capstone/service/main.ts: two new lines (the solution's tsconfig.json is not the service's).
      { folder: 'build/1', page: 'build/first-endpoint', readme: 'capstone/steps/1-first-endpoint/README.md', section: 'the-endpoint', task: 'Serve one quote from the database. Use a pool.', writtenLines: 2 },
      // A step whose solution changes nothing.
      { folder: 'build/2', page: 'build/calling-upstreams', readme: 'capstone/steps/2-calling-upstreams/README.md', section: 'both-at-once', task: 'Call both upstreams at once. Promise.all.', writtenLines: 0 },
      // quotes.ts is new: its four lines of code (not its comment, not its markers).
      { folder: 'build/3', page: 'build/deadlines', readme: 'capstone/steps/3-deadlines/README.md', section: 'one-deadline-per-request', task: 'Give each request a deadline. An AbortSignal.', writtenLines: 4 },
    ]);
  });

  it('is empty for a project without the track', () => {
    expect(capstoneStepWork(path.join(root, 'examples'))).toEqual([]);
  });
});
