// Deno: --allow-env
// Native `await using` needs Node 24 (V8 13.6). For older targets tsc lowers it to helper calls.
// This transpiles one snippet for two targets and reports what came out.
import ts from 'typescript';

// #region lowering
const snippet = `
export async function main(open: () => Promise<AsyncDisposable>) {
  await using db = await open();
}`;

for (const [name, target] of [['ES2022', ts.ScriptTarget.ES2022], ['ESNext', ts.ScriptTarget.ESNext]] as const) {
  const { outputText } = ts.transpileModule(snippet, { compilerOptions: { target, module: ts.ModuleKind.ESNext } });
  console.log(
    `target ${name}: native 'await using' kept: ${outputText.includes('await using')},`,
    `lowered with __addDisposableResource: ${outputText.includes('__addDisposableResource')}`,
  );
}
// #endregion lowering
