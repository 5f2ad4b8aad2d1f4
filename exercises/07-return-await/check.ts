import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

export default defineChecks<typeof Exercise>([
  {
    name: 'the saved settings come back when they can be read',
    async run({ loadSettings }) {
      const saved = { theme: 'dark', pageSize: 50 };
      assert.deepEqual(await loadSettings(() => Promise.resolve(saved)), saved);
    },
  },
  {
    name: 'the defaults come back when reading fails',
    async run({ loadSettings, defaults }) {
      const read = async (): Promise<never> => {
        await Promise.resolve();
        throw new Error('settings.json: no such file');
      };
      const settings = await loadSettings(read).catch((error: unknown) => `rejected with "${error instanceof Error ? error.message : String(error)}"`);
      assert.deepEqual(settings, defaults, `loadSettings ${typeof settings === 'string' ? settings : 'did not return the defaults'} when read failed`);
    },
  },
]);
