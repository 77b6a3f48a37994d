// Run by embedded-recovery.ts in a child process: opens the embedded database, which replays the write-ahead log a
// killed process left, folds the log into the database file with CHECKPOINT and closes it. Plain JavaScript so that it
// starts without the TypeScript loader. A log the engine refuses to replay (LadybugDB 0.19.1 cannot replay a record
// holding a long string) is dropped instead: the database opens as of its last checkpoint, and stdout says why.
// Exit 0: the database is clean; exit 1 with the engine's message on stderr: it would not open even so; death by a
// signal: the engine crashed.
import process from 'node:process';
import lbug from '@ladybugdb/core';

const [path, bufferPoolBytes] = process.argv.slice(2);
async function openAndFold(throwOnWalReplayFailure) {
  // The constructor's other arguments as the store passes them, or the engine's defaults: compression on, read-write,
  // no size limit, automatic checkpoints at the default threshold.
  const db = new lbug.Database(path, Number(bufferPoolBytes), true, false, 0, true, -1, throwOnWalReplayFailure);
  try {
    await db.init();
    const conn = new lbug.Connection(db);
    const res = await conn.query('CHECKPOINT');
    for (const r of Array.isArray(res) ? res : [res]) r.close();
    await conn.close();
  } finally {
    await db.close();
  }
}

const firstLine = (e) => String(e?.message ?? e).split('\n')[0];
try {
  try {
    await openAndFold(true);
  } catch (e) {
    if (!/wal/i.test(firstLine(e))) throw e;
    await openAndFold(false);
    process.stdout.write(`dropped: ${firstLine(e)}`);
  }
} catch (e) {
  process.stderr.write(firstLine(e));
  process.exitCode = 1;
}
