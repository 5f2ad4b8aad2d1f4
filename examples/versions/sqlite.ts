// Feature: `node:sqlite` (`DatabaseSync`), pre-stable
// Source: https://nodejs.org/docs/latest-v24.x/api/sqlite.html#sqlite
// Fallback: the same API; expect the ExperimentalWarning in your logs, or use a package such as better-sqlite3
// A query through the built-in SQLite module. It runs on every line tried; whether it also prints
// an ExperimentalWarning depends on the release, and the table shows which do.
import { DatabaseSync } from 'node:sqlite';

const db = new DatabaseSync(':memory:');
try {
  db.exec('CREATE TABLE jobs (id INTEGER PRIMARY KEY, done INTEGER)');
  const insert = db.prepare('INSERT INTO jobs (done) VALUES (?)');
  for (const done of [1, 0, 1]) insert.run(done);
  const row = db.prepare('SELECT count(*) AS n FROM jobs WHERE done = 1').get() as { n: number };
  console.log(`done jobs: ${row.n}`);
} finally {
  db.close();
}
