// The reading order of the site: the Starlight sidebar (astro.config.mjs) and the onboarding path
// (src/components/ReadingPath.astro) both follow it. What each step teaches, its minutes and its
// self-check are in the page's own `readingPath` frontmatter; titles are the pages' `title`.
// Slugs are permanent: onboarding docs link to them.
import { orderedSlugs, type PathRules, type SidebarGroup } from '../lib/reading-order.ts';

export const sidebar: SidebarGroup[] = [
  { label: 'Start here', items: ['start/onboarding', 'start/from-python', 'start/promises'] },
  {
    label: 'Guides',
    items: [
      'guides/async-vs-sync',
      'guides/event-loop',
      'guides/blocking',
      'guides/parallelism',
      'guides/forgotten-await',
      'guides/combinators',
      'guides/coordination',
      'guides/cancellation',
      'guides/writing-cancellable-code',
      'guides/resources',
      'guides/api-design',
      'guides/typescript-and-async',
      'guides/context',
      'guides/streams-and-queues',
      'guides/testing-async',
      'guides/runtimes-compared',
      'guides/should-you-go-async',
    ],
  },
  { label: 'Reference', items: ['reference/operations', 'reference/versions'] },
];

/** Named in messages that ask for a page to be added to the order. */
export const SIDEBAR_FILE = 'src/site/sidebar.ts';

/** Every start/ and guides/ page is a step of the onboarding path, except the page that shows it. */
export const pathRules: PathRules = { requiredFolders: ['start', 'guides'], exempt: ['start/onboarding'] };

/** Every page slug in reading order (for finding a folder's page, e.g. in src/site/matrix.ts). */
export function sidebarSlugs(): string[] {
  return orderedSlugs(sidebar);
}
