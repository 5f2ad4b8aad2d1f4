// Which npm packages a set of files imports: what a download's package.json must install. Pure, and
// read by the TypeScript compiler's own pre-processor (`ts.preProcessFile`), which finds static
// imports and re-exports (`import type` too: the package or its `@types/…` must be there), `import('x')`
// and `require('x')` with a literal name, so comments and strings that look like imports do not count.
import { isBuiltin } from 'node:module';
import ts from 'typescript';

/** A file as a download holds it: its path there and its text. */
export interface SourceText {
  name: string;
  content: string;
}

/** One import of a package: which package, and where (`examples/x/y.ts`, 1-based line). */
export interface PackageImport {
  package: string;
  file: string;
  line: number;
}

// The files npm packages can be imported from; a Python file imports none (and its `import x` is not JavaScript).
const SCRIPT = /\.(?:[cm]?ts|[cm]?js|tsx|jsx)$/;

/**
 * The package a specifier names, or undefined when it names none: a relative or absolute path, a
 * `#subpath` import, a builtin (`node:fs`, `fs`), a URL. `pkg/sub` → `pkg`, `@scope/pkg/sub` → `@scope/pkg`.
 */
export function packageOf(specifier: string): string | undefined {
  if (/^(?:\.{1,2}(?:\/|$)|\/|#)/.test(specifier) || /^[a-z][a-z0-9+.-]*:/i.test(specifier) || isBuiltin(specifier)) return undefined;
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Every import of a package in the files, in file order, then line order. */
export function packageImports(files: readonly SourceText[]): PackageImport[] {
  return files
    .filter((file) => SCRIPT.test(file.name))
    .flatMap((file) =>
      ts.preProcessFile(file.content, true, true).importedFiles.flatMap(({ fileName, pos }) => {
        const name = packageOf(fileName);
        return name === undefined ? [] : [{ package: name, file: file.name, line: file.content.slice(0, pos).split('\n').length }];
      }),
    );
}

/** The packages the files import, each once, sorted. */
export function packagesOf(files: readonly SourceText[]): string[] {
  return [...new Set(packageImports(files).map((found) => found.package))].sort();
}
