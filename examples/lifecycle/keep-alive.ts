// Deno: --allow-env --allow-run
// What keeps Node running: a process ends when no ref'd handle (timer, server, socket, child
// process) is left, whatever promises are still pending. Each scenario runs in its own process;
// the parent prints how it ended and what it printed.
import { createServer } from 'node:http';
import { runScenario } from './run-child.ts';

const scenarios: Record<string, () => unknown> = {
  // #region handles
  "a ref'd timer"() {
    setTimeout(() => console.log('timer fired'), 100);
  },
  "an unref'd timer"() {
    setTimeout(() => console.log('timer fired'), 100).unref(); // does not keep the process alive
  },
  "a listening server, unref'd"() {
    createServer().listen(0, '127.0.0.1').unref();
  },
  // #endregion handles
  // #region promises
  'a pending promise'() {
    const never = new Promise<void>(() => {}); // nothing will settle it: no handle stands behind it
    never.then(
      () => console.log('resumed'),
      (error: unknown) => console.error(error),
    );
  },
  async 'a pending promise, awaited at top level'() {
    await new Promise<void>(() => {});
    console.log('resumed');
  },
  async 'Atomics.waitAsync with a 100 ms timeout, awaited'() {
    const { value } = Atomics.waitAsync(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    console.log(await value); // 'timed-out', if the process were still alive in 100 ms
  },
  // #endregion promises
};

const scenario = process.argv[2];
if (scenario !== undefined) {
  await scenarios[scenario]?.(); // top-level await: an unsettled promise here means exit code 13
} else {
  // #region parent
  for (const name of Object.keys(scenarios)) {
    const { code, stdout, stderr } = await runScenario(import.meta.filename, name);
    const warning = /^Warning: (.*?) at /m.exec(stderr)?.[1];
    console.log(`${name}: exit code ${code}, printed ${JSON.stringify(stdout.trim())}${warning ? `, warning "${warning}"` : ''}`);
  }
  // #endregion parent
}
