// Leaving a `for await` loop early (break, return, throw) calls the generator's return() at once,
// so its `finally` runs before the line after the loop. The Python twin (break-async-for.py)
// shows `async for` leaving the `finally` to the garbage collector unless `aclosing` is used.
import { setTimeout as sleep } from 'node:timers/promises';

// #region break
async function* lines(): AsyncGenerator<string> {
  try {
    for (let n = 1; ; n++) {
      await sleep(1);
      yield `line ${n}`;
    }
  } finally {
    console.log('generator: finally, the file is closed');
  }
}

for await (const line of lines()) {
  console.log(line);
  break;
}
console.log('after the loop');
// #endregion break
