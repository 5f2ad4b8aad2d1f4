// Feature: `AbortSignal.any`
// Source: https://nodejs.org/docs/latest-v24.x/api/globals.html#static-method-abortsignalanysignals
// Fallback: none needed on 22 (from 20.3.0)
// One signal that aborts when either the caller cancels or a timeout passes; the reason says which.
import { setTimeout as sleep } from 'node:timers/promises';

async function work(signal: AbortSignal): Promise<string> {
  try {
    await sleep(1_000, undefined, { signal });
    return 'finished';
  } catch (error) {
    if (!signal.aborted) throw error;
    const reason: unknown = signal.reason;
    return `aborted by ${reason instanceof Error ? reason.name : String(reason)}`;
  }
}

console.log(await work(AbortSignal.any([new AbortController().signal, AbortSignal.timeout(20)])));

const caller = new AbortController();
const cancelled = work(AbortSignal.any([caller.signal, AbortSignal.timeout(5_000)]));
caller.abort('the caller');
console.log(await cancelled);
