// Requires: Node 24.3+, 22.18+ (`import.meta.main`)
// What a tracer's context does, by hand: each span records the span that was active when it
// started as its parent, kept in an AsyncLocalStorage like the request id. Ids count up, so the
// output is the same on every run. OpenTelemetry (tracing.ts) does this and the rest.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

// #region spans
export interface SpanRecord {
  name: string;
  id: number;
  parentId: number | undefined;
}

const activeSpan = new AsyncLocalStorage<SpanRecord>();
let lastId = 0;

/** Runs `work` as a span, child of the active one; `finished` gets the span when `work` settles. */
export async function span<T>(name: string, finished: SpanRecord[], work: () => Promise<T>): Promise<T> {
  const record: SpanRecord = { name, id: ++lastId, parentId: activeSpan.getStore()?.id };
  try {
    return await activeSpan.run(record, work);
  } finally {
    finished.push(record);
  }
}
// #endregion spans

if (import.meta.main) {
  // #region requests
  const finished: SpanRecord[] = [];
  const handleOrder = () =>
    span('GET /order', finished, async () => {
      await span('db.query', finished, () => sleep(10));
      await span('fetch prices', finished, () => sleep(5));
    });
  await Promise.all([handleOrder(), handleOrder()]);
  for (const { name, id, parentId } of finished.toSorted((a, b) => a.id - b.id)) {
    console.log(`span ${id} ${name}: parent ${parentId ?? 'none'}`);
  }
  // #endregion requests
}
