// The public repository of the site, the one place it is configured. Starlight's "Edit page" link
// is shown only when it is set (no public repository URL exists yet).
export const REPO_URL: string | undefined = undefined;
/** The branch that "Edit page" links edit. */
export const REPO_BRANCH = 'main';
