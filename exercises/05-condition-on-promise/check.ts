import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const banned = new Set(['mallory']);
const isBanned = async (user: string): Promise<boolean> => {
  await Promise.resolve();
  return banned.has(user);
};

export default defineChecks<typeof Exercise>([
  {
    name: 'a user who is not banned may post',
    async run({ canPost }) {
      assert.equal(await canPost('ada', isBanned), true, 'canPost("ada") is false, but ada is not banned');
    },
  },
  {
    name: 'a banned user may not post',
    async run({ canPost }) {
      assert.equal(await canPost('mallory', isBanned), false, 'canPost("mallory") is true, but mallory is banned');
    },
  },
]);
