// The exercises' pure logic: which folders are exercises, which one an argument names, and the words
// a learner reads. What a README must hold is in test/exercises/catalogue.test.ts.
import { describe, expect, it } from 'vitest';
import { codeSpans, describeGrade, describeLoadError, exerciseAnchor, exerciseCommand, wrap, exerciseIds, findExercise, sectionUrl, solved, type ExerciseTask, type GradeResult } from '../../src/exercises/exercises.ts';

describe('exerciseIds', () => {
  it('keeps NN-name folders, in order, and skips everything else', () => {
    expect(exerciseIds(['02-b', 'lib', '01-a-b', '1-short', '03-Upper', 'README.md'])).toEqual([
      { number: '01', folder: '01-a-b' },
      { number: '02', folder: '02-b' },
    ]);
  });
});

describe('findExercise', () => {
  const ids = exerciseIds(['01-a', '02-b', '12-c']);
  it('takes 2, 02 or the folder name', () => {
    expect(findExercise(ids, '2').folder).toBe('02-b');
    expect(findExercise(ids, '02').folder).toBe('02-b');
    expect(findExercise(ids, '12-c').folder).toBe('12-c');
  });
  it('refuses an unknown one, listing the choices', () => {
    expect(() => findExercise(ids, '7')).toThrow('there is no exercise "7"; the exercises are 01, 02, 12');
  });
});

describe('grading words', () => {
  const id = { number: '02', folder: '02-for-each-async' };
  const task: ExerciseTask = {
    title: 'Wait for every save',
    page: 'guides/async-vs-sync',
    section: 'loops',
    task: ['`saveAll` should resolve once every item is saved.', 'Second paragraph.'],
    hints: ['First hint, continued.', 'Second hint.'],
  };
  const failing: GradeResult = {
    kind: 'checked',
    checks: [
      { name: 'resolves after every save', ok: false, message: 'resolved when 0 of 3 were saved\nand more' },
      { name: 'runs them together', ok: true },
    ],
  };

  it('solved means every check ran and passed', () => {
    expect(solved({ kind: 'checked', checks: [{ name: 'a', ok: true }] })).toBe(true);
    expect(solved(failing)).toBe(false);
    expect(solved({ kind: 'checked', checks: [] })).toBe(false);
    expect(solved({ kind: 'crashed', message: 'x' })).toBe(false);
  });

  it('names each failing check with its reason, then the task, the hints and the section', () => {
    expect(describeGrade(id, task, 'exercise.ts', failing, { base: 'https://site' })).toBe(
      [
        'Exercise 02: Wait for every save',
        '✗ 1 of 2 checks still fails for exercise.ts:',
        '  ✗ resolves after every save',
        '      resolved when 0 of 3 were saved',
        '      and more',
        '  ✓ runs them together',
        '',
        'Task:',
        '  `saveAll` should resolve once every item is saved.',
        '  Second paragraph.',
        '',
        'Hints:',
        '  - First hint, continued.',
        '  - Second hint.',
        '',
        'Read: https://site/guides/async-vs-sync/#loops',
        '',
      ].join('\n'),
    );
  });

  it('says under the section link when it points to the local server', () => {
    const text = describeGrade(id, task, 'exercise.ts', failing, { base: 'http://127.0.0.1:4321', note: 'Served by npm start.' });
    expect(text.endsWith('\nRead: http://127.0.0.1:4321/guides/async-vs-sync/#loops\n  Served by npm start.\n')).toBe(true);
  });

  it('says when the file did not load or the checks did not finish', () => {
    expect(describeGrade(id, task, 'exercise.ts', { kind: 'did-not-load', message: 'SyntaxError: x' })).toContain('✗ exercise.ts did not load, so no check could run:\n    SyntaxError: x');
    expect(describeGrade(id, task, 'exercise.ts', { kind: 'crashed', message: 'stopped' })).toContain('✗ the checks did not finish for exercise.ts:\n    stopped');
  });

  it('is one line when solved', () => {
    expect(describeGrade(id, task, 'exercise.ts', { kind: 'checked', checks: [{ name: 'a', ok: true }] })).toBe('Exercise 02: Wait for every save\n✓ solved: exercise.ts passes all 1 check.\n');
  });

  it('wraps long lines at 100 columns, indenting the continuation', () => {
    const text = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const lines = wrap(text, '  - ', '    ').split('\n');
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines[0]?.startsWith('  - word0 ')).toBe(true);
    expect(lines[1]?.startsWith('    word')).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').replace('- ', '').trim()).toBe(text);
  });

  it('anchors an exercise by its name and names the command that grades it', () => {
    expect(exerciseAnchor(id)).toBe('exercise-for-each-async');
    expect(exerciseCommand(id)).toBe('npm run exercise -- 02');
  });

  it('links the section and splits inline code for rendering', () => {
    expect(sectionUrl(task)).toBe('/guides/async-vs-sync/#loops');
    expect(codeSpans('call `f()` twice')).toEqual([
      { code: false, text: 'call ' },
      { code: true, text: 'f()' },
      { code: false, text: ' twice' },
    ]);
  });
});

describe('describeLoadError', () => {
  it("keeps Node's code frame and message and the learner's frames, not Node's internals or the checker", () => {
    const stack = [
      '/x/exercise.ts:1',
      'export async function f(a: string {',
      '                                  ^',
      '',
      "SyntaxError [ERR_INVALID_TYPESCRIPT_SYNTAX]: Expected ',', got '{'",
      '    at parseTypeScript (node:internal/modules/typescript:72:36)',
      '    at file:///x/exercise.ts:2:1',
      '    at grade (file:///x/src/exercises/child.ts:60:14)',
    ].join('\n');
    expect(describeLoadError(stack, '/src/exercises/child.ts')).toBe(
      ['/x/exercise.ts:1', 'export async function f(a: string {', '                                  ^', '', "SyntaxError [ERR_INVALID_TYPESCRIPT_SYNTAX]: Expected ',', got '{'", '    at file:///x/exercise.ts:2:1'].join('\n'),
    );
  });
});
