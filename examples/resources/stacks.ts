// DisposableStack and AsyncDisposableStack collect cleanups added at run time; when cleanup fails
// after the body failed, SuppressedError keeps both errors.
// #region stack
async function openAll(names: string[]): Promise<AsyncDisposableStack> {
  await using stack = new AsyncDisposableStack();
  for (const name of names) {
    if (name === 'broken') throw new Error(`cannot open ${name}`);
    stack.defer(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5)); // e.g. flushing a write buffer
      console.log(`close ${name}`);
    });
    console.log(`open ${name}`);
  }
  return stack.move(); // success: hand every cleanup to the caller, none runs here
}

{
  await using files = await openAll(['a', 'b']);
  console.log(`using ${files.disposed ? 'nothing' : 'a and b'}`);
}
await openAll(['c', 'broken']).catch((error: unknown) => console.log(`failed: ${(error as Error).message}`));
// #endregion stack

// #region suppressed
try {
  using stack = new DisposableStack();
  stack.defer(() => {
    throw new Error('cleanup failed');
  });
  throw new Error('work failed');
} catch (error) {
  if (!(error instanceof SuppressedError)) throw error;
  console.log(`${error.name}: error=${(error.error as Error).message}, suppressed=${(error.suppressed as Error).message}`);
}
// #endregion suppressed
