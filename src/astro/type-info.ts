// Type information for samples, from ONE TypeScript language service over every file in
// examples/, created once per process: a block costs a few quick-info look-ups, not a compiler.
// Its file list is the current catalogue's, so a file added under `astro dev` (which resets the
// catalogue on every change) has hovers on the next load, without a restart.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { catalogue, type Catalogue } from '../catalogue/catalogue.ts';
import type { ExampleFile } from '../catalogue/example-file.ts';
import type { Excerpt } from '../formats/regions.ts';

/** A type shown on hover: a 0-based line of the shown code and a column range on it. */
export interface TypeHover {
  line: number;
  start: number;
  end: number;
  text: string;
}

// Each catalogue's programs as paths, computed once per catalogue: the service asks for the list on
// every look-up, and compares it with the last one to decide whether to rebuild its program.
const programPaths = new WeakMap<Catalogue, string[]>();

/** The files the service compiles: the programs of the catalogue it is given, in its order. */
export function compiledFiles(examples: Catalogue): string[] {
  let files = programPaths.get(examples);
  if (!files) {
    files = examples
      .programs()
      .filter((id) => examples.file(id).language === 'typescript')
      .map((id) => examples.file(id).path);
    programPaths.set(examples, files);
  }
  return files;
}

function languageService(examples: () => Catalogue, versions: Map<string, string>): ts.LanguageService {
  const { root } = examples();
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.json could not be read');
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => compiledFiles(examples()),
    // The modification time as version, so `astro dev` sees edited examples.
    getScriptVersion: (file) => versions.get(file) ?? '0',
    getScriptSnapshot: (file) => (existsSync(file) ? ts.ScriptSnapshot.fromString(readFileSync(file, 'utf8')) : undefined),
    getCurrentDirectory: () => root,
    // Examples are Node programs: their globals come from @types/node. Leaving out the DOM library
    // halves the cost of the first compilation, and shows readers Node's types, not the browser's.
    getCompilationSettings: () => ({ ...parsed.options, lib: ['lib.esnext.d.ts'] }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (file) => ts.sys.fileExists(file),
    readFile: (file, encoding) => ts.sys.readFile(file, encoding),
    readDirectory: (dir, extensions, exclude, include, depth) => ts.sys.readDirectory(dir, extensions, exclude, include, depth),
    directoryExists: (dir) => ts.sys.directoryExists(dir),
    getDirectories: (dir) => ts.sys.getDirectories(dir),
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

const MAX_LENGTH = 400;

/**
 * TypeScript's quick info as a reader needs it: without what the sample in front of them already
 * says or what only the compiler cares about, each of which costs page weight on every hover. Drops
 * the line naming an imported name's import ("import retry"), the "(alias) " tag of an imported
 * name, and the "namespace X" line of a name that is also a namespace (`assert`, `console`,
 * `setTimeout`); cuts what is left at MAX_LENGTH characters.
 */
export function readableQuickInfo(info: string): string {
  const lines = info.replace(/\n(?:import|export) [\w.$]+$/, '').split('\n');
  const kept = lines.length > 1 ? lines.filter((line) => !/^(?:\(alias\) )?namespace [\w.$]+$/.test(line)) : lines;
  const text = kept.join('\n').replace(/^\(alias\) /, '');
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH)}…` : text;
}

/** Gives the hover types of an excerpt of an example file, from the examples `examples()` names now. */
export type TypeHoversOf = (file: ExampleFile, excerpt: Excerpt) => TypeHover[];

/** A language service over the examples of `examples()`, created on the first look-up. */
export function createTypeHovers(examples: () => Catalogue): TypeHoversOf {
  let service: ts.LanguageService | undefined;
  // File versions are read once per call, not once per look-up: the service checks every file's
  // version on each query, and a stat per file per identifier dominated the cost.
  const versions = new Map<string, string>();
  // The same identifier shows up on a guide page and on its file's page: look each one up once.
  const quickInfo = new Map<string, string>();
  return (file, excerpt) => {
    const fileName = file.path;
    for (const f of compiledFiles(examples())) versions.set(f, existsSync(f) ? String(statSync(f).mtimeMs) : '0');
    const ls = (service ??= languageService(examples, versions));
    const sourceFile = ls.getProgram()?.getSourceFile(fileName);
    if (!sourceFile) throw new Error(`examples/${file.id} is not part of the examples compilation`);
    const shownLine = new Map(excerpt.sourceLines.map((line, index) => [line, index]));
    const hovers: TypeHover[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
        const position = node.getStart(sourceFile);
        const { line, character } = sourceFile.getLineAndCharacterOfPosition(position);
        const shown = shownLine.get(line + 1);
        if (shown !== undefined) {
          const key = `${fileName}:${versions.get(fileName) ?? ''}:${position}`;
          let text = quickInfo.get(key);
          if (text === undefined) {
            text = readableQuickInfo(ts.displayPartsToString(ls.getQuickInfoAtPosition(fileName, position)?.displayParts));
            quickInfo.set(key, text);
          }
          const start = character - excerpt.indent;
          if (text !== '' && start >= 0) hovers.push({ line: shown, start, end: start + node.getWidth(sourceFile), text });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    return hovers;
  };
}

/** The hover types of every identifier in an excerpt of an example file (the shared catalogue's examples). */
export const typeHovers: TypeHoversOf = createTypeHovers(catalogue);
