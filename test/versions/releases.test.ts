import { describe, expect, it } from 'vitest';
import { firstPassing, releasesOfLine } from '../../src/versions/releases.ts';

const line24 = Array.from({ length: 22 }, (_, minor) => `24.${minor}.0`);

describe('releasesOfLine', () => {
  it('keeps one line up to the newest named, oldest first, without pre-releases', () => {
    expect(releasesOfLine(['24.10.0', '22.1.0', '24.2.0', '24.0.0', '24.11.0-rc.1', '24.12.0', '25.0.0'], '24', '24.10.0')).toEqual(['24.0.0', '24.2.0', '24.10.0']);
  });
});

describe('firstPassing', () => {
  it('finds the first passing release in a few tries', async () => {
    const { minimum, tried } = await firstPassing(line24, (v) => Promise.resolve(Number(v.split('.')[1]) >= 5));
    expect(minimum).toBe('24.5.0');
    expect(Object.keys(tried).length).toBeLessThanOrEqual(7);
    expect(tried['24.4.0']).toBe(false);
    expect(tried['24.5.0']).toBe(true);
  });

  it('stops after two tries when the first release passes, and after one when the newest fails', async () => {
    expect(await firstPassing(line24, () => Promise.resolve(true))).toEqual({ minimum: '24.0.0', tried: { '24.21.0': true, '24.0.0': true } });
    expect(await firstPassing(line24, () => Promise.resolve(false))).toEqual({ minimum: undefined, tried: { '24.21.0': false } });
  });
});
