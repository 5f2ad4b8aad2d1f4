// Runs one exercise's checks against one file, in a process of its own (src/exercises/grade.ts
// starts it): `node src/exercises/child.ts <exercise folder> <file>`. Each check runs in turn with
// a deadline; a promise that rejects with no handler while a check runs fails that check instead of
// ending the process. The result goes back over the IPC channel (or stdout when run by hand), so
// whatever the learner's code prints cannot garble it.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Check } from './checks.ts';
import { describeLoadError, type CheckResult, type GradeResult } from './exercises.ts';

const [folder = '', file = ''] = process.argv.slice(2);

function describe(error: unknown): string {
  // An assertion with a message of its own: that message is the plain words; drop Node's diff.
  if (error instanceof Error && 'generatedMessage' in error && error.generatedMessage === false) return error.message.split('\n')[0] ?? error.message;
  if (error instanceof Error) return error.message || error.name;
  return `a rejection with ${JSON.stringify(error) ?? String(error)} (not an Error)`;
}

// What Node would end the process for, kept for the check that is running instead.
let unhandled: string[] = [];
process.on('unhandledRejection', (reason) => {
  unhandled.push(`a promise rejected and nothing handled it (a real program would end here): ${describe(reason)}`);
});
process.on('uncaughtException', (error) => {
  unhandled.push(`an error was thrown and nothing caught it (a real program would end here): ${describe(error)}`);
});

/** Lets rejections of the last turn be reported: Node emits unhandledRejection after the microtasks drain. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function runCheck(check: Check<unknown>, module: unknown): Promise<CheckResult> {
  unhandled = [];
  const timeoutMs = check.timeoutMs ?? 2_000;
  const { promise: hung, reject } = Promise.withResolvers<never>();
  const timer = setTimeout(() => reject(new Error(`did not finish within ${timeoutMs / 1000} s: something is never settled`)), timeoutMs);
  try {
    await Promise.race([Promise.resolve().then(() => check.run(module)), hung]);
    await nextTurn();
    if (unhandled.length > 0) return { name: check.name, ok: false, message: unhandled.join('\n') };
    return { name: check.name, ok: true };
  } catch (error) {
    await nextTurn();
    return { name: check.name, ok: false, message: [describe(error), ...unhandled].join('\n') };
  } finally {
    clearTimeout(timer);
  }
}

async function grade(): Promise<GradeResult> {
  const { default: checks } = (await import(pathToFileURL(path.resolve(folder, 'check.ts')).href)) as { default: Check<unknown>[] };
  let module: unknown;
  try {
    module = await import(pathToFileURL(path.resolve(folder, file)).href);
  } catch (error) {
    const stack = error instanceof Error && error.stack ? error.stack : describe(error);
    return { kind: 'did-not-load', message: describeLoadError(stack, '/src/exercises/') };
  }
  const results: CheckResult[] = [];
  for (const check of checks) results.push(await runCheck(check, module));
  return { kind: 'checked', checks: results };
}

const result = await grade();
// The learner's code may leave a timer or a server open (one exercise is about exactly that, and
// its check says so): the result is in, so end here rather than wait for them.
if (process.send) process.send(result, () => process.exit(0));
else {
  console.log(JSON.stringify(result));
  process.exit(0);
}
