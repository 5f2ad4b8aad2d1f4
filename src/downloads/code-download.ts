// The code download (/awaited-code.tar.gz): the examples and the exercises with what they need to run
// on their own. Pure: which files go in, and the package.json, tsconfig.json and README that make
// the folder a project; src/astro/code-download-integration.ts writes the archive at build time.
// The checker's links need no setting of their own here: src/exercises/site-url.ts goes in with it.
import { siteLinks } from '../exercises/site-url.ts';

/** The folder the archive unpacks to. */
export const DOWNLOAD_FOLDER = 'awaited-code';

/** Where the site serves it. */
export const DOWNLOAD_URL = `/${DOWNLOAD_FOLDER}.tar.gz`;

/** The project's files that go in, as globs from the project root. */
export const DOWNLOAD_FILES = ['examples/**', 'exercises/**', 'src/exercises/*.ts', 'src/exercises/*.mjs', 'src/cli/command-line.ts', 'scripts/exercise.mjs', 'scripts/exercise.ts', 'eslint.config.js'];

/**
 * What the download installs, each at the project's own version: piscina and typescript (examples
 * import them), zod (the exercise checker validates each README with it), and the type checker and
 * linter the exercises' hints run (`npx tsc`, `npx eslint`).
 */
export const DOWNLOAD_PACKAGES = ['piscina', 'typescript', 'zod', '@types/node', 'eslint', '@eslint/js', 'typescript-eslint'];

interface ProjectPackage {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

/** The download's package.json, from the project's: same Node range, same versions. */
export function downloadPackageJson(project: ProjectPackage): Record<string, unknown> {
  const versions = { ...project.devDependencies, ...project.dependencies };
  const devDependencies: Record<string, string> = {};
  for (const name of DOWNLOAD_PACKAGES) {
    const version = versions[name];
    if (version === undefined) throw new Error(`the code download needs ${name}, which package.json does not list`);
    devDependencies[name] = version;
  }
  return {
    name: DOWNLOAD_FOLDER,
    version: '1.0.0',
    private: true,
    type: 'module',
    description: 'The examples and exercises of Awaited, the field guide to async TypeScript on Node.js.',
    engines: { node: project.engines?.node ?? '>=24' },
    // The .mjs launcher first checks the Node: the download runs on the reader's own.
    scripts: { exercise: 'node scripts/exercise.mjs', typecheck: 'tsc', lint: 'eslint .' },
    devDependencies,
  };
}

/**
 * The download's tsconfig.json: the project's compiler options as `tsc --showConfig` resolves them
 * (so nothing depends on the packages the project's own config extends), without the site's paths.
 */
export function downloadTsconfig(shown: { compilerOptions?: Record<string, unknown> }): Record<string, unknown> {
  const compilerOptions = { ...shown.compilerOptions };
  delete compilerOptions['paths'];
  return {
    compilerOptions,
    include: ['examples', 'exercises', 'src', 'scripts', 'eslint.config.js'],
    exclude: ['**/broken/**'],
  };
}

/** The README at the top of the download, linking the site (its URL, or '' while it has none). */
export function downloadReadme(siteUrl: string): string {
  const { base: site, note } = siteLinks(siteUrl);
  return `# Awaited: examples and exercises

The programs behind every sample on ${site}, and the exercises that grade your fixes.
Setup, step by step: ${site}/start/setup/

\`\`\`sh
npm install
node examples/async-vs-sync/loops.ts   # any sample: its page shows what it prints
python3 examples/from-python/hello-asyncio.py   # a Python twin, on CPython 3.11
npm run exercise                       # grades the next exercise you have not solved yet
npm run exercise -- 04                 # grades exercises/04-*/exercise.ts
\`\`\`

Each exercise folder has a README.md with the task and hints, the file to fix (exercise.ts), its
checks (check.ts) and a solution (solution.ts). The exercises are listed on ${site}/start/exercises/
${note ? `\n${note}\n` : ''}`;
}
