/**
 * The correction log: a person's corrections of what extraction produced (merge two entities, drop a wrong relation,
 * fix a kind, add a relation from a quote …). It is append-only and each append is fsync'd before it returns, so a
 * correction, once answered, survives any crash; projection (project.ts) re-applies the log after extraction, which is
 * why a rebuild or a re-load keeps them. How each kind applies to an extraction: server/corrections/apply.ts.
 */
import { existsSync } from 'node:fs';
import { open, readFile, writeFile } from 'node:fs/promises';
import type { Entity, EntityKind, Evidence, RelationProps } from '../domain/types.js';

interface Base {
  /** Unique id of the correction. */
  id: string;
  /** ISO time it was made. */
  at: string;
  /** Who made it, when known (a name the person gave). */
  by?: string;
  /** Why, in the person's words. */
  reason?: string;
  /** The entity or relation id it applies to (after the corrections before it). */
  target: string;
}

/** `data.from` is folded into `target`; the merged entity keeps `target`'s name, kind and country as they were then. */
export interface MergeEntities extends Base {
  kind: 'merge-entities';
  data: { from: string; name: string; entityKind: EntityKind; country?: string };
}

/** Sets what is given; a new name keeps the old one as an alias. `country: null` removes the country. */
export interface UpdateEntity extends Base {
  kind: 'update-entity';
  data: { name?: string; entityKind?: EntityKind; country?: string | null };
}

export interface DeleteEntity extends Base {
  kind: 'delete-entity';
  data: Record<string, never>;
}

export interface RejectRelation extends Base {
  kind: 'reject-relation';
  data: Record<string, never>;
}

/** Removes one piece of a relation's evidence (by article and offsets); a relation left with none is dropped. */
export interface RejectEvidence extends Base {
  kind: 'reject-evidence';
  data: { article: string; start: number; end: number };
}

/** A relation a person stated from a selection in an article; `ends` are its two entities as they were then. */
export interface AddRelation extends Base {
  kind: 'add-relation';
  data: { type: string; source: string; target: string; props: RelationProps; evidence: Evidence; ends: Entity[] };
}

export type Correction = MergeEntities | UpdateEntity | DeleteEntity | RejectRelation | RejectEvidence | AddRelation;
export type CorrectionKind = Correction['kind'];

/** Where corrections are kept: the archive's file, or memory for a store without an archive (tests, `:memory:`). */
export interface CorrectionStore {
  append(c: Correction): Promise<void>;
  all(): Promise<Correction[]>;
  /** How many corrections, from the first, the store is known to hold (see corrector.ts, replayCorrections). */
  applied(): Promise<number>;
  setApplied(n: number): Promise<void>;
}

export class MemoryCorrectionLog implements CorrectionStore {
  private readonly list: Correction[] = [];
  private done = 0;

  async append(c: Correction): Promise<void> {
    this.list.push(c);
  }

  async all(): Promise<Correction[]> {
    return [...this.list];
  }

  async applied(): Promise<number> {
    return this.done;
  }

  async setApplied(n: number): Promise<void> {
    this.done = n;
  }
}

export class CorrectionLog implements CorrectionStore {
  constructor(readonly path: string) {}

  /**
   * A marker beside the log. It need not be durable: a marker that is behind makes the next start re-apply a few
   * corrections, which leaves the store as it was (corrections re-applied in order converge on the same graph).
   */
  private get appliedPath(): string {
    return `${this.path}.applied`;
  }

  async applied(): Promise<number> {
    if (!existsSync(this.appliedPath)) return 0;
    const n = Number((await readFile(this.appliedPath, 'utf8')).trim());
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  async setApplied(n: number): Promise<void> {
    await writeFile(this.appliedPath, String(n));
  }

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
