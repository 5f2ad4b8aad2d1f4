// Deno: --allow-env --allow-run
// What to do about an error nothing caught: log it with its context, then let the process end (exit
// code 1) and the supervisor start a fresh one. A listener that only logs keeps a process running
// in a state nobody planned for. Each scenario runs in its own process; the parent prints how it
// ended, what it printed, and the log line on stderr.
import { writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { runScenario } from './run-child.ts';

async function chargeCard(): Promise<void> {
  await sleep(10);
  throw new Error('payment gateway timed out');
}

// #region policy
/** Logs an error nothing caught, with the service's context; Node then prints it and exits with 1. */
function logCrashes(context: Record<string, unknown>): void {
  // A monitor observes without replacing Node's default, so the process still ends. It fires for
  // uncaught exceptions and, under the default --unhandled-rejections=throw, unhandled rejections.
  process.on('uncaughtExceptionMonitor', (error, origin) => {
    // Synchronous: the process exits right after this listener returns.
    writeSync(process.stderr.fd, `${JSON.stringify({ level: 'fatal', origin, error: String(error), ...context })}\n`);
  });
}
// #endregion policy

const scenarios: Record<string, () => Promise<void>> = {
  // #region scenarios
  async 'no listener'() {
    void chargeCard(); // a forgotten await: the rejection is unhandled
    await sleep(50);
    console.log('still serving');
  },
  async 'a listener that logs and carries on'() {
    process.on('unhandledRejection', (reason) => console.error(`unhandled: ${String(reason)}`));
    void chargeCard();
    await sleep(50);
    console.log('still serving'); // with an order half charged
  },
  async 'logCrashes, unhandled rejection'() {
    logCrashes({ service: 'orders', version: '1.4.2' });
    void chargeCard();
    await sleep(50);
    console.log('still serving');
  },
  async 'logCrashes, uncaught exception'() {
    logCrashes({ service: 'orders', version: '1.4.2' });
    setTimeout(() => {
      throw new Error('cannot read the config');
    }, 10);
    await sleep(50);
    console.log('still serving');
  },
  // #endregion scenarios
};

const scenario = process.argv[2];
if (scenario !== undefined) {
  await scenarios[scenario]?.();
} else {
  // #region parent
  const runs: [string, string[]][] = Object.keys(scenarios).map((name) => [name, []]);
  runs.push(['logCrashes, unhandled rejection', ['--unhandled-rejections=warn']]);
  for (const [name, nodeOptions] of runs) {
    const { code, stdout, stderr } = await runScenario(import.meta.filename, name, nodeOptions);
    const logged = /^(\{.*\}|unhandled: .*)$/m.exec(stderr)?.[0] ?? 'nothing';
    const warning = /^\(node:\d+\) (\w+Warning: .*)$/m.exec(stderr)?.[1]; // without the process id
    const printedError = /^Error: .*$/m.exec(stderr)?.[0] ?? warning ?? 'none';
    console.log(`${[name, ...nodeOptions].join(', ')}: exit code ${code}, printed ${JSON.stringify(stdout.trim())}`);
    console.log(`  logged ${logged}; Node printed ${printedError}`);
  }
  // #endregion parent
}
