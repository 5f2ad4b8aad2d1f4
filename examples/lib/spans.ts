/**
 * When each task ran: record its start and end with `performance.now()`, then print the spans as
 * milliseconds from the first start, one line per task. The guides draw their timelines from
 * these lines.
 *
 * @example
 * ```ts
 * const spans = new Spans();
 * await Promise.all(['a', 'b'].map((name) => spans.time(name, () => sleep(10))));
 * printSpans('both', spans.list);
 * // both a: 0–10 ms
 * // both b: 0–11 ms
 * ```
 * @module
 */

/** One task's start and end, as `performance.now()` values. */
export interface Span {
  task: string;
  start: number;
  end: number;
}

/** Collects the spans of tasks run through it. */
export class Spans {
  readonly #list: Span[] = [];

  /** The spans so far, in the order the tasks started (a copy). */
  get list(): Span[] {
    return this.#list.map((span) => ({ ...span }));
  }

  /** Runs `work` and records when it started and when it settled, fulfilled or not. */
  async time<T>(task: string, work: () => Promise<T> | T): Promise<T> {
    const span = { task, start: performance.now(), end: Number.NaN };
    this.#list.push(span);
    try {
      return await work();
    } finally {
      span.end = performance.now();
    }
  }
}

const byTask = new Intl.Collator('en', { numeric: true }).compare;

/**
 * The lines `GROUP TASK: START–END ms`, in milliseconds from the earliest start, rounded, sorted by
 * task name (`item/2` before `item/10`), so that the same tasks print the same lines in the same
 * order on every run.
 *
 * @throws RangeError when a span has not ended.
 */
export function spanLines(group: string, spans: readonly Span[]): string[] {
  const first = Math.min(...spans.map((span) => span.start));
  return spans.toSorted((a, b) => byTask(a.task, b.task)).map((span) => {
    if (Number.isNaN(span.end)) throw new RangeError(`${span.task} has not ended`);
    return `${group} ${span.task}: ${Math.round(span.start - first)}–${Math.round(span.end - first)} ms`;
  });
}

/** Prints {@link spanLines}. */
export function printSpans(group: string, spans: readonly Span[]): void {
  for (const line of spanLines(group, spans)) console.log(line);
}
