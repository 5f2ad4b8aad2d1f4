// Feature: native `using` and `await using`
// Requires: Node 24.5+ (native `using`, disposed also when a closure captures it)
// Source: https://www.typescriptlang.org/docs/handbook/release-notes/typescript-5-2.html#using-declarations-and-explicit-resource-management
// Fallback: compile with `tsc` to a target that lowers `using` (ES2022), or call `[Symbol.dispose]()` in a `finally`
// Node runs `using` itself (no compiler lowering): resources are released at the end of the block,
// last acquired first, and `await using` waits for an async release, also when a closure captures
// the variable (before 24.5.0 such a variable was never disposed: nodejs/node#58744).
function resource(name: string): Disposable {
  console.log(`open ${name}`);
  return { [Symbol.dispose]: () => console.log(`close ${name}`) };
}

function connection(name: string): AsyncDisposable {
  console.log(`connect ${name}`);
  return {
    [Symbol.asyncDispose]: async () => {
      await Promise.resolve();
      console.log(`disconnect ${name}`);
    },
  };
}

{
  using file = resource('file');
  await using db = connection('db');
  const describe = () => `working with ${typeof file} and ${typeof db}`;
  console.log(describe());
}
console.log('after the block');
