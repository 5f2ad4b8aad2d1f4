// Starts a service tree as a child process: `node <tree>/main.ts` with the pinned Node, cwd = the
// tree, the contract's environment; reads its JSON log lines as they come and waits for the
// `"msg":"listening"` line. Used by the step checks and the load run (capstone/load/).
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { describeLoadError } from '../exercises/exercises.ts';
import { listeningUrl, parseLogLines, showLine, type LogLine } from './logs.ts';

export interface ServiceProcess extends AsyncDisposable {
  /** `http://127.0.0.1:PORT`, from its listening line. */
  readonly url: string;
  /** Its pid. */
  readonly pid: number;
  /** Every log line so far, in order. */
  readonly lines: readonly LogLine[];
  /** What it printed on stderr so far. */
  readonly stderr: string;
  /** Resolves with the first line (from now or earlier, index ≥ `from`) that `match` accepts; rejects when the process ends first or after `timeoutMs`. */
  waitForLine: (match: (line: LogLine) => boolean, what: string, options?: { from?: number; timeoutMs?: number }) => Promise<LogLine>;
  /** Sends `signal` (SIGTERM by default). */
  kill: (signal?: NodeJS.Signals) => void;
  /** Resolves with its exit code (null when a signal ended it) and that signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartServiceOptions {
  /** Environment variables for it (the contract's: DATABASE_URL, PRICES_URL, STOCK_URL, DEADLINE_MS, …). */
  env: Record<string, string>;
  /** How long to wait for its listening line (default 15 s). */
  startTimeoutMs?: number;
  /** The Node binary (default: this process's). */
  node?: string;
}

export class ServiceStartError extends Error {
  override name = 'ServiceStartError';
}

/** Starts `<tree>/main.ts` and resolves once it has logged its listening line. */
export async function startService(tree: string, options: StartServiceOptions): Promise<ServiceProcess> {
  const { env, startTimeoutMs = 15_000, node = process.execPath } = options;
  const child: ChildProcess = spawn(node, [path.join(tree, 'main.ts')], {
    cwd: tree,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', HOST: '127.0.0.1', ...env, NODE_OPTIONS: '', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  let stderr = '';
  let partial = '';
  let watchers: (() => void)[] = [];
  const wake = (): void => {
    for (const watcher of watchers) watcher();
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const text = partial + chunk;
    const end = text.lastIndexOf('\n');
    partial = text.slice(end + 1);
    if (end >= 0) lines.push(...parseLogLines(text.slice(0, end)));
    wake();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  let ended = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('close', (code, signal) => {
      if (partial.trim()) lines.push(...parseLogLines(partial));
      ended = true;
      resolve({ code, signal });
      wake();
    });
  });

  const waitForLine: ServiceProcess['waitForLine'] = (match, what, { from = 0, timeoutMs = 10_000 } = {}) => {
    const { promise, resolve, reject } = Promise.withResolvers<LogLine>();
    const look = (): void => {
      const found = lines.slice(from).find(match);
      if (found) finish(() => resolve(found));
      else if (ended) finish(() => reject(new ServiceStartError(`the service ended before it logged ${what}${tail(lines, stderr)}`)));
    };
    const timer = setTimeout(() => finish(() => reject(new ServiceStartError(`the service did not log ${what} within ${timeoutMs / 1000} s${tail(lines, stderr)}`))), timeoutMs);
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      watchers = watchers.filter((watcher) => watcher !== look);
      settle();
    };
    watchers.push(look);
    look();
    return promise;
  };

  const kill = (signal: NodeJS.Signals = 'SIGTERM'): void => {
    if (!ended) child.kill(signal);
  };
  let url: string;
  try {
    url = listeningUrl(await waitForLine((line) => listeningUrl(line) !== undefined, 'its "listening" line (msg "listening" with its url)', { timeoutMs: startTimeoutMs })) ?? '';
  } catch (error) {
    kill('SIGKILL');
    await exited;
    throw error;
  }
  return {
    url,
    pid: child.pid ?? 0,
    lines,
    get stderr() {
      return stderr;
    },
    waitForLine,
    kill,
    exited,
    async [Symbol.asyncDispose]() {
      kill('SIGKILL');
      await exited;
    },
  };
}

function tail(lines: readonly LogLine[], stderr: string): string {
  const last = lines.slice(-5).map((line) => `  ${showLine(line)}`);
  // Node's own stack frames say nothing to the learner: keep the message and their code's frames.
  const errors = describeLoadError(stderr, '/src/capstone/').split('\n').filter(Boolean).slice(-8).map((line) => `  ${line}`);
  const shown = [...last, ...errors];
  return shown.length > 0 ? `; its last output:\n${shown.join('\n')}` : '; it printed nothing';
}
