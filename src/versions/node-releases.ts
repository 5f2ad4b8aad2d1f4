// Other Node releases, for the version checks: the npm package `node@X.Y.Z`, installed on demand
// into .cache/node/<version>/ (never a project dependency). The pinned release is this process's.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    return (await run(binary, ['--version'])).stdout.trim().replace(/^v/, '');
  } catch {
    return undefined;
  }
}

/** The binary of one exact Node version, installed into `<root>/.cache/node/<version>/` when missing. */
export async function nodeBinary(root: string, version: string): Promise<string> {
  if (process.versions.node === version) return process.execPath;
  const prefix = path.join(root, '.cache', 'node', version);
  const binary = path.join(prefix, 'node_modules', '.bin', 'node');
  if ((await versionOf(binary)) === version) return binary;
  console.log(`installing node@${version} into ${path.relative(root, prefix)}/ …`);
  mkdirSync(prefix, { recursive: true });
  // The package's install script fetches the platform binary; npm 11 runs it only when allowed.
  const manifest = { name: `awaited-node-${version}`, private: true, dependencies: { node: version }, allowScripts: { node: true } };
  writeFileSync(path.join(prefix, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  const npm = process.env['npm_execpath'];
  const [command, npmArgs] = npm ? [process.execPath, [npm]] : ['npm', []];
  await run(command, [...npmArgs, 'install', '--prefix', prefix, '--no-audit', '--no-fund', '--no-package-lock'], { cwd: prefix });
  const installed = await versionOf(binary);
  if (installed !== version) {
    throw new Error(`node@${version} in ${prefix} runs as ${installed ?? 'nothing'}: was the package's install script skipped? (allowScripts)`);
  }
  return binary;
}

/**
 * Every Node release published as the npm package `node`, oldest first, from `npm view` (kept in
 * .cache/node-releases.json, asked again when a version in `needed` is not in it).
 */
export async function nodeReleases(root: string, needed: string[]): Promise<string[]> {
  const file = path.join(root, '.cache', 'node-releases.json');
  const cached = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
  if (needed.every((v) => cached.includes(v))) return cached;
  const npm = process.env['npm_execpath'];
  const [command, npmArgs] = npm ? [process.execPath, [npm]] : ['npm', []];
  const { stdout } = await run(command, [...npmArgs, 'view', 'node', 'versions', '--json'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  const versions = JSON.parse(stdout) as string[];
  const missing = needed.filter((v) => !versions.includes(v));
  if (missing.length > 0) throw new Error(`the npm package node has no release ${missing.join(', ')} (package.json awaited.matrix)`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(versions) + '\n');
  return versions;
}
