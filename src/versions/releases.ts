// Node releases, as pure logic: the releases of one line, and the first release of a line on
// which an example passes, found by bisection (a feature that arrives in a release stays in the
// later ones of its line; the newest release is tried first, the line's first release next).
import semver from 'semver';

/** The releases of one line (`"24"`) up to `newest`, oldest first. */
export function releasesOfLine(all: string[], line: string, newest: string): string[] {
  return all.filter((v) => semver.valid(v) && semver.major(v) === Number(line) && semver.lte(v, newest) && semver.prerelease(v) === null).sort(semver.compare);
}

export interface Bisection {
  /** The first release that passes, or undefined when even the newest fails. */
  minimum: string | undefined;
  /** Every release tried, with whether it passed. */
  tried: Record<string, boolean>;
}

/** The first release of `releases` (oldest first) on which `passes` holds, trying as few as it can. */
export async function firstPassing(releases: string[], passes: (version: string) => Promise<boolean>): Promise<Bisection> {
  const tried: Record<string, boolean> = {};
  const attempt = async (index: number): Promise<boolean> => {
    const version = releases[index] ?? '';
    tried[version] ??= await passes(version);
    return tried[version];
  };
  const last = releases.length - 1;
  if (last < 0 || !(await attempt(last))) return { minimum: undefined, tried };
  if (await attempt(0)) return { minimum: releases[0], tried };
  // releases[low] fails, releases[high] passes.
  let low = 0;
  let high = last;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (await attempt(middle)) high = middle;
    else low = middle;
  }
  return { minimum: releases[high], tried };
}
