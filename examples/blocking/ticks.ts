// Measuring whether the event loop is free: count the ticks of a 10 ms interval while some work
// runs. Shared by the examples of the blocking guide.

// #region count-ticks
/** How many times a 10 ms interval fired while `work` ran. */
export async function ticksDuring(work: () => Promise<unknown> | void): Promise<number> {
  let ticks = 0;
  const interval = setInterval(() => ticks++, 10);
  try {
    await work();
    return ticks;
  } finally {
    clearInterval(interval);
  }
}

/** Calls `step` again and again for about `ms` milliseconds, without ever yielding. */
export function repeatFor(ms: number, step: () => unknown): void {
  const end = performance.now() + ms;
  while (performance.now() < end) step();
}
// #endregion count-ticks
