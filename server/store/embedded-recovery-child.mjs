// Run by embedded-recovery.ts in a child process: opens the embedded database (which replays the write-ahead log a
// killed process left), folds the log into the database file with CHECKPOINT and closes it. Plain JavaScript so that
// it starts without the TypeScript loader. Exit 0: the database is whole and clean; exit 1 with the engine's message
// on stderr: it refused to open; death by a signal: the engine crashed while recovering.
import process from 'node:process';
import lbug from '@ladybugdb/core';

const [path, bufferPoolBytes] = process.argv.slice(2);
try {
  const db = new lbug.Database(path, Number(bufferPoolBytes));
  await db.init();
  const conn = new lbug.Connection(db);
  const res = await conn.query('CHECKPOINT');
  for (const r of Array.isArray(res) ? res : [res]) r.close();
  await conn.close();
  await db.close();
} catch (e) {
  process.stderr.write(String(e?.message ?? e).split('\n')[0]);
  process.exitCode = 1;
}
