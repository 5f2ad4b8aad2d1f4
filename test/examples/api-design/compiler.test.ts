// What the compiler refuses: no async constructor (TS1089), no async accessor (TS1042).
// examples/api-design/broken/async-members.ts is deliberately wrong; this feeds it to tsc the way
// every broken/ folder is captured.
import { expect, it } from 'vitest';
import { catalogue } from '../../../src/catalogue/catalogue.ts';
import { captureDiagnostics } from '../../../src/runner/diagnostics.ts';

const id = 'api-design/broken/async-members.ts';

it('tsc reports TS1089 for an async constructor and TS1042 for an async getter', async () => {
  const capture = (await captureDiagnostics(catalogue(), [id])).get(id);
  const tsc = capture?.list.filter((d) => d.tool === 'tsc') ?? [];
  expect(tsc.map((d) => d.code).sort()).toEqual(['TS1042', 'TS1089']);
  expect(tsc.map((d) => d.message)).toContain("'async' modifier cannot appear on a constructor declaration.");
  expect(tsc.map((d) => d.message)).toContain("'async' modifier cannot be used here.");
});
