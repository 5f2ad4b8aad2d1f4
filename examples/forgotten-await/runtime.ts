// Deno: --allow-env --allow-run
// What only the runtime catches: an unhandled rejection ends the process. Each scenario runs in a
// child process (this file, started again with the scenario's name) so the crash cannot take the
// demonstration down with it; the parent prints each child's exit code and whether "caught" printed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

async function save(): Promise<void> {
  await sleep(10);
  throw new Error('disk full');
}

async function failAfter(ms: number): Promise<never> {
  await sleep(ms);
  throw new Error(`failed after ${ms} ms`);
}

const scenarios: Record<string, () => Promise<void>> = {
  // #region floating
  async floating() {
    void save(); // `void` silences the linter, not the runtime
    await sleep(50);
    console.log('done');
  },
  // #endregion floating
  // #region sequential
  async sequential() {
    const slow = sleep(100, 'slow');
    const fast = failAfter(10); // rejects while `slow` is still being awaited
    try {
      await slow;
      await fast; // too late: the rejection was already unhandled
    } catch {
      console.log('caught');
    }
  },
  // #endregion sequential
  // #region together
  async together() {
    const slow = sleep(100, 'slow');
    const fast = failAfter(10);
    try {
      await Promise.all([slow, fast]); // both promises have a handler from the start
    } catch {
      console.log('caught');
    }
  },
  // #endregion together
};

async function runChild(name: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [import.meta.filename, name], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}

const scenario = process.argv[2];
if (scenario !== undefined) {
  await scenarios[scenario]?.();
} else {
  // #region parent
  for (const name of Object.keys(scenarios)) {
    const { code, stdout, stderr } = await runChild(name);
    const error = /^Error: .*$/m.exec(stderr)?.[0] ?? 'none';
    console.log(`${name}: exit code ${code}, printed ${JSON.stringify(stdout.trim())}, error ${error}`);
  }
  // #endregion parent
}
