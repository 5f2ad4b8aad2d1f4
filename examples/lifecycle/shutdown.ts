// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net --allow-run
// Graceful shutdown of an HTTP service on SIGTERM or SIGINT: stop accepting, close idle keep-alive
// connections, abort the work in flight through one root AbortController, and let the process end
// by itself; an unref'd timer is the hard deadline. The demonstration starts the service in a child
// process (this file, started again with `serve`), talks to it, signals it, and prints what the
// service logged, what the client saw, and the exit code a supervisor would see.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, createServer, get, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { NO_TYPE_STRIPPING_NOTICE } from './run-child.ts';

// #region service
/** One JSON line per event on stdout, as a service logs for its supervisor. */
function log(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ event, ...fields })}\n`);
}

/** The work behind /slow: a query, a call downstream, anything that takes an AbortSignal. */
type Work = (signal: AbortSignal) => Promise<string>;

async function handle(request: IncomingMessage, response: ServerResponse, work: Work, shutdown: AbortSignal): Promise<void> {
  log(`${request.url} started`);
  if (request.url !== '/slow') {
    response.end('ok');
    return;
  }
  try {
    response.end(await work(shutdown));
  } catch (error) {
    if (!shutdown.aborted) throw error;
    response.statusCode = 503;
    response.end('shutting down');
    log(`${request.url} aborted, answered 503`);
  }
}

/** An HTTP service on 127.0.0.1 whose disposal is its graceful shutdown. */
async function startService(work: Work): Promise<AsyncDisposable & { port: number }> {
  const root = new AbortController(); // every request's work listens to this one signal
  const server = createServer((request, response) => {
    // A connection busy when the shutdown began is idle once its answer is sent: close it then,
    // not when its keep-alive timeout expires.
    response.on('finish', () => {
      if (root.signal.aborted) server.closeIdleConnections();
    });
    handle(request, response, work, root.signal).catch((error: unknown) => {
      log('request failed', { error: String(error) });
      response.statusCode = 500;
      response.end();
    });
  });
  server.listen(0, '127.0.0.1'); // port 0: the OS picks a free port
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    async [Symbol.asyncDispose]() {
      const closed = once(server, 'close'); // emitted when the last connection has ended
      server.close(); // stop accepting; since Node 19 this also closes idle keep-alive connections
      log('stopped accepting');
      root.abort(new Error('shutting down')); // in-flight work stops and answers 503
      await closed;
      log('all connections closed');
    },
  };
}

/** The first SIGTERM or SIGINT. Listening replaces Node's default (exit by the signal) until then. */
function shutdownRequested(): Promise<NodeJS.Signals> {
  const { promise, resolve } = Promise.withResolvers<NodeJS.Signals>();
  const onSignal = (signal: NodeJS.Signals): void => {
    process.off('SIGTERM', onSignal).off('SIGINT', onSignal); // a second signal ends the process at once
    resolve(signal);
  };
  process.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  return promise;
}
// #endregion service

/** What the client saw, and what the service logged and exited with. */
async function signalService(signals: NodeJS.Signals[], work: string): Promise<string[]> {
  const child = spawn(process.execPath, [...NO_TYPE_STRIPPING_NOTICE, import.meta.filename, 'serve', work], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const events: string[] = [];
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  /** Reads the service's log up to the event named. */
  const until = async (event?: string): Promise<Record<string, unknown>> => {
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const entry = JSON.parse(next.value) as Record<string, unknown>;
      events.push(String(entry['event']));
      if (entry['event'] === event) return entry;
    }
    if (event === undefined) return {};
    throw new Error(`the service ended before logging "${event}"`);
  };

  const { port } = (await until('listening')) as { port: number };
  const agent = new Agent({ keepAlive: true });
  const request = (path: string): Promise<IncomingMessage> =>
    new Promise((resolve, reject) => get({ host: '127.0.0.1', port, path, agent }, resolve).on('error', reject));
  try {
    // An idle keep-alive connection, and a request in flight on a second one.
    const fast = await request('/fast');
    const idleClosed = once(fast.socket, 'close').then(() => 'closed by the service');
    await fast.resume().toArray();
    // Handled from the start: it may fail while this function awaits something else.
    const slowAnswer = request('/slow').then(
      async (response) => `${response.statusCode} ${(await response.setEncoding('utf8').toArray()).join('')}`,
      (error: NodeJS.ErrnoException) => `no answer (${error.code})`,
    );
    await until('/slow started');
    for (const [index, signal] of signals.entries()) {
      child.kill(signal);
      if (index < signals.length - 1) await until(`${signal} received`); // the next one comes during the shutdown
    }

    const seen: string[] = [];
    if (signals.length === 1) {
      await until('stopped accepting');
      const refused = await new Promise<string>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.on('connect', () => resolve('accepted')).on('error', (error: NodeJS.ErrnoException) => resolve(`refused (${error.code})`));
        socket.on('connect', () => socket.destroy());
      });
      seen.push(`new connection ${refused}`, `idle keep-alive connection ${await idleClosed}`);
    }
    seen.push(`/slow: ${await slowAnswer}`);
    const [code, signal] = await exited;
    // After a second signal the process dies wherever it is: what it logged after the first is not shown.
    if (signals.length === 1) await until();
    return [
      `  service log: ${events.join(', ')}`,
      `  client: ${seen.join('; ')}`,
      `  exit: code ${code}, signal ${signal}${stderr ? `, stderr ${JSON.stringify(stderr)}` : ''}`,
    ];
  } finally {
    agent.destroy();
  }
}

if (process.argv[2] === 'serve') {
  const work: Work = process.argv[3] === 'ignores-signal' ? () => sleep(10_000, 'done') : (signal) => sleep(10_000, 'done', { signal });
  // #region main
  await using service = await startService(work);
  const stop = shutdownRequested(); // listen before saying "ready": the signal may come at once
  log('listening', { port: service.port });
  const signal = await stop;
  log(`${signal} received`);
  // The hard deadline. Unref'd, it never keeps the process alive: it fires only if shutdown hangs.
  setTimeout(() => {
    log('deadline passed, exit code 1');
    process.exit(1);
  }, 1_000).unref();
  // #endregion main
} else {
  // #region demo
  const runs: [NodeJS.Signals[], string][] = [
    [['SIGTERM'], 'takes-signal'],
    [['SIGINT'], 'takes-signal'],
    [['SIGTERM'], 'ignores-signal'],
    [['SIGTERM', 'SIGTERM'], 'ignores-signal'],
  ];
  for (const [signals, work] of runs) {
    console.log(`${signals.join(' then ')}, work that ${work === 'takes-signal' ? 'takes' : 'ignores'} the signal:`);
    for (const line of await signalService(signals, work)) console.log(line);
  }
  // #endregion demo
}
