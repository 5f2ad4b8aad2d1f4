import { defineConfig } from 'vitest/config';

// The browser suite: Debian's Chromium against the built site in dist/. It runs after `npm run
// build` (npm run test:browser), never in the main `vitest run`, which starts before the build.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    // One static server and one Chromium for every file (each file gets its own browser context).
    globalSetup: ['test/browser/support/global-setup.ts'],
    // Two files at a time, in that one Chromium: most files drive one tab, which leaves a core of a
    // 2-core machine idle; pages.test.ts, the longest, drives two.
    fileParallelism: true,
    maxWorkers: 2,
    // pages.test.ts checks two pages at a time (it.concurrent), one renderer per core.
    maxConcurrency: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
