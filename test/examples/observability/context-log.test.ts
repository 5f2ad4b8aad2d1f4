// The hand-written request logger of examples/observability/context-log.ts: every line carries the
// id of the request whose code wrote it, across awaits and timers, and none outside a request.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { contextLogger, requestContext } from '../../../examples/observability/context-log.ts';

function collected(): { lines: Record<string, unknown>[]; log: ReturnType<typeof contextLogger> } {
  const lines: Record<string, unknown>[] = [];
  return { lines, log: contextLogger((line) => lines.push(JSON.parse(line) as Record<string, unknown>)) };
}

describe('contextLogger', () => {
  it('writes the current request id, the fields and the message', () => {
    const { lines, log } = collected();
    requestContext.run({ requestId: 'req-1' }, () => log('hello', { user: 'ada' }));
    expect(lines).toEqual([{ requestId: 'req-1', user: 'ada', msg: 'hello' }]);
  });

  it('leaves the id out outside every request', () => {
    const { lines, log } = collected();
    log('startup');
    expect(lines).toEqual([{ msg: 'startup' }]);
  });

  it('keeps each of two interleaved requests apart across awaits and timers', async () => {
    const { lines, log } = collected();
    const request = (requestId: string, waits: number) =>
      requestContext.run({ requestId }, async () => {
        for (let turn = 0; turn < waits; turn++) await sleep(0); // each turn lets the other request run
        setTimeout(() => log('timer'), 0);
        await sleep(1);
        log('done');
      });
    await Promise.all([request('req-1', 3), request('req-2', 1)]);
    expect(lines.map((l) => `${String(l['requestId'])} ${String(l['msg'])}`).sort()).toEqual(['req-1 done', 'req-1 timer', 'req-2 done', 'req-2 timer']);
  });

  it('does not let a field named requestId hide the context: the call wins', () => {
    const { lines, log } = collected();
    requestContext.run({ requestId: 'req-1' }, () => log('forwarded', { requestId: 'upstream-9' }));
    expect(lines).toEqual([{ requestId: 'upstream-9', msg: 'forwarded' }]);
  });
});
