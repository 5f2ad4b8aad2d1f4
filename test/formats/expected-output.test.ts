import { describe, expect, it } from 'vitest';
import { checkClaim, claimsOf, describeClaim, matchOutput, updateExpected } from '../../src/formats/expected-output.ts';

describe('matchOutput', () => {
  it('matches literal lines exactly', () => {
    expect(matchOutput('a\nb\n', 'a\nb\n')).toEqual({ ok: true, measurements: {}, problems: [] });
  });

  it('reports a changed, a missing and an extra line with their line numbers', () => {
    expect(matchOutput('a\nb\n', 'a\nc\n').problems).toEqual(['line 2: expected "b", got "c"']);
    expect(matchOutput('a\nb\n', 'a\n').problems).toEqual(['line 2: expected "b", but the output ended']);
    expect(matchOutput('a\n', 'a\nz\n').problems).toEqual(['line 2: unexpected output "z"']);
  });

  it('captures placeholders as measurements and checks their claims', () => {
    const spec = 'ratio: {{ratio >= 5}}x, peak {{peak == 3}} of {{total}}\n';
    expect(matchOutput(spec, 'ratio: 9.8x, peak 3 of 10\n')).toEqual({
      ok: true,
      measurements: { ratio: 9.8, peak: 3, total: 10 },
      problems: [],
    });
    expect(matchOutput(spec, 'ratio: 2.5x, peak 3 of 10\n').problems).toEqual([
      'line 1: claim "ratio >= 5" does not hold: measured 2.5',
    ]);
  });

  it('takes dotted names, as timelines name their spans', () => {
    const result = matchOutput('a: {{g.a.start}}–{{g.a.end < 50}} ms\n', 'a: 0–31 ms\n');
    expect(result.measurements).toEqual({ 'g.a.start': 0, 'g.a.end': 31 });
    expect(matchOutput('a: {{g.a.end < 30}} ms\n', 'a: 31 ms\n').problems).toEqual(['line 1: claim "g.a.end < 30" does not hold: measured 31']);
  });

  it('does not let a placeholder match text that is not a number', () => {
    expect(matchOutput('took {{ms}} ms\n', 'took fast ms\n').ok).toBe(false);
  });

  it('treats regex characters in literal text literally', () => {
    expect(matchOutput('[a] (b) $1.00?\n', '[a] (b) $1.00?\n').ok).toBe(true);
    expect(matchOutput('a.c\n', 'abc\n').ok).toBe(false);
  });
});

describe('claims', () => {
  it('lists the claims of a spec', () => {
    expect(claimsOf('x {{a > 1}}\ny {{b}}\n')).toEqual([{ name: 'a', op: '>', bound: 1 }, { name: 'b' }]);
  });

  it('checks and describes each comparison', () => {
    expect(checkClaim({ name: 'a', op: '<=', bound: 1 }, 1)).toBeUndefined();
    expect(checkClaim({ name: 'a', op: '<', bound: 1 }, 1)).toBe('claim "a < 1" does not hold: measured 1');
    expect(checkClaim({ name: 'a' }, undefined)).toBe('measurement "a" is missing');
    expect(describeClaim({ name: 'a', op: '>=', bound: 5 })).toBe('≥ 5');
  });
});

describe('updateExpected', () => {
  it('keeps lines whose pattern still matches and takes changed lines from the output', () => {
    const spec = 'start\nratio {{ratio >= 5}}\nold line\nend\n';
    expect(updateExpected(spec, 'start\nratio 7.1\nnew line\nend\n')).toBe('start\nratio {{ratio >= 5}}\nnew line\nend\n');
  });

  it('writes a new file from the output when there was none', () => {
    expect(updateExpected('', 'a\nb\n')).toBe('a\nb\n');
  });
});
