// Every broken/ folder goes through the same capture, and the record each page shows equals what
// tsc and ESLint report today (`npm run refresh -- <file>` rewrites it). Here, beside the page tests
// that ask the same capture, so that one test run makes it once (test/support/fresh-diagnostics.ts).
import { expect, it } from 'vitest';
import { catalogue } from '../../src/catalogue/catalogue.ts';
import { freshDiagnostics } from '../support/fresh-diagnostics.ts';

it('the recorded diagnostics of every broken file are the ones tsc and ESLint report today', async () => {
  const examples = catalogue();
  const fresh = await freshDiagnostics();
  for (const [id, capture] of fresh) expect(examples.storedRecord(id)?.diagnostics, `examples/${id}: run \`npm run refresh -- ${id}\``).toEqual(capture);
});
