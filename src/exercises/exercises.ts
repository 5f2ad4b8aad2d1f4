// The exercises under exercises/NN-name/: which folders are exercises, which one `npm run exercise
// [-- NN]` grades, and the plain words a learner reads about a grading result. Pure: the exercises
// catalogue (src/exercises/catalogue.ts) reads the files and src/exercises/grade.ts runs the checks.
import type { SiteLinks } from './site-url.ts';

/** One exercise folder, `NN-name`. */
export interface ExerciseId {
  /** The two-digit number, as typed after `npm run exercise --`. */
  number: string;
  /** The folder name, `NN-name`. */
  folder: string;
}

/** What an exercise's README.md says, from its frontmatter and body (src/exercises/readme.ts). */
export interface ExerciseTask {
  title: string;
  /** The slug of the page it practises, e.g. `guides/cancellation`. */
  page: string;
  /** The heading anchor on that page, without `#`. */
  section: string;
  /** The task statement: paragraphs of plain text with `inline code`. */
  task: string[];
  hints: string[];
}

/** The outcome of one check, as the grading child reports it. */
export interface CheckResult {
  name: string;
  ok: boolean;
  /** Why it failed, in plain words (an assertion message, an error, a promise nobody handled). */
  message?: string;
}

/** What grading one file gave: the checks' results, or why they could not run. */
export type GradeResult =
  | { kind: 'checked'; checks: CheckResult[] }
  /** The file did not load (a syntax error, a throw at import, a missing export). */
  | { kind: 'did-not-load'; message: string }
  /** The checks never reported: the process crashed or hung. */
  | { kind: 'crashed'; message: string };

const FOLDER = /^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The exercise folders among `names`, in order; other names (lib, node_modules) are not exercises. */
export function exerciseIds(names: string[]): ExerciseId[] {
  return names
    .flatMap((folder) => {
      const match = FOLDER.exec(folder);
      return match?.[1] === undefined ? [] : [{ number: match[1], folder }];
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The exercise a command-line argument names: `4`, `04` or `04-name`. Throws a message listing the choices. */
export function findExercise(ids: ExerciseId[], argument: string): ExerciseId {
  const wanted = /^\d+$/.test(argument) ? argument.padStart(2, '0') : argument;
  const found = ids.find((id) => id.number === wanted || id.folder === wanted);
  if (found) return found;
  throw new Error(`there is no exercise "${argument}"; the exercises are ${ids.map((id) => id.number).join(', ')}`);
}

/** Wraps `text` at 100 columns, the first line after `first`, the others after `rest`. */
export function wrap(text: string, first: string, rest: string, width = 100): string {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    if (line.length + word.length > width && line.trim().length > first.trim().length) {
      lines.push(line.trimEnd());
      line = rest;
    }
    line += `${word} `;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/** The exercise's stable anchor on the site, from its name (not its number, which may move). */
export function exerciseAnchor(id: ExerciseId): string {
  return `exercise-${id.folder.slice(3)}`;
}

/** What a learner types to grade it. */
export function exerciseCommand(id: ExerciseId): string {
  return `npm run exercise -- ${id.number}`;
}

/** The address of the section an exercise practises. */
export function sectionUrl(task: Pick<ExerciseTask, 'page' | 'section'>): string {
  return `/${task.page}/#${task.section}`;
}

/**
 * Why a file did not load, from the error's stack: the code frame and message Node gives, and the
 * learner's own frames, without Node's internals (or the checker's own lines, `checkerPath`).
 */
export function describeLoadError(stack: string, checkerPath: string): string {
  return stack
    .split('\n')
    .filter((line) => !/^\s+at /.test(line) || !(line.includes('node:') || line.includes(checkerPath)))
    .join('\n')
    .trim();
}

/** Whether every check passed. */
export function solved(result: GradeResult): boolean {
  return result.kind === 'checked' && result.checks.length > 0 && result.checks.every((check) => check.ok);
}

/** Splits text on `inline code` spans, for rendering: odd parts are code. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text.split('`').map((part, index) => ({ code: index % 2 === 1, text: part }));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');
}

/** What the learner reads after grading, in plain words. `site` says where the section link points. */
export function describeGrade(id: ExerciseId, task: ExerciseTask, file: string, result: GradeResult, site: SiteLinks = { base: '' }): string {
  const heading = `Exercise ${id.number}: ${task.title}`;
  if (solved(result)) {
    const count = result.kind === 'checked' ? result.checks.length : 0;
    return `${heading}\n✓ solved: ${file} passes all ${count} check${count === 1 ? '' : 's'}.\n`;
  }
  const lines = [heading];
  if (result.kind === 'checked') {
    const failing = result.checks.filter((check) => !check.ok);
    lines.push(`✗ ${failing.length} of ${result.checks.length} check${result.checks.length === 1 ? '' : 's'} still fail${failing.length === 1 ? 's' : ''} for ${file}:`);
    for (const check of result.checks) {
      lines.push(check.ok ? `  ✓ ${check.name}` : `  ✗ ${check.name}\n      ${(check.message ?? 'failed').split('\n').join('\n      ')}`);
    }
  } else if (result.kind === 'did-not-load') {
    lines.push(`✗ ${file} did not load, so no check could run:`, indent(result.message));
  } else {
    lines.push(`✗ the checks did not finish for ${file}:`, indent(result.message));
  }
  lines.push('', 'Task:', ...task.task.map((p) => wrap(p, '  ', '  ')), '', 'Hints:', ...task.hints.map((hint) => wrap(hint, '  - ', '    ')));
  lines.push('', `Read: ${site.base}${sectionUrl(task)}`);
  if (site.note) lines.push(wrap(site.note, '  ', '  '));
  return `${lines.join('\n')}\n`;
}
