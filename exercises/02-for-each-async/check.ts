import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

export default defineChecks<typeof Exercise>([
  {
    name: 'saveAll resolves only after every item is saved',
    async run({ saveAll }) {
      const saved: string[] = [];
      const save = async (item: string): Promise<void> => {
        await nextTurn();
        saved.push(item);
      };
      await saveAll(['a', 'b', 'c'], save);
      assert.equal(saved.length, 3, `saveAll resolved when ${saved.length} of 3 items were saved`);
    },
  },
  {
    name: 'the saves run at the same time, not one after another',
    async run({ saveAll }) {
      let running = 0;
      let most = 0;
      const save = async (): Promise<void> => {
        running += 1;
        most = Math.max(most, running);
        await nextTurn();
        running -= 1;
      };
      await saveAll(['a', 'b', 'c'], save);
      await nextTurn();
      assert.equal(most, 3, `at most ${most} of 3 saves were running at once`);
    },
  },
  {
    name: 'a failing save makes saveAll reject (and nothing is left unhandled)',
    async run({ saveAll }) {
      const save = async (item: string): Promise<void> => {
        await nextTurn();
        if (item === 'b') throw new Error('disk full while saving b');
      };
      const outcome = await saveAll(['a', 'b', 'c'], save).then(
        () => 'resolved',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
      await nextTurn();
      assert.equal(outcome, 'disk full while saving b', `saveAll ${outcome === 'resolved' ? 'resolved' : `rejected with "${outcome}"`} although saving b failed`);
    },
  },
]);
