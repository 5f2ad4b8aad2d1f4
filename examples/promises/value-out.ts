// "How do I get the value out of an async call?" You don't take it out: you wait for it. Calling an
// async function gives a promise at once; its value exists only later, so the code that needs the
// value goes after an `await` (or inside `.then`), and so becomes async itself.
async function fetchUser(id: number): Promise<{ id: number; name: string }> {
  await Promise.resolve(); // stands for a database or network call
  return { id, name: 'Ada' };
}

// #region wrong
console.log(fetchUser(1)); // the promise, not the user
// #endregion wrong

// #region right
console.log((await fetchUser(1)).name);
// #endregion right
