// The recorded fault and load run (records/capstone/under-load.json) and the pictures of a run
// (pure): the record's format, validated by Zod where it is read; the groups <Timeline>'s SVG draws
// (`loadTimelineGroups`, for /build/under-load/); and the same run drawn as text in the terminal.
import { z } from 'zod';
import { displayName, type Span, type TimelineGroup } from '../pictures/timeline.ts';
import type { LoadObservation } from './load-observations.ts';
import { outcomeLabel } from './load-observations.ts';
import type { CriterionResult } from './load-verdict.ts';

const requestSchema = z.object({
  n: z.number().int(),
  lane: z.number().int(),
  sku: z.string(),
  phase: z.enum(['before', 'after']),
  /** Milliseconds from the first request's start, whole. */
  start: z.number().int(),
  end: z.number().int(),
  /** `200`, `503 database_busy`, `504 deadline_exceeded`, `refused`, `closed (ECONNRESET)`, `timeout`. */
  outcome: z.string(),
});

export const loadRecordSchema = z.object({
  run: z.object({ node: z.string(), platform: z.string(), cpus: z.number().int(), date: z.string() }),
  settings: z.record(z.string(), z.number()),
  service: z.object({ sigtermAt: z.number().int(), closedAt: z.number().int().nullable(), exitAt: z.number().int().nullable(), exitCode: z.number().int().nullable() }),
  requests: z.array(requestSchema),
  upstreams: z.array(z.object({ name: z.string(), calls: z.number().int(), peakInFlight: z.number().int(), aborted: z.number().int() })),
  /** Each criterion with its sentence (`title`), so the page says what it demands without the verdict's code. */
  verdict: z.array(z.object({ id: z.string(), title: z.string(), passed: z.boolean(), broken: z.number().int(), total: z.number().int() })),
});

export type LoadRecord = z.infer<typeof loadRecordSchema>;
export type RecordedRequest = z.infer<typeof requestSchema>;

/** The record of a run (times rounded to whole milliseconds), with where it ran. */
export function loadRecord(run: LoadObservation, verdict: readonly CriterionResult[], where: LoadRecord['run']): LoadRecord {
  const closed = run.service.stdout.find((line) => line.json?.['msg'] === 'closed' && line.at >= run.service.sigtermAt);
  return {
    run: where,
    settings: { ...run.settings },
    service: {
      sigtermAt: Math.round(run.service.sigtermAt),
      closedAt: closed === undefined ? null : Math.round(closed.at),
      exitAt: run.service.exitAt === undefined ? null : Math.round(run.service.exitAt),
      exitCode: run.service.exitCode,
    },
    requests: run.requests.map((r) => ({ n: r.n, lane: r.lane, sku: r.sku, phase: r.phase, start: Math.round(r.start), end: Math.round(r.end), outcome: outcomeLabel(r.outcome) })),
    upstreams: run.upstreams.map((u) => ({ ...u })),
    verdict: verdict.map((c) => ({ id: c.id, title: c.title, passed: c.passed, broken: c.broken, total: c.total })),
  };
}

/** The record in `text` (the file's content), or an error naming `file` and what is wrong. */
export function parseLoadRecord(text: string, file: string): LoadRecord {
  const parsed = loadRecordSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: not a load run record (${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}): run npm run record:load-run to write it again`);
  return parsed.data;
}

/** The kinds of answer the picture shows, each as a group, in this order. */
const GROUPS: { name: string; outcome: string }[] = [
  { name: 'answered-200', outcome: '200' },
  { name: 'prices-too-late', outcome: '504 deadline_exceeded' },
  { name: 'pool-ran-out', outcome: '503 database_busy' },
  { name: 'upstream-failed', outcome: '503 upstream_unavailable' },
];

/** How many requests of each kind the picture shows: enough to see the pattern, few enough for a phone. */
export const PER_GROUP = 4;

/**
 * What `<Timeline>` draws for a recorded run (`timelineSvg(loadTimelineGroups(record), …)`): the
 * service's own row (accepting until SIGTERM, then draining until it logged "closed"), which marks
 * the SIGTERM moment on the shared axis; then, per kind of answer, the {@link PER_GROUP} requests of
 * that kind sent last before SIGTERM (those the drain had to finish); then the first requests sent
 * after SIGTERM, whatever they met. Each task is named `#N outcome` (`#63 503 database_busy`).
 */
export function loadTimelineGroups(record: LoadRecord): TimelineGroup[] {
  const { sigtermAt } = record.service;
  const stopped = record.service.closedAt ?? record.service.exitAt ?? Math.max(sigtermAt, ...record.requests.map((r) => r.end));
  const service: TimelineGroup = {
    name: 'service',
    spans: [
      { task: 'accepting', start: 0, end: sigtermAt },
      { task: 'SIGTERM-draining', start: sigtermAt, end: Math.max(sigtermAt, stopped) },
    ],
  };
  const before = record.requests.filter((r) => r.phase === 'before');
  const chosen = GROUPS.map(({ name, outcome }) => ({ name, spans: before.filter((r) => r.outcome === outcome).slice(-PER_GROUP).map(requestSpan) }));
  const after = { name: 'after-SIGTERM', spans: record.requests.filter((r) => r.phase === 'after').slice(0, PER_GROUP).map(requestSpan) };
  return [service, ...chosen, after].filter((group) => group.spans.length > 0);
}

function requestSpan(r: RecordedRequest): Span {
  return { task: `#${r.n} ${r.outcome}`, start: r.start, end: Math.max(r.start, r.end) };
}

const TEXT_WIDTH = 60;

/**
 * The groups drawn as text the way the site draws them: a heading per group, a row per task with
 * its bar on one shared axis, and the SIGTERM moment as a `|` down every row.
 */
export function timelineText(groups: readonly TimelineGroup[], sigtermAt: number): string[] {
  const spans = groups.flatMap((g) => g.spans);
  const end = Math.max(1, ...spans.map((s) => s.end));
  const column = (t: number): number => Math.min(TEXT_WIDTH - 1, Math.floor((t / end) * TEXT_WIDTH));
  const labelWidth = Math.max(...spans.map((s) => displayName(s.task).length));
  const sigterm = column(sigtermAt);
  const lines = [`${' '.repeat(labelWidth)}  ${' '.repeat(sigterm)}SIGTERM at ${Math.round(sigtermAt)} ms`];
  for (const group of groups) {
    lines.push(displayName(group.name));
    for (const span of group.spans) {
      const cells = Array.from({ length: TEXT_WIDTH }, (_, i) => (i >= column(span.start) && i <= column(span.end) ? '█' : i === sigterm ? '|' : ' '));
      lines.push(`${displayName(span.task).padStart(labelWidth)}  ${cells.join('').trimEnd()}`);
    }
  }
  lines.push(`${' '.repeat(labelWidth)}  0${`${Math.round(end)} ms from the first request`.padStart(TEXT_WIDTH - 1)}`);
  return lines;
}

const SYMBOLS: [RegExp, string][] = [
  [/^200$/, '='],
  [/database_busy/, 'b'],
  [/upstream_unavailable/, 'u'],
  [/shutting_down/, 's'],
  [/^504/, 'D'],
  [/^refused$/, 'r'],
  [/^closed/, '!'],
  [/^timeout$/, '?'],
];

/** The legend of {@link laneText}. */
export const LANE_LEGEND = "= 200   b 503 database_busy   u 503 upstream_unavailable   s 503 shutting_down   D 504   x another answer   r refused   ! closed unanswered   ? hanging";

/** Every request of the run, one text row per client lane (what each lane was waiting for, when), with SIGTERM as a `|`. */
export function laneText(record: LoadRecord): string[] {
  const end = Math.max(1, ...record.requests.map((r) => r.end));
  const column = (t: number): number => Math.min(TEXT_WIDTH - 1, Math.floor((t / end) * TEXT_WIDTH));
  const lanes = Math.max(0, ...record.requests.map((r) => r.lane + 1));
  const sigterm = column(record.service.sigtermAt);
  const rows = Array.from({ length: lanes }, () => Array.from({ length: TEXT_WIDTH }, (): string => ' '));
  for (const r of record.requests) {
    const symbol = SYMBOLS.find(([pattern]) => pattern.test(r.outcome))?.[1] ?? 'x';
    for (let i = column(r.start); i <= column(r.end); i++) rows[r.lane]![i] = symbol;
  }
  // SIGTERM is drawn over the requests, in every lane, so the moment shows down the whole picture.
  for (const cells of rows) cells[sigterm] = '|';
  return [
    `lane  ${' '.repeat(sigterm)}SIGTERM`,
    ...rows.map((cells, lane) => `${String(lane).padStart(4)}  ${cells.join('').trimEnd()}`),
    `      0${`${end} ms`.padStart(TEXT_WIDTH - 1)}`,
    LANE_LEGEND,
  ];
}
