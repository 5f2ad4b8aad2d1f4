import { describe, expect, it } from 'vitest';
import { outputOf, parseExpectedOutput, withMarkersOf } from '../../src/formats/output-regions.ts';

describe('output regions', () => {
  const out = '// #region first\nquery on the main thread: 1 tick\n// #endregion first\n// #region second\nin a worker: {{ticks}} ticks\nshare {{share >= 50}}%\n// #endregion second\n';

  it('removes the markers from what must be printed, and maps each region to its lines', () => {
    const parsed = parseExpectedOutput(out);
    expect(parsed.text).toBe('query on the main thread: 1 tick\nin a worker: {{ticks}} ticks\nshare {{share >= 50}}%\n');
    expect(parsed.regions).toEqual({ first: { from: 0, to: 1 }, second: { from: 1, to: 3 } });
  });

  it('gives each region the recorded lines it printed, and no lines to a region it does not mark', () => {
    const parsed = parseExpectedOutput(out);
    const stdout = 'query on the main thread: 1 tick\nin a worker: 40 ticks\nshare 90%';
    expect(outputOf(stdout, parsed, 'second')).toBe('in a worker: 40 ticks\nshare 90%');
    expect(outputOf(stdout, parsed, 'first')).toBe('query on the main thread: 1 tick');
    expect(outputOf(stdout, parsed, 'other')).toBe('');
  });

  it('leaves an unmarked .out whole', () => {
    const parsed = parseExpectedOutput('a\nb\n');
    expect(parsed.text).toBe('a\nb\n');
    expect(outputOf('a\nb', parsed, 'any')).toBe('a\nb');
  });

  it('refuses a region left open, naming its line', () => {
    expect(() => parseExpectedOutput('x\n// #region r\ny\n')).toThrow(/region "r" is never closed/);
  });

  it('puts the markers back when a .out is rewritten from a run', () => {
    expect(withMarkersOf(out, 'query on the main thread: 1 tick\nin a worker: {{ticks}} ticks\nshare {{share >= 50}}%\n')).toBe(out);
  });
});
