import { describe, expect, it } from 'vitest';
import { LOOP_PHASES, loopPhasesSvg } from '../../src/pictures/loop-phases-svg.ts';

describe('the loop phases diagram', () => {
  it('draws the six phases in the order of the Node docs, each in its box', () => {
    const svg = loopPhasesSvg();
    expect(LOOP_PHASES.map((p) => p.name)).toEqual(['timers', 'pending callbacks', 'idle, prepare', 'poll', 'check', 'close callbacks']);
    expect(svg.match(/<rect class="lp-box/g)).toHaveLength(6);
    const names = [...svg.matchAll(/<text class="lp-name"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(names).toEqual(LOOP_PHASES.map((p) => p.name));
    expect(svg).toContain("'close' events");
  });

  it('refuses text that would not fit a box on a phone', () => {
    expect(() => loopPhasesSvg([{ name: 'x', runs: 'y'.repeat(60) }])).toThrow('does not fit a phase box on a phone');
  });
});
