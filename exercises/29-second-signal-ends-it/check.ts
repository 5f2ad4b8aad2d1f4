import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

// The checks stand a plain EventEmitter in for the process: emitting a signal event on it runs the
// listeners as a real signal would, and leaves the checker's own process and its listeners alone.

/** What `shutdownRequested` resolved with by now, or 'still pending'. */
async function outcome(requested: Promise<NodeJS.Signals>): Promise<string> {
  let seen = 'still pending';
  void requested.then((signal) => (seen = signal));
  await nextTurn();
  return seen;
}

/** How many listeners `source` has on each shutdown signal. */
const listeners = (source: EventEmitter): string => `SIGTERM ${source.listenerCount('SIGTERM')}, SIGINT ${source.listenerCount('SIGINT')}`;

export default defineChecks<typeof Exercise>([
  {
    name: 'SIGTERM requests the shutdown',
    async run({ shutdownRequested }) {
      const source = new EventEmitter();
      const requested = shutdownRequested(source);
      source.emit('SIGTERM', 'SIGTERM');
      assert.equal(await outcome(requested), 'SIGTERM', 'after SIGTERM, shutdownRequested had not resolved with "SIGTERM"');
    },
  },
  {
    name: 'SIGINT (Ctrl-C) requests it the same way',
    async run({ shutdownRequested }) {
      const source = new EventEmitter();
      const requested = shutdownRequested(source);
      source.emit('SIGINT', 'SIGINT');
      assert.equal(await outcome(requested), 'SIGINT', 'after SIGINT, shutdownRequested had not resolved with "SIGINT": Ctrl-C does not stop the service');
    },
  },
  {
    name: 'before a signal arrives, it listens for both',
    run({ shutdownRequested }) {
      const source = new EventEmitter();
      void shutdownRequested(source);
      assert.equal(listeners(source), 'SIGTERM 1, SIGINT 1', `listeners before any signal: ${listeners(source)}; listen for each signal once`);
    },
  },
  {
    name: 'after SIGTERM, no listener is left on SIGTERM or SIGINT: a second signal ends the process',
    async run({ shutdownRequested }) {
      const source = new EventEmitter();
      const requested = shutdownRequested(source);
      source.emit('SIGTERM', 'SIGTERM');
      await outcome(requested);
      assert.equal(listeners(source), 'SIGTERM 0, SIGINT 0', `listeners left after the first signal: ${listeners(source)}; while one is left, that signal no longer ends the process`);
    },
  },
  {
    name: 'after SIGINT, no listener is left either',
    async run({ shutdownRequested }) {
      const source = new EventEmitter();
      const requested = shutdownRequested(source);
      source.emit('SIGINT', 'SIGINT');
      await outcome(requested);
      assert.equal(listeners(source), 'SIGTERM 0, SIGINT 0', `listeners left after the first signal: ${listeners(source)}; while one is left, that signal no longer ends the process`);
    },
  },
]);
