import { describe, expect, it } from 'vitest';
import { barChartSvg, WIDTH } from '../../src/pictures/bar-chart-svg.ts';
import { niceTicks } from '../../src/pictures/svg.ts';

describe('bar chart SVG', () => {
  const bars = [{ label: 'ten, one after another', value: 10.2 }, { label: 'ten with Promise.all', value: 1.1 }];

  it('shows every label whole on its own line and every value beside its bar', () => {
    const svg = barChartSvg(bars, 'time, in multiples of one request');
    expect(svg).toContain('<text x="0" y="13">ten, one after another</text>');
    expect(svg).toContain('>ten with Promise.all</text>');
    expect(svg).toContain('class="bc-value"');
    expect(svg).toMatch(/>10\.2<\/text>/);
    expect(svg).toMatch(/>1\.1<\/text>/);
  });

  it('draws bars in proportion, with room for the value at the right', () => {
    const svg = barChartSvg(bars, 'x');
    const widths = [...svg.matchAll(/<rect class="bc-bar" x="0" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]! / widths[1]!).toBeCloseTo(10.2 / 1.1, 1);
    const values = [...svg.matchAll(/<text class="bc-value" x="([\d.]+)"/g)].map((m) => Number(m[1]));
    for (const x of values) expect(x + 4 * 13 * 0.6).toBeLessThanOrEqual(WIDTH);
  });

  it('is the same string for the same values, and refuses what it cannot draw honestly', () => {
    expect(barChartSvg(bars, 'x')).toBe(barChartSvg(bars.map((b) => ({ ...b })), 'x'));
    expect(() => barChartSvg([{ label: 'a', value: Number.NaN }], 'x')).toThrow('finite values');
    expect(() => barChartSvg([{ label: 'y'.repeat(50), value: 1 }], 'x')).toThrow('too long for a chart a phone shows whole');
  });
});

describe('axis ticks', () => {
  it('steps by 1, 2, 2.5 or 5 × 10^k, reaching the maximum with the least room left', () => {
    expect(niceTicks(203)).toEqual([0, 50, 100, 150, 200, 250]);
    expect(niceTicks(1026)).toEqual([0, 200, 400, 600, 800, 1000, 1200]);
    expect(niceTicks(10.2)).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(niceTicks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
