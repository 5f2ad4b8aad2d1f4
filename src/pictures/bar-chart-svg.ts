// A horizontal bar chart as an SVG string, built at build time from recorded measurements. Each
// label stands on its own line above its bar, so no label is ever cut, and each bar carries its
// value. Sized like the timelines (360 units wide, never scaled up), coloured by classes and
// currentColor, and the same bytes for the same values.
import { coord, escapeXml, formatNumber, niceTicks, textWidth } from './svg.ts';

export interface Bar {
  label: string;
  value: number;
}

export const WIDTH = 360;
const FONT = 13;
const AXIS_FONT = 13;
const BAR = 14;
const ROW = FONT + 4 + BAR + 10;
const RIGHT_PAD = 10;

export function barChartSvg(bars: readonly Bar[], axisTitle: string): string {
  if (bars.some((b) => !Number.isFinite(b.value) || b.value < 0)) throw new Error('a bar chart draws finite values of 0 or more');
  for (const text of [...bars.map((b) => b.label), axisTitle]) {
    if (textWidth(text, FONT) > WIDTH) throw new Error(`"${text}" is too long for a chart a phone shows whole: keep it under ${Math.floor(WIDTH / (FONT * 0.6))} characters`);
  }
  const values = bars.map((b) => formatNumber(b.value));
  // Room at the right for the longest value, so a full-length bar still has its number beside it.
  const valueRoom = Math.max(...values.map((v) => textWidth(v, FONT))) + 6;
  const ticks = niceTicks(Math.max(0, ...bars.map((b) => b.value)));
  const axisEnd = ticks.at(-1) ?? 1;
  const plot = WIDTH - RIGHT_PAD - valueRoom;
  const x = (v: number): number => (v / axisEnd) * plot;

  const parts: string[] = [];
  bars.forEach((bar, i) => {
    const y = i * ROW;
    parts.push(`<text x="0" y="${coord(y + FONT)}">${escapeXml(bar.label)}</text>`);
    const width = Math.max(1.5, x(bar.value));
    parts.push(`<rect class="bc-bar" x="0" y="${coord(y + FONT + 4)}" width="${coord(width)}" height="${BAR}" rx="2"/>`);
    parts.push(`<text class="bc-value" x="${coord(width + 4)}" y="${coord(y + FONT + 4 + BAR / 2 + FONT * 0.35)}">${values[i] ?? ''}</text>`);
  });
  const plotBottom = bars.length * ROW;
  const grid = ticks.map((t) => `<line class="bc-grid" x1="${coord(x(t))}" x2="${coord(x(t))}" y1="${FONT + 2}" y2="${coord(plotBottom - 6)}"/>`);
  const tickLabels = ticks.map((t, i) => `<text class="bc-tick" x="${coord(x(t))}" y="${coord(plotBottom + AXIS_FONT)}" text-anchor="${i === 0 ? 'start' : 'middle'}">${formatNumber(t)}</text>`);
  const height = Math.ceil(plotBottom + 2 * AXIS_FONT + 10);
  const title = `<text class="bc-tick" x="0" y="${coord(height - 4)}">${escapeXml(axisTitle)}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-hidden="true" focusable="false" font-size="${FONT}" fill="currentColor">` +
    [...grid, ...parts, ...tickLabels, title].join('') +
    '</svg>'
  );
}
