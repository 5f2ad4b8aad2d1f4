import { configDefaults, defineConfig } from 'vitest/config';

// Projects run one after another in this order (groupOrder), so npm test can run what needs
// no build before it and fail in seconds: `unit` (the machinery, the exercises: seconds) before
// `astro build`; after it `site` (test/site/: facts about pages and the built site in dist/) and
// `examples` (test/examples/: every example run on the pinned Node, the longest). `installed`
// (test/installed/: the downloads unpacked and installed with npm, about 45 s) is not in npm test
// but in `npm run check:download`, a stage of .ci/run. The browser suite is apart
// (vitest.browser.config.ts). `npx vitest run FILE` still runs one file.
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/browser/**', 'test/site/**', 'test/examples/**', 'test/installed/**', 'test/capstone/*.test.ts', 'test/capstone/!(unit)/**'],
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: 'site', include: ['test/site/**/*.test.ts'], sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: 'examples', include: ['test/examples/**/*.test.ts'], sequence: { groupOrder: 2 } } },
      { extends: true, test: { name: 'installed', include: ['test/installed/**/*.test.ts'], sequence: { groupOrder: 3 } } },
      // The capstone (test/capstone/): its database, upstreams and service started for real, and each
      // step's checks proved to fail before the step and pass after it. Not in npm test (its budget is
      // full) but in `npm run check:capstone`, a stage of .ci/run. The pure tests of src/capstone/
      // that start nothing are in test/capstone/unit/ and run in `unit`.
      { extends: true, test: { name: 'capstone', include: ['test/capstone/**/*.test.ts'], exclude: [...configDefaults.exclude, 'test/capstone/unit/**'], sequence: { groupOrder: 4 } } },
    ],
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
