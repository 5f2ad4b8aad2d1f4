// The service tree as a child process, as the contract starts it: `node main.ts` with the pinned
// Node, cwd the tree, the contract's env. Its stdout is read line by line (pino's JSON lines, each
// stamped with when the run read it), its stderr kept whole.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { parseLogLine, type LogLine } from '../../src/capstone/load-observations.ts';

export interface ServiceChild {
  /** `http://127.0.0.1:PORT`, from its "listening" line. */
  readonly url: string;
  readonly stdout: LogLine[];
  stderr(): string;
  /** Resolves true once the lines logged so far satisfy `predicate`, false after `timeoutMs` or when the child exits first. */
  waitFor(predicate: (lines: readonly LogLine[]) => boolean, timeoutMs: number): Promise<boolean>;
  sigterm(): void;
  /** The exit, or undefined when it did not come within `timeoutMs` (the child is then killed). */
  exit(timeoutMs: number): Promise<{ code: number | null; signal: string | null; at: number } | undefined>;
}

export class ServiceStartError extends Error {
  override name = 'ServiceStartError';
}

export async function startServiceChild(tree: string, env: Record<string, string>, now: () => number, startTimeoutMs = 15_000): Promise<ServiceChild> {
  const child: ChildProcess = spawn(process.execPath, [path.resolve(tree, 'main.ts')], { cwd: path.resolve(tree), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: LogLine[] = [];
  let stderr = '';
  const listeners = new Set<() => void>();
  let exited: { code: number | null; signal: string | null; at: number } | undefined;
  const exit = new Promise<{ code: number | null; signal: string | null; at: number }>((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal, at: now() };
      resolve(exited);
      for (const listener of listeners) listener();
    });
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    stdout.push(parseLogLine(now(), text));
    for (const listener of listeners) listener();
  });
  const waitFor = async (predicate: (lines: readonly LogLine[]) => boolean, timeoutMs: number): Promise<boolean> => {
    if (predicate(stdout)) return true;
    const { promise, resolve } = Promise.withResolvers<boolean>();
    const check = (): void => {
      if (predicate(stdout)) resolve(true);
      else if (exited) resolve(false);
    };
    listeners.add(check);
    const timer = setTimeout(() => resolve(false), timeoutMs);
    try {
      return await promise;
    } finally {
      clearTimeout(timer);
      listeners.delete(check);
    }
  };
  const listening = (lines: readonly LogLine[]): LogLine | undefined => lines.find((line) => line.json?.['msg'] === 'listening' && typeof line.json['url'] === 'string');
  if (!(await waitFor((lines) => listening(lines) !== undefined, startTimeoutMs))) {
    child.kill('SIGKILL');
    await exit;
    const last = [...stdout.slice(-5).map((l) => l.text), ...stderr.trim().split('\n').slice(0, 12)].join('\n  ');
    throw new ServiceStartError(`${path.join(tree, 'main.ts')} did not log {"msg":"listening","url":…} within ${startTimeoutMs} ms${exited ? ` (it exited with ${exited.signal ?? `code ${exited.code}`})` : ''}; its last output:\n  ${last}`);
  }
  return {
    url: String(listening(stdout)?.json?.['url']),
    stdout,
    stderr: () => stderr,
    waitFor,
    sigterm: () => child.kill('SIGTERM'),
    async exit(timeoutMs) {
      let killed = false;
      const timer = setTimeout(() => {
        killed = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      const end = await exit;
      clearTimeout(timer);
      return killed ? undefined : end;
    },
  };
}
