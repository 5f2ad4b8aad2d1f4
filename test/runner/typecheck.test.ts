// The project's own compiler options (tsconfig.json, which type-checks every example) catch a
// type error in a file, and report it with the file and line.
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

it("tsconfig.json's options report a promise assigned to a number, at its file and line", () => {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.resolve('tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const file = path.resolve('test/fixtures/typecheck/floating.ts');
  const program = ts.createProgram([file], { ...parsed.options, types: [], lib: ['lib.esnext.d.ts'] });
  const reported = ts.getPreEmitDiagnostics(program).map((d) => {
    const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return `${path.basename(d.file?.fileName ?? '?')}:${(at?.line ?? -1) + 1}: TS${d.code}`;
  });
  expect(reported).toEqual(['floating.ts:6: TS2322']);
});
