// Places where `async` or `await` is not allowed at all.
declare function loadConfig(): Promise<string>;

export class Service {
  async constructor() {
    await loadConfig();
  }

  async get config() {
    return loadConfig();
  }
}

export function start(): void {
  const config = await loadConfig();
  console.log(config);
}
