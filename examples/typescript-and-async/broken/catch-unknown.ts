// A caught value is `unknown` under strict (useUnknownInCatchVariables), but a .catch callback's
// parameter is `any`: tsc checks the first and not the second.
declare function load(): Promise<string>;

export async function first(): Promise<string> {
  try {
    return await load();
  } catch (error) {
    return error.message;
  }
}

export function second(): Promise<string> {
  return load().catch((error) => error.message);
}
