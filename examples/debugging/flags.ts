// Deno: --allow-env --allow-run
// Three flags that make Node say more about async failures, each tried in a child process without
// and with it: --trace-warnings (where a warning was emitted), --trace-uncaught (where a value was
// thrown, for values such as strings that carry no stack), --unhandled-rejections=strict (crash
// even when an 'unhandledRejection' listener is installed).
import { EventEmitter } from 'node:events';
import { runScenario } from '../lifecycle/run-child.ts';

const scenarios: Record<string, () => void> = {
  // #region warning
  listenerLeak() {
    const orders = new EventEmitter();
    function subscribeEachRequest(): void {
      orders.on('paid', () => {}); // one more listener per request, never removed
    }
    for (let i = 0; i < 11; i++) subscribeEachRequest(); // past the default limit of 10
  },
  // #endregion warning
  // #region uncaught
  thrownString() {
    setTimeout(function onDeadline() {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- what some older libraries do
      throw 'timed out'; // a string has no stack of its own
    }, 1);
  },
  // #endregion uncaught
  // #region strict
  loggedRejection() {
    process.on('unhandledRejection', (reason) => console.log(`logged: ${String(reason)}`));
    void Promise.reject(new Error('card declined'));
    setTimeout(() => console.log('still serving'), 10);
  },
  // #endregion strict
};

/** The function names of the stack frames in this file, in the order Node printed them. */
function framesHere(text: string): string {
  const names = [...text.matchAll(/^ {4}at (?:async )?(.*?) \((.*)\)$/gm)].filter(([, , location = '']) => location.includes(import.meta.filename)).map(([, name = '']) => name);
  return names.length > 0 ? names.join(' <- ') : 'none';
}

const scenario = process.argv[2];
if (scenario !== undefined) {
  scenarios[scenario]?.();
} else {
  // #region parent
  const runs: [string, string, string][] = [
    ['listenerLeak', 'eleven listeners on one emitter', '--trace-warnings'],
    ['thrownString', 'a string thrown in a timer callback', '--trace-uncaught'],
    ['loggedRejection', "a rejection, with an 'unhandledRejection' listener that logs", '--unhandled-rejections=strict'],
  ];
  for (const [name, label, flag] of runs) {
    console.log(`${label}:`);
    for (const options of [[], [flag]]) {
      const { code, stdout, stderr } = await runScenario(import.meta.filename, name, options);
      const hint = /^\(Use `node (--[\w-]+) \.\.\.`/m.exec(stderr)?.[1];
      const where = `frames ${framesHere(stderr)}${hint ? `, Node suggests ${hint}` : ''}`;
      const printed = stdout.trim().split('\n').filter(Boolean).join(' / ') || 'nothing';
      console.log(`  ${options[0] ?? 'no flag'}: exit code ${code}, printed ${printed}; ${where}`);
    }
  }
  // #endregion parent
}
