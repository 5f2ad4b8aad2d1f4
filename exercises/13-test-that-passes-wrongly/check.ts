import assert from 'node:assert/strict';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

const correct: Exercise.ParsePort = (text) => {
  const port = Number(text);
  return Number.isInteger(port) ? Promise.resolve(port) : Promise.reject(new Error(`"${text}" is not a number`));
};
// The bug the test exists to catch: a word becomes port 80.
const buggy: Exercise.ParsePort = (text) => Promise.resolve(Number.isInteger(Number(text)) ? Number(text) : 80);

/** Whether a test body passes (resolves) or fails (rejects) against an implementation. */
const outcome = (body: Promise<void>): Promise<'passes' | 'fails'> =>
  body.then(
    () => 'passes',
    () => 'fails',
  );

export default defineChecks<typeof Exercise>([
  {
    name: 'the test passes against a parsePort that rejects a word',
    async run({ rejectsAWord }) {
      assert.equal(await outcome(rejectsAWord(correct)), 'passes', 'the test fails against a correct parsePort');
    },
  },
  {
    name: "the test fails against a parsePort that accepts 'eighty'",
    async run({ rejectsAWord }) {
      assert.equal(await outcome(rejectsAWord(buggy)), 'fails', "the test passes against a parsePort that turns 'eighty' into port 80: it cannot catch the bug it is for");
    },
  },
]);
