// A `.out` file may mark which lines each region of its program prints, with the same markers as
// the source (`// #region NAME` … `// #endregion NAME`), so a page that shows a file's regions
// apart can show each one's output under it. The markers are not part of what the program prints.
import { isMarker, parseRegions, RegionError } from './regions.ts';

export interface ExpectedOutput {
  /** What the program must print: the `.out` text without its markers. */
  text: string;
  /** For each marked region, the 0-based range [from, to) of its lines in `text`. */
  regions: Record<string, { from: number; to: number }>;
}

/** Splits a `.out` file into the text to match and its regions; throws RegionError (with its line) on bad markers. */
export function parseExpectedOutput(out: string): ExpectedOutput {
  const regions = parseRegions(out);
  const lines = out.split('\n');
  // The index in `text` of each .out line: the number of non-marker lines before it.
  const textIndex: number[] = [];
  let kept = 0;
  for (const line of lines) {
    textIndex.push(kept);
    if (!isMarker(line)) kept += 1;
  }
  const text = lines.filter((line) => !isMarker(line)).join('\n');
  const ranges = Object.fromEntries(
    regions.map((r) => [r.name, { from: textIndex[r.startLine - 1] ?? 0, to: textIndex[r.endLine - 1] ?? 0 }]),
  );
  return { text, regions: ranges };
}

/** The lines of a recorded stdout that a region prints; the whole stdout when the `.out` marks no regions. */
export function outputOf(stdout: string, expected: ExpectedOutput, region: string | undefined): string {
  if (Object.keys(expected.regions).length === 0) return stdout;
  const range = region === undefined ? undefined : expected.regions[region];
  if (!range) return '';
  return stdout.split('\n').slice(range.from, range.to).join('\n');
}

export { RegionError };

/** `text` with the markers of `out` put back where they stood (by line index), for rewriting a `.out` from a run. */
export function withMarkersOf(out: string, text: string): string {
  const markers: { at: number; line: string }[] = [];
  let kept = 0;
  for (const line of out.split('\n')) {
    if (isMarker(line)) markers.push({ at: kept, line });
    else kept += 1;
  }
  const lines = text.split('\n');
  for (const { at, line } of markers.reverse()) lines.splice(Math.min(at, lines.length), 0, line);
  return lines.join('\n');
}
