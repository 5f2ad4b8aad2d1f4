import { type EventEmitter, once } from 'node:events';

/** What `ask` uses of a `ChildProcess`. */
export interface Channel extends EventEmitter {
  send(message: number): boolean;
}

/** The child's answer to `job`. */
export async function ask(child: Channel, job: number): Promise<number> {
  child.send(job);
  const [answer] = (await once(child, 'message')) as [number];
  return answer;
}
