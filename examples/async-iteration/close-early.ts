// Leaving a `for await` loop early (break, return, throw) calls the generator's return(), which
// runs its `finally` at once, before the line after the loop. The Python twin (close-early.py)
// leaves the `finally` until the generator is finalised.
import { setImmediate } from 'node:timers/promises';

let openCursors = 0;

// #region break
async function* rows(): AsyncGenerator<string> {
  openCursors++; // a database cursor, a lease, a file: something to give back
  try {
    for (let n = 1; ; n++) {
      await setImmediate();
      yield `row ${n}`;
    }
  } finally {
    openCursors--;
    console.log('generator: finally, cursor closed');
  }
}

async function main(): Promise<void> {
  const results = rows();
  for await (const row of results) {
    console.log(row);
    if (row === 'row 2') break;
  }
  console.log(`after the loop: open cursors ${openCursors}`);
}

await main();
// #endregion break
