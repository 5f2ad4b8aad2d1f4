// The code download (/awaited-code.tar.gz): the examples, the exercises and the build track
// (capstone/: its starting service, its steps with their checks and solutions, the upstreams and the
// database launcher) with what they need to run on their own. Pure: which files go in, and the package.json, tsconfig.json and README that make
// the folder a project; src/astro/code-download-integration.ts writes the archive at build time.
// The checker's links need no setting of their own here: src/exercises/site-url.ts goes in with it.
import { siteLinks } from '../exercises/site-url.ts';
import type { Need } from './install-specs.ts';
import type { PackageImport } from './package-imports.ts';

/** The folder the archive unpacks to. */
export const DOWNLOAD_FOLDER = 'awaited-code';

/** Where the site serves it. */
export const DOWNLOAD_URL = `/${DOWNLOAD_FOLDER}.tar.gz`;

/** The project's files that go in, as globs from the project root. */
export const DOWNLOAD_FILES = [
  'examples/**',
  'exercises/**',
  'capstone/**',
  // The checker: the exercises' and the build track's (src/capstone/ starts a step's service and grades it).
  'src/exercises/*.ts',
  'src/exercises/*.mjs',
  'src/capstone/*.ts',
  // What src/capstone/ imports from the site's pure modules: the region markers, and the timeline's
  // spans the load run draws as text.
  'src/formats/regions.ts',
  'src/formats/example-id.ts',
  'src/pictures/timeline.ts',
  'src/cli/command-line.ts',
  'scripts/exercise.mjs',
  'scripts/exercise.ts',
  'eslint.config.js',
];

/**
 * What the download's scripts run without importing it: the type checker and the linter the setup
 * page and the exercises' hints run (`npx tsc`, `npm run lint`), and Node's types for both. The rest
 * of its package.json is what its files import (src/downloads/package-imports.ts).
 */
export const DOWNLOAD_TOOLS = ['typescript', 'eslint', '@types/node'];

/** Everything the download needs: each import of a package by its files, then the tools. */
export function downloadNeeds(imports: readonly PackageImport[]): Need[] {
  return [...imports, ...DOWNLOAD_TOOLS.map((name) => ({ package: name, file: 'the code download\'s scripts (DOWNLOAD_TOOLS in src/downloads/code-download.ts)' }))];
}

/** The download's package.json: the project's Node range, and the packages at the versions the site installed. */
export function downloadPackageJson(engines: { node?: string } | undefined, devDependencies: Record<string, string>): Record<string, unknown> {
  return {
    name: DOWNLOAD_FOLDER,
    version: '1.0.0',
    private: true,
    type: 'module',
    description: 'The examples, exercises and build track of Awaited, the field guide to async TypeScript on Node.js.',
    engines: { node: engines?.node ?? '>=24' },
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
    include: ['examples', 'exercises', 'capstone', 'src', 'scripts', 'eslint.config.js'],
    // A step's solution folder holds only the files it changes: its own tsconfig.json (extending
    // this one) resolves the others, as in the project's (`npx tsc -p capstone/steps/N-slug/solution`).
    exclude: ['**/broken/**', 'capstone/steps/*/solution'],
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
npm run exercise -- build/1            # grades step 1 of the build track on capstone/service/
\`\`\`

Each exercise folder has a README.md with the task and hints, the file to fix (exercise.ts), its
checks (check.ts) and a solution (solution.ts). The exercises are listed on ${site}/start/exercises/

## Build a service (day two)

\`capstone/\` is the build track, ${site}/build/: you grow one small HTTP service, a quote
service on Fastify, Postgres and two upstreams, in seven graded steps. Your project is
\`capstone/service/\`; \`capstone/README.md\` says how to begin. Each step's folder,
\`capstone/steps/N-name/\`, holds its task (README.md), its checks (check.ts) and its solution, the
files of \`capstone/service/\` it changes as they are after the step. \`npm run exercise -- build/N\`
starts the database and the upstreams, starts your service and grades step N; when stuck, diff a
file against the step's solution:

\`\`\`sh
diff -u capstone/service/main.ts capstone/steps/1-first-endpoint/solution/main.ts
\`\`\`
${note ? `\n${note}\n` : ''}`;
}
