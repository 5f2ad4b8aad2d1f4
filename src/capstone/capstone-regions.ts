// A region of a capstone file, as <CapstoneCode> shows it: the text between `// #region NAME` and
// `// #endregion NAME` (src/formats/regions.ts, the examples' own markers) in a real file under
// capstone/, with the step it belongs to (its folder and the command that grades it). Reads
// capstone/ (this folder is the only code that does); every refusal says what to write.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseRegions, regionExcerpt, RegionError, wholeFile, type Excerpt } from '../formats/regions.ts';
import { stepCommand, stepIds, stepPage } from './steps.ts';

/** The track's folder, from the project root. */
export const CAPSTONE_FOLDER = 'capstone';

/** What a capstone file names or holds that cannot be shown, with what to write. */
export class CapstoneFileError extends Error {
  override name = 'CapstoneFileError';
}

export interface CapstoneStep {
  number: number;
  /** `capstone/steps/3-deadlines/` */
  folder: string;
  /** `build/deadlines` */
  page: string;
  /** `npm run exercise -- build/3` */
  command: string;
}

export interface CapstoneExcerpt {
  /** `capstone/steps/3-deadlines/solution/quotes.ts`, as the caption names it. */
  path: string;
  region: string | undefined;
  excerpt: Excerpt;
  /** True when the region is the whole file (nothing left out): its copy button copies a file. */
  wholeFile: boolean;
  /** The step whose folder holds the file; undefined for the starting service, the upstreams, the database… */
  step: CapstoneStep | undefined;
}

/** The step a capstone path belongs to, from its folder's name alone (`steps/3-deadlines/…`). */
export function stepOf(file: string): CapstoneStep | undefined {
  const [top, folder = ''] = file.split('/');
  const [id] = top === 'steps' ? stepIds([folder]) : [];
  if (!id) return undefined;
  return { number: id.number, folder: `${CAPSTONE_FOLDER}/steps/${id.folder}/`, page: stepPage(id), command: stepCommand(id) };
}

/** The entries of the deepest existing folder on the way to `file`, for a message that names what there is. */
function nearest(root: string, file: string): string {
  let folder = path.posix.dirname(file);
  while (folder !== '.' && !existsSync(path.join(root, CAPSTONE_FOLDER, folder))) folder = path.posix.dirname(folder);
  const where = folder === '.' ? `${CAPSTONE_FOLDER}/` : `${CAPSTONE_FOLDER}/${folder}/`;
  const full = path.join(root, where);
  if (!existsSync(full)) return `there is no ${CAPSTONE_FOLDER}/ folder`;
  const names = readdirSync(full).map((name) => (statSync(path.join(full, name)).isDirectory() ? `${name}/` : name)).sort();
  return `${where} holds: ${names.join(', ') || 'nothing'}`;
}

/**
 * The region `region` (or, without one, the whole file) of `capstone/<file>` under `root`. Refuses a
 * path that leaves capstone/, a missing file, a missing region and broken markers, each naming the
 * file (and line) and what to write.
 */
export function capstoneExcerpt(root: string, { file, region }: { file: string; region?: string | undefined }): CapstoneExcerpt {
  const shown = `${CAPSTONE_FOLDER}/${file}`;
  if (file === '' || path.posix.isAbsolute(file) || path.posix.normalize(file).startsWith('..')) {
    throw new CapstoneFileError(`file="${file}" must be a path under ${CAPSTONE_FOLDER}/, e.g. file="steps/3-deadlines/solution/quotes.ts"`);
  }
  const full = path.join(root, CAPSTONE_FOLDER, file);
  if (!existsSync(full) || !statSync(full).isFile()) {
    throw new CapstoneFileError(`${shown} does not exist (${nearest(root, file)}): name a file of the track, relative to ${CAPSTONE_FOLDER}/`);
  }
  const source = readFileSync(full, 'utf8').replace(/\r\n/g, '\n');
  let regions;
  try {
    regions = parseRegions(source);
  } catch (error) {
    if (error instanceof RegionError) throw new CapstoneFileError(`${shown}:${error.line}: ${error.message}`);
    throw error;
  }
  const whole = wholeFile(source);
  if (region === undefined) return { path: shown, region, excerpt: whole, wholeFile: true, step: stepOf(file) };
  const found = regions.find((r) => r.name === region);
  if (!found) {
    const known = regions.map((r) => r.name).join(', ') || 'none';
    throw new CapstoneFileError(`${shown} has no region "${region}" (its regions: ${known}): mark the lines with // #region ${region} … // #endregion ${region}, or omit region="…" to show the whole file`);
  }
  const excerpt = regionExcerpt(source, found);
  return { path: shown, region, excerpt, wholeFile: excerpt.code === whole.code, step: stepOf(file) };
}
