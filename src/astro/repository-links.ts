// Links into the site's source repository, from its one setting (src/astro/repository.ts). With no
// repository configured every link is undefined, and the pages show none of them.

export interface RepositoryLinks {
  /** The repository's home page. */
  home: string;
  /** Where a new issue is filed. */
  issues: string;
  /** The base that Starlight's "Edit page" link appends a file path to. */
  editBase: string;
  /** A file of the repository at the default branch, optionally at a line. */
  source(file: string, line?: number): string;
}

/** Links for a GitHub-style repository URL (`https://host/owner/name`), on `branch`. */
export function repositoryLinks(url: string | undefined, branch = 'main'): RepositoryLinks | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`the repository setting must be an absolute URL, found ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`the repository setting must be an https URL, found ${JSON.stringify(url)}`);
  const home = `${parsed.origin}${parsed.pathname.replace(/\/+$/, '').replace(/\.git$/, '')}`;
  return {
    home,
    issues: `${home}/issues/new`,
    editBase: `${home}/edit/${branch}/`,
    source: (file, line) => `${home}/blob/${branch}/${file.replace(/^\/+/, '')}${line ? `#L${line}` : ''}`,
  };
}
