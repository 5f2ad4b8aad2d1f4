import type { Channel } from '../../examples/lib/channel.ts';

/** The next value of `channel`, or `undefined` if `signal` aborts first; a receive that gave up takes nothing. */
export async function receive<T>(channel: Channel<T>, signal: AbortSignal): Promise<T | undefined> {
  try {
    // Given the signal, the channel takes this get() out of its queue on abort.
    return await channel.get({ signal });
  } catch (error) {
    if (signal.aborted) return undefined;
    throw error;
  }
}
