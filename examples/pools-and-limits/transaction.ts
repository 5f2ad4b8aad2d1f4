// A transaction is a property of one connection. Share that connection with other concurrent work
// and the other work's statements land inside the transaction between its awaits: here an audit
// row that another task writes is rolled back with a transfer it has nothing to do with.
// Requires: Node 24+ (native `await using`)
// Deno: --allow-env --allow-net --allow-read
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { startDatabase } from './database.ts';

await using database = await startDatabase();

async function setUp(db: pg.ClientBase | pg.Pool): Promise<void> {
  await db.query('CREATE TABLE IF NOT EXISTS accounts (id int PRIMARY KEY, balance int)');
  await db.query('CREATE TABLE IF NOT EXISTS audit (message text)');
  await db.query('TRUNCATE accounts, audit');
  await db.query('INSERT INTO accounts VALUES (1, 100), (2, 0)');
}

async function count(db: pg.ClientBase | pg.Pool): Promise<string> {
  const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM audit');
  return rows[0]?.n ?? '?';
}

// #region shared-client
// One client for the whole service: every caller's statements go down the same connection.
async function transfer(db: pg.ClientBase, amount: number): Promise<void> {
  await db.query('BEGIN');
  try {
    await db.query('UPDATE accounts SET balance = balance - $1 WHERE id = 1', [amount]);
    await sleep(50); // a fraud check over HTTP, say: other tasks run here
    throw new Error('fraud check failed');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

async function audit(db: pg.ClientBase | pg.Pool, message: string): Promise<void> {
  await sleep(10); // arrives while the transfer is waiting for its fraud check
  await db.query('INSERT INTO audit VALUES ($1)', [message]);
}

const shared = new pg.Client(database.config);
await shared.connect();
try {
  await setUp(shared);
  await Promise.allSettled([transfer(shared, 30), audit(shared, 'user 7 signed in')]);
  console.log(`shared client: audit rows ${await count(shared)}`);
} finally {
  await shared.end();
}
// #endregion shared-client

// #region client-per-transaction
// The transaction checks out its own client from the pool and keeps it until COMMIT or ROLLBACK.
async function transferFixed(pool: pg.Pool, amount: number): Promise<void> {
  const client = await pool.connect();
  try {
    await transfer(client, amount);
  } finally {
    client.release();
  }
}

const pool = new pg.Pool({ ...database.config, max: 5 });
try {
  await setUp(pool);
  await Promise.allSettled([transferFixed(pool, 30), audit(pool, 'user 7 signed in')]);
  console.log(`client per transaction: audit rows ${await count(pool)}`);
} finally {
  await pool.end();
}
// #endregion client-per-transaction
