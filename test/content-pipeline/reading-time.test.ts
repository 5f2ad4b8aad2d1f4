// Reading times from counts: words and lines as a reader counts them, and a page split at a heading.
import { describe, expect, it } from 'vitest';
import { buildStepMinutes, countLines, countWords, exerciseMinutes, RATES, readingMinutes, sectionsMinutes, splitAt, type SectionStats } from '../../src/content-pipeline/reading-time.ts';

const section = (anchor: string | undefined, words: number, codeLines = 0): SectionStats => ({ anchor, title: anchor ?? '', anchors: anchor ? [anchor] : [], words, codeLines });

describe('counting', () => {
  it('counts words as runs of letters or digits, with apostrophes inside a word', () => {
    expect(countWords("Don't await `Promise.all` in a loop — 2 times.")).toBe(9);
    expect(countWords('  ')).toBe(0);
  });

  it('counts the lines of code that hold something', () => {
    expect(countLines('a\n\n  b\n   \n')).toBe(2);
  });
});

describe('minutes', () => {
  it('reads prose and code at their rates, and adds the fix to an exercise', () => {
    expect(readingMinutes(RATES.wordsPerMinute, RATES.codeLinesPerMinute)).toBe(2);
    expect(sectionsMinutes([section(undefined, RATES.wordsPerMinute), section('a', 0, RATES.codeLinesPerMinute / 2)])).toBe(1.5);
    const task = Array.from({ length: RATES.wordsPerMinute }, () => 'word').join(' ');
    expect(exerciseMinutes(task, '')).toBe(1 + RATES.minutesPerFix);
  });

  it('times a build step as its task read, its new lines written and its checker run', () => {
    const task = Array.from({ length: RATES.wordsPerMinute }, () => 'word').join(' ');
    expect(buildStepMinutes(task, 3 * RATES.linesWrittenPerMinute)).toBe(1 + 3 + RATES.minutesPerFix);
  });

  it('splits a page at a heading, and names the headings there are when it has no such one', () => {
    const page = [section(undefined, 1), section('a', 2), section('b', 3)];
    expect(splitAt(page, 'b')).toEqual({ first: page.slice(0, 2), rest: page.slice(2) });
    expect(() => splitAt(page, 'c')).toThrow('has no "##" heading #c after its start (its headings: #a, #b)');
    // Splitting before everything would leave the first part empty.
    expect(() => splitAt([section('a', 1)], 'a')).toThrow('#a');
  });
});
