// Feature: `DisposableStack`, `SuppressedError`
// Requires: Node 24+ (`DisposableStack`)
// Source: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/DisposableStack
// Fallback: one `try`/`finally` per resource, or the es-shims `disposablestack` polyfill
// A DisposableStack releases what it holds in reverse order; when two clean-ups throw, the errors
// are kept together in a SuppressedError instead of one hiding the other.
const stack = new DisposableStack();
stack.defer(() => console.log('released: first acquired'));
stack.use({ [Symbol.dispose]: () => console.log('released: second acquired') });
console.log('working');
stack.dispose();
console.log(`disposed: ${stack.disposed}`);

const failing = new DisposableStack();
failing.defer(() => {
  throw new Error('close file failed');
});
failing.defer(() => {
  throw new Error('close socket failed');
});
try {
  failing.dispose();
} catch (error) {
  if (!(error instanceof SuppressedError)) throw error;
  console.log(`${error.name}: ${(error.error as Error).message}, suppressing: ${(error.suppressed as Error).message}`);
}
