import { describe, expect, it } from 'vitest';
import { Semaphore } from '../../../examples/lib/semaphore.ts';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Semaphore', () => {
  it('never lets more than `limit` tasks run, and runs them all', async () => {
    const semaphore = new Semaphore(3);
    let running = 0;
    let peak = 0;
    const gates = Array.from({ length: 10 }, () => Promise.withResolvers<void>());
    const all = Promise.all(
      gates.map((gate, i) =>
        semaphore.run(async () => {
          running++;
          peak = Math.max(peak, running);
          await gate.promise;
          running--;
          return i;
        }),
      ),
    );
    for (const gate of gates) {
      await tick();
      expect(semaphore.active).toBeLessThanOrEqual(3);
      gate.resolve();
    }
    expect(await all).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(peak).toBe(3);
    expect(semaphore.active).toBe(0);
  });

  it('hands slots to waiters in FIFO order', async () => {
    const semaphore = new Semaphore(1);
    const order: number[] = [];
    await semaphore.acquire();
    const waiters = [1, 2, 3].map((n) => semaphore.acquire().then(() => order.push(n)));
    for (let i = 0; i < 3; i++) {
      semaphore.release();
      await tick();
    }
    await Promise.all(waiters);
    expect(order).toEqual([1, 2, 3]);
  });

  it('frees the slot when a task rejects', async () => {
    const semaphore = new Semaphore(1);
    await expect(semaphore.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(semaphore.active).toBe(0);
    await expect(semaphore.run(() => Promise.resolve('next'))).resolves.toBe('next');
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects the limit %s', (limit) => {
    expect(() => new Semaphore(limit)).toThrow(RangeError);
  });
});
