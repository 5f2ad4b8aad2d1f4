// What keeps the process alive: process.getActiveResourcesInfo() names the kinds of handles left
// (stable since Node 24.0), and the why-is-node-running package says where each was created.
// A forgotten interval and a server nobody closed are found, printed, and then closed, so the
// process ends.
import whyIsNodeRunning from 'why-is-node-running'; // first import: it records handles as they are made
import { once } from 'node:events';
import { createServer } from 'node:http';

/** The active resources, without this process's own stdio (pipes or TTYs) and files Node is closing. */
function activeResources(): string[] {
  return process.getActiveResourcesInfo().filter((type) => !['PipeWrap', 'TTYWrap', 'CloseReq'].includes(type));
}

// #region leak
function startMetrics(): NodeJS.Timeout {
  return setInterval(() => {}, 60_000); // flushes metrics every minute; nobody clears it
}
async function startAdminServer(): Promise<ReturnType<typeof createServer>> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}
// #endregion leak

console.log(`at start: ${JSON.stringify(activeResources())}`);
const metrics = startMetrics();
const admin = await startAdminServer();

// #region find
console.log(`getActiveResourcesInfo(): ${JSON.stringify(activeResources())}`);

const report: string[] = [];
whyIsNodeRunning({ error: (line) => report.push(line) });
// It prints a "# Type" heading per handle, then "file:line - source" for each frame it could
// attribute. Keep the timers it traced to this file (what else it lists varies by Node release).
for (const section of report.join('\n').split(/^# /m).slice(1)) {
  const [type, ...frames] = section.trim().split('\n');
  const here = frames.flatMap((frame) => /^(?:.*[/\\])?alive\.ts:(\d+)/.exec(frame)?.[1] ?? []);
  if (type === 'Timeout' && here.length > 0) console.log(`why-is-node-running: a Timeout created at alive.ts:${here.join(', called from alive.ts:')}`);
}
// #endregion find

clearInterval(metrics);
admin.close();
await once(admin, 'close');
// Deno: --allow-net (at the end: the output names lines of this file)
