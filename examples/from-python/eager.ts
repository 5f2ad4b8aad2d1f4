// An async function runs synchronously up to its first `await`: calling it starts the work.
// A Python coroutine would not run at all until it is awaited or wrapped in a task.
import { setTimeout as sleep } from 'node:timers/promises';

// #region eager
async function fetchReport(): Promise<string> {
  console.log('A: started'); // runs during the call, before the caller's next line
  await sleep(10);
  console.log('A: resumed');
  return 'report';
}

const pending = fetchReport(); // no await yet: the body is already running
console.log('caller continues');
console.log(`result: ${await pending}`);
// #endregion eager
