// How long synchronous work held the loop, counted in the ticks a 10 ms interval missed: the
// ticks it should have made in the time the work took, less those it did make. Shared by the
// examples of the hostile-input page.

// #region missed-ticks
/** How many ticks of a 10 ms interval `work` made the loop miss, and how long it took (ms). */
export async function missedTicks(work: () => void): Promise<{ missed: number; ms: number }> {
  let ticks = 0;
  const interval = setInterval(() => ticks++, 10);
  try {
    const start = performance.now();
    work();
    const ms = performance.now() - start;
    await new Promise((resolve) => setImmediate(resolve)); // let a due tick run, if any
    return { missed: Math.max(0, Math.floor(ms / 10) - ticks), ms };
  } finally {
    clearInterval(interval);
  }
}
// #endregion missed-ticks
