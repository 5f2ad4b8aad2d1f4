// Where a file's recorded output may stand on a page: once, under the last sample of that file the
// page shows, so a reader never meets output before the code that prints it, nor the same output
// twice. A sample hides it with `output={false}`.

export interface PlacedSample {
  file: string;
  region: string | undefined;
  /** `content/docs/x.mdx:12:1`, for messages. */
  where: string;
  /** Whether this tag shows the file's output (it does unless `output={false}`). */
  showsOutput: boolean;
}

const label = (s: PlacedSample): string => `<Example file="${s.file}"${s.region ? ` region="${s.region}"` : ''}>`;

/** One message per misplaced output, in page order; empty when every output is in its place. */
export function misplacedOutputs(samples: readonly PlacedSample[], printsSomething: (file: string) => boolean): string[] {
  const problems: string[] = [];
  const files = [...new Set(samples.map((s) => s.file))].filter(printsSomething);
  for (const file of files) {
    const shown = samples.filter((s) => s.file === file);
    const last = shown.at(-1);
    for (const sample of shown) {
      if (sample.showsOutput && sample !== last) {
        problems.push(
          `${sample.where}: ${label(sample)} shows the output of examples/${file}, but the page shows more of that file below (${last?.where ?? ''}): ` +
            'a file\'s output appears once, under its last sample on the page. Write output={false} here and let the last one show it.',
        );
      }
    }
  }
  return problems;
}
