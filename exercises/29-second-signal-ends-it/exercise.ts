import type { EventEmitter } from 'node:events';

/** Resolves with the first SIGTERM or SIGINT that `source` (the process, in a service) receives. */
export function shutdownRequested(source: EventEmitter): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    source.on('SIGTERM', () => resolve('SIGTERM'));
  });
}
