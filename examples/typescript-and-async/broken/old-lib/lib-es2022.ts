// Each line needs a newer `lib` than ES2022; tsc names the one to use.
export const deferred = Promise.withResolvers<number>();
export const tried = Promise.try(() => 42);
export const stack = new DisposableStack();
export const disposeKey: symbol = Symbol.asyncDispose;
