import type { Channel } from '../../examples/lib/channel.ts';

/** The next value of `channel`, or `undefined` if `signal` aborts first; a receive that gave up takes nothing. */
export async function receive<T>(channel: Channel<T>, signal: AbortSignal): Promise<T | undefined> {
  const gaveUp = new Promise<undefined>((resolve) => {
    signal.addEventListener('abort', () => resolve(undefined), { once: true });
  });
  return Promise.race([channel.get(), gaveUp]);
}
