// The reading order of the site. Slugs are permanent: onboarding docs link to them.
export interface SidebarGroup {
  label: string;
  items: string[];
}

export const sidebar: SidebarGroup[] = [
  { label: 'Start here', items: ['start/onboarding', 'start/from-python'] },
  {
    label: 'Guides',
    items: [
      'guides/async-vs-sync',
      'guides/event-loop',
      'guides/blocking',
      'guides/parallelism',
      'guides/forgotten-await',
      'guides/combinators',
      'guides/cancellation',
      'guides/resources',
      'guides/api-design',
      'guides/context',
      'guides/streams-and-queues',
      'guides/testing-async',
      'guides/runtimes-compared',
      'guides/should-you-go-async',
    ],
  },
  { label: 'Reference', items: ['reference/operations', 'reference/versions'] },
];
