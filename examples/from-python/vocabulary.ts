// asyncio's everyday calls and their TypeScript equivalents, in one runnable program.
// There is no asyncio.run(): an ES module may await at top level, and Node runs the loop for you.
import { setTimeout as sleep } from 'node:timers/promises';

async function fetchUser(id: number, signal?: AbortSignal): Promise<string> {
  await sleep(20 * id, undefined, { signal }); // asyncio.sleep(0.02 * id)
  return `user ${id}`;
}

// #region create-task
const first = fetchUser(1); // asyncio.create_task(fetch_user(1)): it is already running
// #endregion create-task

// #region gather
const users = await Promise.all([first, fetchUser(2), fetchUser(3)]); // asyncio.gather(...)
console.log(users.join(', '));
// #endregion gather

// #region wait-for
try {
  // asyncio.wait_for(fetch_user(10), timeout=0.05): the deadline travels as an AbortSignal
  await fetchUser(10, AbortSignal.timeout(50));
} catch (error) {
  if (!(error instanceof Error)) throw error;
  const reason = error.cause instanceof Error ? error.cause.name : 'none';
  console.log(`fetchUser(10): ${error.name}, because of ${reason}`);
}
// #endregion wait-for
