// The same lines with lib ES2024 and @types/node (which declares the Disposable types): only
// Promise.try, from ES2025, is still missing.
export const deferred = Promise.withResolvers<number>();
export const tried = Promise.try(() => 42);
export const stack = new DisposableStack();
export const disposeKey: symbol = Symbol.asyncDispose;
