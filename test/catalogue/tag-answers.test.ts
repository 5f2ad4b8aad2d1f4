// Each sample tag's answer against the fixture tree (test/fixtures/catalogue/): what its component
// renders, and each refusal with its exact message. The Markdown plugin and the components ask the
// same functions, so these messages are the ones a page build and a rendered page give.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { barChartAnswer, diagnosticsAnswer, exampleAnswer, measureAnswer, runtimeBadgesAnswer, timelineAnswer } from '../../src/catalogue/tag-answers.ts';

const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'catalogue');
const examples = createCatalogue(fixture);

describe('<Example>', () => {
  it('answers the sample, as the catalogue does', () => {
    expect(exampleAnswer(examples, { file: 'demo/good.ts', region: 'use' })).toBe(examples.sample('demo/good.ts', 'use'));
  });
});

describe('<Diagnostics>', () => {
  it('answers a broken file, its recorded diagnostics and its figure id', () => {
    const answer = diagnosticsAnswer(examples, { file: 'lonely/broken/recorded.ts' });
    expect(answer.anchor).toBe('broken-recorded');
    expect(answer.diagnostics.list.map((d) => d.code)).toEqual(['TS2322']);
  });

  it('refuses a file outside a broken/ folder', () => {
    expect(() => diagnosticsAnswer(examples, { file: 'demo/good.ts' })).toThrow(
      'examples/demo/good.ts is not in a broken/ folder: only deliberately wrong files have diagnostics; show it with <Example>',
    );
  });
});

describe('<RuntimeBadges>', () => {
  it('answers the badges of each release line', () => {
    expect(runtimeBadgesAnswer(examples, { file: 'demo/good.ts' }).map((b) => [b.line, b.pass])).toEqual([
      ['22', false],
      ['24', true],
    ]);
  });
});

describe('<Measure>', () => {
  it('answers the value and the claim the .out makes', () => {
    const answer = measureAnswer(examples, { example: 'demo/good.ts', name: 'ratio', claim: true });
    expect(answer.value).toBe(2);
    expect(answer.claim).toEqual({ name: 'ratio', op: '>=', bound: 1 });
  });

  it('refuses a measurement the record lacks, naming those it has', () => {
    expect(() => measureAnswer(examples, { example: 'demo/good.ts', name: 'speed' })).toThrow(
      'the record of examples/demo/good.ts has no measurement "speed" (it has: ratio); print it in the example and name it in its .out file as {{speed}}',
    );
  });

  it('refuses to show a claim the .out does not make', () => {
    expect(() => measureAnswer(examples, { example: 'demo/spans.ts', name: 'one-by-one.first.start', claim: true })).toThrow(
      'examples/demo/spans.out makes no claim about "one-by-one.first.start": write it as {{one-by-one.first.start >= N}} there, or drop `claim`',
    );
  });

  it('refuses an example with no recorded run', () => {
    expect(() => measureAnswer(examples, { example: 'lonely/broken/recorded.ts', name: 'x' })).toThrow('examples/lonely/broken/recorded.ts has no recorded run');
  });
});

describe('<BarChart>', () => {
  it('answers each bar with its measurement, in order', () => {
    expect(barChartAnswer(examples, { example: 'demo/good.ts', bars: [['the ratio', 'ratio']] }).values).toEqual([{ label: 'the ratio', value: 2 }]);
  });

  it('refuses a bar whose measurement the record lacks', () => {
    expect(() => barChartAnswer(examples, { example: 'demo/good.ts', bars: [['r', 'ratio'], ['s', 'speed']] })).toThrow('the record of examples/demo/good.ts has no measurement "speed" (it has: ratio)');
  });
});

describe('<Timeline>', () => {
  it('answers the groups asked for', () => {
    const answer = timelineAnswer(examples, { example: 'demo/spans.ts', groups: 'one-by-one' });
    expect(answer.groups.map((g) => [g.name, g.spans.map((s) => s.task)])).toEqual([['one-by-one', ['first', 'second']]]);
  });

  it('refuses a group the run does not have, naming the example', () => {
    expect(() => timelineAnswer(examples, { example: 'demo/spans.ts', groups: 'at-once' })).toThrow('examples/demo/spans.ts: the run has no group "at-once" (it has: one-by-one, broken)');
  });
});

describe('a record a refresh would fix', () => {
  it('is refused by every tag with the command, and names the example to refresh', () => {
    const message = 'the record of examples/demo/stale.ts is older than its source; run `npm run refresh -- demo/stale.ts`';
    for (const answer of [
      () => exampleAnswer(examples, { file: 'demo/stale.ts' }),
      () => runtimeBadgesAnswer(examples, { file: 'demo/stale.ts' }),
      () => measureAnswer(examples, { example: 'demo/stale.ts', name: 'x' }),
      () => timelineAnswer(examples, { example: 'demo/stale.ts' }),
    ]) {
      expect(answer).toThrow(message);
      expect(answer).toThrow(expect.objectContaining({ refresh: 'demo/stale.ts' }) as Error);
    }
  });
});
