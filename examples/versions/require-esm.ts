// Feature: `require()` of an ES module, refused when its graph has top-level `await`
// Source: https://nodejs.org/docs/latest-v24.x/api/modules.html#loading-ecmascript-modules-using-require
// Fallback: `await import()` from an async function, which also loads a module with top-level await
// Deno: --allow-env --allow-read --allow-write
// CommonJS code can require() a synchronous ES module graph. A graph with top-level await cannot
// be loaded synchronously, so require() throws ERR_REQUIRE_ASYNC_MODULE instead of returning early.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(os.tmpdir(), 'require-esm-'));
try {
  writeFileSync(path.join(dir, 'sync.mjs'), 'export const answer = 42;\n');
  writeFileSync(path.join(dir, 'tla.mjs'), 'await Promise.resolve();\nexport const answer = 42;\n');
  const require = createRequire(path.join(dir, 'main.cjs'));
  const sync = require('./sync.mjs') as { answer: number };
  console.log(`require(sync.mjs).answer: ${sync.answer}`);
  try {
    require('./tla.mjs');
    console.log('require(tla.mjs): loaded');
  } catch (error) {
    console.log(`require(tla.mjs): ${(error as NodeJS.ErrnoException).code}`);
  }
} finally {
  rmSync(dir, { recursive: true });
}
