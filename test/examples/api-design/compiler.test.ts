// What the compiler refuses: no async constructor (TS1089), no async accessor (TS1042).
// examples/api-design/broken/async-members.ts is deliberately wrong; this feeds it to tsc.
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

const file = path.resolve('examples/api-design/broken/async-members.ts');

it('tsc reports TS1089 for an async constructor and TS1042 for an async getter', () => {
  const program = ts.createProgram([file], { strict: true, noEmit: true, target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.NodeNext, types: [], skipLibCheck: true });
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file.split(path.sep).join('/'));
  const codes = diagnostics.map((d) => d.code).sort();
  expect(codes).toEqual([1042, 1089]);
  const messages = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(messages).toContain("'async' modifier cannot appear on a constructor declaration.");
  expect(messages).toContain("'async' modifier cannot be used here.");
});
