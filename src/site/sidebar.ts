// The reading order of the site. Slugs are permanent: onboarding docs link to them.
export interface SidebarGroup {
  label: string;
  items: string[];
}

export const sidebar: SidebarGroup[] = [
  { label: 'Start here', items: ['start/from-python'] },
  {
    label: 'Guides',
    items: [
      'guides/async-vs-sync',
      'guides/event-loop',
      'guides/blocking',
      'guides/forgotten-await',
      'guides/combinators',
      'guides/cancellation',
      'guides/resources',
    ],
  },
  { label: 'Reference', items: [] },
];
