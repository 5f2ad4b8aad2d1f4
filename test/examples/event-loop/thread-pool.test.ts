// The pool-size properties the .out files cannot state: the read waits whenever the hashes fill
// the pool, whatever its size, and the pool has exactly UV_THREADPOOL_SIZE threads.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/catalogue/catalogue.ts';

const examplePath = (id: string): string => catalogue().file(id).path;

const run = promisify(execFile);

async function runExample(file: string, args: string[], env: Record<string, string>): Promise<string> {
  const { stdout } = await run(process.execPath, [examplePath(`event-loop/${file}`), ...args], {
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  return stdout.trim();
}

describe('event-loop/pool-race.ts', () => {
  it.each([1, 2])('with UV_THREADPOOL_SIZE=%i, as many hashes as threads make the read wait; one fewer does not', async (size) => {
    const env = { UV_THREADPOOL_SIZE: String(size) };
    expect(await runExample('pool-race.ts', [String(size)], env)).toBe('readFile finished first: false');
    expect(await runExample('pool-race.ts', [String(size - 1)], env)).toBe('readFile finished first: true');
  });
});

describe('event-loop/threads.ts', () => {
  it.skipIf(process.platform !== 'linux')('starts exactly UV_THREADPOOL_SIZE libuv workers (Linux only: /proc/self/task)', async () => {
    const output = await runExample('threads.ts', [], { UV_THREADPOOL_SIZE: '2' });
    expect(output).toMatch(/of which libuv workers: 0\n/);
    expect(output).toMatch(/libuv workers after the first readFile: 2$/);
  });
});
