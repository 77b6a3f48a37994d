/**
 * Makes a person's corrections: checks each against the graph (4xx for what cannot apply), records it durably in the
 * correction log before anything else changes, then rewrites the part of the store it touches with the same function
 * projection applies after every extraction (apply.ts). Corrections take the ingestor's projection queue, so a
 * correction and a load never interleave their writes.
 */
import { randomUUID } from 'node:crypto';
import type { CorrectionRequest } from '../api/contract.js';
import type { Correction, CorrectionKind, CorrectionStore } from '../archive/corrections.js';
import { InputError } from '../domain/errors.js';
import { relationSpec } from '../domain/relation-registry.js';
import { orientRelation, parseRelationId, type Entity, type Evidence, type Extraction, type Mention, type Relation, type RelationProps } from '../domain/types.js';
import type { GraphStore, LoadResult, Removal } from '../store/graph-store.js';
import { applyCorrections } from './apply.js';

export interface CorrectionOutcome {
  correction: Correction;
  /** What the store wrote. */
  result: LoadResult;
}

const notFound = (what: string, id: string) => new InputError('not_found', `no ${what} with id "${id}"`, 404);
const unfit = (message: string) => new InputError('bad_correction', message, 422);

const plain = (e: Entity): Entity => {
  const out: Entity = { id: e.id, name: e.name, kind: e.kind, aliases: [...e.aliases] };
  if (e.country) out.country = e.country;
  if (e.notes) out.notes = e.notes;
  return out;
};

export class Corrector {
  constructor(
    private readonly store: GraphStore,
    private readonly log: CorrectionStore,
    /** Runs a store rewrite in the projection queue (Ingestor.exclusive). */
    private readonly exclusive: <T>(fn: () => Promise<T>) => Promise<T> = (fn) => fn(),
  ) {}

  /** Every correction, oldest first; only those about `target` (an entity or relation id, or an article) when given. */
  async list(target?: string): Promise<Correction[]> {
    const all = await this.log.all();
    if (!target) return all;
    const ends = (id: string) => {
      const r = parseRelationId(id);
      return r ? [r.source, r.target] : [];
    };
    return all.filter((c) => c.target === target || ends(c.target).includes(target) || (c.kind === 'merge-entities' && c.data.from === target) ||
      (c.kind === 'add-relation' && (c.data.source === target || c.data.target === target || c.data.evidence.article === target)) ||
      (c.kind === 'reject-evidence' && c.data.article === target));
  }

  async apply(req: CorrectionRequest): Promise<CorrectionOutcome> {
    return this.exclusive(async () => {
      const correction = await this.check(req);
      // Recorded before the store changes: once answered, a correction survives a crash and every later projection.
      await this.log.append(correction);
      const result = await this.applyToStore(correction);
      await this.log.setApplied((await this.log.all()).length);
      return { correction, result };
    });
  }

  /**
   * Rewrites the part of the store `c` touches: read it, apply `c`, write it back in one transaction. Lenient about
   * what is gone, so a correction can be applied again (replayCorrections) and leaves the store as the first time did.
   */
  async applyToStore(c: Correction): Promise<LoadResult> {
    const { part, removal } = await this.partFor(c);
    const { extraction, stubs } = applyCorrections(part, [c]);
    return this.store.replaceSubgraph(removal, { ...extraction, entities: extraction.entities.filter((e) => !stubs.has(e.id)) });
  }

  private async partFor(c: Correction): Promise<{ part: Extraction; removal: Removal }> {
    switch (c.kind) {
      case 'merge-entities':
      case 'update-entity':
      case 'delete-entity': {
        const part = await this.entityPart(c.kind === 'merge-entities' ? [c.target, c.data.from] : [c.target]);
        return { part, removal: removalOf(part) };
      }
      case 'reject-relation':
      case 'reject-evidence': {
        const relations = (await this.store.relationsWithEvidence([c.target])).map(toRelation);
        return { part: { articles: [], entities: [], relations, mentions: [] }, removal: removalOf({ articles: [], entities: [], relations }) };
      }
      case 'add-relation': {
        const articles = await this.store.articlesByIds([c.data.evidence.article]);
        const relations = (await this.store.relationsWithEvidence([c.target])).map(toRelation);
        return { part: { articles, entities: [], relations, mentions: [] }, removal: { entities: [], relations: [] } };
      }
    }
  }

  /** An entity that must exist for a correction to apply. */
  private async entity(id: string): Promise<Entity> {
    const [e] = await this.store.entitiesByIds([id]);
    if (!e) throw notFound('entity', id);
    return plain(e);
  }

  /** Checks a request against the store (4xx for what cannot apply) and makes the correction to record. */
  private async check(req: CorrectionRequest): Promise<Correction> {
    const base = { id: `c_${randomUUID()}`, at: new Date().toISOString(), target: req.target,
      ...(req.by ? { by: req.by } : {}), ...(req.reason ? { reason: req.reason } : {}) };
    const kind: CorrectionKind = req.kind;
    switch (req.kind) {
      case 'merge-entities': {
        if (req.from === req.target) throw unfit('an entity cannot be merged into itself');
        const into = await this.entity(req.target);
        await this.entity(req.from);
        return { ...base, kind: 'merge-entities', data: { from: req.from, name: into.name, entityKind: into.kind, ...(into.country ? { country: into.country } : {}) } };
      }
      case 'update-entity': {
        if (req.name === undefined && req.entityKind === undefined && req.country === undefined) {
          throw new InputError('bad_request', 'give at least one of name, entityKind, country');
        }
        await this.entity(req.target);
        const data = {
          ...(req.name !== undefined ? { name: req.name.trim() } : {}),
          ...(req.entityKind !== undefined ? { entityKind: req.entityKind } : {}),
          ...(req.country !== undefined ? { country: req.country ? req.country.toUpperCase() : null } : {}),
        };
        if (data.name === '') throw new InputError('bad_request', 'name: must not be blank');
        return { ...base, kind: 'update-entity', data };
      }
      case 'delete-entity':
        await this.entity(req.target);
        return { ...base, kind, data: {} } as Correction;
      case 'reject-relation':
      case 'reject-evidence': {
        const [rel] = await this.store.relationsWithEvidence([req.target]);
        if (!rel) throw notFound('relation', req.target);
        if (req.kind === 'reject-relation') return { ...base, kind: 'reject-relation', data: {} };
        const piece = rel.evidence.find((e) => e.article === req.article && e.start === req.start && e.end === req.end);
        if (!piece) throw notFound('evidence', `${req.article}:${req.start}-${req.end} of ${req.target}`);
        return { ...base, kind: 'reject-evidence', data: { article: req.article, start: req.start, end: req.end } };
      }
      case 'add-relation': {
        const spec = relationSpec(req.type);
        if (!spec) throw new InputError('bad_request', `type: unknown relation type "${req.type}"`);
        if (req.source === req.target) throw unfit('a relation needs two different entities');
        const source = await this.entity(req.source);
        const target = await this.entity(req.target);
        if (!spec.sourceKinds.includes(source.kind) || !spec.targetKinds.includes(target.kind)) {
          throw unfit(`${spec.label} goes from ${spec.sourceKinds.join('/')} to ${spec.targetKinds.join('/')}; ` +
            `"${source.name}" is a ${source.kind} and "${target.name}" a ${target.kind}`);
        }
        const [article] = await this.store.articlesByIds([req.article]);
        if (!article) throw notFound('article', req.article);
        if (!(req.start >= 0 && req.end > req.start && req.end <= article.text.length)) {
          throw unfit(`the selection ${req.start}..${req.end} is not within the article (${article.text.length} characters)`);
        }
        const evidence: Evidence = { article: article.id, start: req.start, end: req.end, quote: article.text.slice(req.start, req.end) };
        const data = { type: req.type, source: req.source, target: req.target, props: req.props ?? {}, evidence, ends: [source, target] };
        return { ...base, target: orientRelation(req.type, req.source, req.target).id, kind: 'add-relation', data };
      }
    }
  }

  /** The given entities with every relation touching them and every mention of them. */
  private async entityPart(ids: string[]): Promise<Extraction> {
    const details = (await Promise.all(ids.map((id) => this.store.getEntity(id)))).filter((d) => d !== null);
    const relations = new Map<string, Relation>();
    const articles = new Set<string>();
    for (const d of details) {
      for (const r of d.relations) relations.set(r.id, toRelation(r));
      for (const a of d.articles) articles.add(a.id);
    }
    for (const r of relations.values()) for (const e of r.evidence) articles.add(e.article);
    const wanted = new Set(ids);
    const mentions: Mention[] = (await this.store.mentionsOf([...articles]))
      .filter((m) => wanted.has(m.entity))
      .flatMap((m) => m.spans.map(([start, end]) => ({ article: m.article, entity: m.entity, start, end })));
    return { articles: [], entities: details.map((d) => plain(d.entity)), relations: [...relations.values()], mentions };
  }
}

function toRelation(r: { id: string; type: string; source: string; target: string; props: RelationProps; evidence: Evidence[] }): Relation {
  return { id: r.id, type: r.type as Relation['type'], source: r.source, target: r.target, props: r.props, evidence: r.evidence };
}

function removalOf(part: Extraction): Removal {
  return { entities: part.entities.map((e) => e.id), relations: part.relations.map((r) => r.id) };
}

/**
 * Applies to the store the corrections the log holds beyond those it is known to hold: a process stopped between
 * recording a correction and writing it to the store. Returns how many were applied.
 */
export async function replayCorrections(store: GraphStore, log: CorrectionStore): Promise<number> {
  const all = await log.all();
  const from = Math.min(await log.applied(), all.length);
  if (from === all.length) return 0;
  const corrector = new Corrector(store, log);
  for (const c of all.slice(from)) await corrector.applyToStore(c);
  await log.setApplied(all.length);
  return all.length - from;
}
