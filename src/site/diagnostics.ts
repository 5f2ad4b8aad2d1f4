// What tsc and ESLint report for the deliberately wrong files in examples/<page>/broken/, as captured
// by scripts/capture-diagnostics.ts (npm run diagnostics) into records/diagnostics/<page>.json.
// The page shows these records; the page's tests capture again and require the same result.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { examplesDir, recordsDir } from '../runner/paths.ts';

export interface Diagnostic {
  tool: 'tsc' | 'eslint';
  /** Path under examples/, e.g. `forgotten-await/broken/values.ts`. */
  file: string;
  line: number;
  column: number;
  /** `TS2801` for tsc, the rule id for ESLint. */
  code: string;
  message: string;
}

export interface DiagnosticsRecord {
  page: string;
  tools: { typescript: string; eslint: string; 'typescript-eslint': string };
  /** The files that were checked, each with its diagnostics in line order. */
  files: Record<string, Diagnostic[]>;
  /** brokenFileHash() of each file when it was checked: the page refuses stale diagnostics. */
  hashes: Record<string, string>;
}

export function diagnosticsPath(page: string): string {
  return path.join(recordsDir, 'diagnostics', `${page}.json`);
}

/** A hash of one broken file's text (its id is its path under examples/). */
export function brokenFileHash(id: string): string {
  return createHash('sha256').update(readFileSync(path.join(examplesDir, id))).digest('hex').slice(0, 16);
}

export function readDiagnostics(page: string): DiagnosticsRecord | undefined {
  const file = diagnosticsPath(page);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DiagnosticsRecord) : undefined;
}
