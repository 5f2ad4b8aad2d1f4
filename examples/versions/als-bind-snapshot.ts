// Feature: `AsyncLocalStorage.bind()` and `.snapshot()`, stable since 23.11.0 and 22.15.0
// Source: https://nodejs.org/docs/latest-v24.x/api/async_context.html#static-method-asynclocalstoragesnapshot
// Fallback: none needed on 22.15+; before that they work but are marked experimental
// A callback that runs later, from code outside the context (an emitter, a queue), sees the store
// it was bound in: `bind` fixes one function to the current context, `snapshot` captures the whole
// context to run any function in later.
import { AsyncLocalStorage } from 'node:async_hooks';

const requestId = new AsyncLocalStorage<string>();
const later: (() => void)[] = [];

requestId.run('req-1', () => {
  later.push(AsyncLocalStorage.bind(() => console.log(`bound callback sees: ${requestId.getStore()}`)));
  const inContext = AsyncLocalStorage.snapshot();
  later.push(() => inContext(() => console.log(`snapshot runs in: ${requestId.getStore()}`)));
});
console.log(`outside: ${String(requestId.getStore())}`);
for (const callback of later) callback();
