// Timelines from a recorded run. An example prints the start and end of each task, in whole
// milliseconds from the first start of its group, and its `.out` names each number
// `{{GROUP.TASK.start}}` and `{{GROUP.TASK.end}}` (e.g. `{{sequential.item-0.start}}`). The run's
// measurements then hold every span, in the order the `.out` names them, and a page draws them
// with <Timeline example="…" groups="sequential concurrent" />. No side file: the record is the data.

export interface Span {
  /** The task's name, e.g. `item-0`. */
  task: string;
  start: number;
  end: number;
}

export interface TimelineGroup {
  /** The group's name, e.g. `sequential`: the spans of one run of the program's point. */
  name: string;
  spans: Span[];
}

const SPAN_NAME = /^([A-Za-z][\w-]*)\.([A-Za-z][\w-]*)\.(start|end)$/;

/** Why a timeline cannot be drawn, in words a page author can act on. */
export class TimelineError extends Error {
  override name = 'TimelineError';
}

/**
 * The groups named in `wanted` (all of them when it is empty, in `.out` order), from `names`
 * (measurement names, in `.out` order) and the values of `measurements`. A task with a start and
 * no end (or the reverse), or an end before its start, is refused: the picture would lie.
 */
export function timelineGroups(names: readonly string[], measurements: Readonly<Record<string, number>>, wanted: readonly string[] = []): TimelineGroup[] {
  const groups = new Map<string, Map<string, Partial<Span>>>();
  for (const name of names) {
    const match = SPAN_NAME.exec(name);
    if (!match) continue;
    const [, group = '', task = '', edge = ''] = match;
    const value = measurements[name];
    if (value === undefined) throw new TimelineError(`measurement "${name}" is missing from the record`);
    const tasks = groups.get(group) ?? new Map<string, Partial<Span>>();
    groups.set(group, tasks);
    const span = tasks.get(task) ?? { task };
    tasks.set(task, span);
    span[edge as 'start' | 'end'] = value;
  }
  if (groups.size === 0) throw new TimelineError("the run has no spans: print each task's start and end and name them {{GROUP.TASK.start}} and {{GROUP.TASK.end}} in the .out");
  const chosen = wanted.length > 0 ? wanted : [...groups.keys()];
  return chosen.map((name) => {
    const tasks = groups.get(name);
    if (!tasks) throw new TimelineError(`the run has no group "${name}" (it has: ${[...groups.keys()].join(', ')})`);
    return { name, spans: [...tasks.values()].map((span) => checkedSpan(name, span)) };
  });
}

function checkedSpan(group: string, span: Partial<Span>): Span {
  const task = span.task ?? '';
  if (span.start === undefined || span.end === undefined) {
    const missing = span.start === undefined ? 'start' : 'end';
    throw new TimelineError(`task "${group}.${task}" has no ${missing}: name it {{${group}.${task}.${missing}}} in the .out`);
  }
  if (span.end < span.start) throw new TimelineError(`task "${group}.${task}" ends (${span.end}) before it starts (${span.start})`);
  return { task, start: span.start, end: span.end };
}

/** `groups="a b"` → `['a', 'b']`. */
export function parseGroupList(text: string | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter((name) => name !== '');
}

/** A name as a reader sees it: `item-0` → `item 0`. */
export function displayName(name: string): string {
  return name.replaceAll('-', ' ');
}
