// A Gantt-style timeline as an SVG string, built at build time from recorded spans: one row per
// task, grouped, on one shared time axis. Sized for a phone (360 units wide, shown at most at its
// own size, so 13 px text stays at least 12 px on a 390 px screen), coloured by classes and
// currentColor so the page's theme decides, and the same bytes for the same spans.
import { coord, escapeXml, formatNumber, niceTicks, textWidth } from './svg.ts';
import { displayName, type TimelineGroup } from './timeline.ts';

export const WIDTH = 360;
/** How many bar colours the page's stylesheet defines (`.tl-kind-0` …). */
export const KINDS = 3;
const FONT = 13;
const AXIS_FONT = 13;
const ROW = 18;
const BAR = 10;
const GROUP_HEAD = 22;
const GAP = 8;
const RIGHT_PAD = 10;

/** The widest a label column may be; a longer label goes on its own line above its bar. */
const LABEL_MAX = WIDTH * 0.4;

export interface TimelineLayout {
  svg: string;
  height: number;
  /** The end of the time axis, in the spans' unit. */
  axisEnd: number;
}

/** The SVG of `groups` under an axis titled `axisTitle`, e.g. "ms from the first start". */
export function timelineSvg(groups: readonly TimelineGroup[], axisTitle: string): TimelineLayout {
  const spans = groups.flatMap((g) => g.spans);
  const labels = spans.map((s) => displayName(s.task));
  for (const text of [...labels, ...groups.map((g) => displayName(g.name)), axisTitle]) {
    if (textWidth(text, FONT) > WIDTH) throw new Error(`"${text}" is too long for a timeline a phone shows whole: keep it under ${Math.floor(WIDTH / (FONT * 0.6))} characters`);
  }
  const widest = Math.max(0, ...labels.map((l) => textWidth(l, FONT)));
  const labelsAbove = widest + GAP > LABEL_MAX;
  const x0 = labelsAbove ? 0 : Math.ceil(widest + GAP);
  const ticks = niceTicks(Math.max(0, ...spans.map((s) => s.end)));
  const axisEnd = ticks.at(-1) ?? 1;
  const plot = WIDTH - RIGHT_PAD - x0;
  const x = (t: number): number => x0 + (t / axisEnd) * plot;
  const row = labelsAbove ? ROW + FONT + 2 : ROW;
  // Tasks of one kind (`pbkdf2-1`, `pbkdf2-2`) share a colour; another kind (`readFile`) stands out.
  const kinds = [...new Set(spans.map((s) => taskKind(s.task)))];

  const parts: string[] = [];
  let y = 0;
  for (const group of groups) {
    parts.push(`<text class="tl-group" x="0" y="${coord(y + 15)}">${escapeXml(displayName(group.name))}</text>`);
    y += GROUP_HEAD;
    for (const span of group.spans) {
      const label = escapeXml(displayName(span.task));
      const barY = labelsAbove ? y + FONT + 2 + (ROW - BAR) / 2 : y + (ROW - BAR) / 2;
      if (labelsAbove) parts.push(`<text x="0" y="${coord(y + FONT)}">${label}</text>`);
      else parts.push(`<text x="${coord(x0 - GAP)}" y="${coord(y + ROW / 2 + FONT * 0.35)}" text-anchor="end">${label}</text>`);
      // A task shorter than a pixel is still drawn, as a sliver.
      const width = Math.max(1.5, x(span.end) - x(span.start));
      parts.push(`<rect class="tl-bar tl-kind-${kinds.indexOf(taskKind(span.task)) % KINDS}" x="${coord(x(span.start))}" y="${coord(barY)}" width="${coord(width)}" height="${BAR}" rx="2"/>`);
      y += row;
    }
    y += GAP / 2;
  }
  const plotBottom = y;
  const grid = ticks.map((t) => `<line class="tl-grid" x1="${coord(x(t))}" x2="${coord(x(t))}" y1="${GROUP_HEAD - 4}" y2="${coord(plotBottom)}"/>`);
  const tickLabels = ticks.map((t, i) => {
    const anchor = i === 0 && x0 === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle';
    return `<text class="tl-tick" x="${coord(x(t))}" y="${coord(plotBottom + AXIS_FONT + 4)}" text-anchor="${anchor}">${formatNumber(t)}</text>`;
  });
  const height = Math.ceil(plotBottom + 2 * AXIS_FONT + 14);
  const title = `<text class="tl-tick" x="${coord(x0 + plot / 2)}" y="${coord(height - 4)}" text-anchor="middle">${escapeXml(axisTitle)}</text>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-hidden="true" focusable="false" font-size="${FONT}" fill="currentColor">` +
    [...grid, ...parts, ...tickLabels, title].join('') +
    '</svg>';
  return { svg, height, axisEnd };
}

/** What a task is an instance of: its name without a trailing number (`timer-30` → `timer`). */
export function taskKind(task: string): string {
  return task.replace(/-?\d+$/, '');
}
