/**
 * Recovery of an embedded database a process left without closing it (killed, crashed, power lost), in a child
 * process. LadybugDB 0.19.1 crashes natively (SIGSEGV) replaying the write-ahead log of a checkpoint a kill cut short:
 * in this process that would take the server down at every start. In a child, a crash is an error the caller handles
 * like any database that will not open: startup moves the files aside and rebuilds the store from the archive. A log
 * the engine refuses (a long string) is dropped there, and the store opens as of its last checkpoint (README, "A
 * killed process's database is recovered in a child process").
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../domain/errors.js';

const CHILD = fileURLToPath(new URL('./embedded-recovery-child.mjs', import.meta.url));

/**
 * The files beside the database (`graph.lbug.wal`, `.wal.checkpoint`, `.shadow`, checkpoint locks) that only a
 * process stopped before its close leaves: a database closed cleanly is its one file.
 */
export function leftoverFiles(path: string): string[] {
  const base = basename(path);
  try {
    return readdirSync(dirname(path)).filter((f) => f.startsWith(base + '.'));
  } catch {
    return [];
  }
}

/**
 * Replays and checkpoints the database in a child process when a stopped process left its log behind. Resolves when
 * the database is clean: with null when the log was replayed, or with a sentence for the user when the engine could not
 * replay it and the database was opened as of its last checkpoint (what the log held is projected again from the
 * archive at start). Throws a `store_unavailable` StoreError naming what happened when the engine would not open the
 * database even so, or crashed on it. `childScript` is the recovery child (tests give one that dies by a signal).
 */
export async function recoverInChild(path: string, bufferPoolBytes: number, childScript = CHILD): Promise<string | null> {
  const leftovers = leftoverFiles(path);
  if (!leftovers.length) return null;
  const child = spawn(process.execPath, [childScript, path, String(bufferPoolBytes)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  if (code === 0) {
    const dropped = /^dropped: (.*)/.exec(stdout.trim());
    return dropped && `the write-ahead log an interrupted run left in ${path} could not be replayed (${dropped[1]}): the ` +
      'database opened as of its last checkpoint, and the articles the log held are projected again from the archive';
  }
  // The file names are not in the message: startup reads "lock" in it as another process holding the database.
  const what = signal
    ? `the database engine crashed (${signal}) replaying the write-ahead log of an interrupted run (${leftovers.length} files)`
    : `replaying the write-ahead log of an interrupted run failed: ${stderr.trim() || `exit code ${code}`}`;
  throw new StoreError('store_unavailable', `cannot open the embedded database at ${path}: ${what}`);
}
