// What tsc and ESLint report for the deliberately wrong files in broken/ folders. Every broken/
// folder is captured the same way: tsc with the folder's own tsconfig.json, ESLint with the
// project's config (which otherwise ignores broken/) plus the rules below.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { ESLint, type Linter } from 'eslint';
import { CatalogueError, type Catalogue } from '../catalogue/catalogue.ts';
import type { DiagnosticsCapture } from '../catalogue/records.ts';
import { capturesOf, type Located } from './diagnostic-captures.ts';
import { capturePythonDiagnostics } from './python-diagnostics.ts';

/**
 * Core rules the project does not enable everywhere (sequential awaits in a loop are sometimes
 * what you want), but which the forgotten-await page shows on its broken files.
 */
export const extraRules: Linter.RulesRecord = { 'no-await-in-loop': 'error' };

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;


function tscDiagnostics(catalogue: Catalogue, folder: string): Located[] {
  const configFile = path.join(catalogue.examplesDir, folder, 'tsconfig.json');
  if (!existsSync(configFile)) {
    throw new CatalogueError(`examples/${folder}/ has no tsconfig.json: every broken/ folder needs one to say how its files are compiled (copy examples/forgotten-await/broken/tsconfig.json)`);
  }
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new CatalogueError(`examples/${folder}/tsconfig.json: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    },
  });
  if (!parsed) throw new CatalogueError(`cannot read examples/${folder}/tsconfig.json`);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const idOf = (file: string): string => path.relative(catalogue.examplesDir, path.resolve(file)).split(path.sep).join('/');
  return ts.getPreEmitDiagnostics(program).flatMap((d): Located[] => {
    if (!d.file || d.start === undefined) throw new CatalogueError(`tsc on examples/${folder}/: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
    // TS2773 "Did you forget to use 'await'?" arrives as related information of the main error.
    const main: Located = { tool: 'tsc', id: idOf(d.file.fileName), line: line + 1, column: character + 1, code: `TS${d.code}`, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
    const related = (d.relatedInformation ?? []).map((r): Located => {
      const at = r.file && r.start !== undefined ? r.file.getLineAndCharacterOfPosition(r.start) : { line, character };
      return { tool: 'tsc', id: r.file ? idOf(r.file.fileName) : main.id, line: at.line + 1, column: at.character + 1, code: `TS${r.code}`, message: ts.flattenDiagnosticMessageText(r.messageText, ' ') };
    });
    return [main, ...related];
  });
}

async function eslintDiagnostics(catalogue: Catalogue, ids: string[]): Promise<Located[]> {
  // `ignore: false` lints broken/ anyway; type information comes from the folder's tsconfig.json.
  const eslint = new ESLint({ cwd: catalogue.root, ignore: false, overrideConfig: [{ rules: extraRules }] });
  const results = await eslint.lintFiles(ids.map((id) => catalogue.file(id).path));
  return results.flatMap((result) =>
    result.messages.map((m): Located => ({
      tool: 'eslint',
      id: path.relative(catalogue.examplesDir, result.filePath).split(path.sep).join('/'),
      line: m.line,
      column: m.column,
      // A file ESLint cannot parse gets one fatal message and no rule results.
      code: m.ruleId ?? (m.fatal === true ? 'parsing-error' : 'unknown'),
      message: m.message,
    })),
  );
}

/**
 * Runs tsc and ESLint over the broken/ folders of `ids` and returns each file's capture; a Python
 * file's capture is pyright's and the interpreter's (./python-diagnostics.ts).
 */
export async function captureDiagnostics(catalogue: Catalogue, allIds: string[]): Promise<Map<string, DiagnosticsCapture>> {
  const python = await capturePythonDiagnostics(catalogue, allIds.filter((id) => catalogue.file(id).language === 'python'));
  const ids = allIds.filter((id) => catalogue.file(id).language === 'typescript');
  if (ids.length === 0) return python;
  const tools = { typescript: ts.version, eslint: ESLint.version, 'typescript-eslint': versionOf('typescript-eslint') };
  const folders = [...new Set(ids.map((id) => path.posix.dirname(id)))];
  // A folder's files are compiled together, as the folder's tsconfig.json says.
  const all = [...folders.flatMap((folder) => tscDiagnostics(catalogue, folder)), ...(await eslintDiagnostics(catalogue, ids))];
  // tsc before ESLint on the same spot; a tsc error before its related hint (the sort is stable).
  return new Map([...python, ...capturesOf(ids, all, tools, ['tsc', 'eslint'])]);
}
