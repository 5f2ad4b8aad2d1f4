// Deno: --allow-env --allow-run
// Array.fromAsync awaits one element after another. Given promises that are already running, a
// later one that rejects early has no handler yet: the rejection is unhandled and ends the process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

async function fail(ms: number): Promise<never> {
  await sleep(ms);
  throw new Error(`failed after ${ms} ms`);
}

async function step(name: string, ms: number, log: string[]): Promise<string> {
  log.push(`${name}: start`);
  await sleep(ms);
  log.push(`${name}: done`);
  return name;
}

async function* lazily(log: string[]): AsyncGenerator<string> {
  yield step('a', 20, log);
  yield step('b', 10, log);
}

const scenarios: Record<string, () => Promise<void>> = {
  // #region crash
  async fromAsync() {
    try {
      await Array.fromAsync([sleep(100, 'slow'), fail(10)]);
    } catch {
      console.log('caught');
    }
  },
  async all() {
    try {
      await Promise.all([sleep(100, 'slow'), fail(10)]);
    } catch {
      console.log('caught');
    }
  },
  // #endregion crash
};

const scenario = process.argv[2];
if (scenario !== undefined) {
  await scenarios[scenario]?.();
} else {
  // #region sequential
  const log: string[] = [];
  const values = await Array.fromAsync(lazily(log));
  console.log(values, log.join(', '));
  // #endregion sequential

  // #region parent
  for (const name of Object.keys(scenarios)) {
    const child = spawn(process.execPath, [import.meta.filename, name], { stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const [code] = (await once(child, 'close')) as [number | null];
    console.log(`${name}: exit code ${code}, printed ${JSON.stringify(stdout.trim())}`);
  }
  // #endregion parent
}
