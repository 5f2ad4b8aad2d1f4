// Published links stay (after `npm run build`): every URL and anchor in test/site/stable-links.json
// still resolves in the build, or its move is recorded and redirected. `npm run links:snapshot`
// adds the build's new pages and anchors to the list.
import { describe, expect, it } from 'vitest';
import { builtSite } from '../../src/built-site/dist.ts';
import { projectRoot } from '../../src/cli/project-root.ts';
import { checkStableLinks, linkedSite, readStableLinks } from '../../src/built-site/stable-links.ts';

describe('stable links', () => {
  const links = readStableLinks(projectRoot());

  it('the list has links', () => {
    expect(links.length).toBeGreaterThan(0);
  });

  it('every published URL and anchor still resolves', () => {
    expect(checkStableLinks(links, linkedSite(builtSite()))).toEqual([]);
  });
});
