// The measuring helper of the blocking guide must tell a blocked loop from a free one, or every
// "<= 1 ticks" claim on the page would hold for the wrong reason.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { burnCpu } from '../../../examples/blocking/cpu-work.ts';
import { sumTo } from '../../../examples/blocking/query.ts';
import { repeatFor, ticksDuring } from '../../../examples/blocking/ticks.ts';

describe('blocking/ticks.ts', () => {
  it('counts ticks while the work awaits', async () => {
    expect(await ticksDuring(() => sleep(150))).toBeGreaterThanOrEqual(5);
  });

  it('counts no tick while sync work holds the thread', async () => {
    expect(await ticksDuring(() => repeatFor(150, () => burnCpu(1)))).toBeLessThanOrEqual(1);
  });

  it('clears its interval, even when the work throws', async () => {
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    await expect(ticksDuring(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBe(before);
  });
});

describe('blocking/query.ts', () => {
  it('computes the sum the page prints', () => {
    expect(sumTo(10)).toBe(55);
    expect(sumTo(600_000)).toBe(180_000_300_000);
  });
});
