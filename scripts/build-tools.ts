// Shared by the build benchmarks and the determinism check: run a clean `astro build`, and read
// what it produced.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { distDir, readBuiltSite } from '../src/built-site/dist.ts';
import { projectRoot } from '../src/cli/project-root.ts';

const root = projectRoot();

const bin = path.join(root, 'node_modules', '.bin');

/** Runs a command from the repository root on the pinned Node; resolves with its wall time in ms. */
export function run(command: string, args: string[], options: { quiet?: boolean } = {}): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env['PATH'] ?? ''}` },
      stdio: options.quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** A clean build: no dist/, no Astro caches. Resolves with its wall time in ms. */
export async function cleanBuild(): Promise<number> {
  for (const dir of ['dist', '.astro', path.join('node_modules', '.astro'), path.join('node_modules', '.vite')]) {
    rmSync(path.join(root, dir), { recursive: true, force: true });
  }
  return run(path.join(bin, 'astro'), ['build'], { quiet: true });
}

/** Every file under dist/, as a path relative to dist/ with forward slashes, sorted (read afresh: each clean build replaces them). */
export function distFiles(): string[] {
  return readBuiltSite(root).files.map((f) => f.slice(1));
}

export function hashFile(file: string): string {
  return createHash('sha256').update(readFileSync(path.join(distDir(root), file))).digest('hex');
}

/** Pages and samples (figure.sample elements) in dist/. */
export function countSite(): { pages: number; samples: number } {
  const site = readBuiltSite(root);
  const samples = site.pages.reduce((n, url) => n + (site.html(url).match(/<figure class="sample/g)?.length ?? 0), 0);
  return { pages: site.pages.length, samples };
}
