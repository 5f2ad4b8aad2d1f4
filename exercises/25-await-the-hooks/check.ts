import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** An async hook that logs `start NAME`, takes `turns` event-loop turns, logs `end NAME`, and rejects if `fails`. */
function closing(log: string[], name: string, turns: number, fails = false): Exercise.Hook {
  return async () => {
    log.push(`start ${name}`);
    for (let turn = 0; turn < turns; turn++) await nextTurn();
    log.push(`end ${name}`);
    if (fails) throw new Error(`${name} failed to close`);
  };
}

export default defineChecks<typeof Exercise>([
  {
    name: 'a sync hook runs',
    async run({ Shutdown }) {
      const shutdown = new Shutdown();
      const log: string[] = [];
      shutdown.onShutdown(() => void log.push('flushed logs'));
      await shutdown.run();
      assert.deepEqual(log, ['flushed logs'], 'run() fulfilled without running the sync hook');
    },
  },
  {
    name: 'run() fulfils only once every async hook has finished',
    async run({ Shutdown }) {
      const shutdown = new Shutdown();
      const log: string[] = [];
      shutdown.onShutdown(closing(log, 'server', 2));
      shutdown.onShutdown(closing(log, 'db', 3));
      await shutdown.run();
      const ended = log.filter((entry) => entry.startsWith('end')).length;
      assert.equal(ended, 2, `when run() fulfilled, ${ended} of 2 async hooks had finished (${log.join(', ')}); the process would exit with the database still closing`);
    },
  },
  {
    name: 'hooks run one after another, in the order registered',
    async run({ Shutdown }) {
      const shutdown = new Shutdown();
      const log: string[] = [];
      shutdown.onShutdown(closing(log, 'server', 3));
      shutdown.onShutdown(closing(log, 'db', 1));
      await shutdown.run();
      for (let turn = 0; turn < 5; turn++) await nextTurn(); // let overlapping hooks finish, to show their order
      assert.deepEqual(log, ['start server', 'end server', 'start db', 'end db'], `the hooks ran as: ${log.join(', ')}; the db must not start closing before the server has stopped`);
    },
  },
  {
    name: 'a hook that throws or rejects does not stop the others, and run() rejects with an AggregateError of both errors',
    async run({ Shutdown }) {
      const shutdown = new Shutdown();
      const log: string[] = [];
      shutdown.onShutdown(() => {
        throw new Error('cache failed to flush');
      });
      shutdown.onShutdown(closing(log, 'server', 1, true));
      shutdown.onShutdown(closing(log, 'db', 1));
      await assert.rejects(shutdown.run(), (error: unknown) => {
        assert.ok(error instanceof AggregateError, `run() rejected with ${String(error)}, not an AggregateError`);
        const messages = error.errors.map((e: unknown) => (e instanceof Error ? e.message : String(e)));
        assert.deepEqual(messages, ['cache failed to flush', 'server failed to close'], `the AggregateError holds: ${messages.join(', ') || 'nothing'}; it should hold the throw and the rejection`);
        return true;
      }, 'run() should reject when hooks failed');
      assert.ok(log.includes('end db'), `the db hook did not finish after the others failed (${log.join(', ')})`);
    },
  },
]);
