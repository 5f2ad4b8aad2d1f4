// Deno and Bun, the two runtimes every TypeScript example also runs on: pinned in package.json
// `awaited.runtimes`, installed on demand into .cache/<runtime>/<version>/ from the npm package that
// holds the platform's binary (never a project dependency). The `deno` and `bun` packages only pick
// one of those in an install script, so the platform package is unpacked directly.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const OTHER_RUNTIMES = ['deno', 'bun'] as const;
export type OtherRuntime = (typeof OTHER_RUNTIMES)[number];

/** How a reader writes it: `Deno`, `Bun`. */
export const RUNTIME_NAMES = { deno: 'Deno', bun: 'Bun' } as const satisfies Record<OtherRuntime, string>;

/** The npm package holding the binary for this platform, and the binary's path inside it. */
const PLATFORM_PACKAGES: Record<OtherRuntime, Partial<Record<string, { name: string; binary: string }>>> = {
  deno: { 'linux-x64': { name: '@deno/linux-x64-glibc', binary: 'deno' }, 'linux-arm64': { name: '@deno/linux-arm64-glibc', binary: 'deno' } },
  bun: { 'linux-x64': { name: '@oven/bun-linux-x64', binary: 'bin/bun' }, 'linux-arm64': { name: '@oven/bun-linux-aarch64', binary: 'bin/bun' } },
};

export class RuntimeConfigError extends Error {
  override name = 'RuntimeConfigError';
}

/** package.json `awaited.runtimes`, validated: `{ "deno": "2.9.6", "bun": "1.4.5" }` (empty when absent). */
export function parseRuntimes(pkg: { awaited?: { runtimes?: Record<string, unknown> } }): Partial<Record<OtherRuntime, string>> {
  const runtimes = pkg.awaited?.runtimes ?? {};
  const found: Partial<Record<OtherRuntime, string>> = {};
  for (const [name, version] of Object.entries(runtimes)) {
    if (!(OTHER_RUNTIMES as readonly string[]).includes(name)) throw new RuntimeConfigError(`package.json awaited.runtimes["${name}"]: only ${OTHER_RUNTIMES.join(' and ')} are run`);
    if (typeof version !== 'string' || !/^\d+\.\d+\.\d+$/.test(version)) throw new RuntimeConfigError(`package.json awaited.runtimes["${name}"] must be an exact x.y.z version, found ${JSON.stringify(version)}`);
    found[name as OtherRuntime] = version;
  }
  return found;
}

async function versionOf(binary: string): Promise<string | undefined> {
  try {
    // `deno 2.9.6 (stable, …)` or `1.4.5`.
    return /(\d+\.\d+\.\d+)/.exec((await run(binary, ['--version'])).stdout)?.[1];
  } catch {
    return undefined;
  }
}

/** The binary of `runtime` at `version`, unpacked into `<root>/.cache/<runtime>/<version>/` when missing. */
export async function runtimeBinary(root: string, runtime: OtherRuntime, version: string): Promise<string> {
  const platform = `${process.platform}-${process.arch}`;
  const pkg = PLATFORM_PACKAGES[runtime][platform];
  if (!pkg) throw new RuntimeConfigError(`no ${RUNTIME_NAMES[runtime]} package is known for ${platform} (src/versions/other-runtimes.ts)`);
  const folder = path.join(root, '.cache', runtime, version);
  const binary = path.join(folder, 'package', pkg.binary);
  if ((await versionOf(binary)) === version) return binary;
  console.log(`installing ${pkg.name}@${version} into ${path.relative(root, folder)}/ …`);
  mkdirSync(path.dirname(folder), { recursive: true });
  // Unpacked beside, then moved in whole: an interrupted install never leaves half a binary.
  const scratch = mkdtempSync(`${folder}.partial-`);
  try {
    const npm = process.env['npm_execpath'];
    const [command, npmArgs] = npm ? [process.execPath, [npm]] : ['npm', []];
    const { stdout } = await run(command, [...npmArgs, 'pack', `${pkg.name}@${version}`, '--silent', '--pack-destination', scratch], { cwd: scratch, maxBuffer: 16 * 1024 * 1024 });
    const tarball = path.join(scratch, stdout.trim().split('\n').at(-1) ?? '');
    await run('tar', ['xzf', tarball, '-C', scratch]);
    rmSync(tarball);
    rmSync(folder, { recursive: true, force: true });
    renameSync(scratch, folder);
  } finally {
    if (existsSync(scratch)) rmSync(scratch, { recursive: true, force: true });
  }
  const installed = await versionOf(binary);
  if (installed !== version) throw new RuntimeConfigError(`${binary} runs as ${installed ?? 'nothing'}, not ${RUNTIME_NAMES[runtime]} ${version}`);
  return binary;
}

/** package.json's pinned runtimes, read from `root`. */
export function configuredRuntimes(root: string): Partial<Record<OtherRuntime, string>> {
  return parseRuntimes(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Parameters<typeof parseRuntimes>[0]);
}
