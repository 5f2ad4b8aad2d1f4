// Iteration: an async generator produces values over time; for await consumes them.
import { setTimeout as sleep } from 'node:timers/promises';

// #region iteration
async function* pages(): AsyncGenerator<string[]> {
  try {
    for (let page = 1; ; page++) {
      await sleep(5); // e.g. fetching the next page
      yield [`item ${page}a`, `item ${page}b`];
    }
  } finally {
    console.log('generator closed'); // runs when the consumer stops early
  }
}

for await (const items of pages()) {
  console.log(items.join(', '));
  if (items[0] === 'item 2a') break;
}
// #endregion iteration
