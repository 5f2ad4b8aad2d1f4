// The load run's plan (src/capstone/load-plan.ts): which prices calls answer late is decided by
// their order of arrival, never by the clock, so a fast machine cannot send every request before a
// fault begins.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadPlan, pricesDelayMs, PRICES_LATE_EVERY } from '../../../src/capstone/load-plan.ts';

describe('the load plan', () => {
  it('makes every PRICES_LATE_EVERY-th prices call late, and the burst of calls in a row', () => {
    const late = Array.from({ length: 80 }, (_, i) => i).filter((i) => pricesDelayMs(DEFAULT_SETTINGS, i) > 0);
    const burst = Array.from({ length: DEFAULT_SETTINGS.pricesBurstCalls }, (_, k) => DEFAULT_SETTINGS.pricesBurstFrom + k);
    const everyNth = Array.from({ length: 10 }, (_, k) => k * PRICES_LATE_EVERY + PRICES_LATE_EVERY - 1);
    expect(late).toEqual([...new Set([...everyNth, ...burst])].toSorted((a, b) => a - b));
    expect(pricesDelayMs(DEFAULT_SETTINGS, 41)).toBe(DEFAULT_SETTINGS.pricesLateMs);
  });

  it('turns the database slow at a request sent before SIGTERM', () => {
    const plan = loadPlan(DEFAULT_SETTINGS, ['mug', 'pen']);
    expect(plan[DEFAULT_SETTINGS.dbSlowAtRequest]?.phase).toBe('before');
  });
});
