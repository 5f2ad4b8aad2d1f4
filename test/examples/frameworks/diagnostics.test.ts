// The frameworks page says no-misused-promises reports both async handlers passed to Express 4 (whose
// types say a handler returns void) and not the one passed to Express 5 (whose types return unknown),
// and that tsc reports nothing. A fresh capture of examples/frameworks/broken/handlers.ts must agree.
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/catalogue/catalogue.ts';
import type { Diagnostic } from '../../../src/catalogue/records.ts';
import { diagnosticsOf, freshDiagnostics } from '../../support/fresh-diagnostics.ts';

const id = 'frameworks/broken/handlers.ts';
let fresh: Diagnostic[];

beforeAll(async () => {
  fresh = diagnosticsOf(await freshDiagnostics(), id);
});

describe('no-misused-promises on Express handlers', () => {
  it('reports the Express 4 middleware and route handler, and nothing else', () => {
    const source = catalogue().file(id).source.split('\n');
    const reported = fresh.map((d) => `${d.tool} ${d.code} ${source[d.line - 1]?.trim()}`);
    expect(reported).toEqual([
      'eslint @typescript-eslint/no-misused-promises app4.use(async (req, res, next) => {',
      "eslint @typescript-eslint/no-misused-promises app4.get('/report/:id', async (req, res) => {",
    ]);
  });
});
