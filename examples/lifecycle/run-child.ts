// Runs one scenario of an example in its own Node process (the example's file, started again with
// the scenario's name), so that the way it ends, exit code or signal, can be observed and printed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ChildResult {
  /** The exit code, or null when the process was ended by a signal. */
  code: number | null;
  /** The signal that ended the process, or null when it exited. */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Node 24.0 to 24.2 warn that type stripping is experimental whenever a .ts file starts. That notice
 * is not what the scenarios are about, and it would come first on their stderr.
 */
export const NO_TYPE_STRIPPING_NOTICE = ['--disable-warning=ExperimentalWarning'];

/** Runs `command` to its end, collecting what it printed. */
export async function runToEnd(command: string, args: string[]): Promise<ChildResult> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  return { code, signal, stdout, stderr };
}

/** Runs the scenario `name` of the example `file` (its `import.meta.filename`) in a new Node process. */
export function runScenario(file: string, name: string, nodeOptions: string[] = []): Promise<ChildResult> {
  return runToEnd(process.execPath, [...NO_TYPE_STRIPPING_NOTICE, ...nodeOptions, file, name]);
}
