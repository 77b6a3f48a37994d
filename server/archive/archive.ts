/**
 * The archive: the source of truth for everything a user gave the app. Every accepted article (its text, metadata
 * and original bytes when they differ from the text) and every saved view is written here, durably, before the
 * request is answered; the graph store (embedded or Neo4j) is a projection of it (server/archive/project.ts).
 *
 * Layout under the archive directory (plain files, see README "Archive" for why not SQLite):
 *
 *   batches/00000007-3f2a…/000000.json …  one file per article of one load, in load order
 *   batches/00000007-3f2a…/manifest.json  the batch's ids and digests
 *   snapshots/<id>.json                    saved views
 *   corrections.log                        append-only correction log (corrections.ts)
 *   LOCK                                   the pid of the one process writing here
 *
 * A batch is written into a temporary directory (every file fsync'd), then renamed into place and the parent fsync'd:
 * it appears whole or not at all. Batches are projected in sequence order, each with its own composition (entities
 * are resolved across the articles of one load), so a rebuild reproduces the graph the loads made.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from '../domain/errors.js';
import type { ArticleInput } from '../extract/article.js';
import type { StoredSnapshot } from '../store/graph-store.js';
import { CorrectionLog } from './corrections.js';
import { renameDurably, syncDir, writeFileAtomic, writeSynced } from './durable.js';

/** Where a batch came from: a POST, `npm run load`, the seeds on first start, or a store that predates the archive. */
export type Origin = 'api' | 'cli' | 'seeds' | 'backfill';

/** One article as given, before extraction. */
export interface DocInput extends ArticleInput {
  /** The bytes the text was decoded from, kept only when they are not simply its UTF-8 (a byte-order mark, say). */
  original?: Uint8Array;
}

export interface ArchivedDoc extends Omit<DocInput, 'original'> {
  receivedAt: string;
  original?: { base64: string };
}

export interface BatchManifest {
  format: 1;
  seq: number;
  batch: string;
  origin: Origin;
  createdAt: string;
  docs: { id: string; file: string; digest: string }[];
}

export interface BatchRef {
  dir: string;
  manifest: BatchManifest;
}

const SEQ_DIGITS = 8;
const BATCH_DIR = /^(\d{8})-([0-9a-f]{16})$/;

/** Identity of an article's content and metadata: the same input archived twice is recognised and not re-written. */
function docDigest(d: Omit<DocInput, 'original'>): string {
  const canonical = JSON.stringify([d.id, d.text, d.title ?? null, d.source ?? null, d.url ?? null, d.publishedAt ?? null]);
  return createHash('sha256').update(canonical).digest('hex');
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class Archive {
  private readonly list: BatchRef[] = [];
  /** For each article id, the digest of its newest archived version. */
  private readonly latest = new Map<string, string>();
  private nextSeq = 1;
  readonly corrections: CorrectionLog;

  private constructor(readonly dir: string) {
    this.corrections = new CorrectionLog(join(dir, 'corrections.log'));
  }

  /** Opens (creating) the archive at `dir`, taking its lock; removes batches a crash left half-written. */
  static async open(dir: string): Promise<Archive> {
    await mkdir(join(dir, 'batches'), { recursive: true });
    await mkdir(join(dir, 'snapshots'), { recursive: true });
    const lock = join(dir, 'LOCK');
    if (existsSync(lock)) {
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid && pid !== process.pid && pidAlive(pid)) {
        throw new StoreError('archive_locked', `the archive ${dir} is in use by process ${pid}; stop it first (one writer at a time; ` +
          `if process ${pid} is not this app, delete ${lock})`);
      }
    }
    await writeFileAtomic(lock, String(process.pid));
    const a = new Archive(dir);
    await a.scan();
    return a;
  }

  private async scan(): Promise<void> {
    const root = join(this.dir, 'batches');
    for (const name of (await readdir(root)).sort()) {
      const m = BATCH_DIR.exec(name);
      if (!m) {
        // A temporary directory is a batch whose writer died before publishing it: it was never acknowledged.
        if (name.startsWith('tmp-')) await rm(join(root, name), { recursive: true, force: true });
        continue;
      }
      const manifest = JSON.parse(await readFile(join(root, name, 'manifest.json'), 'utf8')) as BatchManifest;
      this.list.push({ dir: join(root, name), manifest });
      for (const d of manifest.docs) this.latest.set(d.id, d.digest);
      this.nextSeq = Math.max(this.nextSeq, manifest.seq + 1);
    }
  }

  /** Every committed batch, oldest first. */
  batches(): readonly BatchRef[] {
    return this.list;
  }

  get articleCount(): number {
    return this.latest.size;
  }

  /** True when the newest archived version of `d.id` has exactly this content. */
  holds(d: Omit<DocInput, 'original'>): boolean {
    return this.latest.get(d.id) === docDigest(d);
  }

  /** The digest of the newest archived version of an article, if any. */
  latestDigest(id: string): string | undefined {
    return this.latest.get(id);
  }

  async readDocs(b: BatchRef): Promise<ArchivedDoc[]> {
    return Promise.all(b.manifest.docs.map(async (d) => JSON.parse(await readFile(join(b.dir, d.file), 'utf8')) as ArchivedDoc));
  }

  /**
   * Writes one batch durably and returns it once it is on disk. Batches are numbered in call order (the number is
   * taken before the first await), which is the order they are projected in.
   */
  async commit(docs: DocInput[], origin: Origin): Promise<BatchRef> {
    const seq = this.nextSeq++;
    const entries = docs.map((d, i) => ({ id: d.id, file: `${String(i).padStart(6, '0')}.json`, digest: docDigest(d) }));
    const batch = createHash('sha256').update(entries.map((e) => e.digest).join('\n')).digest('hex').slice(0, 16);
    const manifest: BatchManifest = { format: 1, seq, batch, origin, createdAt: new Date().toISOString(), docs: entries };
    const name = `${String(seq).padStart(SEQ_DIGITS, '0')}-${batch}`;
    const tmp = join(this.dir, 'batches', `tmp-${name}`);
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp);
    try {
      // Files are independent: fsync them concurrently (the thread pool overlaps the waits).
      await Promise.all(docs.map((d, i) => writeSynced(join(tmp, entries[i].file), JSON.stringify(archived(d, manifest.createdAt)))));
      await writeSynced(join(tmp, 'manifest.json'), JSON.stringify(manifest));
      await syncDir(tmp);
      await renameDurably(tmp, join(this.dir, 'batches', name));
    } catch (e) {
      await rm(tmp, { recursive: true, force: true });
      throw e;
    }
    const ref = { dir: join(this.dir, 'batches', name), manifest };
    // Batches finish writing in any order; the list stays in sequence order.
    this.list.push(ref);
    this.list.sort((a, b) => a.manifest.seq - b.manifest.seq);
    for (const e of entries) this.latest.set(e.id, e.digest);
    return ref;
  }

  async saveSnapshot(s: StoredSnapshot): Promise<void> {
    await writeFileAtomic(join(this.dir, 'snapshots', `${s.id}.json`), JSON.stringify(s));
  }

  async snapshots(): Promise<StoredSnapshot[]> {
    const root = join(this.dir, 'snapshots');
    const names = (await readdir(root)).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort();
    return Promise.all(names.map(async (f) => JSON.parse(await readFile(join(root, f), 'utf8')) as StoredSnapshot));
  }

  /** Releases the lock. */
  async close(): Promise<void> {
    const lock = join(this.dir, 'LOCK');
    if (existsSync(lock) && Number(readFileSync(lock, 'utf8')) === process.pid) await unlink(lock);
  }
}

function archived(d: DocInput, receivedAt: string): ArchivedDoc {
  const { original, ...rest } = d;
  const out: ArchivedDoc = { ...rest, receivedAt };
  if (original && !Buffer.from(d.text, 'utf8').equals(Buffer.from(original))) out.original = { base64: Buffer.from(original).toString('base64') };
  return out;
}
