// cockatiel's circuit breaker, the library a team would use, on real time: a service that fails
// until it recovers, called every 10 ms. The spans show the breaker act: three calls that reach the
// failing service, calls refused at once while it is open, a probe once halfOpenAfter has passed,
// then calls that reach the recovered service.
import { BrokenCircuitError, circuitBreaker, CircuitState, ConsecutiveBreaker, Event, handleWhen } from 'cockatiel';
import { setTimeout as sleep } from 'node:timers/promises';
import { printSpans, Spans } from '../lib/spans.ts';

let serviceUp = false;
let serviceCalls = 0;
async function service(signal: AbortSignal): Promise<string> {
  serviceCalls++;
  await sleep(5, undefined, { signal });
  if (!serviceUp) throw new Error('503 from the service');
  return 'ok';
}

// #region cockatiel
const breaker = circuitBreaker(
  // Count what says the service is unwell, not the caller giving up (an AbortError).
  handleWhen((error) => !(error instanceof DOMException && error.name === 'AbortError')),
  { halfOpenAfter: 100, breaker: new ConsecutiveBreaker(3) },
);
const states: string[] = [];
const listener = breaker.onStateChange((state) => states.push(CircuitState[state]));
// #endregion cockatiel
// The service recovers 20 ms after the breaker opens.
Event.once(breaker.onBreak, () => setTimeout(() => (serviceUp = true), 20));

// #region calls
const spans = new Spans();
let refused = 0;
for (let call = 1; call <= 14; call++) {
  try {
    await spans.time(`call/${call}`, () => breaker.execute(({ signal }) => service(signal)));
  } catch (error) {
    if (error instanceof BrokenCircuitError) refused++;
    else if (!(error instanceof Error && error.message.startsWith('503'))) throw error;
  }
  await sleep(10);
}
console.log(`14 calls: ${serviceCalls} reached the service, ${refused} refused at once`);
// #endregion calls
listener.dispose();
console.log(`states: Closed → ${states.join(' → ')}`);
printSpans('breaker', spans.list);
