/**
 * Puts grounded articles together into one extraction of the same shape as the rule extractor's: entities are
 * resolved across articles by the rule extractor's batch resolution, and the same fact from several places is one
 * relation with several evidence entries. In hybrid mode the rule extraction takes part as one more "article" whose
 * entities are the rules' own, so a name the model found where the rules found it too is the rules' entity.
 */
import { MAX_GOODS, mergeProps } from '../../domain/relation-merge.js';
import { orientRelation, type Extraction, type Mention, type Relation, type RelationProps } from '../../domain/types.js';
import { resolveBatch, type LocalEntity } from '../resolve.js';
import type { GroundedArticle } from './ground.js';


/** The rules' entities as local entities of a pseudo-article, keyed so that the model's matching ones join them. */
function rulesAsLocal(rules: Extraction): LocalEntity[] {
  return rules.entities.map((e) => ({
    key: 'R:' + e.id, kind: e.kind, surfaces: new Map([e.name, ...e.aliases].map((s) => [s, 1])), country: e.country,
    mentions: [], cues: new Map(), explicit: true, initialOnly: false, namedIn: new Set(),
  }));
}

/** Marks the model's entities that the rules found at the same place in the same article as the rules' entity. */
function tagRuleEntities(g: GroundedArticle, rules: Extraction): LocalEntity[] {
  const at = new Map<string, string>();
  for (const m of rules.mentions ?? []) if (m.article === g.article.id) at.set(`${m.start}:${m.end}`, m.entity);
  const kindOf = new Map(rules.entities.map((e) => [e.id, e.kind]));
  const entities = g.entities.map((e) => ({ ...e }));
  for (const m of g.mentions) {
    const id = at.get(`${m.start}:${m.end}`);
    const e = entities[m.entity];
    if (id && !e.key.startsWith('R:')) {
      e.key = 'R:' + id;
      e.kind = kindOf.get(id)!;
    }
  }
  return entities;
}

/** One extraction from grounded articles, merged with the rules' extraction of the same articles when given. */
export function assemble(grounded: GroundedArticle[], rules?: Extraction): Extraction {
  const local = grounded.map((g) => (rules ? tagRuleEntities(g, rules) : g.entities));
  if (rules) local.push(rulesAsLocal(rules));
  const resolved = resolveBatch(local);
  // The rules' entities keep their ids and names (the model only adds aliases to them), so hybrid output differs
  // from the rules' only by what the model added.
  const rename = new Map<string, string>();
  const ruleById = new Map((rules?.entities ?? []).map((e) => [e.id, e]));
  rules?.entities.forEach((e, i) => rename.set(resolved.idOf(grounded.length, i), e.id));
  const entities = resolved.entities.map((e) => {
    const ruleId = rename.get(e.id);
    const own = ruleId && ruleById.get(ruleId);
    if (own) return { ...own, aliases: [...new Set([...own.aliases, ...e.aliases, e.name])].filter((x) => x !== own.name).sort() };
    if (ruleById.has(e.id)) rename.set(e.id, `${e.id}-${e.kind}-m`);
    return rename.has(e.id) ? { ...e, id: rename.get(e.id)! } : e;
  });
  const idOf = (a: number, l: number) => {
    const id = resolved.idOf(a, l);
    return rename.get(id) ?? id;
  };
  const relations = new Map<string, Relation>();
  const add = (type: Relation['type'], s: string, t: string, props: RelationProps, evidence: Relation['evidence']) => {
    if (s === t) return;
    const { id, source, target } = orientRelation(type, s, t);
    [s, t] = [source, target];
    const prev = relations.get(id);
    if (!prev) return void relations.set(id, { id, type, source: s, target: t, props: { ...props }, evidence: [...evidence] });
    prev.props = mergeProps(prev.props, props, MAX_GOODS);
    for (const x of evidence) {
      if (!prev.evidence.some((e) => e.article === x.article && e.start === x.start && e.end === x.end)) prev.evidence.push(x);
    }
  };
  const mentions: Mention[] = [];
  const seen = new Set<string>();
  const mention = (m: Mention) => {
    const k = `${m.article}|${m.entity}|${m.start}|${m.end}`;
    if (!seen.has(k)) mentions.push(m);
    seen.add(k);
  };
  if (rules) {
    const p = grounded.length;
    const index = new Map(rules.entities.map((e, i) => [e.id, i]));
    const to = (id: string) => idOf(p, index.get(id)!);
    for (const r of rules.relations) add(r.type, to(r.source), to(r.target), r.props, r.evidence);
    for (const m of rules.mentions ?? []) mention({ ...m, entity: to(m.entity) });
  }
  grounded.forEach((g, a) => {
    for (const r of g.relations) add(r.type, idOf(a, r.source), idOf(a, r.target), r.props, [r.evidence]);
    for (const m of g.mentions) mention({ article: g.article.id, entity: idOf(a, m.entity), start: m.start, end: m.end });
  });
  const articles = rules ? rules.articles : grounded.map((g) => g.article);
  return { articles, entities, relations: [...relations.values()], mentions };
}
