// A callback typed `() => void` accepts an async function: tsc is silent, the linter is not.
// A callback typed `() => Promise<void>` says the caller awaits it, and tsc checks that.
declare function onShutdown(listener: () => void): void;
declare function onShutdownAsync(listener: () => Promise<void>): void;
declare function flush(): Promise<void>;
declare function log(): void;

onShutdown(async () => {
  await flush(); // nobody awaits this promise, nor handles its rejection
});
onShutdownAsync(() => log());
