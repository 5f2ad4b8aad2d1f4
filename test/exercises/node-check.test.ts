// The Node the checker needs, checked before it loads any .ts file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeTooOld, TYPE_STRIPPING_FROM } from '../../src/exercises/node-check.mjs';

describe('nodeTooOld', () => {
  it('lets through every release that strips types by default', () => {
    for (const version of ['22.18.0', '22.23.3', '23.6.0', '23.11.1', '24.0.0', '24.21.0', '26.10.0']) expect(nodeTooOld(version)).toBeUndefined();
  });

  it('names the Node it needs and how to get it, in one line, on an older one', () => {
    for (const version of ['20.19.2', '22.17.1', '23.5.0', '18.0.0']) {
      expect(nodeTooOld(version)).toBe(
        `exercise: this is Node ${version}; the checker runs .ts files as they are, which needs Node 24 (or 22.18+): install it from https://nodejs.org/ (or run nvm install 24), then run npm run exercise again.`,
      );
    }
  });

  it("starts Node 22 where package.json's awaited.from does", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { awaited: { from: Record<string, string> } };
    expect(TYPE_STRIPPING_FROM[22].join('.')).toBe(pkg.awaited.from['22']);
  });
});
