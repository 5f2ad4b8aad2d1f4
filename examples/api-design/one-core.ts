// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// Deno: --allow-env --allow-read --allow-write
// One core, two colours: write the logic once as a generator that yields the I/O it needs, then
// drive it with a sync runner or an async runner. This is the idea behind gensync (used by Babel).
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

// #region core
/** An I/O request the core yields; the runner performs it and sends the result back. */
interface ReadRequest {
  kind: 'read';
  file: string;
}

type Config = Record<string, unknown>;

/** The logic, once: read a config and the files it includes. No I/O happens in here. */
function* loadConfig(file: string): Generator<ReadRequest, Config, string> {
  const text = yield { kind: 'read', file }; // "please read this file for me"
  const config = JSON.parse(text) as Config & { include?: string[] };
  let merged: Config = {};
  for (const included of config.include ?? []) {
    const child = yield* loadConfig(path.join(path.dirname(file), included));
    merged = { ...merged, ...child };
  }
  const own = Object.entries(config).filter(([key]) => key !== 'include');
  return { ...merged, ...Object.fromEntries(own) };
}
// #endregion core

// #region runners
function runSync<R>(core: Generator<ReadRequest, R, string>): R {
  let step = core.next();
  while (!step.done) step = core.next(readFileSync(step.value.file, 'utf8'));
  return step.value;
}

async function runAsync<R>(core: Generator<ReadRequest, R, string>): Promise<R> {
  let step = core.next();
  while (!step.done) step = core.next(await readFile(step.value.file, 'utf8'));
  return step.value;
}

export const loadConfigSync = (file: string): Config => runSync(loadConfig(file));
export const loadConfigAsync = (file: string): Promise<Config> => runAsync(loadConfig(file));
// #endregion runners

if (import.meta.main) {
  const dir = await mkdtemp(path.join(tmpdir(), 'one-core-'));
  try {
    await writeFile(path.join(dir, 'base.json'), JSON.stringify({ retries: 3, region: 'eu' }));
    await writeFile(path.join(dir, 'app.json'), JSON.stringify({ include: ['base.json'], region: 'us', port: 8080 }));
    // #region use
    const sync = loadConfigSync(path.join(dir, 'app.json'));
    const async = await loadConfigAsync(path.join(dir, 'app.json'));
    console.log('sync: ', JSON.stringify(sync));
    console.log('async:', JSON.stringify(async));
    console.log('equal:', JSON.stringify(sync) === JSON.stringify(async));
    // #endregion use
  } finally {
    await rm(dir, { recursive: true });
  }
}
