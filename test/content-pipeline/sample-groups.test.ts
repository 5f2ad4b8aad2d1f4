// Which samples continue the one before them: same file, nothing but whitespace between the tags.
import { describe, expect, it } from 'vitest';
import { continuedSamples, type PlacedSample } from '../../src/content-pipeline/sample-groups.ts';

/** Places each `<Example file="…">` tag of a page's source, as the Markdown plugin does. */
function placed(source: string): PlacedSample[] {
  return [...source.matchAll(/<Example file="([^"]+)"[^>]*\/>/g)].map((m) => ({ file: m[1] ?? '', start: m.index, end: m.index + m[0].length }));
}

function continued(source: string): (number | undefined)[] {
  return continuedSamples(placed(source), source);
}

describe('continuedSamples', () => {
  it('groups samples of one file with only blank lines between them', () => {
    expect(continued('<Example file="a/x.ts" region="one" />\n\n<Example file="a/x.ts" region="two" />\n<Example file="a/x.ts" region="three" />\n')).toEqual([undefined, 0, 1]);
  });

  it('does not group across prose, another tag or a closing wrapper', () => {
    expect(continued('<Example file="a/x.ts" region="one" />\n\nThen:\n\n<Example file="a/x.ts" region="two" />\n')).toEqual([undefined, undefined]);
    expect(continued('<Example file="a/x.ts" region="one" />\n<Measure example="a/x.ts" name="n" />\n<Example file="a/x.ts" region="two" />\n')).toEqual([undefined, undefined]);
    expect(continued('<Pair>\n<Example file="a/x.ts" region="one" />\n</Pair>\n<Example file="a/x.ts" region="two" />\n')).toEqual([undefined, undefined]);
  });

  it('does not group samples of different files, even side by side', () => {
    expect(continued('<Example file="a/x.ts" region="one" />\n<Example file="a/y.ts" region="one" />\n<Example file="a/x.ts" region="two" />\n')).toEqual([undefined, undefined, undefined]);
  });

  it('gives a page with no samples no groups', () => {
    expect(continued('# Nothing here\n')).toEqual([]);
  });
});
