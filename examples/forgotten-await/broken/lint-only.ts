// More async mistakes that compile cleanly: the linter's promise rules report them.
declare function fetchUser(id: number): Promise<string>;
declare function parse(text: string): string;

export async function thenable(text: string): Promise<string> {
  return await parse(text);
}

export async function noAwait(): Promise<number> {
  return 42;
}

export async function tryReturn(id: number): Promise<string> {
  try {
    return fetchUser(id);
  } catch {
    return 'anonymous';
  }
}

export function rejectString(): Promise<never> {
  return Promise.reject('not found');
}

export async function oneByOne(ids: number[]): Promise<string[]> {
  const users: string[] = [];
  for (const id of ids) {
    users.push(await fetchUser(id));
  }
  return users;
}

export function executor(id: number): Promise<string> {
  return new Promise(async (resolve) => {
    resolve(await fetchUser(id));
  });
}
