// The tree after each step type-checks as a whole: a solution folder's own tsconfig.json (rootDirs)
// lets tsc and ESLint check its files in place, but resolves an earlier step's file against that
// step's versions; the tree the learner gets pairs them with the newest. Each tree is written into
// .cache/ and checked with the project's compiler options by TypeScript's API, in this process,
// the parsed declaration files (Node's, Fastify's, pg's) shared between the trees' programs.
import path from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';
import { createCapstoneCatalogue } from '../../src/capstone/catalogue.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const root = projectRoot();
const capstone = createCapstoneCatalogue(root);

it('the tree after each step type-checks', () => {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('tsconfig.json did not parse');
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const parsed = new Map<string, ts.SourceFile | undefined>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!fileName.includes('node_modules') && !/lib\.[\w.]+\.d\.ts$/.test(fileName)) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (!parsed.has(fileName)) parsed.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return parsed.get(fileName);
  };
  const failures = capstone
    .steps()
    .filter((step) => step.id.number <= 6)
    .flatMap((step) => {
      const tree = capstone.writeTree(step.id.number, path.join(root, '.cache', 'capstone', 'typecheck', `after-${step.id.number}`));
      const program = ts.createProgram({ rootNames: [...capstone.treeAfter(step.id.number).keys()].filter((name) => name.endsWith('.ts')).map((name) => path.join(tree, name)), options, host });
      const diagnostics = ts.getPreEmitDiagnostics(program);
      return diagnostics.length === 0 ? [] : [`the tree after step ${step.id.number}:\n${ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' })}`];
    });
  expect(failures).toEqual([]);
});
