// The service of examples/lifecycle/shutdown.ts with no traffic at all: a signal must end it at
// once, by itself, with exit code 0 and its shutdown steps in order, not by its hard deadline.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/catalogue/catalogue.ts';

const service = catalogue().file('lifecycle/shutdown.ts').path;

async function idleShutdown(signal: NodeJS.Signals): Promise<{ code: number | null; events: string[] }> {
  const child = spawn(process.execPath, [service, 'serve', 'takes-signal'], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } });
  const exited = once(child, 'exit') as Promise<[number | null]>;
  const events: string[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    const { event } = JSON.parse(line) as { event: string };
    events.push(event);
    if (event === 'listening') child.kill(signal);
  }
  const [code] = await exited;
  return { code, events };
}

describe('lifecycle/shutdown.ts, a service with no connections', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s: exits 0 with its steps in order, before the deadline', async (signal) => {
    const { code, events } = await idleShutdown(signal);
    expect(events).toEqual(['listening', `${signal} received`, 'stopped accepting', 'all connections closed']);
    expect(code).toBe(0);
  });
});
