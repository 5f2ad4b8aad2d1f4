// What the grader reports when the learner's file misbehaves, on fixtures (test/fixtures/exercises/):
// a wrong answer, a file that does not load, a hang, a promise nobody handles, a process that ends
// or never yields. Each must become plain words, never a crash or a hang of the checker.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exerciseCatalogue } from '../../src/exercises/catalogue.ts';
import { gradeFile } from '../../src/exercises/grade.ts';
import type { GradeResult } from '../../src/exercises/exercises.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const exercise = exerciseCatalogue(path.join(projectRoot(), 'test', 'fixtures')).find('01');
const grade = (file: string, timeoutMs?: number): Promise<GradeResult> => gradeFile(exercise, file, timeoutMs === undefined ? {} : { timeoutMs });

describe('grading', () => {
  it('passes a right file and names the failing check of a wrong one with its message', async () => {
    expect(await grade('right.ts')).toEqual({ kind: 'checked', checks: [{ name: 'answer is 42', ok: true }, { name: 'answer leaves nothing unhandled', ok: true }] });
    expect(await grade('wrong.ts')).toEqual({ kind: 'checked', checks: [{ name: 'answer is 42', ok: false, message: 'answer() is not 42' }, { name: 'answer leaves nothing unhandled', ok: true }] });
  });

  it('says a file did not load, with the code frame of a syntax error or the error thrown at import', async () => {
    const syntax = await grade('syntax.ts');
    expect(syntax.kind).toBe('did-not-load');
    expect(syntax.kind === 'did-not-load' && syntax.message).toMatch(/syntax\.ts:1\nexport function answer\(: number \{\n.*\^[\s\S]*SyntaxError/);
    const throws = await grade('throws.ts');
    expect(throws.kind === 'did-not-load' && throws.message).toMatch(/^Error: boom at import\n {4}at file:.*throws\.ts:1/);
  });

  it('fails a check that never settles, after its deadline', async () => {
    const result = await grade('hangs.ts');
    expect(result.kind === 'checked' && result.checks[0]).toEqual({ name: 'answer is 42', ok: false, message: 'did not finish within 0.3 s: something is never settled' });
  });

  it('fails the check during which a promise rejected with no handler, instead of ending the process', async () => {
    const result = await grade('unhandled.ts');
    expect(result.kind === 'checked' && result.checks.map((c) => [c.ok, c.message])).toEqual([
      [false, 'a promise rejected and nothing handled it (a real program would end here): lost'],
      [false, 'a promise rejected and nothing handled it (a real program would end here): lost'],
    ]);
  });

  it('reports a process that ends before the checks finish, or never yields, as not finished', async () => {
    expect(await grade('exits.ts')).toEqual({ kind: 'crashed', message: 'the process ended with exit code 3 before the checks finished' });
    expect(await grade('spins.ts', 1_500)).toEqual({ kind: 'crashed', message: 'stopped after 1.5 s without finishing' });
  });
});
