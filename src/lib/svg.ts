// Small pieces shared by the build-time charts (timelines, bar charts): escaping, rounding for
// byte-identical output, an estimate of text width, and axis ticks at round numbers.

/** Text safe inside an SVG element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A coordinate with at most one decimal, printed the same on every run. */
export function coord(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/**
 * A width a line of text will not exceed in a sans-serif face: 0.6 em a character is wider than
 * the average letter of system-ui fonts, so a layout that reserves it never cuts a label.
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** Ticks from 0 past `max` at a round step (1, 2 or 5 × 10^k), about `count` of them. */
export function niceTicks(max: number, count = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let i = 0; ticks.at(-1) === undefined || (ticks.at(-1) as number) < max; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

/** A number as an axis or a value label shows it: no float noise (`0.30000000000000004` → `0.3`). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
