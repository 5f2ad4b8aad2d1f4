// The decision behind the dev banner: under `astro dev`, a record a refresh would fix is shown on the
// page (the command to run); anything else, and everything in a build, is thrown with the tag's page line.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../../src/catalogue/catalogue.ts';
import { answerOrStale } from '../../src/catalogue/stale-in-dev.ts';
import { exampleAnswer, measureAnswer } from '../../src/catalogue/tag-answers.ts';

const examples = createCatalogue(path.join(import.meta.dirname, '..', 'fixtures', 'catalogue'));
const where = 'content/docs/guides/page.mdx:3:1';

describe('answerOrStale', () => {
  it('passes an answer through', () => {
    expect(answerOrStale(where, true, () => measureAnswer(examples, { example: 'demo/good.ts', name: 'ratio' }))).toMatchObject({ answer: { value: 2 } });
  });

  it('in astro dev, turns a stale or missing record into the notice naming the refresh', () => {
    expect(answerOrStale(where, true, () => exampleAnswer(examples, { file: 'demo/stale.ts' }))).toEqual({
      stale: { command: 'npm run refresh -- demo/stale.ts', message: 'the record of examples/demo/stale.ts is older than its source; run `npm run refresh -- demo/stale.ts`' },
    });
    expect(answerOrStale(where, true, () => exampleAnswer(examples, { file: 'demo/unrecorded.ts' }))).toMatchObject({ stale: { command: 'npm run refresh -- demo/unrecorded.ts' } });
  });

  it('in a build, throws the same message at the page line', () => {
    expect(() => answerOrStale(where, false, () => exampleAnswer(examples, { file: 'demo/stale.ts' }))).toThrow(
      'content/docs/guides/page.mdx:3:1: the record of examples/demo/stale.ts is older than its source; run `npm run refresh -- demo/stale.ts`',
    );
  });

  it('in astro dev too, throws what a refresh cannot fix', () => {
    expect(() => answerOrStale(where, true, () => exampleAnswer(examples, { file: 'demo/good.ts', region: 'nope' }))).toThrow(
      'content/docs/guides/page.mdx:3:1: examples/demo/good.ts: no region "nope" (regions in this file: demo, use)',
    );
  });
});
