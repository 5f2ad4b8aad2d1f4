// What each step of the build track asks, for the onboarding path's times: its task and the lines its
// solution writes against the tree before it (the starting service, then each earlier step's solution).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { capstoneStepWork, sectionOf, taskText, writtenLines } from '../../../src/capstone/step-work.ts';

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

describe('a step README', () => {
  it('gives its task without the frontmatter, and its section', () => {
    const readme = '---\ntitle: T\npage: build/deadlines\nsection: "one-deadline"\n---\nDo it.\n';
    expect(taskText(readme)).toBe('Do it.\n');
    expect(sectionOf(readme)).toBe('one-deadline');
    expect(sectionOf('Do it.\n')).toBe('');
  });
});

describe('capstoneStepWork', () => {
  it('takes the steps in order, each against the service as the steps before it left it', () => {
    expect(capstoneStepWork(root)).toEqual([
      // main.ts against capstone/service/main.ts: two new lines.
      { folder: 'build/1', page: 'build/first-endpoint', readme: 'capstone/steps/1-first-endpoint/README.md', section: 'the-endpoint', task: 'Serve one quote from the database.\n', writtenLines: 2 },
      // A step without a README yet reads as no task; quotes.ts is new: its four lines of code (not its comment, not its markers).
      { folder: 'build/3', page: 'build/deadlines', readme: 'capstone/steps/3-deadlines/README.md', section: '', task: '', writtenLines: 4 },
    ]);
  });

  it('is empty for a project without the track', () => {
    expect(capstoneStepWork(path.join(root, 'examples'))).toEqual([]);
  });
});
