// Writes the code download into the built site: an Astro integration whose build:done hook packs
// the examples and exercises (src/downloads/code-download.ts says which files, and makes the package.json,
// tsconfig.json and README that let the folder run on its own) into dist/awaited-code.tar.gz.
import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { create } from 'tar';
import { catalogue, type Catalogue } from '../catalogue/catalogue.ts';
import { DOWNLOAD_FILES, DOWNLOAD_FOLDER, DOWNLOAD_URL, downloadPackageJson, downloadReadme, downloadTsconfig } from '../downloads/code-download.ts';

/** The project's compiler options, resolved through `extends` by tsc itself. */
export function shownTsconfig(root: string): { compilerOptions?: Record<string, unknown> } {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  return JSON.parse(execFileSync(process.execPath, [tsc, '--showConfig', '-p', root], { encoding: 'utf8' })) as { compilerOptions?: Record<string, unknown> };
}

/** Packs the download of the catalogue's project into `file` (a .tar.gz). */
export async function writeCodeArchive(examples: Catalogue, file: string, site: string): Promise<void> {
  const { root } = examples;
  const staging = mkdtempSync(path.join(tmpdir(), 'awaited-code-'));
  try {
    const top = path.join(staging, DOWNLOAD_FOLDER);
    // The catalogue gives examples/ (it is the one reader of that folder); the rest is globbed here.
    for (const { name, content } of examples.allFiles()) {
      mkdirSync(path.dirname(path.join(top, name)), { recursive: true });
      writeFileSync(path.join(top, name), content);
    }
    const others = DOWNLOAD_FILES.filter((pattern) => !pattern.startsWith('examples/'));
    for (const entry of globSync(others, { cwd: root, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const relative = path.relative(root, path.join(entry.parentPath, entry.name));
      mkdirSync(path.dirname(path.join(top, relative)), { recursive: true });
      cpSync(path.join(root, relative), path.join(top, relative));
    }
    const project = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Parameters<typeof downloadPackageJson>[0];
    writeFileSync(path.join(top, 'package.json'), `${JSON.stringify(downloadPackageJson(project), null, 2)}\n`);
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
