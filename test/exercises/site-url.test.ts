// Where the links the checker prints point: the site's URL when it has one, else the local server.
import { describe, expect, it } from 'vitest';
import { LOCAL_SITE, siteLinks } from '../../src/exercises/site-url.ts';

describe('siteLinks', () => {
  it('links the public URL, without a trailing slash, and adds no note', () => {
    expect(siteLinks('https://example.org/')).toEqual({ base: 'https://example.org' });
  });

  it('links the local server npm start serves, and says why, when there is no URL', () => {
    for (const none of [undefined, '']) {
      expect(siteLinks(none)).toEqual({
        base: LOCAL_SITE,
        note: 'The site has no public URL yet: this links to the local copy, which npm start serves in the Awaited repository.',
      });
    }
    expect(LOCAL_SITE).toBe('http://127.0.0.1:4321');
  });
});
