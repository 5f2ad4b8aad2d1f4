// The reading order of the site: the Starlight sidebar (astro.config.mjs) and the onboarding path
// (src/components/ReadingPath.astro) both follow it. What each step teaches and its self-check are
// in the page's own `readingPath` frontmatter; titles are the pages' `title`; times are computed.
// Slugs are permanent: onboarding docs link to them.
import { orderedSlugs, type PathRules, type SidebarGroup } from './reading-order.ts';

export const sidebar: SidebarGroup[] = [
  {
    label: 'Start here',
    items: ['start/onboarding', 'start/setup', 'start/exercises'],
    path: { title: 'Before you start' },
  },
  {
    // The onboarding path's core: what a new team member needs before touching async code, each
    // page with its exercises.
    label: 'Core track',
    items: ['start/from-python', 'start/promises', 'guides/async-vs-sync', 'guides/forgotten-await', 'guides/event-loop', 'guides/blocking', 'guides/cancellation'],
    path: {
      title: 'Core track',
      intro: 'Read these in order, and do each page\'s exercises before the next page: together they are what you need before you change async code.',
      // The track's budget holds with these parts: each page up to where it turns from what a new
      // hire needs on day one to what they need before on-call (the rest opens the next section).
      budgetMinutes: 90,
      firstParts: {
        'start/from-python': { until: 'vocabulary' },
        'start/promises': { until: 'wrapping-callback-and-event-apis' },
        'guides/async-vs-sync': { until: 'limiting-concurrency' },
        'guides/forgotten-await': { until: 'what-only-the-runtime-catches' },
        'guides/event-loop': { until: 'the-hidden-threads' },
        'guides/blocking': { until: 'thread-pool-starvation' },
      },
    },
  },
  {
    label: 'Guides',
    items: [
      'guides/writing-cancellable-code',
      'guides/cancel-safety',
      'guides/parallelism',
      'guides/combinators',
      'guides/coordination',
      'guides/scopes-and-deadlines',
      'guides/resources',
      'guides/api-design',
      'guides/typescript-and-async',
      'guides/context',
      'guides/streams-and-queues',
      'guides/async-iteration',
      'guides/pipelines',
      'guides/testing-async',
      'guides/runtimes-compared',
      'guides/should-you-go-async',
    ],
    path: { title: 'Before your first on-call', intro: 'The rest of the guides, for your first weeks: what a service under load, a stuck stream or a flaky test will ask of you.' },
  },
  {
    label: 'Production',
    items: [
      'production/lifecycle',
      'production/frameworks',
      'production/pools-and-limits',
      'production/resilience',
      'production/observability',
      'production/debugging',
      'production/hostile-input',
    ],
    path: { title: 'Running a service', intro: 'What a service in production asks of async code: how it starts and stops, its framework, its pools, the dependencies that fail it, what its operators see, its incidents and its hostile input.' },
  },
  {
    // Day two of the onboarding path: after the core track's day, the reader builds one service
    // through the steps of issue 28, each graded by `npm run exercise -- build/N`.
    label: 'Build a service',
    items: ['build', 'build/first-endpoint', 'build/calling-upstreams', 'build/deadlines', 'build/limits-and-retries', 'build/context-and-logs', 'build/shutdown', 'build/under-load'],
    path: {
      title: 'Day two: build a service',
      // About three to four hours: the pages read at the site's rates, and each step's task, the code
      // its solution writes and its checker's runs (src/content-pipeline/reading-time.ts); the build
      // fails past four.
      budgetMinutes: 240,
      intro: 'Grow one small HTTP service, step by graded step: Fastify, Postgres and two upstreams, with deadlines, limits, retries, logs that carry the request id, and a graceful shutdown, until it survives a fault and load run. Each page applies guides you have read, and the checker grades its step.',
    },
  },
  { label: 'Reference', items: ['reference/cheat-sheet', 'reference/decision-flows', 'reference/conventions', 'reference/glossary', 'reference/operations', 'reference/versions'], path: { title: 'Reference', intro: 'Pages to look things up in, once you know your way around.' } },
];

/** Named in messages that ask for a page to be added to the order. */
export const SIDEBAR_FILE = 'src/content-pipeline/sidebar.ts';

/** Every start/, guides/, production/ and build/ page is a step of the onboarding path, except the page that shows it and the exercises (shown with their steps). */
export const pathRules: PathRules = { requiredFolders: ['start', 'guides', 'production', 'build'], exempt: ['start/onboarding', 'start/exercises'] };

/** Every page slug in reading order (for finding a folder's page, e.g. in src/astro/matrix.ts). */
export function sidebarSlugs(): string[] {
  return orderedSlugs(sidebar);
}

/** The core track: how many pages, its budget (the build holds the track to it) and its first page, for the home page and Setup's "Next". */
export function coreTrack(): { pages: number; budgetMinutes: number; firstSlug: string } {
  const group = sidebar.find((g) => g.label === 'Core track');
  const [firstSlug] = group?.items ?? [];
  const budgetMinutes = group?.path?.budgetMinutes;
  if (!firstSlug || budgetMinutes === undefined) throw new Error(`${SIDEBAR_FILE}: the "Core track" group needs its pages and path.budgetMinutes`);
  return { pages: group?.items.length ?? 0, budgetMinutes, firstSlug };
}
