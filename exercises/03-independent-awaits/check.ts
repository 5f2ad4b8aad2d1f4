import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

export default defineChecks<typeof Exercise>([
  {
    name: 'loadDashboard returns the name and the count',
    async run({ loadDashboard }) {
      const text = await loadDashboard({ user: () => Promise.resolve({ name: 'Ada' }), notifications: () => Promise.resolve(['a', 'b']) });
      assert.equal(text, 'Ada: 2 new');
    },
  },
  {
    name: 'both requests are started before either has answered',
    async run({ loadDashboard }) {
      const started: string[] = [];
      const user = Promise.withResolvers<{ name: string }>();
      const notifications = Promise.withResolvers<string[]>();
      const dashboard = loadDashboard({
        user: () => (started.push('user'), user.promise),
        notifications: () => (started.push('notifications'), notifications.promise),
      });
      await nextTurn();
      const before = [...started];
      user.resolve({ name: 'Ada' });
      notifications.resolve([]);
      await dashboard;
      assert.deepEqual(before, ['user', 'notifications'], `before any answer came back only [${before.join(', ')}] had been requested: the second request waited for the first`);
    },
  },
  {
    name: 'a failed request makes loadDashboard reject, with no rejection left unhandled',
    async run({ loadDashboard }) {
      const outcome = await loadDashboard({
        user: async () => {
          await nextTurn();
          return { name: 'Ada' };
        },
        notifications: () => Promise.reject(new Error('notifications service down')),
      }).then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      assert.equal(outcome, 'notifications service down');
    },
  },
]);
