// What tsc and ESLint report today for every broken file, captured once per test run: the record
// check (test/examples/broken-diagnostics.test.ts) and each page's tests of the codes it names ask the
// same capture. Vitest runs the files in one worker without isolation (vitest.config.ts), so this
// module, and its memo, is shared by all of them; a type-aware ESLint pass and a tsc program per
// broken/ folder cost about a second each time.
import { catalogue } from '../../src/catalogue/catalogue.ts';
import type { Diagnostic, DiagnosticsCapture } from '../../src/catalogue/records.ts';
import { captureDiagnostics } from '../../src/runner/diagnostics.ts';

let capture: Promise<Map<string, DiagnosticsCapture>> | undefined;

/** Every broken file's fresh capture, by catalogue key (`forgotten-await/broken/values.ts`). */
export function freshDiagnostics(): Promise<Map<string, DiagnosticsCapture>> {
  capture ??= captureDiagnostics(catalogue(), catalogue().brokenFiles());
  return capture;
}

/** One file's diagnostics in a capture; a key that is no broken file fails the test that asks, rather than reading as "nothing reported". */
export function diagnosticsOf(captures: Map<string, DiagnosticsCapture>, id: string): Diagnostic[] {
  const found = captures.get(id);
  if (!found) throw new Error(`examples/${id} is not a broken file: no capture for it (the broken files are ${[...captures.keys()].join(', ')})`);
  return found.list;
}
