// Deno: --allow-env
// A rejected promise that nobody awaits ends the Node process with exit code 1 (the default
// --unhandled-rejections=throw, Node 15+). Python only logs "Task exception was never retrieved".
// The crash runs in a child process, so this demonstration itself exits 0.
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

// #region fire-and-forget
async function saveDraft(): Promise<void> {
  await sleep(10);
  throw new Error('disk full');
}

async function main(): Promise<void> {
  void saveDraft(); // `void` silences the linter, not the runtime
  await sleep(100);
  console.log('main finished'); // never printed: the rejection ended the process first
}
// #endregion fire-and-forget

if (process.argv[2] === 'child') {
  await main();
} else {
  // #region run-child
  // A launcher with nothing else to do may block on its child: spawnSync is fine here.
  for (const flags of [[], ['--unhandled-rejections=warn']]) {
    const child = spawnSync(process.execPath, [...flags, import.meta.filename, 'child'], { encoding: 'utf8' });
    const printed = child.stdout.trim() || '(nothing)';
    const reported = child.stderr.includes('Error: disk full');
    console.log(`node ${[...flags, 'child'].join(' ')}: exit code ${child.status}, stdout ${printed}, error on stderr ${reported}`);
  }
  // #endregion run-child
}
