import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

export default defineChecks<typeof Exercise>([
  {
    name: 'signUp returns the id without waiting for the mail',
    async run({ signUp }) {
      const mail = Promise.withResolvers<undefined>();
      const logged: string[] = [];
      const id = await signUp('ada@example.test', { createUser: () => Promise.resolve('user-1'), sendWelcome: () => mail.promise, log: (m) => logged.push(m) });
      mail.resolve(undefined);
      assert.equal(id, 'user-1');
    },
  },
  {
    name: 'a failed mail is logged with its error, and nothing is left unhandled',
    async run({ signUp }) {
      const logged: string[] = [];
      const id = await signUp('ada@example.test', {
        createUser: () => Promise.resolve('user-1'),
        sendWelcome: async () => {
          await nextTurn();
          throw new Error('mail server refused the connection');
        },
        log: (message) => logged.push(message),
      });
      for (let turn = 0; turn < 3; turn++) await nextTurn();
      assert.equal(id, 'user-1');
      assert.ok(logged.some((m) => m.includes('mail server refused the connection')), `services.log was not given the mail's error (it got ${logged.length} message(s))`);
    },
  },
]);
