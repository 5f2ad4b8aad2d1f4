// V8 keeps 10 frames of a stack trace by default (Error.stackTraceLimit). A deep call chain loses
// its outer frames, where the caller you are looking for usually is. Raising the limit keeps them,
// at a cost: every Error created captures that many frames, thrown or not.
// #region limit
function depth(n: number): Error {
  return n === 0 ? new Error('deep') : depth(n - 1);
}

/** How many `at …` lines an error's stack holds. */
function frames(error: Error): number {
  return (error.stack ?? '').split('\n').filter((line) => line.startsWith('    at ')).length;
}

console.log('Error.stackTraceLimit by default:', Error.stackTraceLimit);
console.log('frames kept from a 30-call chain:', frames(depth(30)));
Error.stackTraceLimit = 50;
console.log('with Error.stackTraceLimit = 50:', frames(depth(30)));
// #endregion limit
