import { type EventEmitter, once } from 'node:events';

/** What `ask` uses of a `ChildProcess`. */
export interface Channel extends EventEmitter {
  send(message: number): boolean;
}

/** The child's answer to `job`; rejects if its channel closes first (it died). */
export async function ask(child: Channel, job: number): Promise<number> {
  const gone = new AbortController();
  const onDisconnect = () => gone.abort(new Error('the child closed its channel before answering'));
  child.once('disconnect', onDisconnect); // comes after every message the child sent
  try {
    child.send(job);
    const [answer] = (await once(child, 'message', { signal: gone.signal })) as [number];
    return answer;
  } finally {
    child.off('disconnect', onDisconnect);
  }
}
