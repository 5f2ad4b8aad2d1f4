import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { Channel } from '../../examples/lib/channel.ts';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** Everything left in the channel, once closed. */
async function rest(channel: Channel<string>): Promise<string[]> {
  channel.close();
  const values: string[] = [];
  for await (const value of channel) values.push(value);
  return values;
}

export default defineChecks<typeof Exercise>([
  {
    name: 'a job already in the channel is returned',
    async run({ receive }) {
      const jobs = new Channel<string>(5);
      await jobs.put('job 1');
      assert.equal(await receive(jobs, new AbortController().signal), 'job 1');
    },
  },
  {
    name: 'a receive whose signal aborts resolves with undefined',
    async run({ receive }) {
      const jobs = new Channel<string>(5);
      const worker = new AbortController();
      const received = receive(jobs, worker.signal);
      worker.abort();
      assert.equal(await received, undefined);
    },
  },
  {
    name: 'a receive that gave up takes no job: the jobs put after it all stay for the next reader',
    async run({ receive }) {
      const jobs = new Channel<string>(5);
      const worker = new AbortController();
      const received = receive(jobs, worker.signal);
      worker.abort();
      await received;
      await jobs.put('job 1');
      await jobs.put('job 2');
      const left = await rest(jobs);
      assert.deepEqual(left, ['job 1', 'job 2'], `after a receive gave up, 2 jobs were put and ${left.length} reached the next reader (${left.join(', ')}): a get() that had given up took the missing ones`);
    },
  },
  {
    name: 'no abort listener is left on a signal that lives on',
    async run({ receive }) {
      const jobs = new Channel<string>(5);
      const shutdown = new AbortController(); // lives as long as the worker
      for (let i = 1; i <= 3; i++) {
        const received = receive(jobs, shutdown.signal);
        await jobs.put(`job ${i}`);
        await received;
      }
      const left = getEventListeners(shutdown.signal, 'abort').length;
      assert.equal(left, 0, `3 receives that got their job left ${left} abort listeners on the shutdown signal`);
    },
  },
]);
