import type { EventEmitter } from 'node:events';

/** Resolves with the first SIGTERM or SIGINT that `source` (the process, in a service) receives. */
export function shutdownRequested(source: EventEmitter): Promise<NodeJS.Signals> {
  const { promise, resolve } = Promise.withResolvers<NodeJS.Signals>();
  const onSignal = (signal: NodeJS.Signals): void => {
    source.off('SIGTERM', onSignal).off('SIGINT', onSignal); // the next signal ends the process by Node's default
    resolve(signal);
  };
  source.on('SIGTERM', onSignal).on('SIGINT', onSignal);
  return promise;
}
