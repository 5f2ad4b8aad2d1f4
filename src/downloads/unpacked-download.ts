// Unpacks a download into an empty folder and installs what its package.json names, as a reader
// would (`npm install` in the unpacked folder): how the site tests and `npm run check:download`
// prove that the code download and the sample zips run what they ship. Writes: the folder it is given,
// and npm's cache.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { extract } from 'tar';

/** Unpacks a .tar.gz into `folder`. */
export async function unpackTarball(file: string, folder: string): Promise<void> {
  mkdirSync(folder, { recursive: true });
  await extract({ file, cwd: folder });
}

/** Unpacks a zip's bytes into `folder`. */
export function unpackZip(bytes: Uint8Array, folder: string): void {
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), content);
  }
}

/**
 * The environment a reader's shell gives npm: this process's, without what an enclosing `npm run`
 * exported (npm_config_*, npm_package_*, npm_lifecycle_*), which would configure the install as the
 * project's own. npm's cache stays where it is, so a repeat install is fast and offline.
 */
export function readerEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !/^npm_/i.test(name) || /^npm_config_cache$/i.test(name)));
  return { ...clean, npm_config_update_notifier: 'false', NODE_OPTIONS: '' };
}

/** Runs a command in the unpacked folder, as a reader would; its exit code and output (stdout, then stderr). */
export async function runIn(folder: string, command: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, { cwd: folder, env: readerEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? String(error)}` };
  }
}

/** `npm install` in the unpacked folder, from npm's cache when it can; refuses with npm's output when it fails. */
export async function installUnpacked(folder: string): Promise<void> {
  const { code, output } = await runIn(folder, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']);
  if (code !== 0) throw new Error(`npm install failed in ${folder} (exit code ${String(code)}):\n${output}`);
}
