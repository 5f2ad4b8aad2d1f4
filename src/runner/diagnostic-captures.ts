// One capture per broken file from what its tools reported: each file's diagnostics in line and
// column order, as a reader goes down the file, the tools' order breaking ties. Pure: the capture
// of TypeScript (tsc, ESLint) and of Python (pyright, the interpreter) both end here.
import type { Diagnostic, DiagnosticsCapture } from '../catalogue/records.ts';

/** A diagnostic and the example it is about. */
export type Located = Diagnostic & { id: string };

/** Each of `ids` with its diagnostics from `all`, sorted; `toolOrder` ranks tools reporting the same spot. */
export function capturesOf(ids: string[], all: Located[], tools: DiagnosticsCapture['tools'], toolOrder: readonly Located['tool'][]): [string, DiagnosticsCapture][] {
  const rank = (tool: Located['tool']): number => toolOrder.indexOf(tool);
  return ids.map((id) => [
    id,
    {
      tools,
      list: all
        .filter((d) => d.id === id)
        .sort((a, b) => a.line - b.line || a.column - b.column || rank(a.tool) - rank(b.tool))
        .map((d): Diagnostic => ({ tool: d.tool, line: d.line, column: d.column, code: d.code, message: d.message })),
    },
  ]);
}
