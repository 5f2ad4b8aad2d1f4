// The page an examples/ folder belongs to, and the title of its examples page. A folder belongs to
// the page of the reading order whose slug ends in the folder's name (`async-vs-sync` →
// guides/async-vs-sync), as on /reference/versions/; examples/lib/ holds helpers several pages share.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../cli/project-root.ts';
import { contentFileFor } from './content-files.ts';
import { sidebar } from './sidebar.ts';

export interface FolderPage {
  /** `/guides/async-vs-sync/`. */
  url: string;
  title: string;
}

/** The page whose samples come from examples/<folder>/, when the reading order has one. */
export function folderPage(folder: string): FolderPage | undefined {
  const slug = sidebar.flatMap((group) => group.items).find((s) => s.split('/').pop() === folder);
  if (!slug) return undefined;
  const url = `/${slug}/`;
  const file = contentFileFor(url);
  if (!file) return undefined;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(projectRoot(), file), 'utf8'))?.[1] ?? '';
  const title = (parse(frontmatter) as { title?: unknown } | null)?.title;
  return typeof title === 'string' ? { url, title } : undefined;
}

/** "Examples: Async vs sync"; "Examples: shared helpers (examples/lib/)" for a folder with no page. */
export function examplesPageTitle(folder: string): string {
  const page = folderPage(folder);
  if (page) return `Examples: ${page.title}`;
  return folder === 'lib' ? 'Examples: shared helpers' : `Examples: examples/${folder}/`;
}
