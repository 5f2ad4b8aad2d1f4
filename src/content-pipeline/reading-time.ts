// How long a page, a part of one, or an exercise takes, computed from its text rather than typed
// in: prose at a reading speed, code at a slower one (a sample is read line by line), and an
// exercise's task and file the same way plus the time to change the file and run its checker.
// Pure: the Markdown pipeline counts a page's words and lines (src/content-pipeline/reading-stats-plugin.ts)
// and the onboarding path adds them up (src/content-pipeline/reading-order.ts).

/** The rates the onboarding page states; change them here and every time on the site follows. */
export const RATES = {
  /** Prose, a little under the 238 a minute that Brysbaert (2019) measured for non-fiction. */
  wordsPerMinute: 200,
  /** Code and its output, read line by line. */
  codeLinesPerMinute: 20,
  /** Changing an exercise's file and running its checker until it passes. */
  minutesPerFix: 3,
  /**
   * Writing a build step's code: each line of code its solution adds or changes (comments are read,
   * not typed), thought out and typed with the guide open, a seventh of the rate code is read at;
   * the checker's runs are `minutesPerFix`.
   */
  linesWrittenPerMinute: 3,
} as const;

/** What one stretch of a page holds: the text before its first `##` heading, or one `##` section. */
export interface SectionStats {
  /** The heading's anchor; undefined for the text before the first heading. */
  anchor: string | undefined;
  title: string;
  /** Every heading anchor in the section, its own and its subsections' (where an exercise's section is found). */
  anchors: string[];
  words: number;
  codeLines: number;
}

/** Words as a reader counts them: runs of letters or digits (so `Promise.all` is two). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
}

/** Lines that hold something: a blank line in a sample takes no reading. */
export function countLines(code: string): number {
  return code.split('\n').filter((line) => line.trim() !== '').length;
}

/** Reading minutes of words and code lines, unrounded. */
export function readingMinutes(words: number, codeLines: number): number {
  return words / RATES.wordsPerMinute + codeLines / RATES.codeLinesPerMinute;
}

/** Minutes of the sections, unrounded. */
export function sectionsMinutes(sections: readonly SectionStats[]): number {
  return sections.reduce((sum, s) => sum + readingMinutes(s.words, s.codeLines), 0);
}

/** An exercise: reading its task and its starting file, then the fix. */
export function exerciseMinutes(taskText: string, startingFile: string): number {
  return readingMinutes(countWords(taskText), countLines(startingFile)) + RATES.minutesPerFix;
}

/** A step of the build track: reading its task, writing the lines its solution adds or changes, running its checker. */
export function buildStepMinutes(taskText: string, writtenLines: number): number {
  return readingMinutes(countWords(taskText), 0) + writtenLines / RATES.linesWrittenPerMinute + RATES.minutesPerFix;
}

/**
 * A page's sections split at the heading `until`: those before it and those from it on. Throws
 * naming the headings there are when the page has no such heading.
 */
export function splitAt(sections: readonly SectionStats[], until: string): { first: SectionStats[]; rest: SectionStats[] } {
  const index = sections.findIndex((s) => s.anchor === until);
  if (index <= 0) {
    const anchors = sections.flatMap((s) => (s.anchor ? [`#${s.anchor}`] : []));
    throw new Error(`has no "##" heading #${until} after its start (its headings: ${anchors.join(', ') || 'none'})`);
  }
  return { first: sections.slice(0, index), rest: sections.slice(index) };
}
