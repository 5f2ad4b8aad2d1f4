// "Last updated" from git: the newest commit date of each file, parsed from one `git log` run
// (`--format=t:%ct --name-only`), and the newest date among the files under a path.

/** Newest commit time (ms since the epoch) per file path, from `git log --format=t:%ct --name-only` output (newest first). */
export function newestCommitDates(gitLog: string): Map<string, number> {
  const dates = new Map<string, number>();
  let current: number | undefined;
  for (const line of gitLog.split('\n')) {
    if (line.startsWith('t:')) {
      current = Number.parseInt(line.slice(2), 10) * 1000;
      continue;
    }
    const file = line.trim();
    if (file === '' || current === undefined) continue;
    // The log is newest first, so the first date seen for a file is its newest.
    if (!dates.has(file)) dates.set(file, current);
  }
  return dates;
}

/** The newest date of the files that are `target` or lie under it (a folder given with a trailing slash). */
export function newestUnder(dates: Map<string, number>, target: string): Date | undefined {
  let newest: number | undefined;
  for (const [file, time] of dates) {
    const inside = target.endsWith('/') ? file.startsWith(target) : file === target;
    if (inside && (newest === undefined || time > newest)) newest = time;
  }
  return newest === undefined ? undefined : new Date(newest);
}
