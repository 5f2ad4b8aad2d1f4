// npm run diagnostics — compiles and lints the deliberately wrong files in examples/*/broken/ and
// writes what tsc and ESLint report to records/diagnostics/<page>.json, which the page renders with
// <Diagnostics>. The page's tests capture again and compare, so the page cannot drift from the tools.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { ESLint, Linter } from 'eslint';
import { examplesDir, root } from '../src/runner/paths.ts';
import { brokenFileHash, diagnosticsPath, type Diagnostic, type DiagnosticsRecord } from '../src/site/diagnostics.ts';

/**
 * Rules added on top of the project's ESLint config for the broken files: core rules the project
 * does not enable everywhere (sequential awaits in a loop are sometimes what you want), but which
 * the page shows.
 */
export const extraRules: Linter.RulesRecord = { 'no-await-in-loop': 'error' };

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

function tscDiagnostics(brokenDir: string): Diagnostic[] {
  const configFile = path.join(brokenDir, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  return ts.getPreEmitDiagnostics(program).flatMap((d): Diagnostic[] => {
    if (!d.file || d.start === undefined) throw new Error(`tsc: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    // A chained message ("Type X is not assignable to Y. Did you forget…") is one diagnostic with
    // related hints; TS2773 "Did you forget to use 'await'?" arrives as related information.
    const main: Diagnostic = {
      tool: 'tsc',
      file: relative(d.file.fileName),
      line: line + 1,
      column: character + 1,
      code: `TS${d.code}`,
      message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
    };
    const related = (d.relatedInformation ?? []).map((r): Diagnostic => {
      const at = r.file && r.start !== undefined ? r.file.getLineAndCharacterOfPosition(r.start) : { line, character };
      return {
        tool: 'tsc',
        file: r.file ? relative(r.file.fileName) : main.file,
        line: at.line + 1,
        column: at.character + 1,
        code: `TS${r.code}`,
        message: ts.flattenDiagnosticMessageText(r.messageText, ' '),
      };
    });
    return [main, ...related];
  });
}

async function eslintDiagnostics(files: string[]): Promise<Diagnostic[]> {
  // The project's own eslint.config.js ignores broken/ folders; `ignore: false` lints them anyway.
  // Type information comes from the broken folder's tsconfig.json (the project service finds it).
  const eslint = new ESLint({ cwd: root, ignore: false, overrideConfig: [{ rules: extraRules }] });
  const results = await eslint.lintFiles(files);
  return results.flatMap((result) =>
    result.messages.map((m): Diagnostic => {
      // A file ESLint cannot parse (syntax.ts) gets one fatal message and no rule results.
      const code = m.ruleId ?? (m.fatal === true ? 'parsing-error' : 'unknown');
      return { tool: 'eslint', file: relative(result.filePath), line: m.line, column: m.column, code, message: m.message };
    }),
  );
}

function relative(file: string): string {
  return path.relative(examplesDir, path.resolve(file)).split(path.sep).join('/');
}

/** Runs tsc and ESLint over `examples/<page>/broken/` and returns what they report. */
export async function captureDiagnostics(page: string): Promise<DiagnosticsRecord> {
  const brokenDir = path.join(examplesDir, page, 'broken');
  const files = readdirSync(brokenDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map((f) => path.join(brokenDir, f));
  const all = [...tscDiagnostics(brokenDir), ...(await eslintDiagnostics(files))];
  const byFile: Record<string, Diagnostic[]> = {};
  for (const file of files) {
    byFile[relative(file)] = all
      .filter((d) => d.file === relative(file))
      // Stable sort: tsc before ESLint on the same spot, and a tsc error before its related hint.
      .sort((a, b) => a.line - b.line || a.column - b.column || b.tool.localeCompare(a.tool));
  }
  return {
    page,
    tools: { typescript: ts.version, eslint: ESLint.version, 'typescript-eslint': versionOf('typescript-eslint') },
    files: byFile,
    hashes: Object.fromEntries(files.map((f) => [relative(f), brokenFileHash(relative(f))])),
  };
}

/** Pages with a broken/ folder. */
export function pagesWithBrokenFiles(): string[] {
  return readdirSync(examplesDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(examplesDir, e.name, 'broken')))
    .map((e) => e.name)
    .sort();
}

if (import.meta.main) {
  const pages = process.argv.length > 2 ? process.argv.slice(2) : pagesWithBrokenFiles();
  for (const page of pages) {
    const record = await captureDiagnostics(page);
    mkdirSync(path.dirname(diagnosticsPath(page)), { recursive: true });
    writeFileSync(diagnosticsPath(page), JSON.stringify(record, null, 2) + '\n');
    const count = Object.values(record.files).reduce((n, list) => n + list.length, 0);
    console.log(`wrote ${path.relative(root, diagnosticsPath(page))}: ${count} diagnostics`);
  }
}
