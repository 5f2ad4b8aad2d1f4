// "Last updated" for every page, from git: one `git log` over the pages and the examples, read once
// per build. Starlight's own lastUpdated only reads src/content/docs/, and most pages are not there:
// guides are in content/docs/, examples pages and the API reference are made from examples/.
import { spawnSync } from 'node:child_process';
import { newestCommitDates, newestUnder } from './git-dates.ts';
import { projectRoot } from '../cli/project-root.ts';

let dates: Map<string, number> | undefined;

function commitDates(): Map<string, number> {
  if (!dates) {
    const log = spawnSync('git', ['log', '--format=t:%ct', '--name-only', '--', 'content/docs', 'examples'], {
      cwd: projectRoot(),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    // Outside a git checkout (a source tarball, say) pages simply show no date.
    dates = log.status === 0 ? newestCommitDates(log.stdout) : new Map();
  }
  return dates;
}

/** What a page is made from, as a repository path (a folder ends with `/`). */
export function pageSource(pathname: string, filePath: string): string {
  const examples = /^\/examples\/([^/]+)\/$/.exec(pathname);
  if (examples) return `examples/${examples[1]}/`;
  const api = /^\/reference\/api\/(?:([^/]+)\/)?$/.exec(pathname);
  if (api) return api[1] ? `examples/lib/${api[1]}.ts` : 'examples/lib/';
  return filePath;
}

/** The newest commit date of what the page is made from; undefined when git does not know it. */
export function lastUpdated(pathname: string, filePath: string): Date | undefined {
  return newestUnder(commitDates(), pageSource(pathname, filePath));
}
