/**
 * Recovery of an embedded database left by a killed process runs in a child process, so an engine that crashes on it
 * (LadybugDB 0.19.1 does, with SIGSEGV, on some logs a kill leaves mid-checkpoint) fails the open instead of the
 * process, and a log it refuses is dropped (the database opens at its last checkpoint; startup projects the rest from
 * the archive). The kill tests (tests/fault/kill.test.ts) meet these at random; here each outcome is made to happen.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../server/domain/errors.js';
import { leftoverFiles, recoverInChild } from '../../server/store/embedded-recovery.js';
import { EmbeddedStore } from '../../server/store/embedded-store.js';

const root = mkdtempSync(join(tmpdir(), 'recovery-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const lbugPath = createRequire(import.meta.url).resolve('@ladybugdb/core');

/** A database whose writer was SIGKILLed after committing one row holding `chars` characters, before any checkpoint. */
function killedAfterCommit(name: string, chars: number): string {
  const path = join(root, name, 'graph.lbug');
  const script = join(root, `${name}.mjs`);
  writeFileSync(script, `
    import lbug from ${JSON.stringify(lbugPath)};
    import { mkdirSync } from 'node:fs';
    mkdirSync(${JSON.stringify(join(root, name))}, { recursive: true });
    const db = new lbug.Database(${JSON.stringify(path)}, 256 * 1024 * 1024);
    await db.init();
    const conn = new lbug.Connection(db);
    const run = async (q, p) => { const r = p ? await conn.execute(await conn.prepare(q), p) : await conn.query(q); for (const x of [r].flat()) x.close(); };
    await run('CREATE NODE TABLE Note(id STRING PRIMARY KEY, text STRING)');
    await run('CHECKPOINT');
    await run('CREATE (:Note {id: $id, text: $text})', { id: 'n1', text: 'x'.repeat(${chars}) });
    process.kill(process.pid, 'SIGKILL');
  `);
  const out = spawnSync(process.execPath, [script]);
  expect(out.signal).toBe('SIGKILL');
  return path;
}

/** The rows of the Note table the killed writer made, read in this process (the database is clean by then). */
async function notes(path: string): Promise<unknown[]> {
  const db = new lbug.Database(path, 1 << 28);
  const conn = new lbug.Connection(db);
  try {
    const res = await conn.query('MATCH (n:Note) RETURN n.id AS id, size(n.text) AS chars');
    return await [res].flat()[0].getAll();
  } finally {
    await conn.close();
    await db.close();
  }
}

describe('recovering an embedded database a killed process left', () => {
  it('a database closed cleanly is one file: nothing to recover, no child started', async () => {
    const path = join(root, 'clean', 'graph.lbug');
    const store = new EmbeddedStore(path);
    await store.init();
    await store.close();
    expect(leftoverFiles(path)).toEqual([]);
    // A child script that does not exist would fail the recovery if one were started.
    await expect(recoverInChild(path, 1 << 28, join(root, 'no-such-child.mjs'))).resolves.toBeNull();
  });

  it('a log the engine can replay is replayed and folded into the file: the row is there, the leftovers gone', async () => {
    const path = killedAfterCommit('replayable', 100);
    expect(leftoverFiles(path).length).toBeGreaterThan(0);
    expect(await recoverInChild(path, 1 << 28)).toBeNull();
    expect(leftoverFiles(path)).toEqual([]);
    expect(await notes(path)).toEqual([{ id: 'n1', chars: 100 }]);
  });

  it('a log the engine refuses (a long string, LadybugDB 0.19.1) is dropped: the database opens at its checkpoint', async () => {
    const path = killedAfterCommit('refused', 10_000);
    const warnings: string[] = [];
    const store = new EmbeddedStore(path, undefined, undefined, (m) => warnings.push(m));
    // The recovery child replays or drops the log; the Note table was checkpointed, its row only logged.
    await store.init();
    await store.close();
    expect(leftoverFiles(path)).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be replayed \(.*wal.*\): the database opened as of its last checkpoint/i);
    expect(await notes(path)).toEqual([]);
  });

  it('an engine that crashes while recovering fails the open, naming the signal; this process lives on', async () => {
    const path = killedAfterCommit('crashing', 100);
    const crashing = join(root, 'crashing-child.mjs');
    writeFileSync(crashing, "process.kill(process.pid, 'SIGSEGV');\n");
    const err = await recoverInChild(path, 1 << 28, crashing).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/engine crashed \(SIGSEGV\)/);
    // "lock" in the message would read as another process holding the database (archive/startup.ts).
    expect((err as Error).message).not.toMatch(/lock/i);
  });
});
