// The exercises catalogue on fixture trees: what it lists and reads once, and each refusal, with the
// README's line and what to do (test/fixtures/exercises/broken/ holds one wrong README per folder).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExerciseCatalogue, exerciseCatalogue } from '../../src/exercises/catalogue.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { thrown } from '../support/thrown.ts';

const fixtures = path.join(projectRoot(), 'test', 'fixtures');
const broken = createExerciseCatalogue(path.join(fixtures, 'exercises', 'broken'));


describe('the exercises catalogue', () => {
  it('lists the NN-name folders of <root>/exercises and reads each README into its task', () => {
    const exercises = createExerciseCatalogue(fixtures);
    expect(exercises.ids()).toEqual([{ number: '01', folder: '01-fixture' }]);
    expect(exercises.find('1')).toMatchObject({
      id: { number: '01', folder: '01-fixture' },
      dir: path.join(fixtures, 'exercises', '01-fixture'),
      readme: 'exercises/01-fixture/README.md',
      task: { title: 'A fixture', page: 'guides/forgotten-await', section: 'what-the-compiler-misses', task: ['A task.'], hints: ['A hint.'] },
    });
  });

  it('reads each exercise once, and is one catalogue per root', () => {
    const exercises = exerciseCatalogue(fixtures);
    expect(exercises.find('01')).toBe(exercises.all()[0]);
    expect(exerciseCatalogue(fixtures)).toBe(exercises);
  });

  it('refuses a name that is no exercise, listing the ones there are', () => {
    expect(thrown(() => createExerciseCatalogue(fixtures).find('7'))).toBe('there is no exercise "7"; the exercises are 01');
  });

  it('refuses two exercises with one number', () => {
    expect(thrown(() => createExerciseCatalogue(path.join(fixtures, 'exercises', 'duplicate')).ids())).toBe(
      "exercises/01-b: its number 01 is also exercises/01-a's: give one of them the next free number",
    );
  });

  it('stops at the first wrong README when asked for all', () => {
    expect(() => broken.all()).toThrow('exercises/01-no-frontmatter/README.md:1: ');
  });

  it.each([
    ['01', 'exercises/01-no-frontmatter/README.md:1: starts with a frontmatter block between --- lines: title, page (the slug it practises) and section (a heading anchor on that page)'],
    ['02', 'exercises/02-unclosed-frontmatter/README.md:1: its frontmatter is never closed: end it with a --- line'],
    ['03', 'exercises/03-not-key-value/README.md:2: frontmatter line "title A fixture" is not "key: value"'],
    ['04', 'exercises/04-missing-field/README.md:1: frontmatter needs "section:", a heading anchor on that page, without #, e.g. what-the-compiler-misses'],
    [
      '05',
      [
        'exercises/05-bad-values/README.md:2: frontmatter "title: " is empty: give the exercise a title',
        'exercises/05-bad-values/README.md:3: frontmatter "page: Guides/Forgotten Await" is not a page slug like guides/cancellation',
        'exercises/05-bad-values/README.md:4: frontmatter "section: #what-the-compiler-misses" is not a heading anchor like what-the-compiler-misses (no #, no spaces)',
      ].join('\n'),
    ],
    ['06', 'exercises/06-unknown-field/README.md:1: frontmatter needs "section:", a heading anchor on that page, without #, e.g. what-the-compiler-misses\nexercises/06-unknown-field/README.md:4: frontmatter field "sections:" is not one of title, page, section: remove it or correct its name'],
    ['07', 'exercises/07-twice/README.md:4: frontmatter has "title:" twice (also on line 2): keep one'],
    ['08', 'exercises/08-no-hints/README.md:12: has no "## Hints" heading: add one after the task, with a list of hints ("- …")'],
    ['09', 'exercises/09-two-hints/README.md:13: has a second "## Hints" heading (the first is on line 9): keep one'],
    ['10', 'exercises/10-no-task/README.md:9: states no task before "## Hints": write it above, in a paragraph or two'],
    ['11', 'exercises/11-no-hint/README.md:9: lists no hint under "## Hints": add a list ("- …")'],
    ['12', 'exercises/12-no-readme/README.md: missing: every exercise folder has a README.md with its title, page, section, task and hints'],
  ])('refuses exercise %s with its message', (number, message) => {
    expect(thrown(() => broken.find(number))).toBe(message);
  });
});
