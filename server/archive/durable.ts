/**
 * Durable file operations. A write is on disk when the promise resolves: the data is fsync'd before the rename that
 * publishes it, and the directory is fsync'd after, so a crash (or SIGKILL, or power loss) leaves either the old
 * state or the new one, never a torn file under the final name.
 */
import { open, rename, mkdir, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Flushes a directory's entries (a rename or a new file in it) to disk. */
export async function syncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes `data` to a new file and fsyncs it; the file must not be visible to readers yet (a temporary name). */
export async function writeSynced(path: string, data: string | Uint8Array): Promise<void> {
  const fh = await open(path, 'wx');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Replaces (or creates) `path` with `data` atomically and durably: temp file, fsync, rename, fsync the directory. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeSynced(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  await syncDir(dir);
}

/** Renames durably (both directories fsync'd), e.g. to publish a fully written temporary directory. */
export async function renameDurably(from: string, to: string): Promise<void> {
  await rename(from, to);
  await syncDir(dirname(to));
  if (dirname(from) !== dirname(to)) await syncDir(dirname(from));
}
