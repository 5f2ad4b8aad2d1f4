// The path's stop marker on MDX pages, against a fixture sidebar: a page that a section reads only
// in part gets one marker just before the heading it stops at, linking back to its step; the other
// pages get none; headings keep their ids; a part that names no heading of the page fails the build
// with the sidebar file and what to do.
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { pathStopPlugin, pathStops } from '../../src/content-pipeline/path-stop-plugin.ts';
import type { SidebarGroup } from '../../src/content-pipeline/reading-order.ts';

const groups: SidebarGroup[] = [
  { label: 'Start', items: ['start/setup'], path: { title: 'Before you start' } },
  { label: 'Core', items: ['guides/page', 'guides/whole'], path: { title: 'Core track', firstParts: { 'guides/page': { until: 'the-rest-1' } } } },
  { label: 'Guides', items: ['guides/later'], path: { title: 'Before your first on-call' } },
];

function compile(mdx: string, page = 'content/docs/guides/page.mdx'): string {
  const result = mdxToJs(mdx, { mdastPlugins: [pathStopPlugin(groups, 'sidebar.ts', '/root')], fileURL: pathToFileURL(`/root/${page}`) });
  if (result instanceof Promise) throw new Error('the compile went asynchronous');
  return result.code;
}

const page = ['Intro.', '', '## First', '', 'Text.', '', '### The rest', '', 'A subheading with the same words.', '', '## The rest', '', 'More.', ''].join('\n');

describe('the path stop marker', () => {
  it('knows each page read in part, its section, the next section and its step', () => {
    expect([...pathStops(groups)]).toEqual([
      ['guides/page', { until: 'the-rest-1', section: 'Core track', nextSection: 'Before your first on-call', backTo: '/start/onboarding/#step-page' }],
    ]);
  });

  // The `###` takes #the-rest, as Astro numbers repeated ids in document order: the `##` is #the-rest-1.
  it('stands just before the `##` heading the part reads up to, linking back to the step', () => {
    const js = compile(page);
    const marker = js.indexOf('className: "path-stop"');
    expect(marker).toBeGreaterThan(js.indexOf('"A subheading with the same words."'));
    expect(marker).toBeLessThan(js.indexOf('"More."'));
    expect(js.match(/path-stop/g)).toHaveLength(1);
    // A rule across the text just before it.
    expect(js).toMatch(/_jsx\(_components\.hr, \{\}\),\s*"\\n",\s*_jsxs\(_components\.p, \{\s*className: "path-stop"/);
    expect(js).toContain('"Core track: stop here."');
    expect(js).toContain('" The rest of this page comes in “Before your first on-call”. "');
    expect(js).toMatch(/href: "\/start\/onboarding\/#step-page",\s*children: "Back to the onboarding path"/);
    expect(js).not.toMatch(/path-stop[^}]*\bid:/);
  });

  it('leaves pages read whole, and files outside content/docs, alone', () => {
    expect(compile(page, 'content/docs/guides/whole.mdx')).not.toContain('path-stop');
    expect(compile(page, 'src/content/docs/guides/page.mdx')).not.toContain('path-stop');
  });

  it('fails with the sidebar file when the page has no such heading', () => {
    expect(() => compile('## First\n\nText.\n')).toThrow(
      'sidebar.ts: "Core track" reads guides/page up to #the-rest-1, but content/docs/guides/page.mdx has no "## " heading with that anchor; name one of its headings\' anchors in firstParts',
    );
  });
});
