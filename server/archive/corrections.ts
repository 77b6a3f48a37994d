/**
 * The correction log: where a user's corrections of what extraction produced (issue 11: merge two entities, drop a
 * wrong relation, fix a kind …) are kept. It is append-only and each append is fsync'd before it returns, so a
 * correction, once answered, survives any crash. Issue 11 defines the kinds and re-applies the log in projection,
 * after extraction and before the store write (the marked place in project.ts projectBatch), so a rebuild keeps every
 * correction. This file owns only the durable log.
 */
import { existsSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';

export interface Correction {
  /** Unique id of the correction. */
  id: string;
  /** ISO time it was made. */
  at: string;
  /** What kind of correction (defined by the corrections feature). */
  kind: string;
  /** The entity, relation or article id it applies to. */
  target: string;
  data: Record<string, unknown>;
}

export class CorrectionLog {
  constructor(readonly path: string) {}

  /** Appends one correction durably (one JSON line, fsync'd). */
  async append(c: Correction): Promise<void> {
    const fh = await open(this.path, 'a');
    try {
      await fh.appendFile(JSON.stringify(c) + '\n');
      await fh.sync();
    } finally {
      await fh.close();
    }
  }

  /** Every correction in the order made. A last line cut short by a crash was never acknowledged and is skipped. */
  async all(): Promise<Correction[]> {
    if (!existsSync(this.path)) return [];
    const lines = (await readFile(this.path, 'utf8')).split('\n');
    const out: Correction[] = [];
    lines.forEach((line, i) => {
      if (!line) return;
      try {
        out.push(JSON.parse(line) as Correction);
      } catch (e) {
        if (i < lines.length - 1 && lines.slice(i + 1).some(Boolean)) throw e;
      }
    });
    return out;
  }
}
