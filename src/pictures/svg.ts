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

/**
 * Ticks from 0 to at least `max` at a round step (1, 2, 2.5 or 5 × 10^k): of the steps that give 3
 * to 6 intervals, the one whose last tick is closest to `max` (fewer ticks on a tie), so the bars
 * fill the width.
 */
export function niceTicks(max: number): number[] {
  if (!(max > 0)) return [0, 1];
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const steps = [magnitude / 100, magnitude / 10, magnitude].flatMap((m) => [1, 2, 2.5, 5].map((k) => Number((k * m).toPrecision(12))));
  let best: { step: number; intervals: number } | undefined;
  for (const step of steps) {
    const intervals = Math.ceil(Number((max / step).toPrecision(12)));
    if (intervals < 3 || intervals > 6) continue;
    if (!best || intervals * step < best.intervals * best.step || (intervals * step === best.intervals * best.step && intervals < best.intervals)) best = { step, intervals };
  }
  const { step, intervals } = best ?? { step: magnitude, intervals: Math.ceil(max / magnitude) };
  return Array.from({ length: intervals + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** A number as an axis or a value label shows it: no float noise (`0.30000000000000004` → `0.3`). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
