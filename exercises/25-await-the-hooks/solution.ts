/** Something to do at shutdown; `run()` waits for the promise an async hook returns. */
export type Hook = () => Promise<void> | void;

/** Hooks run at shutdown, one after another in the order registered. */
export class Shutdown {
  readonly #hooks: Hook[] = [];

  onShutdown(hook: Hook): void {
    this.#hooks.push(hook);
  }

  /** Runs every hook and fulfils once the last has finished; if any failed, rejects afterwards with an AggregateError of their errors. */
  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const hook of this.#hooks) {
      try {
        await hook(); // a sync hook's undefined is awaited too: one path for throws and rejections
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length > 0) throw new AggregateError(errors, 'shutdown hooks failed');
  }
}
