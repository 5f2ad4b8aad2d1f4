// What a reader needs to run a sample whose file uses other local files: the file and every local
// file it imports or starts (transitively), at their paths under examples/, so that the "run it"
// command (`node examples/<file>`) works in the folder they are unpacked into.
import { anchorOf } from '../formats/example-id.ts';

export interface SampleFiles {
  /** The archive's name: `limit.zip` for `async-vs-sync/limit.ts`. */
  archive: string;
  /** Where the archive is served: `/examples/async-vs-sync/limit.zip`. */
  url: string;
  /** Paths inside the archive, the example first: `examples/async-vs-sync/limit.ts`, … */
  paths: string[];
}

/** The download for an example with local dependencies; undefined when the file runs alone. */
export function sampleFiles(id: string, dependencies: string[]): SampleFiles | undefined {
  if (dependencies.length === 0) return undefined;
  const [folder, ...rest] = id.split('/');
  if (!folder || rest.length === 0) throw new Error(`sampleFiles: ${id} is not under a page folder`);
  const archive = `${anchorOf(id)}.zip`;
  return { archive, url: `/examples/${folder}/${archive}`, paths: [id, ...dependencies.filter((d) => d !== id).sort()].map((f) => `examples/${f}`) };
}
