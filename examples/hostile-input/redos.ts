// Deno: --allow-env --allow-run
// A catastrophic regular expression (ReDoS): nested quantifiers let a backtracking engine try
// exponentially many ways to match, and a short input that almost matches holds the loop. The fix
// is a pattern with one way to match each string; V8 also has an opt-in engine that falls back to
// linear time. Each case prints the ticks of a 10 ms interval the match made the loop miss.
import { runScenario } from '../lifecycle/run-child.ts';
import { missedTicks } from './ticks.ts';

// #region patterns
// "Words separated by single spaces", written two ways.
const evil = /^(\w+\s?)*$/; // a word can be split into smaller \w+ in exponentially many ways
const safe = /^\w+(\s\w+)*$/; // each character belongs to exactly one repetition
// #endregion patterns

/** Almost a match: `n` word characters, then one that fails the whole pattern at the end. */
const attack = (n: number): string => `${'a'.repeat(n)}!`;

if (process.argv[2] === 'fallback') {
  console.log((await missedTicks(() => evil.test(attack(24)))).missed);
} else {
  // #region attack
  evil.test(attack(12)); // compile the pattern before measuring
  const at18 = await missedTicks(() => evil.test(attack(18)));
  const at24 = await missedTicks(() => evil.test(attack(24)));
  console.log(`evil, 19 characters: ${at18.missed} ticks missed`);
  console.log(`evil, 25 characters: ${at24.missed} ticks missed`);
  console.log(`6 more characters took ${Math.round(at24.ms / at18.ms)} times as long`);
  const long = await missedTicks(() => safe.test(attack(100_000)));
  console.log(`safe, 100 001 characters: ${long.missed} ticks missed`);
  // #endregion attack

  // #region fallback
  // V8's linear-time engine takes over after 50 000 backtracks (an experimental V8 flag).
  const flag = '--enable-experimental-regexp-engine-on-excessive-backtracks';
  const { stdout } = await runScenario(import.meta.filename, 'fallback', [flag]);
  console.log(`evil, 25 characters, with ${flag}: ${stdout.trim()} ticks missed`);
  // #endregion fallback
}
