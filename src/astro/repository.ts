// The site's one repository setting. Set it to the repository's https URL (e.g.
// 'https://github.com/owner/awaited') and every page gets a repository link in the header, an "Edit
// page" link and a 404 page that asks readers to file an issue there; the API reference links each
// declaration to its source there. Unset (as now: the repository is not public yet), the site shows
// none of these, and API declarations link to their file on /examples/lib/ instead.
import { repositoryLinks } from './repository-links.ts';

export const REPOSITORY_URL: string | undefined = undefined;

export const repository = repositoryLinks(REPOSITORY_URL);
