// Everything a page needs to show one sample, read at build time. Any inconsistency throws an
// error that names the page, the example and the region, so the build fails loudly.
import { existsSync, readFileSync } from 'node:fs';
import { extractRegion, parseRegions, RegionError, stripMarkers } from '../lib/regions.ts';
import { sourceHash } from '../runner/catalogue.ts';
import { examplePath } from '../runner/paths.ts';
import { readRecord, type RunRecord } from '../runner/records.ts';
import { locate } from './content-files.ts';

export interface Sample {
  /** Example id, e.g. `async-vs-sync/limit.ts`. */
  file: string;
  region: string | undefined;
  code: string;
  /** True when the shown code is the whole file and imports nothing local: it runs as pasted. */
  wholeProgram: boolean;
  /** The whole file as a reader sees it (markers removed), for "copy whole file". */
  wholeCode: string;
  /** Stable anchor for a link to this sample. */
  anchor: string;
  /** URL of the page that shows the whole file. */
  fileUrl: string;
  record: RunRecord;
}

export class SampleError extends Error {
  override name = 'SampleError';
}

export function sampleAnchor(file: string, region: string | undefined): string {
  const stem = file.split('/').pop()?.replace(/\.[mc]?ts$/, '') ?? file;
  return `sample-${region ?? stem}`;
}

/** The id of a file's section on its folder's page: `async-vs-sync/limit.ts` → `limit`. */
export function exampleAnchor(file: string): string {
  return file.split('/').slice(1).join('-').replace(/\.[mc]?ts$/, '');
}

/** Where the whole file is shown: `/examples/async-vs-sync/#limit`. */
export function exampleUrl(file: string): string {
  return `/examples/${file.split('/')[0]}/#${exampleAnchor(file)}`;
}

/** Where the file's verified output is shown. */
export function exampleOutputUrl(file: string): string {
  return `${exampleUrl(file)}-output`;
}

/** The verified record of an example, or an error saying how to make one. */
export function freshRecord(file: string, where: string): RunRecord {
  const record = readRecord(file);
  if (!record) throw new SampleError(`${where}: examples/${file} has no run record; run \`npm run record -- ${file}\``);
  if (record.sourceHash !== sourceHash(file)) {
    throw new SampleError(
      `${where}: the recorded output of examples/${file} is older than its source; run \`npm run record -- ${file}\``,
    );
  }
  return record;
}

export function loadSample(file: string, region: string | undefined, page: string): Sample {
  const usage = [`file="${file}"`, ...(region ? [`region="${region}"`] : [])];
  const where = `${locate(page, usage)}: <Example ${usage.join(' ')}>`;
  const fullPath = examplePath(file);
  if (!existsSync(fullPath)) throw new SampleError(`${where}: examples/${file} does not exist`);
  const source = readFileSync(fullPath, 'utf8');
  const whole = stripMarkers(source);
  let code = whole;
  try {
    parseRegions(source);
    if (region !== undefined) code = extractRegion(source, region).code;
  } catch (error) {
    if (error instanceof RegionError) throw new SampleError(`${where}: examples/${file}:${error.line}: ${error.message}`);
    throw error;
  }
  return {
    file,
    region,
    code,
    wholeProgram: code === whole && !/from\s+['"]\.{1,2}\//.test(whole),
    wholeCode: whole,
    anchor: sampleAnchor(file, region),
    fileUrl: exampleUrl(file),
    record: freshRecord(file, where),
  };
}
