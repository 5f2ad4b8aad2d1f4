// Deno: --allow-env --allow-run
// process.nextTick vs promise microtasks: the order depends on whether the entry point is a
// CommonJS script or an ES module. The same source runs in two child processes, one of each kind.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// #region source
const source = `
const order = [];
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('queueMicrotask'));
process.nextTick(() => order.push('nextTick'));
setTimeout(() => console.log(order.join(', ')), 0);
`;
// #endregion source

// #region run
for (const [label, inputType] of [['CommonJS entry', 'commonjs'], ['ES module entry', 'module']]) {
  const { stdout } = await run(process.execPath, [`--input-type=${inputType}`, '-e', source]);
  console.log(`${label}: ${stdout.trim()}`);
}
// #endregion run
