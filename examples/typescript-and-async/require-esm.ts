// require() of an ES module (on by default since Node 22.12 and 20.19) loads it synchronously, so it
// refuses a module graph with top-level await: that module could not finish before require returns.
import { createRequire } from 'node:module';

// #region require-esm
const require = createRequire(import.meta.url);
const loads: [string, () => unknown][] = [
  ['./settings-sync.ts', () => require('./settings-sync.ts') as unknown],
  ['./settings-tla.ts', () => require('./settings-tla.ts') as unknown],
];
for (const [file, load] of loads) {
  try {
    const { settings } = load() as { settings: { region: string } };
    console.log(`require('${file}'): region ${settings.region}`);
  } catch (error) {
    console.log(`require('${file}'): ${(error as NodeJS.ErrnoException).code}`);
  }
}
// import() has no such limit: it returns a promise, and waits for the top-level await.
const { settings } = await import('./settings-tla.ts');
console.log(`import('./settings-tla.ts'): region ${settings.region}`);
// #endregion require-esm
