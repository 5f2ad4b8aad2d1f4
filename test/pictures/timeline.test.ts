import { describe, expect, it } from 'vitest';
import { displayName, parseGroupList, TimelineError, timelineGroups } from '../../src/pictures/timeline.ts';
import { taskKind, timelineSvg, WIDTH } from '../../src/pictures/timeline-svg.ts';

const measurements = {
  'sequential.item-0.start': 0,
  'sequential.item-0.end': 101,
  'sequential.item-1.start': 101,
  'sequential.item-1.end': 203,
  'concurrent.item-0.start': 0,
  'concurrent.item-0.end': 104,
  speedup: 2,
};
const names = Object.keys(measurements);

describe('timeline groups from measurements', () => {
  it('groups GROUP.TASK.start/end in .out order and ignores other measurements', () => {
    expect(timelineGroups(names, measurements)).toEqual([
      { name: 'sequential', spans: [{ task: 'item-0', start: 0, end: 101 }, { task: 'item-1', start: 101, end: 203 }] },
      { name: 'concurrent', spans: [{ task: 'item-0', start: 0, end: 104 }] },
    ]);
  });

  it('refuses a task without an end, or one that ends before it starts', () => {
    expect(() => timelineGroups(['g.a.start'], { 'g.a.start': 1 })).toThrow('task "g.a" has no end: name it {{g.a.end}} in the .out');
    expect(() => timelineGroups(['g.a.start', 'g.a.end'], { 'g.a.start': 5, 'g.a.end': 4 })).toThrow('task "g.a" ends (4) before it starts (5)');
  });

  it('selects groups by name, in the order asked, and names the ones it has', () => {
    expect(timelineGroups(names, measurements, ['concurrent', 'sequential']).map((g) => g.name)).toEqual(['concurrent', 'sequential']);
    expect(timelineGroups(names, measurements).map((g) => g.name)).toEqual(['sequential', 'concurrent']);
    expect(() => timelineGroups(names, measurements, ['limit'])).toThrow('the run has no group "limit" (it has: sequential, concurrent)');
    expect(() => timelineGroups(['speedup'], measurements)).toThrow(TimelineError);
    // A broken group that is not asked for does not stop the others.
    expect(timelineGroups([...names, 'other.x.start'], { ...measurements, 'other.x.start': 1 }, ['sequential'])).toHaveLength(1);
  });

  it('reads group lists and shows names as words', () => {
    expect(parseGroupList(' sequential  concurrent,limit ')).toEqual(['sequential', 'concurrent', 'limit']);
    expect(parseGroupList(undefined)).toEqual([]);
    expect(displayName('item-0')).toBe('item 0');
  });
});

describe('timeline SVG', () => {
  const groups = timelineGroups(names, measurements);

  it('draws one bar per task on a shared axis that covers the longest span', () => {
    const { svg, axisEnd } = timelineSvg(groups, 'ms from the first start');
    expect(svg.match(/<rect class="tl-bar /g)).toHaveLength(3);
    expect(axisEnd).toBeGreaterThanOrEqual(203);
    expect(svg).toContain('>item 1</text>');
    expect(svg).toContain('>sequential</text>');
    expect(svg).toContain('>ms from the first start</text>');
    expect(svg).toContain(`viewBox="0 0 ${WIDTH} `);
  });

  it('places bars by time: a later start is further right, a longer span is wider', () => {
    const { svg } = timelineSvg(groups, 'ms');
    const bars = [...svg.matchAll(/<rect class="tl-bar tl-kind-\d" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({ x: Number(m[1]), width: Number(m[2]) }));
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x);
    expect(bars[1]!.x).toBeCloseTo(bars[0]!.x + bars[0]!.width, 0);
    expect(bars[2]!.x).toBe(bars[0]!.x);
    // Nothing is drawn past the right edge.
    for (const bar of bars) expect(bar.x + bar.width).toBeLessThanOrEqual(WIDTH);
  });

  it('is the same string for the same spans, and uses no colour of its own', () => {
    expect(timelineSvg(groups, 'ms').svg).toBe(timelineSvg(structuredClone(groups), 'ms').svg);
    expect(timelineSvg(groups, 'ms').svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('gives tasks of one kind one colour and another kind another', () => {
    expect(['pbkdf2-1', 'timer-30', 'item-0', 'readFile'].map(taskKind)).toEqual(['pbkdf2', 'timer', 'item', 'readFile']);
    const pool = [{ name: 'four', spans: [{ task: 'pbkdf2-1', start: 0, end: 600 }, { task: 'pbkdf2-2', start: 0, end: 610 }, { task: 'readFile', start: 1, end: 612 }] }];
    const classes = [...timelineSvg(pool, 'ms').svg.matchAll(/class="tl-bar (tl-kind-\d)"/g)].map((m) => m[1]);
    expect(classes).toEqual(['tl-kind-0', 'tl-kind-0', 'tl-kind-1']);
  });

  it('escapes text and refuses a label a phone could not show whole', () => {
    expect(timelineSvg([{ name: 'a<b', spans: [{ task: 'x', start: 0, end: 1 }] }], 'ms').svg).toContain('a&lt;b');
    expect(() => timelineSvg(groups, 'x'.repeat(60))).toThrow('too long for a timeline a phone shows whole');
  });

  it('puts labels above the bars when they would take too much of the width', () => {
    const long = [{ name: 'g', spans: [{ task: 'a-rather-long-task-name', start: 0, end: 1 }] }];
    const { svg } = timelineSvg(long, 'ms');
    expect(svg).toMatch(/<text x="0" y="[\d.]+">a rather long task name<\/text><rect class="tl-bar tl-kind-0" x="0"/);
  });
});
