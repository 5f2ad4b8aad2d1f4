// An exercise's README.md: a frontmatter of `key: value` lines, validated by a Zod schema (the title,
// the page and the section it practises), the task in paragraphs, then `## Hints` with a list. Pure:
// the exercises catalogue reads the file and asks this once. Each refusal names the file and line.
// Zod, not `astro/zod`: this ships in the code download, which has no Astro.
import { z } from 'zod';
import type { ExerciseTask } from './exercises.ts';

/** What each frontmatter field holds, for the message when one is missing. */
const FIELDS = {
  title: "the exercise's title",
  page: 'the slug of the page it practises, e.g. guides/cancellation',
  section: 'a heading anchor on that page, without #, e.g. what-the-compiler-misses',
} as const;

/** The frontmatter; a field it does not name is refused, so a misspelt one cannot pass unnoticed. */
export const frontmatterSchema = z.strictObject({
  title: z.string().min(1, 'is empty: give the exercise a title'),
  page: z.string().regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, 'is not a page slug like guides/cancellation'),
  section: z.string().regex(/^[^\s#]+$/, 'is not a heading anchor like what-the-compiler-misses (no #, no spaces)'),
});

export class ExerciseReadmeError extends Error {
  override name = 'ExerciseReadmeError';
}

/** Parses the README `file` (named from the project root) with text `text`; throws naming `file:line` and what to write. */
export function parseReadme(file: string, text: string): ExerciseTask {
  const lines = text.replaceAll('\r\n', '\n').split('\n');
  const refuse = (problems: { line: number; text: string }[]): never => {
    throw new ExerciseReadmeError(problems.map((p) => `${file}:${p.line}: ${p.text}`).join('\n'));
  };
  const fence = 'starts with a frontmatter block between --- lines: title, page (the slug it practises) and section (a heading anchor on that page)';
  if (lines[0] !== '---') return refuse([{ line: 1, text: fence }]);
  const close = lines.indexOf('---', 1);
  if (close === -1) return refuse([{ line: 1, text: 'its frontmatter is never closed: end it with a --- line' }]);

  // Each field with the line it is on (line numbers count from 1; the frontmatter starts on line 2).
  const fields = new Map<string, { value: string; line: number }>();
  for (let index = 1; index < close; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    const match = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!match?.[1]) return refuse([{ line: index + 1, text: `frontmatter line "${line}" is not "key: value"` }]);
    const before = fields.get(match[1]);
    if (before) return refuse([{ line: index + 1, text: `frontmatter has "${match[1]}:" twice (also on line ${before.line}): keep one` }]);
    fields.set(match[1], { value: unquote((match[2] ?? '').trim()), line: index + 1 });
  }
  const parsed = frontmatterSchema.safeParse(Object.fromEntries([...fields].map(([key, { value }]) => [key, value])));
  if (!parsed.success) {
    return refuse(
      parsed.error.issues
        .flatMap((issue) => {
          if (issue.code === 'unrecognized_keys') {
            return issue.keys.map((key) => ({ line: fields.get(key)?.line ?? 1, text: `frontmatter field "${key}:" is not one of ${Object.keys(FIELDS).join(', ')}: remove it or correct its name` }));
          }
          const key = String(issue.path[0]) as keyof typeof FIELDS;
          const field = fields.get(key);
          if (!field) return [{ line: 1, text: `frontmatter needs "${key}:", ${FIELDS[key]}` }];
          return [{ line: field.line, text: `frontmatter "${key}: ${field.value}" ${issue.message}` }];
        })
        .sort((a, b) => a.line - b.line),
    );
  }

  const hintsAt = lines.flatMap((line, index) => (index > close && /^## Hints[ \t]*$/.test(line) ? [index] : []));
  const [hintsIndex, secondIndex] = hintsAt;
  if (hintsIndex === undefined) return refuse([{ line: lines.length, text: 'has no "## Hints" heading: add one after the task, with a list of hints ("- …")' }]);
  if (secondIndex !== undefined) return refuse([{ line: secondIndex + 1, text: `has a second "## Hints" heading (the first is on line ${hintsIndex + 1}): keep one` }]);
  const task = paragraphs(lines.slice(close + 1, hintsIndex));
  if (task.length === 0) return refuse([{ line: hintsIndex + 1, text: 'states no task before "## Hints": write it above, in a paragraph or two' }]);
  const hints = listItems(lines.slice(hintsIndex + 1));
  if (hints.length === 0) return refuse([{ line: hintsIndex + 1, text: 'lists no hint under "## Hints": add a list ("- …")' }]);
  return { ...parsed.data, task, hints };
}

function unquote(value: string): string {
  return /^(['"]).*\1$/.test(value) ? value.slice(1, -1) : value;
}

/** Paragraphs separated by blank lines, each joined into one line. */
function paragraphs(lines: string[]): string[] {
  return lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).join(' ').trim())
    .filter((block) => block.length > 0);
}

/** The items of a `- ` list; an item's continuation lines are indented. */
function listItems(lines: string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (line.startsWith('- ')) items.push(line.slice(2).trim());
    else if (line.trim() && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}
