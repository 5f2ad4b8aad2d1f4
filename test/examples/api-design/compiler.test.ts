// What the compiler refuses: no async constructor (TS1089), no async accessor (TS1042).
// examples/api-design/broken/async-members.ts is deliberately wrong; this reads what tsc reports on
// it in the run's capture of every broken/ folder (test/support/fresh-diagnostics.ts).
import { expect, it } from 'vitest';
import { diagnosticsOf, freshDiagnostics } from '../../support/fresh-diagnostics.ts';

const id = 'api-design/broken/async-members.ts';

it('tsc reports TS1089 for an async constructor and TS1042 for an async getter', async () => {
  const tsc = diagnosticsOf(await freshDiagnostics(), id).filter((d) => d.tool === 'tsc');
  expect(tsc.map((d) => d.code).sort()).toEqual(['TS1042', 'TS1089']);
  expect(tsc.map((d) => d.message)).toContain("'async' modifier cannot appear on a constructor declaration.");
  expect(tsc.map((d) => d.message)).toContain("'async' modifier cannot be used here.");
});
