/**
 * How a person's corrections change an extraction. One pure function serves both places a correction takes effect:
 * the live store (corrector.ts reads the part of the graph a correction touches, applies it, writes the result back)
 * and projection (archive/project.ts applies the whole log to every batch after extraction), so a rebuild or a
 * re-load gives the graph the person left, whatever the extractor says again.
 */
import type { Correction } from '../archive/corrections.js';
import { orientRelation, type Entity, type Evidence, type Extraction, type Mention, type Relation } from '../domain/types.js';
import { evidenceKey, mergeProps } from '../domain/relation-merge.js';

/** The prop that marks a relation a person added or confirmed (exports report it as `origin: "person"`). */
export const CURATED = 'curated';

export interface Applied {
  extraction: Extraction;
  /**
   * Entities present only as the ends of relations a person added (copied from the correction, so the relation can be
   * loaded whatever order articles arrive in): the caller leaves out those the store already holds.
   */
  stubs: Set<string>;
}

const uniq = <T>(xs: Iterable<T>) => [...new Set(xs)];

/** Applies `log`, in order, to `ex`; `ex` is not changed. */
export function applyCorrections(ex: Extraction, log: readonly Correction[]): Applied {
  const entities = new Map(ex.entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
  let relations = new Map(ex.relations.map((r) => [r.id, { ...r, evidence: [...r.evidence] }]));
  let mentions: Mention[] = [...(ex.mentions ?? [])];
  const articles = new Set(ex.articles.map((a) => a.id));
  const stubs = new Set<string>();

  /** Adds `r` to `into`, folding it into a relation of the same id. */
  const put = (into: Map<string, Relation>, r: Relation) => {
    const old = into.get(r.id);
    if (!old) return void into.set(r.id, r);
    const evidence = [...new Map([...old.evidence, ...r.evidence].map((e) => [evidenceKey(e), e])).values()];
    into.set(r.id, { ...old, props: mergeProps(old.props, r.props), evidence });
  };

  /** Re-points every relation and mention from `from` to `into`; a relation whose ends meet is dropped. */
  const repoint = (from: string, into: string) => {
    const next = new Map<string, Relation>();
    for (const r of relations.values()) {
      if (r.source !== from && r.target !== from) {
        put(next, r);
        continue;
      }
      const s = r.source === from ? into : r.source;
      const t = r.target === from ? into : r.target;
      if (s === t) continue;
      put(next, { ...r, ...orientRelation(r.type, s, t) });
    }
    relations = next;
    const seen = new Set<string>();
    mentions = mentions.map((m) => (m.entity === from ? { ...m, entity: into } : m)).filter((m) => {
      const k = `${m.article}:${m.entity}:${m.start}:${m.end}`;
      return !seen.has(k) && Boolean(seen.add(k));
    });
  };

  const drop = (id: string) => {
    entities.delete(id);
    stubs.delete(id);
    for (const r of [...relations.values()]) if (r.source === id || r.target === id) relations.delete(r.id);
    mentions = mentions.filter((m) => m.entity !== id);
  };

  for (const c of log) {
    switch (c.kind) {
      case 'merge-entities': {
        const { from, name, entityKind, country } = c.data;
        const into = c.target;
        const f = entities.get(from);
        const t = entities.get(into);
        if (f || t) {
          const aliases = uniq([...(t ? [t.name, ...t.aliases] : []), ...(f ? [f.name, ...f.aliases] : [])]).filter((a) => a !== name);
          const merged: Entity = { ...(t ?? f)!, id: into, name, kind: entityKind, aliases };
          if (country) merged.country = country;
          else delete merged.country;
          entities.delete(from);
          entities.set(into, merged);
          // The merged entity is a stub only if all it came from was one.
          if (stubs.delete(from) && !t) stubs.add(into);
        }
        repoint(from, into);
        break;
      }
      case 'update-entity': {
        const e = entities.get(c.target);
        if (!e) break;
        const { name, entityKind, country } = c.data;
        if (name && name !== e.name) {
          e.aliases = uniq([...e.aliases, e.name]).filter((a) => a !== name);
          e.name = name;
        }
        if (entityKind) e.kind = entityKind;
        if (country === null) delete e.country;
        else if (country) e.country = country;
        break;
      }
      case 'delete-entity':
        drop(c.target);
        break;
      case 'reject-relation':
        relations.delete(c.target);
        break;
      case 'reject-evidence': {
        const r = relations.get(c.target);
        if (!r) break;
        const gone = evidenceKey(c.data);
        r.evidence = r.evidence.filter((e) => evidenceKey(e) !== gone);
        if (!r.evidence.length) relations.delete(r.id);
        break;
      }
      case 'add-relation': {
        const { type, source, target, props, evidence, ends } = c.data;
        if (!articles.has(evidence.article)) break;
        for (const e of ends) {
          if (entities.has(e.id)) continue;
          entities.set(e.id, { ...e, aliases: [...e.aliases] });
          stubs.add(e.id);
        }
        const ev: Evidence = { article: evidence.article, start: evidence.start, end: evidence.end, quote: evidence.quote };
        put(relations, { type: type as Relation['type'], ...orientRelation(type, source, target), props: { ...props, [CURATED]: true }, evidence: [ev] });
        break;
      }
    }
  }
  return {
    extraction: { articles: ex.articles, entities: [...entities.values()], relations: [...relations.values()], mentions },
    stubs,
  };
}
