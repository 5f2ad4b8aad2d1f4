// Deno: --allow-env --allow-run
// The exit codes a supervisor sees: 0 when the loop runs dry, 1 for an uncaught exception, the
// code in process.exitCode, and for a signal nobody handles, death by that signal, which a shell
// reports as 128 + the signal's number. Each scenario runs in its own process, once started
// directly (as a supervisor written in Node sees it) and once from /bin/sh (as `$?` reports it).
import { constants } from 'node:os';
import { runScenario, runToEnd } from './run-child.ts';

const scenarios: Record<string, () => void> = {
  'runs out of work'() {},
  'throws'() {
    throw new Error('boom');
  },
  // #region exit-code
  'sets process.exitCode = 3'() {
    setTimeout(() => console.log('pending work ran'), 10);
    process.exitCode = 3; // the code to exit with, once the loop has nothing left to do
  },
  'calls process.exit(3)'() {
    setTimeout(() => console.log('pending work ran'), 10);
    try {
      process.exit(3); // exits here: no finally, no pending callback, no async disposal
    } finally {
      console.log('finally ran');
    }
  },
  // #endregion exit-code
  // #region signals
  'receives SIGTERM'() {
    setInterval(() => {}, 1_000); // something to keep it alive
    process.kill(process.pid, 'SIGTERM');
  },
  'receives SIGINT'() {
    setInterval(() => {}, 1_000);
    process.kill(process.pid, 'SIGINT');
  },
  'receives SIGKILL'() {
    setInterval(() => {}, 1_000);
    process.kill(process.pid, 'SIGKILL');
  },
  // #endregion signals
};

const scenario = process.argv[2];
if (scenario !== undefined) {
  scenarios[scenario]?.();
} else {
  // #region parent
  for (const name of Object.keys(scenarios)) {
    const { code, signal, stdout } = await runScenario(import.meta.filename, name);
    // The same program under a shell, which prints the status it saw as `$?`.
    const shell = await runToEnd('/bin/sh', ['-c', '"$@"; echo "$?"', 'sh', process.execPath, import.meta.filename, name]);
    const status = shell.stdout.trim().split('\n').at(-1);
    const number = signal ? ` (${signal} is ${constants.signals[signal]})` : '';
    const printed = stdout.trim() ? `, printed ${JSON.stringify(stdout.trim())}` : '';
    console.log(`${name}: code ${code}, signal ${signal}${number}; the shell's $? ${status}${printed}`);
  }
  // #endregion parent
}
