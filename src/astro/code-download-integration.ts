// Writes the code download into the built site: an Astro integration whose build:done hook packs
// the examples and exercises (src/downloads/code-download.ts says which files, and makes the package.json,
// tsconfig.json and README that let the folder run on its own) into dist/awaited-code.tar.gz.
import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'tar';
import { catalogue, type Catalogue } from '../catalogue/catalogue.ts';
import { DOWNLOAD_FILES, DOWNLOAD_FOLDER, DOWNLOAD_URL, downloadNeeds, downloadPackageJson, downloadReadme, downloadTsconfig } from '../downloads/code-download.ts';
import { installSpecs } from '../downloads/install-specs.ts';
import { packageImports } from '../downloads/package-imports.ts';
import { projectPackages } from '../downloads/project-packages.ts';

/** The project's compiler options, resolved through `extends` by tsc itself. */
export function shownTsconfig(root: string): { compilerOptions?: Record<string, unknown> } {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  return JSON.parse(execFileSync(process.execPath, [tsc, '--showConfig', '-p', root], { encoding: 'utf8' })) as { compilerOptions?: Record<string, unknown> };
}

/** The project's files the download holds, as paths from the project root with their bytes, sorted. */
export function downloadedFiles(examples: Catalogue): { name: string; content: Buffer }[] {
  const { root } = examples;
  // The catalogue gives examples/ (it is the one reader of that folder); the rest is globbed here.
  const others = globSync(
    DOWNLOAD_FILES.filter((pattern) => !pattern.startsWith('examples/')),
    { cwd: root, withFileTypes: true },
  )
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
    .map((name) => ({ name, content: readFileSync(path.join(root, name)) }));
  return [...examples.allFiles(), ...others];
}

/** The download's package.json: what its files import and what its scripts run, at the lockfile's versions. */
export function codeDownloadPackageJson(examples: Catalogue): Record<string, unknown> {
  const imports = packageImports(downloadedFiles(examples).map(({ name, content }) => ({ name, content: content.toString('utf8') })));
  const { engines } = JSON.parse(readFileSync(path.join(examples.root, 'package.json'), 'utf8')) as { engines?: { node?: string } };
  return downloadPackageJson(engines, installSpecs(downloadNeeds(imports), projectPackages(examples.root)));
}

/** Packs the download of the catalogue's project into `file` (a .tar.gz). */
export async function writeCodeArchive(examples: Catalogue, file: string, site: string): Promise<void> {
  const { root } = examples;
  const staging = mkdtempSync(path.join(tmpdir(), 'awaited-code-'));
  try {
    const top = path.join(staging, DOWNLOAD_FOLDER);
    for (const { name, content } of downloadedFiles(examples)) {
      mkdirSync(path.dirname(path.join(top, name)), { recursive: true });
      writeFileSync(path.join(top, name), content);
    }
    writeFileSync(path.join(top, 'package.json'), `${JSON.stringify(codeDownloadPackageJson(examples), null, 2)}\n`);
    writeFileSync(path.join(top, 'tsconfig.json'), `${JSON.stringify(downloadTsconfig(shownTsconfig(root)), null, 2)}\n`);
    writeFileSync(path.join(top, 'README.md'), downloadReadme(site));
    mkdirSync(path.dirname(file), { recursive: true });
    await create({ gzip: true, file, cwd: staging, portable: true, noMtime: true }, [DOWNLOAD_FOLDER]);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

export function codeDownloadIntegration(): AstroIntegration {
  let site = '';
  return {
    name: 'awaited:code-download',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = (config.site ?? '').replace(/\/$/, '');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const file = path.join(fileURLToPath(dir), DOWNLOAD_URL);
        await writeCodeArchive(catalogue(), file, site);
        logger.info(`wrote ${DOWNLOAD_URL}`);
      },
    },
  };
}
