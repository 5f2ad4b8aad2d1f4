// What each combinator settles with, including for an empty input.
import { setTimeout as sleep } from 'node:timers/promises';

async function fail(ms: number, message: string): Promise<never> {
  await sleep(ms);
  throw new Error(message);
}

/** "fulfilled: value" or "rejected: Name: message", for printing. */
async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    return `fulfilled: ${JSON.stringify(await promise)}`;
  } catch (error) {
    return `rejected: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

// #region combinators
const inputs = () => [sleep(30, 'slow'), sleep(10, 'fast'), fail(20, 'broken')];

console.log('all        ', await outcome(Promise.all(inputs())));
console.log('allSettled ', await outcome(Promise.allSettled(inputs()).then((rs) => rs.map((r) => r.status))));
console.log('any        ', await outcome(Promise.any(inputs())));
console.log('race       ', await outcome(Promise.race(inputs())));
// #endregion combinators

// #region aggregate
try {
  await Promise.any([fail(10, 'mirror A down'), fail(20, 'mirror B down')]);
} catch (error) {
  if (!(error instanceof AggregateError)) throw error;
  console.log(error.message, '->', error.errors.map((e: Error) => e.message));
}
// #endregion aggregate

// #region empty
console.log('all([])        ', await outcome(Promise.all([])));
console.log('allSettled([]) ', await outcome(Promise.allSettled([])));
console.log('any([])        ', await outcome(Promise.any([])));
// race([]) never settles. Racing it against a settled sentinel shows that without hanging.
const never = Promise.race([]);
console.log('race([])       ', await Promise.race([never, Promise.resolve('still pending')]));
// #endregion empty
