/**
 * The extraction pipeline: clean-up -> sentences and tokens -> mentions -> resolution -> relations and their
 * properties -> evidence. Articles are processed one at a time (their token arrays are dropped as soon as they
 * are read) and their entities are then resolved across the whole batch.
 */
import { relationSpec, type RelationType } from '../domain/relation-registry.js';
import { MAX_GOODS, mergeProps } from '../domain/relation-merge.js';
import { orientRelation, type Article, type Evidence, type Extraction, type Mention, type Relation, type RelationProps } from '../domain/types.js';
import { articleOf, type ArticleInput } from './article.js';
import { otherBodyNames } from './body-names.js';
import { cleanArticle, sourceSpan, type CleanText } from './clean.js';
import { countryByCode } from './countries.js';
import { addKnownMentions, findMentions, type RawMention } from './mentions.js';
import { extractRelations } from './relations.js';
import { extendLocal, resolveBatch, resolveLocal, type BatchEntity } from './resolve.js';
import { analyse } from './sentences.js';
import { validateArticleText } from './validate.js';

export { decodeArticleBytes, MAX_ARTICLE_CHARS, validateArticleText } from './validate.js';

export type { ArticleInput } from './article.js';

/**
 * What one article contributes before entities are resolved across the batch: the costly part of extraction, a pure
 * function of the article, so it runs on a worker thread (server/workers/) and crosses threads by structured clone.
 */
export interface ArticleResult {
  article: Article;
  /**
   * The entities the article keeps, with their final kind and only what batch resolution reads: the filtering and
   * re-indexing happen here, on the worker, and the rest of the in-article resolution does not cross threads.
   */
  entities: BatchEntity[];
  relations: { type: RelationType; source: number; target: number; props: RelationProps; evidence: Evidence }[];
  mentions: { entity: number; start: number; end: number }[];
}

function evidenceOf(clean: CleanText, article: string, start: number, end: number, rule: string): Evidence {
  let [s, e] = sourceSpan(clean, start, end);
  const src = clean.source;
  while (s < e && /\s/.test(src[s])) s++;
  while (e > s && /\s/.test(src[e - 1])) e--;
  return { article, start: s, end: e, quote: src.slice(s, e), rule };
}

/** Runs the per-article stages; entity indices in the result are local to the article. */
export function analyseArticle(input: ArticleInput): ArticleResult {
  validateArticleText(input.text, input.id);
  const clean = cleanArticle(input.text);
  const article = articleOf(input, clean);

  const an = analyse(clean);
  const starts = new Set(an.sentences.map((s) => s.first));
  let mentions: RawMention[] = findMentions(an);
  let res = resolveLocal(mentions, starts);
  // Second pass: names classified somewhere in the article are found everywhere (headlines, sentence starts).
  const known = new Map<string, Pick<RawMention, 'kind' | 'form' | 'country' | 'body' | 'knownEntity'>>();
  res.entities.forEach((e, ei) => {
    if (!e.kind || e.kind === 'country') return;
    for (const i of e.mentions) {
      const m = mentions[i];
      const s = m.surface.replace(/^the\s+/i, '');
      if ((s.length > 2 || /^[A-Z]{2}$/.test(s)) && !known.has(s)) known.set(s, { kind: e.kind, form: m.form, country: m.country, body: m.body, knownEntity: ei });
    }
  });
  const before = mentions;
  mentions = addKnownMentions(an, mentions, known);
  res = extendLocal(res, before, mentions, starts);
  const rel = extractRelations(an, mentions, res);

  // Final kinds: names that filled an actor's slot are companies; countries named only by a demonym are kept
  // only when a relation needs them; what nothing vouches for is dropped.
  const used = new Set<number>();
  for (const r of rel.relations) used.add(r.source).add(r.target);
  const namedInBodies = new Set(res.entities.flatMap((e) => [...e.namedIn]));
  const kinds = res.entities.map((e, i) => {
    const kind = e.kind ?? (rel.promoted.has(i) && used.has(i) ? 'company' : null);
    if (kind === 'country' && !e.explicit && !used.has(i) && !(e.country && namedInBodies.has(e.country))) return null;
    if (e.standIn && !used.has(i)) return null;
    return kind;
  });
  // A country named only inside a body's name ("Security Service of Ukraine") is named all the same.
  for (const code of namedInBodies) {
    if (res.entities.some((e) => e.kind === 'country' && e.country === code)) continue;
    const name = countryByCode(code)?.name;
    if (!name) continue;
    res.entities.push({
      key: 'C:' + code, kind: 'country', surfaces: new Map([[name, 1]]), country: code, mentions: [], cues: new Map(),
      explicit: true, initialOnly: false, namedIn: new Set(),
    });
    kinds.push('country');
  }
  const relations: ArticleResult['relations'] = [];
  for (const r of rel.relations) {
    const sk = kinds[r.source];
    const tk = kinds[r.target];
    const spec = relationSpec(r.type);
    if (!sk || !tk || !spec) continue;
    if (!(spec.sourceKinds as readonly string[]).includes(sk) || !(spec.targetKinds as readonly string[]).includes(tk)) continue;
    relations.push({ type: r.type, source: r.source, target: r.target, props: r.props, evidence: evidenceOf(clean, input.id, r.start, r.end, r.rule) });
  }
  // Kept entities only, numbered anew; a mention span is listed once per entity.
  const entities: BatchEntity[] = [];
  const kept = new Int32Array(kinds.length).fill(-1);
  kinds.forEach((kind, i) => {
    if (!kind) return;
    const { key, surfaces, country } = res.entities[i];
    kept[i] = entities.length;
    const e: BatchEntity = country === undefined ? { key, kind, surfaces } : { key, kind, surfaces, country };
    if (kind === 'government' || kind === 'organization') {
      const also = otherBodyNames(surfaces.keys(), country);
      if (also.length) e.also = also;
    }
    entities.push(e);
  });
  for (const r of relations) {
    r.source = kept[r.source];
    r.target = kept[r.target];
  }
  const out: ArticleResult['mentions'] = [];
  const seen = new Set<string>();
  mentions.forEach((m, i) => {
    const e = res.entityOf[i];
    if (e < 0 || !kinds[e]) return;
    const [s, t] = sourceSpan(clean, m.start, m.end);
    const k = `${kept[e]}|${s}|${t}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ entity: kept[e], start: s, end: t });
  });
  return { article, entities, relations, mentions: out };
}

/** A batch's extraction, and for each article the resolved entities it contributes. */
export interface Combined {
  extraction: Extraction;
  entitiesOf: Map<string, Set<string>>;
}

/** Extracts entities, relations and mentions from a set of articles, resolving entities across all of them. */
export function extractArticles(inputs: ArticleInput[]): Extraction {
  return combineArticles(inputs.map(analyseArticle)).extraction;
}

/**
 * Resolves the entities of analysed articles across the whole set and assembles one extraction (cheap, in order).
 * `entitiesOf` names, per article, the resolved entities it contributes, so one article's share can be loaded alone.
 */
export function combineArticles(results: ArticleResult[]): Combined {
  const { entities, idOf } = resolveBatch(results.map((r) => r.entities));
  const relations = new Map<string, Relation>();
  const mentions: Mention[] = [];
  const entitiesOf = new Map<string, Set<string>>();
  results.forEach((r, a) => {
    const gid = (i: number) => idOf(a, i);
    entitiesOf.set(r.article.id, new Set(r.entities.map((_, i) => gid(i))));
    for (const x of r.relations) {
      const source = gid(x.source);
      const target = gid(x.target);
      if (source === target) continue;
      const { id, source: s, target: t } = orientRelation(x.type, source, target);
      const prev = relations.get(id);
      if (!prev) relations.set(id, { id, type: x.type, source: s, target: t, props: { ...x.props }, evidence: [x.evidence], rule: x.evidence.rule });
      else {
        prev.props = mergeProps(prev.props, x.props, MAX_GOODS);
        if (!prev.evidence.some((e) => e.article === x.evidence.article && e.start === x.evidence.start && e.end === x.evidence.end)) prev.evidence.push(x.evidence);
      }
    }
    // Each article's mentions are unique per (its entity, span), and two entities of one article never resolve to one.
    for (const m of r.mentions) mentions.push({ article: r.article.id, entity: gid(m.entity), start: m.start, end: m.end });
  });
  return { extraction: { articles: results.map((r) => r.article), entities, relations: [...relations.values()], mentions }, entitiesOf };
}
