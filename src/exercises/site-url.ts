// Where the pages the tools link to are served: the site's public URL, one setting. astro.config.mjs
// gives it to Astro as `site`, and the exercise checker prefixes its "Read:" links with it. It lives
// here rather than in astro.config.mjs because the checker ships in the code download, which has no
// astro.config.mjs: this file goes in with the checker, so the download's links are the site's too.
// Pure.

/** The site's public URL, no trailing slash; undefined while the site has none. */
export const SITE_URL: string | undefined = 'https://awaited.dev';

/** Where `npm start` serves the built site from a checkout of the repository. */
export const LOCAL_SITE = 'http://127.0.0.1:4321';

/** What a link to a page starts with, and a note to print under it when that is the local server. */
export interface SiteLinks {
  base: string;
  note?: string;
}

/** The links for a site URL (the setting, or '' or undefined when there is none). */
export function siteLinks(site: string | undefined): SiteLinks {
  if (site) return { base: site.replace(/\/+$/, '') };
  return {
    base: LOCAL_SITE,
    note: 'The site has no public URL yet: this links to the local copy, which npm start serves in the Awaited repository.',
  };
}
