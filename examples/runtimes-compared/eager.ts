// A JavaScript async function is "hot": calling it runs its body at once, up to the first await.
// (A Python coroutine is "cold": nothing runs until it is awaited or scheduled.)
// #region eager
const log: string[] = [];

async function fetchUser(): Promise<string> {
  log.push('fetchUser: body starts (synchronously, inside the call)');
  await Promise.resolve(); // the first await: control goes back to the caller here
  log.push('fetchUser: resumes after its first await');
  return 'ada';
}

const pending = fetchUser(); // no await yet
log.push('caller: has a promise, carries on');
const user = await pending;
log.push(`caller: got ${user}`);
console.log(log.join('\n'));
// #endregion eager
