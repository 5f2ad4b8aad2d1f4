// What pyright (strict, as pyrightconfig.json says) and the interpreter (`python3 -X dev -W error`)
// report for the deliberately wrong Python files in broken/ folders: the Python side of what
// diagnostics.ts captures with tsc and ESLint. pyrightconfig.json excludes broken/ from the
// project's check (and pyright applies that to files named on its command line too), so they are
// checked with a copy of its settings that includes exactly them, under .cache/.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Catalogue } from '../catalogue/catalogue.ts';
import type { DiagnosticsCapture } from '../catalogue/records.ts';
import { capturesOf, type Located } from './diagnostic-captures.ts';
import { pythonBinary, pythonVersion } from '../versions/python.ts';
import { pythonProblems } from './python-stderr.ts';
import { runPythonProgram } from './run-example.ts';

const require = createRequire(import.meta.url);
const pyrightPackage = path.dirname(require.resolve('pyright/package.json'));
const pyrightVersion = (require('pyright/package.json') as { version: string }).version;

interface PyrightOutput {
  generalDiagnostics: { file: string; severity: string; message: string; range: { start: { line: number; character: number } }; rule?: string }[];
}

async function pyrightDiagnostics(catalogue: Catalogue, ids: string[]): Promise<Located[]> {
  const projectConfig = path.join(catalogue.root, 'pyrightconfig.json');
  if (!existsSync(projectConfig)) throw new Error(`${projectConfig} is missing: it says how pyright checks the Python examples (strict)`);
  const settings = JSON.parse(readFileSync(projectConfig, 'utf8')) as Record<string, unknown>;
  const config = path.join(catalogue.root, '.cache', 'pyright-broken', 'pyrightconfig.json');
  mkdirSync(path.dirname(config), { recursive: true });
  writeFileSync(config, JSON.stringify({ ...settings, include: ids.map((id) => path.relative(path.dirname(config), catalogue.file(id).path).split(path.sep).join('/')), exclude: [] }));
  // pyright exits 1 when it reports an error: that is the point here, so only its JSON decides.
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(process.execPath, [path.join(pyrightPackage, 'index.js'), '--outputjson', '--pythonpath', pythonBinary(), '-p', config], { cwd: catalogue.root, maxBuffer: 16 * 1024 * 1024 }, (error, out, err) => {
      if (out.trim().startsWith('{')) resolve(out);
      else reject(new Error(`pyright on ${ids.map((id) => `examples/${id}`).join(', ')} printed no report: ${err || (error?.message ?? '')}`));
    });
  });
  const report = JSON.parse(stdout) as PyrightOutput;
  return report.generalDiagnostics.map((d) => ({
    tool: 'pyright',
    id: path.relative(catalogue.examplesDir, d.file).split(path.sep).join('/'),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    code: d.rule ?? d.severity,
    // pyright explains on indented lines after the first; the first says it.
    message: d.message.split('\n')[0] ?? d.message,
  }));
}

async function interpreterDiagnostics(catalogue: Catalogue, id: string): Promise<Located[]> {
  const run = await runPythonProgram(path.join('examples', id), id, { cwd: catalogue.root, timeoutMs: 20_000 });
  return pythonProblems(run.stderr, catalogue.root)
    .filter((p) => p.file === `examples/${id}`)
    .map((p) => {
      const [kind = '', ...rest] = p.message.split(': ');
      return { tool: 'python', id, line: p.line ?? 0, column: 1, code: kind.split('.').pop() ?? kind, message: rest.join(': ') };
    });
}

/** Runs pyright and the interpreter over the Python broken files `ids` and returns each file's capture. */
export async function capturePythonDiagnostics(catalogue: Catalogue, ids: string[]): Promise<Map<string, DiagnosticsCapture>> {
  if (ids.length === 0) return new Map();
  const tools = { pyright: pyrightVersion, python: pythonVersion() };
  const all = [...(await pyrightDiagnostics(catalogue, ids))];
  for (const id of ids) all.push(...(await interpreterDiagnostics(catalogue, id)));
  return new Map(capturesOf(ids, all, tools, ['pyright', 'python']));
}
