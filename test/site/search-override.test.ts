// src/components/overrides/Search.astro is a fork of Starlight's own search component. When
// Starlight changes that component, the fork must take the change: this fails until it has.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const FORKED_FROM = { version: '0.42.4', sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062' };

it(`the search override still matches the Starlight component it was forked from (${FORKED_FROM.version})`, () => {
  const starlight = path.resolve('node_modules', '@astrojs', 'starlight');
  const upstream = path.join(starlight, 'dist', 'components', 'Search.astro');
  const { version } = JSON.parse(readFileSync(path.join(starlight, 'package.json'), 'utf8')) as { version: string };
  const sha256 = createHash('sha256').update(readFileSync(upstream)).digest('hex');
  expect(
    { version, sha256 },
    `Starlight's Search.astro changed since the fork (${FORKED_FROM.version}): compare node_modules/@astrojs/starlight/dist/components/Search.astro ` +
      'with src/components/overrides/Search.astro, port the changes, then pin the new version and hash here',
  ).toEqual(FORKED_FROM);
});
