// `using` and `await using` release resources when the block ends, last acquired first released,
// whether the block completes or throws.
// #region lifo
function resource(name: string): Disposable {
  console.log(`acquire ${name}`);
  return { [Symbol.dispose]: () => console.log(`release ${name}`) };
}

function asyncResource(name: string): AsyncDisposable {
  console.log(`acquire ${name}`);
  return {
    [Symbol.asyncDispose]: async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      console.log(`release ${name}`);
    },
  };
}

async function handle(fail: boolean): Promise<void> {
  using config = resource('config');
  await using db = asyncResource('db');
  using lock = resource('lock');
  console.log(`work with ${[config, db, lock].length} resources`);
  if (fail) throw new Error('work failed');
}

await handle(false);
await handle(true).catch((error: unknown) => console.log(`caught: ${(error as Error).message}`));
// #endregion lifo
