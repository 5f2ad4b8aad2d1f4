import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser suite needs the built site: it runs after `npm run build` (vitest.browser.config.ts).
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // Examples measure ratios and orderings; on a 2-core machine, test files running side by side
    // would steal each other's CPU. One file at a time keeps those runs honest.
    fileParallelism: false,
    // One worker for all files instead of a fresh one per file (about 0.2 s each). Tests that fake
    // timers restore them in afterEach, and no test mocks a module.
    isolate: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
