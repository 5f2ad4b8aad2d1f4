// Requires: Node 24+ (native `using`)
// A slow query for node:sqlite, whose only database class is synchronous (DatabaseSync). In a
// worker thread, it runs the query it is given and posts back the result.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

/** Sums 1..n with a recursive CTE: a few hundred milliseconds of work inside SQLite for n = 600 000. */
export function sumTo(n: number): number {
  using db = new DatabaseSync(':memory:');
  const row = db
    .prepare('WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT sum(x) AS total FROM c')
    .get(n);
  return Number(row?.['total']);
}

if (parentPort && typeof workerData === 'number') {
  parentPort.postMessage(sumTo(workerData));
}
