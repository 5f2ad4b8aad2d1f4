// Feature: running `.ts` files (type stripping)
// Requires: Node 22.18+ (type stripping on by default)
// Source: https://nodejs.org/docs/latest-v24.x/api/typescript.html#type-stripping
// Fallback: `--experimental-strip-types` on 22.6 to 22.17, or compile with `tsc` first
// Deno: --allow-env
// This file is TypeScript and runs as is: Node erases the types. Syntax that would need code
// generated (enum, parameter properties, namespaces with values) is refused, not compiled; each
// snippet runs in a child process so the refusal shows as an exit code and an error code.
import { execFile } from 'node:child_process';

interface Snippet {
  label: string;
  source: string;
}

const snippets: Snippet[] = [
  { label: 'type annotations', source: 'const n: number = 1; export type T = { n: typeof n };' },
  { label: 'enum', source: 'enum Color { Red }' },
  { label: 'parameter property', source: 'class Point { constructor(private x: number) {} }' },
  { label: 'namespace with a value', source: 'namespace Config { export const port = 80; }' },
  { label: 'namespace with types only', source: 'namespace Shapes { export type Side = number; }' },
];

function run(source: string): Promise<{ exitCode: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module-typescript', '--eval', source], (error, _stdout, stderr) => {
      resolve({ exitCode: typeof error?.code === 'number' ? error.code : 0, stderr });
    });
  });
}

console.log(`process.features.typescript: ${String(process.features.typescript)}`);
for (const { label, source } of snippets) {
  const { exitCode, stderr } = await run(source);
  const code = /ERR_[A-Z_]+/.exec(stderr)?.[0] ?? 'no error';
  console.log(`${label}: exit ${exitCode}, ${code}`);
}
