// runTaskGroup (examples/lib/task-group.ts): cancellation of siblings, the AggregateError, the outer
// signal, and that the group waits for every task before it settles.
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runTaskGroup } from '../../../examples/lib/task-group.ts';

describe('runTaskGroup', () => {
  it('fulfils with the values in task order', async () => {
    const values = await runTaskGroup([async () => sleep(20, 'a'), async () => sleep(5, 'b')]);
    expect(values).toEqual(['a', 'b']);
  });

  it('cancels siblings on the first failure, waits for them, and keeps only real failures', async () => {
    const log: string[] = [];
    const failing = async (): Promise<never> => {
      await sleep(10);
      log.push('fail');
      throw new Error('boom');
    };
    const sibling = async (signal: AbortSignal): Promise<string> => {
      try {
        return await sleep(500, 'late', { signal });
      } finally {
        log.push(`sibling settled, aborted=${signal.aborted}`);
      }
    };
    const error = await runTaskGroup([failing, sibling]).then(
      () => undefined,
      (e: unknown) => e,
    );
    log.push('group settled');
    expect(error).toBeInstanceOf(AggregateError);
    expect((error as AggregateError).errors.map((e: Error) => e.message)).toEqual(['boom']);
    expect(log).toEqual(['fail', 'sibling settled, aborted=true', 'group settled']);
  });

  it('rejects with the outer signal reason when cancelled from outside', async () => {
    const outer = new AbortController();
    const reason = new Error('shutting down');
    setTimeout(() => outer.abort(reason), 10);
    const task = async (signal: AbortSignal): Promise<string> => sleep(500, 'x', { signal });
    await expect(runTaskGroup([task, task], { signal: outer.signal })).rejects.toBe(reason);
  });
});
