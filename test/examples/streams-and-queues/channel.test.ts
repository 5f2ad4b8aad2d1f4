// The bounded channel of examples/lib/channel.ts: order, backpressure, closing, aborting, and exact
// counts under many producers and consumers. Every wait is observed by settling state after a
// macrotask turn, never by elapsed time.
import { setImmediate as turn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Channel, ChannelClosedError } from '../../../examples/lib/channel.ts';

/** Tracks whether a promise has settled, without awaiting it. */
function track<T>(promise: Promise<T>): { readonly settled: boolean; promise: Promise<T> } {
  let settled = false;
  const tracked = promise.finally(() => {
    settled = true;
  });
  tracked.catch(() => {}); // the test awaits or inspects the original
  return {
    get settled() {
      return settled;
    },
    promise,
  };
}

describe('Channel', () => {
  it('rejects a capacity that is not a positive integer', () => {
    expect(() => new Channel(0)).toThrow(RangeError);
    expect(() => new Channel(1.5)).toThrow(RangeError);
    expect(new Channel(2).capacity).toBe(2);
  });

  it('delivers values in FIFO order', async () => {
    const channel = new Channel<number>(5);
    for (const n of [1, 2, 3, 4, 5]) await channel.put(n);
    const got = [];
    for (let i = 0; i < 5; i++) got.push(await channel.get());
    expect(got).toEqual([1, 2, 3, 4, 5]);
  });

  it('put waits while the channel is full and resumes after a get', async () => {
    const channel = new Channel<string>(2);
    await channel.put('a');
    await channel.put('b');
    expect(channel.size).toBe(2);
    const third = track(channel.put('c'));
    await turn();
    expect(third.settled).toBe(false);
    expect(await channel.get()).toBe('a');
    await turn();
    expect(third.settled).toBe(true);
    expect(channel.size).toBe(2);
    expect([await channel.get(), await channel.get()]).toEqual(['b', 'c']);
  });

  it('keeps waiting producers in FIFO order', async () => {
    const channel = new Channel<number>(1);
    await channel.put(0);
    const waiting = [channel.put(1), channel.put(2), channel.put(3)];
    const got = [];
    for (let i = 0; i < 4; i++) got.push(await channel.get());
    await Promise.all(waiting);
    expect(got).toEqual([0, 1, 2, 3]);
  });

  it('get waits while the channel is empty and resumes after a put', async () => {
    const channel = new Channel<number>(1);
    const value = track(channel.get());
    await turn();
    expect(value.settled).toBe(false);
    await channel.put(42);
    expect(await value.promise).toBe(42);
    expect(channel.size).toBe(0); // handed straight to the waiting consumer
  });

  it('close rejects waiting gets and waiting puts with ChannelClosedError', async () => {
    const empty = new Channel<number>(1);
    const getter = empty.get();
    empty.close();
    await expect(getter).rejects.toBeInstanceOf(ChannelClosedError);

    const full = new Channel<number>(1);
    await full.put(1);
    const putter = full.put(2);
    full.close();
    await expect(putter).rejects.toBeInstanceOf(ChannelClosedError);
    expect(full.closed).toBe(true);
  });

  it('put after close rejects with a clear error', async () => {
    const channel = new Channel<number>(1);
    channel.close();
    channel.close(); // idempotent
    await expect(channel.put(1)).rejects.toThrow(new ChannelClosedError('put on a closed channel'));
    await expect(channel.get()).rejects.toThrow('get on a closed, empty channel');
  });

  it('buffered values survive close, then iteration ends', async () => {
    const channel = new Channel<number>(3);
    await channel.put(1);
    await channel.put(2);
    channel.close();
    const got = [];
    for await (const n of channel) got.push(n);
    expect(got).toEqual([1, 2]);
  });

  it('close ends a for await loop that is waiting', async () => {
    const channel = new Channel<number>(2);
    const got: number[] = [];
    const consumer = (async () => {
      for await (const n of channel) got.push(n);
      return 'ended';
    })();
    await channel.put(1);
    await turn();
    channel.close();
    expect(await consumer).toBe('ended');
    expect(got).toEqual([1]);
  });

  it('an aborted get takes nothing and an aborted put leaves nothing', async () => {
    const channel = new Channel<string>(1);
    const controller = new AbortController();
    const getter = channel.get({ signal: controller.signal });
    controller.abort(new Error('stop waiting'));
    await expect(getter).rejects.toThrow('stop waiting');
    await channel.put('kept');
    expect(channel.size).toBe(1); // not handed to the aborted getter

    const putController = new AbortController();
    const putter = channel.put('dropped', { signal: putController.signal });
    putController.abort(new Error('gave up'));
    await expect(putter).rejects.toThrow('gave up');
    expect(await channel.get()).toBe('kept');
    expect(channel.size).toBe(0);
    await expect(channel.put('x', { signal: AbortSignal.abort(new Error('already')) })).rejects.toThrow('already');
    await expect(channel.get({ signal: AbortSignal.abort(new Error('already')) })).rejects.toThrow('already');
  });

  it('never buffers more than its capacity and loses nothing with many producers and consumers', async () => {
    const capacity = 4;
    const channel = new Channel<number>(capacity);
    let peak = 0;
    const producers = Array.from({ length: 8 }, async (_, p) => {
      for (let i = 0; i < 250; i++) {
        await channel.put(p * 1000 + i);
        peak = Math.max(peak, channel.size);
      }
    });
    const received: number[] = [];
    const consumers = Array.from({ length: 5 }, async () => {
      for await (const n of channel) {
        received.push(n);
        if (n % 7 === 0) await turn(); // consumers slower than producers now and then
      }
    });
    await Promise.all(producers);
    channel.close();
    await Promise.all(consumers);
    expect(received).toHaveLength(8 * 250);
    expect(new Set(received).size).toBe(8 * 250);
    expect(peak).toBe(capacity);
    // Each producer's values arrive in the order it sent them.
    for (let p = 0; p < 8; p++) {
      const mine = received.filter((n) => Math.floor(n / 1000) === p);
      expect(mine).toEqual([...mine].sort((a, b) => a - b));
    }
  });
});
