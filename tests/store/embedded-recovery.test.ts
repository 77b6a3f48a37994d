/**
 * Recovery of an embedded database left by a killed process runs in a child process, so an engine that crashes on it
 * (LadybugDB 0.19.1 does, with SIGSEGV, on some logs a kill leaves mid-checkpoint) fails the open instead of the
 * process. The kill tests (tests/fault/kill.test.ts) meet the real crash at random; here each outcome is made to happen.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

describe('recovering an embedded database a killed process left', () => {
  it('a database closed cleanly is one file: nothing to recover, no child started', async () => {
    const path = join(root, 'clean', 'graph.lbug');
    const store = new EmbeddedStore(path);
    await store.init();
    await store.close();
    expect(leftoverFiles(path)).toEqual([]);
    // A child script that does not exist would fail the recovery if one were started.
    await expect(recoverInChild(path, 1 << 28, join(root, 'no-such-child.mjs'))).resolves.toBeUndefined();
  });

  it('a log the engine can replay is replayed and folded into the file: the row is there, the leftovers gone', async () => {
    const path = killedAfterCommit('replayable', 100);
    expect(leftoverFiles(path).length).toBeGreaterThan(0);
    await recoverInChild(path, 1 << 28);
    expect(leftoverFiles(path)).toEqual([]);
    const db = new lbug.Database(path, 1 << 28);
    const conn = new lbug.Connection(db);
    const res = await conn.query('MATCH (n:Note) RETURN n.id AS id, size(n.text) AS chars');
    expect(await [res].flat()[0].getAll()).toEqual([{ id: 'n1', chars: 100 }]);
    await conn.close();
    await db.close();
  });

  it('a log the engine refuses (a long string, LadybugDB 0.19.1) fails the open with the engine\'s reason', async () => {
    const path = killedAfterCommit('refused', 10_000);
    const err = await new EmbeddedStore(path).init().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('store_unavailable');
    // Refused with the engine's message (0.19.1 says "Corrupted wal file"), or crashed on: either way an error here.
    expect((err as Error).message).toMatch(/interrupted run (failed: .*wal|\(\d+ files\))|engine crashed/i);
    // The files are left for the caller (startup moves them aside and rebuilds from the archive).
    expect(existsSync(`${path}.wal`)).toBe(true);
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
