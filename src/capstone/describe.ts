// What a learner reads after `npm run exercise -- build/N`: per check ✓ or ✗, what is still wrong
// in plain words and the page section to read, then the task and hints. Pure.
import { sectionUrl, wrap, type ExerciseTask } from '../exercises/exercises.ts';
import type { SiteLinks } from '../exercises/site-url.ts';
import type { StepGradeResult } from './grade.ts';
import { stepCommand, type StepId } from './steps.ts';

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `${by}${line}` : line))
    .join('\n');
}

/** Whether every check passed. */
export function stepSolved(result: StepGradeResult): boolean {
  return result.kind === 'checked' && result.checks.length > 0 && result.checks.every((check) => check.ok);
}

export function describeStepGrade(id: StepId, task: ExerciseTask, tree: string, result: StepGradeResult, site: SiteLinks = { base: '' }): string {
  const heading = `Capstone step ${id.number} (build/${id.number}): ${task.title}`;
  const read = (section: string): string => `${site.base}${sectionUrl({ page: task.page, section })}`;
  if (stepSolved(result)) {
    const count = result.kind === 'checked' ? result.checks.length : 0;
    return `${heading}\n✓ done: ${tree} passes ${count === 1 ? 'the one check' : `all ${count} checks`} of this step. Next: step ${id.number + 1}.\n`;
  }
  const lines = [heading];
  if (result.kind === 'checked') {
    const failing = result.checks.filter((check) => !check.ok);
    lines.push(`✗ ${failing.length} of ${result.checks.length} check${result.checks.length === 1 ? '' : 's'} still fail${failing.length === 1 ? 's' : ''} for ${tree}:`);
    for (const check of result.checks) {
      if (check.ok) lines.push(`  ✓ ${check.name}`);
      else lines.push(`  ✗ ${check.name}`, indent(check.message ?? 'failed', '      '), `      Read: ${read(check.section)}`);
    }
  } else if (result.kind === 'did-not-load') {
    lines.push(`✗ the service in ${tree} did not start, so no check could run:`, indent(result.message, '    '));
  } else {
    lines.push(`✗ the checks did not finish for ${tree}:`, indent(result.message, '    '));
  }
  lines.push('', 'Task:', ...task.task.map((p) => wrap(p, '  ', '  ')), '', 'Hints:', ...task.hints.map((hint) => wrap(hint, '  - ', '    ')));
  lines.push('', `Read: ${read(task.section)}`);
  if (site.note) lines.push(wrap(site.note, '  ', '  '));
  lines.push(`Stuck? Compare with capstone/steps/${id.folder}/solution/ (only the files this step changes). Run ${stepCommand(id)} again when you have changed it.`);
  return `${lines.join('\n')}\n`;
}
