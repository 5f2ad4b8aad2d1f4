import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineChecks } from '../../src/exercises/checks.ts';
import type * as Exercise from './solution.ts';

/** Runs `body` with a three-line file in a fresh temporary folder, removed afterwards. */
async function withFile(body: (file: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'exercise-09-'));
  try {
    const file = path.join(dir, 'report.csv');
    await writeFile(file, 'id,total\n1,20\n2,22');
    await body(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export default defineChecks<typeof Exercise>([
  {
    name: 'countLines counts the lines of the file',
    async run({ countLines }) {
      await withFile(async (file) => assert.equal(await countLines(file), 3));
    },
  },
  {
    name: 'other requests are served while the file is read',
    async run({ countLines }) {
      await withFile(async (file) => {
        let servedMeanwhile = false;
        // Another request, waiting for its turn on the event loop.
        setImmediate(() => (servedMeanwhile = true));
        await countLines(file);
        assert.ok(servedMeanwhile, 'nothing else ran until countLines had finished: the read blocked the event loop');
      });
    },
  },
]);
