// Samples of one file that follow each other read as one listing: when nothing but whitespace
// stands between a sample's tag and the tag of the sample before it, and both show the same file,
// the later one's caption, run line and badges would only repeat the earlier one's, so
// src/components/Example.astro shows them once, under the first. Pure: the tags' places in the
// page's source, which the Markdown plugin (sample-tags-plugin.ts) knows.

export interface PlacedSample {
  file: string;
  /** The tag's start and end offsets in the page's source. */
  start: number;
  end: number;
}

/**
 * For each sample of a page, in page order: the index of the sample it continues (the one just
 * before it, of the same file, with only whitespace between their tags), or undefined.
 */
export function continuedSamples(samples: readonly PlacedSample[], source: string): (number | undefined)[] {
  return samples.map((sample, i) => {
    const previous = samples[i - 1];
    if (!previous || previous.file !== sample.file) return undefined;
    return source.slice(previous.end, sample.start).trim() === '' ? i - 1 : undefined;
  });
}
