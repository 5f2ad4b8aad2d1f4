// The reading furniture of the onboarding path, on the built site (issue 30, item 4 and 5e-f): the
// stop marker where the path reads a page only in part, self-check answers behind a toggle, the core
// track's budget on the home page, "On this page" on the pages whose headings a component writes,
// Setup's "Next", the code download where the files are wanted, the examples sidebar's labels and
// the glossary links of the terms the core track uses before defining them.
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { DOWNLOAD_URL } from '../../src/downloads/code-download.ts';
import { PATH_STOP_CLASS, pathStops } from '../../src/content-pipeline/path-stop-plugin.ts';
import { coreTrack, sidebar } from '../../src/content-pipeline/sidebar.ts';

const site = builtSite();
const content = (url: string) => site.document(url).querySelector('main .sl-markdown-content');

describe('the path stop marker', () => {
  const stops = [...pathStops(sidebar)];

  it('the core track reads pages in part', () => {
    expect(stops.length).toBeGreaterThan(0);
  });

  it.each(stops)('/%s/ has one marker, just before the heading the path reads up to', (slug, stop) => {
    const markers = site.document(`/${slug}/`).querySelectorAll(`.${PATH_STOP_CLASS}`);
    expect(markers).toHaveLength(1);
    const marker = markers[0];
    expect(marker?.getAttribute('id')).toBeUndefined();
    expect(marker?.previousElementSibling?.tagName).toBe('HR');
    // Starlight wraps a heading with its anchor link; the heading keeps the id the path links to.
    const next = marker?.nextElementSibling;
    const heading = next?.tagName === 'H2' ? next : next?.querySelector('h2');
    expect(heading?.getAttribute('id')).toBe(stop.until);
    expect(marker?.querySelector('a')?.getAttribute('href')).toBe(stop.backTo);
    const anchor = stop.backTo.split('#')[1] ?? '';
    expect(site.document('/start/onboarding/').getElementById(anchor)).not.toBeNull();
  });

  it('no other page has one', () => {
    const marked = site.pages.filter((url) => site.html(url).includes(`class="${PATH_STOP_CLASS}"`));
    expect(marked).toEqual(stops.map(([slug]) => `/${slug}/`).sort());
  });
});

describe('the onboarding page', () => {
  const page = site.document('/start/onboarding/');

  it('hides every self-check answer behind a toggle, as a prediction hides its output', () => {
    const answers = page.querySelectorAll('.reading-path dd');
    expect(answers.length).toBeGreaterThan(20);
    const open = answers.filter((dd) => dd.querySelector(':scope > details.answer, :scope > .prediction > details') === null);
    expect(open.map((dd) => dd.textContent.slice(0, 60))).toEqual([]);
    for (const toggle of page.querySelectorAll('.reading-path dd details.answer')) expect(toggle.querySelector('summary')?.textContent).toBe('Show the answer');
  });

  it.each(['/start/onboarding/', '/start/exercises/'])('%s lists its headings under "On this page"', (url) => {
    const document = site.document(url);
    const listed = new Set(document.querySelectorAll('starlight-toc a').map((a) => a.getAttribute('href')));
    const headings = content(url)?.querySelectorAll('h2, h3') ?? [];
    expect(headings.length).toBeGreaterThan(5);
    expect(headings.map((h) => `#${h.id}`).filter((href) => !listed.has(href))).toEqual([]);
  });
});

describe('the home page', () => {
  const home = site.document('/');

  it("states the core track's budget and length, from the sidebar", () => {
    const { pages, budgetMinutes } = coreTrack();
    expect(content('/')?.textContent.replace(/\s+/g, ' ')).toContain(`${pages} pages and their exercises, in at most ${budgetMinutes} minutes`);
  });

  it('shows "Coming from Python\'s asyncio" as a button, not as plain text', () => {
    const action = home.querySelectorAll('.hero a.sl-link-button').find((a) => a.getAttribute('href') === '/start/from-python/');
    expect(action?.classList.contains('minimal')).toBe(false);
    expect(action?.querySelector('svg')).not.toBeNull();
  });
});

describe('next steps and downloads', () => {
  it("Setup's Next leads to the core track's first lesson", () => {
    expect(site.document('/start/setup/').querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`/${coreTrack().firstSlug}/`);
  });

  it('every examples page and the exercises page offer the whole code', () => {
    const pages = [...site.pages.filter((url) => /^\/examples\/[^/]+\/$/.test(url)), '/start/exercises/'];
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((url) => site.document(url).querySelector(`main a[href="${DOWNLOAD_URL}"][download]`) === null)).toEqual([]);
  });

  it('the sidebar names each examples page as programs, not as a second copy of its guide', () => {
    const links = site.document('/start/setup/').querySelectorAll('nav.sidebar a[href^="/examples/"]');
    expect(links.length).toBeGreaterThan(10);
    expect(links.map((a) => a.textContent.trim()).filter((label) => !label.endsWith(' (programs)'))).toEqual([]);
    const guides = new Set(site.document('/start/setup/').querySelectorAll('nav.sidebar a:not([href^="/examples/"])').map((a) => a.textContent.trim()));
    expect(links.map((a) => a.textContent.trim()).filter((label) => guides.has(label))).toEqual([]);
  });
});

describe('glossary links of the terms the core track uses before the event loop defines them', () => {
  // Each page's first prose use links to the glossary (src/content-pipeline/glossary-links-plugin.ts).
  it.each([
    ['/start/promises/', 'thenable'],
    ['/start/promises/', 'microtask'],
    ['/guides/blocking/', 'macrotask'],
    ['/guides/event-loop/', 'nexttick'],
    ['/guides/event-loop/', 'run-to-completion'],
    // The onboarding page shows the steps' lines, from their pages' frontmatter, before any of them.
    ['/start/onboarding/', 'microtask'],
    ['/start/onboarding/', 'run-to-completion'],
  ])('%s links #%s', (url, anchor) => {
    expect(site.document(url).querySelector(`main a[href="/reference/glossary/#${anchor}"]`)).not.toBeNull();
    expect(site.document('/reference/glossary/').getElementById(anchor)).not.toBeNull();
  });
});
