// A constructor cannot be async, and Python's __init__ cannot either. The pattern: keep the
// constructor sync and private, acquire in an async static factory, release in Symbol.asyncDispose.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-read
import { open, type FileHandle } from 'node:fs/promises';

// #region factory
class LineReader implements AsyncDisposable {
  readonly #file: FileHandle;

  private constructor(file: FileHandle) {
    this.#file = file; // sync: only stores what the factory acquired
  }

  /** Acquisition is async, so it lives in a static factory instead of the constructor. */
  static async open(path: string): Promise<LineReader> {
    const file = await open(path);
    console.log('opened');
    return new LineReader(file);
  }

  async firstLine(): Promise<string> {
    for await (const line of this.#file.readLines({ autoClose: false })) return line;
    return '';
  }

  /** Release is async too: `await using` calls it when the scope ends, even after a throw. */
  async [Symbol.asyncDispose](): Promise<void> {
    await this.#file.close();
    console.log('closed');
  }
}

{
  await using reader = await LineReader.open(import.meta.filename);
  console.log('first line:', (await reader.firstLine()).slice(0, 40));
}
console.log('after the block');
// #endregion factory
