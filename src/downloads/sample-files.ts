// What a reader needs to run a sample whose file uses other local files or npm packages: the file and
// every local file it imports or starts (transitively), at their paths under examples/, so that the
// "run it" command (`node examples/<file>`) works in the folder they are unpacked into; and, when
// they import packages, a package.json that installs them (`npm install` in that folder).
import { anchorOf } from '../formats/example-id.ts';

export interface SampleFiles {
  /** The archive's name: `limit.zip` for `async-vs-sync/limit.ts`. */
  archive: string;
  /** Where the archive is served: `/examples/async-vs-sync/limit.zip`. */
  url: string;
  /** Paths inside the archive, the example first: `examples/async-vs-sync/limit.ts`, … (package.json aside). */
  paths: string[];
  /** The npm packages those files import, sorted: the archive's package.json installs them. */
  packages: string[];
}

/** The download for an example with local dependencies or packages; undefined when the file runs alone. */
export function sampleFiles(id: string, dependencies: string[], packages: string[]): SampleFiles | undefined {
  if (dependencies.length === 0 && packages.length === 0) return undefined;
  const [folder, ...rest] = id.split('/');
  if (!folder || rest.length === 0) throw new Error(`sampleFiles: ${id} is not under a page folder`);
  const archive = `${anchorOf(id)}.zip`;
  return {
    archive,
    url: `/examples/${folder}/${archive}`,
    paths: [id, ...dependencies.filter((d) => d !== id).sort()].map((f) => `examples/${f}`),
    packages: [...packages].sort(),
  };
}

/** The package.json of a sample's zip: ES modules, the packages (and their types) at the versions the site ran. */
export function samplePackageJson(archive: string, dependencies: Record<string, string>): string {
  const pkg = { name: `awaited-${archive.replace(/\.zip$/, '')}`, version: '1.0.0', private: true, type: 'module', dependencies };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
