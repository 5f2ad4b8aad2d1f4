// The catalogue of examples: the one place that reads examples/ and records/. Built for a root
// folder that is passed in (tests point it at a fixture tree), memoized, and reset when a file
// changes in `astro dev`. Pages, the Markdown pipeline, the hover plugin, scripts and tests ask it
// about a (file, region); none reads the folders itself.
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { badgesOf, type Badge } from '../versions/matrix.ts';
import { projectRoot } from '../cli/project-root.ts';
import { outputOf } from '../formats/output-regions.ts';
import { regionExcerpt, type Excerpt } from '../formats/regions.ts';
import { installSpecs } from '../downloads/install-specs.ts';
import { packageImports } from '../downloads/package-imports.ts';
import { projectPackages } from '../downloads/project-packages.ts';
import { sampleFiles, samplePackageJson, type SampleFiles } from '../downloads/sample-files.ts';
import { readExampleFile, type ExampleFile } from './example-file.ts';
import { fileUrlOf, folderOf, isBroken, SOURCES_GLOB } from '../formats/example-id.ts';
import { readRecordFile, type ExampleRecord, type OtherRuntimeRun } from './records.ts';
import { configuredRuntimes, OTHER_RUNTIMES, type OtherRuntime } from '../versions/other-runtimes.ts';
import { otherRuntimeBadge } from '../versions/runtime-badges.ts';

/** A reference that cannot be resolved, with what to do about it. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
  /** The line of the example file the problem is on, when it is in the file. */
  readonly line: number | undefined;
  /** The example whose record `npm run refresh` would fix, when that is the problem. */
  readonly refresh: string | undefined;
  constructor(message: string, options: { line?: number | undefined; refresh?: string | undefined } = {}) {
    super(message);
    this.line = options.line;
    this.refresh = options.refresh;
  }
}

/** Everything a page needs to show one region (or the whole) of one example. */
export interface Sample {
  /** Names this sample to Expressive Code's type-hover plugin (see `shownSample`). */
  key: string;
  file: ExampleFile;
  region: string | undefined;
  /** The shown code and where its lines come from. */
  excerpt: Excerpt;
  /** True when the shown code is the whole file and needs no other local file or package: it runs as pasted. */
  wholeProgram: boolean;
  /** Where the whole file is shown: `/examples/async-vs-sync/#limit`. */
  fileUrl: string;
  record: ExampleRecord & { run: NonNullable<ExampleRecord['run']> };
  badges: Badge[];
  /** The recorded output shown under it: the lines its region prints when the `.out` marks regions, else all. */
  output: string;
}

export interface Catalogue {
  root: string;
  examplesDir: string;
  recordsDir: string;
  /** Exact Node version per release line, from package.json `awaited.matrix`: the newest tried. */
  nodes: Record<string, string>;
  /** The first release tried per line (package.json `awaited.from`; a line not named: X.0.0). */
  floors: Record<string, string>;
  /** The other runtimes every TypeScript program runs on, pinned: package.json `awaited.runtimes`. */
  runtimes: Partial<Record<OtherRuntime, string>>;
  /** Every runnable example, sorted. */
  programs(): string[];
  /** Every deliberately wrong file in a broken/ folder, sorted. */
  brokenFiles(): string[];
  /** Examples grouped by page folder, in id order. */
  folders(): { folder: string; ids: string[] }[];
  has(id: string): boolean;
  file(id: string): ExampleFile;
  excerpt(id: string, region: string | undefined): Excerpt;
  /** The record, whatever its state (for the runner and the record checks). */
  storedRecord(id: string): ExampleRecord | undefined;
  /** A record that is fresh and complete for the file's kind, or a CatalogueError naming the fix. */
  record(id: string): ExampleRecord;
  sample(id: string, region: string | undefined): Sample;
  /** True when the region (or the whole) is the whole file and the file needs no other local file or package. */
  isWholeProgram(id: string, region: string | undefined): boolean;
  /** A sample already shown by sample(), by its key: how a code block's plugin finds what it shows. */
  shownSample(key: string): Sample;
  /** Node's badges, then a badge per other runtime whose result the record holds (none for a missing one). */
  badges(id: string): Badge[];
  /**
   * The record's run of a TypeScript program on `runtime`, when it is for the pinned version (and on
   * Deno for the flags of its `// Deno:` header); undefined when missing or stale: a page shows
   * nothing for it and `npm run refresh -- --check` names it.
   */
  otherRun(id: string, runtime: OtherRuntime): OtherRuntimeRun | undefined;
  /** The pinned runtimes a TypeScript program's record has no current result for. */
  missingRuntimes(id: string): OtherRuntime[];
  /**
   * What a reader downloads to run an example that uses other local files or packages: the files'
   * text, and a package.json when it imports packages; undefined when it runs alone.
   */
  download(id: string): (SampleFiles & { entries: FileEntry[] }) | undefined;
  /** Every file under examples/ (sources, `.out` files, tsconfigs, data), as `examples/…` paths with their bytes, sorted. */
  allFiles(): { name: string; content: Buffer }[];
  /** The text of a data file kept with the examples: `operations/operations.json`. */
  dataText(name: string): string;
}

/** A file as a download holds it: its path there (`examples/lib/semaphore.ts`) and its text. */
export interface FileEntry {
  name: string;
  content: string;
}

/** A record `npm run refresh -- <id>` would fix: the message ends with that command. */
function recordError(id: string, problem: string): CatalogueError {
  return new CatalogueError(`${problem}; run \`npm run refresh -- ${id}\``, { refresh: id });
}

/** The release lines of package.json `awaited.matrix`, validated: `{ "22": "22.23.3", … }`. */
export function configuredNodes(root: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { awaited?: { matrix?: Record<string, string> } };
  const lines = pkg.awaited?.matrix;
  if (!lines || Object.keys(lines).length === 0) throw new CatalogueError('package.json has no "awaited": { "matrix": { "22": "22.x.y", … } }');
  for (const [line, version] of Object.entries(lines)) {
    if (!/^\d+\.\d+\.\d+$/.test(version) || version.split('.')[0] !== line) {
      throw new CatalogueError(`package.json awaited.matrix["${line}"] must be an exact ${line}.x.y version, found "${version}"`);
    }
  }
  return lines;
}

/**
 * The first release tried on each line: package.json `awaited.from` (every example is a .ts file
 * run as is, which needs type stripping on by default), else the line's first release.
 */
export function configuredFloors(root: string, nodes: Record<string, string>): Record<string, string> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { awaited?: { from?: Record<string, string> } };
  const from = pkg.awaited?.from ?? {};
  return Object.fromEntries(Object.keys(nodes).map((line) => [line, from[line] ?? `${line}.0.0`]));
}

export function createCatalogue(root: string): Catalogue {
  const examplesDir = path.join(root, 'examples');
  const recordsDir = path.join(root, 'records');
  const nodes = configuredNodes(root);
  const floors = configuredFloors(root, nodes);
  const runtimes = configuredRuntimes(root);
  const files = new Map<string, ExampleFile>();
  const records = new Map<string, ExampleRecord | undefined>();
  const samples = new Map<string, Sample>();
  const excerpts = new Map<string, Excerpt>();
  let ids: string[] | undefined;

  const all = (): string[] =>
    (ids ??= globSync(SOURCES_GLOB, { cwd: examplesDir })
      .map((f) => f.split(path.sep).join('/'))
      .sort());

  const catalogue: Catalogue = {
    root,
    examplesDir,
    recordsDir,
    nodes,
    floors,
    runtimes,
    programs: () => all().filter((id) => !isBroken(id)),
    brokenFiles: () => all().filter(isBroken),
    folders: () => [...Map.groupBy(catalogue.programs(), folderOf)].map(([folder, list]) => ({ folder, ids: list })),
    has: (id) => all().includes(id),
    file(id) {
      let file = files.get(id);
      if (!file) {
        if (!catalogue.has(id)) throw new CatalogueError(`examples/${id} does not exist`);
        file = readExampleFile(examplesDir, id);
        files.set(id, file);
      }
      return file;
    },
    excerpt(id, region) {
      const file = catalogue.file(id);
      if (file.regionError) throw new CatalogueError(`examples/${id}:${file.regionError.line}: ${file.regionError.message}`, { line: file.regionError.line });
      if (region === undefined) return file.whole;
      const found = file.regions.find((r) => r.name === region);
      if (!found) {
        const known = file.regions.map((r) => r.name).join(', ') || 'none';
        throw new CatalogueError(`examples/${id}: no region "${region}" (regions in this file: ${known})`);
      }
      const key = `${id}\0${region}`;
      let shown = excerpts.get(key);
      if (!shown) excerpts.set(key, (shown = regionExcerpt(file.source, found, file.language)));
      return shown;
    },
    storedRecord(id) {
      if (!records.has(id)) records.set(id, readRecordFile(recordsDir, id));
      return records.get(id);
    },
    record(id) {
      const file = catalogue.file(id);
      const record = catalogue.storedRecord(id);
      if (!record) throw recordError(id, `examples/${id} has no record`);
      if (record.hash !== file.hash) throw recordError(id, `the record of examples/${id} is older than its source`);
      if (file.kind === 'broken' && !record.diagnostics) throw recordError(id, `the record of examples/${id} has no diagnostics`);
      if (file.kind === 'program' && file.language === 'python') {
        // One run on the one CPython: there are no Node releases to have results for.
        if (!record.run?.python) throw recordError(id, `the record of examples/${id} has no run on CPython`);
      } else if (file.kind === 'program') {
        const missing = Object.keys(nodes).filter((line) => record.releases?.minimums[line] === undefined || !record.releases.results[nodes[line] ?? '']);
        if (!record.run) throw recordError(id, `the record of examples/${id} has no run`);
        if (missing.length > 0) throw recordError(id, `the record of examples/${id} has no result for Node ${missing.join(', ')}`);
      }
      return record;
    },
    sample(id, region) {
      const key = `${id}#${region ?? ''}`;
      let sample = samples.get(key);
      if (!sample) {
        const file = catalogue.file(id);
        if (file.kind === 'broken') throw new CatalogueError(`examples/${id} is deliberately wrong code: show it with <Diagnostics file="${id}" />`);
        const excerpt = catalogue.excerpt(id, region);
        const record = catalogue.record(id) as Sample['record'];
        sample = {
          key,
          file,
          region,
          excerpt,
          wholeProgram: catalogue.isWholeProgram(id, region),
          fileUrl: fileUrlOf(id),
          record,
          badges: catalogue.badges(id),
          output: outputOf(record.run.stdout, file.output, region),
        };
        samples.set(key, sample);
      }
      return sample;
    },
    isWholeProgram(id, region) {
      const file = catalogue.file(id);
      return catalogue.excerpt(id, region).code === file.whole.code && file.dependencies.length === 0 && file.packages.length === 0;
    },
    shownSample(key) {
      const sample = samples.get(key);
      if (!sample) throw new CatalogueError(`no sample was shown under the key ${JSON.stringify(key)}`);
      return sample;
    },
    badges(id) {
      const { releases, run } = catalogue.record(id);
      // A Python sample passed on the one CPython it ran on (record() refuses a record without it).
      if (catalogue.file(id).language === 'python') return [{ runtime: 'CPython', line: run?.python ?? '', pass: true }];
      const others = OTHER_RUNTIMES.flatMap((runtime) => {
        const other = catalogue.otherRun(id, runtime);
        return other ? [otherRuntimeBadge(runtime, other, fileUrlOf(id))] : [];
      });
      return [...badgesOf(releases?.minimums ?? {}, releases?.results ?? {}, nodes, floors), ...others];
    },
    otherRun(id, runtime) {
      const file = catalogue.file(id);
      const record = catalogue.storedRecord(id);
      const run = record?.runtimes?.[runtime];
      // A run recorded before records kept every result of several runs (`results`) is missing too.
      if (!run || record?.hash !== file.hash || run.version !== runtimes[runtime] || !Array.isArray(run.results)) return undefined;
      if (runtime === 'deno' && (run.flags ?? []).join(' ') !== file.denoFlags.join(' ')) return undefined;
      return run;
    },
    missingRuntimes(id) {
      if (catalogue.file(id).kind !== 'program' || catalogue.file(id).language !== 'typescript') return [];
      return OTHER_RUNTIMES.filter((runtime) => runtimes[runtime] !== undefined && !catalogue.otherRun(id, runtime));
    },
    download(id) {
      const file = catalogue.file(id);
      const files = sampleFiles(id, file.dependencies, file.packages);
      if (!files) return undefined;
      // The files as they are in the repository: they run as is (the region markers are comments).
      const entries = files.paths.map((name) => ({ name, content: readFileSync(path.join(root, name), 'utf8') }));
      if (files.packages.length === 0) return { ...files, entries };
      const dependencies = installSpecs(packageImports(entries), projectPackages(root));
      return { ...files, entries: [...entries, { name: 'package.json', content: samplePackageJson(files.archive, dependencies) }] };
    },
    allFiles() {
      return globSync('**/*', { cwd: examplesDir, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.join(entry.parentPath, entry.name))
        .sort()
        .map((file) => ({ name: path.relative(root, file).split(path.sep).join('/'), content: readFileSync(file) }));
    },
    dataText(name) {
      return readFileSync(path.join(examplesDir, name), 'utf8');
    },
  };
  return catalogue;
}

// One catalogue per process, shared by the Astro config, the Markdown pipeline, Expressive Code
// and the pages, which Vite may load as separate module instances.
const SHARED = Symbol.for('awaited.catalogue');
type Shared = { [SHARED]?: Catalogue };

/** The catalogue of the project in the current folder (npm scripts, Astro and Vitest run from the root). */
export function catalogue(): Catalogue {
  return ((globalThis as Shared)[SHARED] ??= createCatalogue(projectRoot()));
}

/** Forgets everything read, e.g. when `astro dev` sees an example or a record change. */
export function resetCatalogue(): void {
  delete (globalThis as Shared)[SHARED];
}
