// Handling a rejection: try/catch around await or .catch on the promise, a caught value that is
// `unknown` until narrowed, and Error's `cause` to add context without losing the original error.
import { readFile } from 'node:fs/promises';

// #region sync-throw
// A function that returns a promise but throws before creating it: .catch never sees that throw.
function loadConfig(file: string): Promise<string> {
  if (!file.endsWith('.json')) throw new TypeError(`not a JSON file: ${file}`);
  return readFile(new URL(file, import.meta.url), 'utf8');
}

try {
  await loadConfig('settings.txt').catch(() => 'never reached');
} catch (error) {
  console.log('.catch missed a synchronous throw:', (error as Error).name);
}

// try/catch around await catches both kinds: the synchronous throw and the rejection.
for (const file of ['settings.txt', 'no-such-file.json']) {
  try {
    await loadConfig(file);
  } catch (error) {
    console.log(`try/catch caught ${file}:`, (error as Error).name);
  }
}
// #endregion sync-throw

// #region unknown
// Under `strict`, a caught value is `unknown`: anything can be thrown, so narrow before use.
function describe(error: unknown): string {
  if (error instanceof Error && 'code' in error) return `system error ${String(error.code)}`; // Node's errors carry a code
  if (error instanceof Error) return error.name;
  return `not an Error: ${String(error)}`;
}

try {
  await loadConfig('no-such-file.json');
} catch (error) {
  console.log(describe(error));
}
try {
  JSON.parse('{');
} catch (error) {
  console.log(describe(error));
}
console.log(describe('timeout')); // what `throw 'timeout'` in some library would give you
// #endregion unknown

// #region cause
// Re-throw with context, and keep the original as `cause` instead of pasting its message in.
async function loadSettings(): Promise<unknown> {
  try {
    return JSON.parse(await loadConfig('no-such-file.json'));
  } catch (error) {
    throw new Error('could not load settings', { cause: error });
  }
}

try {
  await loadSettings();
} catch (error) {
  if (!(error instanceof Error)) throw error;
  console.log(`${error.message}, because: ${describe(error.cause)}`);
}
// #endregion cause
