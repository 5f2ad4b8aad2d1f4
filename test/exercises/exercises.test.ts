// Every exercise can be done and none can rot: its starting file loads and fails at least one of
// its checks, its solution passes all of them, and its README names a section that exists.
import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { describeGrade, solved } from '../../src/exercises/exercises.ts';
import { exerciseCatalogue } from '../../src/exercises/catalogue.ts';
import { gradeFile } from '../../src/exercises/grade.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const exercises = exerciseCatalogue(projectRoot()).all();
const ids = exercises.map((exercise) => exercise.id);

/** The heading anchors of a page, as Starlight makes them (github-slugger over the heading's text). */
/** A heading's text as Starlight slugs it: no code ticks, MDX's entities decoded (`Promise&lt;void&gt;`). */
function headingText(source: string): string {
  return source.replaceAll('`', '').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

function anchors(page: string): string[] {
  const slugger = new GithubSlugger();
  const source = readFileSync(`content/docs/${page}.mdx`, 'utf8');
  return [...source.matchAll(/^#{2,4} (.+)$/gm)].map((match) => slugger.slug(headingText(match[1] ?? '')));
}

describe('exercises', () => {
  it('there are at least 10 of them, numbered from 01 without gaps', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    expect(ids.map((id) => id.number)).toEqual(ids.map((_, i) => String(i + 1).padStart(2, '0')));
  });

  describe.each(exercises)('$readme', (exercise) => {
    const { id, task } = exercise;

    it('practises a section that exists on its page', () => {
      expect(anchors(task.page)).toContain(task.section);
    });

    it('its starting file loads and still fails a check', async () => {
      const result = await gradeFile(exercise, 'exercise.ts');
      expect(result.kind, describeGrade(id, task, 'exercise.ts', result)).toBe('checked');
      expect(solved(result), 'exercise.ts passes every check: there is nothing left to fix').toBe(false);
    });

    it('its solution passes every check', async () => {
      const result = await gradeFile(exercise, 'solution.ts');
      expect(solved(result), describeGrade(id, task, 'solution.ts', result)).toBe(true);
    });
  });
});
