/**
 * Grounding: what a model said about one article becomes local entities and relations only where the text bears
 * it out. The model's names are found in the text and join the rule extractor's mentions, and the rule extractor's
 * within-article resolution groups them (so "IEMZ Orsk", "Orsk" and an acronym defined in parentheses are one
 * entity, "Chinese" is China). A relation is kept only when its quote is found in the text and names both of its
 * ends; every other relation is dropped and counted by reason.
 */
import { relationSpec } from '../../domain/relation-registry.js';
import { nameKey } from '../../domain/names.js';
import type { Article, EntityKind, Evidence, RelationProps } from '../../domain/types.js';
import type { RelationType } from '../../domain/relation-registry.js';
import { sourceSpan, type CleanText } from '../clean.js';
import { matchPlace } from '../countries.js';
import type { RawMention } from '../mentions.js';
import { goodsIn, periodIn, quantityIn, valueIn } from '../props.js';
import { resolveLocal, type LocalEntity } from '../resolve.js';
import type { Analysis } from '../sentences.js';
import { firstAtOrAfter, locateQuote, normalise, type Normalised } from './locate-quote.js';
import type { ModelAnswer } from './read-answer.js';
import type { Span } from './chunks.js';

/** An article made ready for grounding: cleaned, analysed, its rule mentions found. */
export interface PreparedArticle {
  article: Article;
  clean: CleanText;
  an: Analysis;
  mentions: RawMention[];
}

export interface GroundedRelation {
  type: RelationType;
  source: number;
  target: number;
  props: RelationProps;
  evidence: Evidence;
}

/** One article's grounded result; entity indices are local to it. Mention offsets are in the article text. */
export interface GroundedArticle {
  article: Article;
  entities: LocalEntity[];
  relations: GroundedRelation[];
  mentions: { entity: number; start: number; end: number }[];
}

export const DROP_REASONS = ['malformed', 'unknown_entity', 'quote_not_found', 'quote_too_long', 'end_not_in_quote', 'same_entity', 'kind_mismatch'] as const;
export type DropReason = (typeof DROP_REASONS)[number];
export type DropCounts = Record<DropReason, number>;

export const noDrops = (): DropCounts => Object.fromEntries(DROP_REASONS.map((r) => [r, 0])) as DropCounts;

/** Longer than any sentence or two: a quote this long does not point at where the relation is stated. */
const MAX_QUOTE = 1500;

interface NameRecord {
  surfaces: string[];
  kinds: Map<EntityKind, number>;
  /** Indices (in the merged mention list) of mentions that are this name. */
  mentions: number[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const strip = (s: string) => s.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();

/** The model's entities (and relation ends it did not list) merged by name key across all pieces. */
function collectNames(answers: ModelAnswer[]): { records: NameRecord[]; byKey: Map<string, NameRecord> } {
  const records: NameRecord[] = [];
  const byKey = new Map<string, NameRecord>();
  const add = (name: string, kind: EntityKind | null, aliases: string[]) => {
    // A name has a capital or a digit: "the company" or "drones" would match everywhere and prove nothing.
    const names = [name, ...aliases].map(strip).filter((s) => nameKey(s) && /[\p{Lu}\p{N}]/u.test(s));
    let rec = names.map((s) => byKey.get(nameKey(s))).find(Boolean);
    if (!rec) {
      rec = { surfaces: [], kinds: new Map(), mentions: [] };
      records.push(rec);
    }
    for (const s of names) {
      if (!rec.surfaces.includes(s)) rec.surfaces.push(s);
      if (!byKey.has(nameKey(s))) byKey.set(nameKey(s), rec);
    }
    if (kind) rec.kinds.set(kind, (rec.kinds.get(kind) ?? 0) + 1);
  };
  for (const a of answers) for (const e of a.entities) add(e.name, e.kind, e.aliases);
  for (const a of answers) for (const r of a.relations) for (const end of [r.source, r.target]) if (!byKey.has(nameKey(strip(end)))) add(end, null, []);
  return { records, byKey };
}

function topKind(kinds: Map<EntityKind, number>): EntityKind | null {
  return [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Word-bounded occurrences of `surface` in `text` (exact case first; any case when there is none). */
function occurrences(text: string, surface: string): Span[] {
  for (const flags of ['gu', 'giu']) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(surface)}(?![\\p{L}\\p{N}])`, flags);
    const out: Span[] = [];
    for (const m of text.matchAll(re)) out.push({ start: m.index!, end: m.index! + m[0].length });
    if (out.length) return out;
  }
  return [];
}

/** Index of the first token that starts at or after `pos`. */
function tokenAt(an: Analysis, pos: number): number {
  return firstAtOrAfter(an.tokens.length, (i) => an.tokens[i].start, pos);
}

/**
 * The rule mentions plus the model's names where the rules saw none; a model name that crosses or contains a rule
 * mention replaces it (the model read the longer name). Returns the merged list and, per name record, its mentions.
 */
function mergeMentions(p: PreparedArticle, records: NameRecord[]): RawMention[] {
  const text = p.clean.text;
  const rule = p.mentions;
  const dropped = new Set<number>();
  const extra: { m: RawMention; rec: NameRecord }[] = [];
  const ruleLinks: { i: number; rec: NameRecord }[] = [];
  const found: { span: Span; rec: NameRecord }[] = [];
  for (const rec of records) for (const s of rec.surfaces) for (const span of occurrences(text, s)) found.push({ span, rec });
  // Longer names first, so a shorter one inside a longer one is not taken as a separate mention.
  found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start);
  for (const { span, rec } of found) {
    const same = rule.findIndex((m) => m.start <= span.start && span.end <= m.end && nameKey(strip(m.surface)) === nameKey(strip(text.slice(span.start, span.end))));
    if (same >= 0) {
      if (!dropped.has(same)) ruleLinks.push({ i: same, rec });
      continue;
    }
    if (rule.some((m, i) => !dropped.has(i) && m.start <= span.start && span.end <= m.end)) continue;
    if (extra.some((x) => x.m.start < span.end && span.start < x.m.end)) continue;
    rule.forEach((m, i) => {
      if (m.start < span.end && span.start < m.end) dropped.add(i);
    });
    const first = tokenAt(p.an, span.start);
    const last = Math.max(first + 1, tokenAt(p.an, span.end));
    if (first >= p.an.tokens.length) continue;
    const kind = topKind(rec.kinds);
    const place = kind === 'country' ? matchPlace(text, span.start) : null;
    const m: RawMention = {
      start: span.start, end: span.end, first, last, sent: p.an.tokens[first].sent, surface: text.slice(span.start, span.end),
      // A "country" the gazetteer does not know gets no fixed kind: the rules' context cues decide.
      kind: kind === 'country' && !place ? null : kind, form: place?.form ?? 'name', country: place?.code,
      cues: [], possessive: /^['’]s\b/.test(text.slice(span.end, span.end + 3)), modifier: false,
    };
    extra.push({ m, rec });
  }
  // A country is named by its demonym and capital as well ("Chinese" for China): the rules' country mentions with
  // its code are its mentions too.
  for (const rec of records) {
    if (topKind(rec.kinds) !== 'country') continue;
    const codes = new Set<string>();
    for (const s of rec.surfaces) {
      const place = matchPlace(s, 0);
      if (place && place.surface.length === s.length) codes.add(place.code);
    }
    rule.forEach((m, i) => {
      if (m.kind === 'country' && m.country && codes.has(m.country) && !dropped.has(i)) ruleLinks.push({ i, rec });
    });
  }
  // One list in text order; "defines" indices are renumbered, pointing nowhere when their target was replaced.
  const kept = rule.map((m, i) => ({ m, i })).filter(({ i }) => !dropped.has(i));
  const all: { m: RawMention; old?: number; rec?: NameRecord }[] = [...kept.map(({ m, i }) => ({ m, old: i })), ...extra];
  all.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
  const newIdx = new Map<number, number>();
  all.forEach((x, i) => x.old !== undefined && newIdx.set(x.old, i));
  const mentions = all.map((x) => {
    const m = { ...x.m };
    if (m.defines !== undefined) m.defines = newIdx.get(m.defines);
    return m;
  });
  all.forEach((x, i) => x.rec?.mentions.push(i));
  for (const { i, rec } of ruleLinks) {
    const at = newIdx.get(i);
    if (at === undefined) continue;
    rec.mentions.push(at);
    // The rules could not classify this name; the model's kind is the best word on it.
    if (!mentions[at].kind && topKind(rec.kinds) && topKind(rec.kinds) !== 'country') mentions[at].kind = topKind(rec.kinds);
  }
  return mentions;
}

/** Evidence for `[s, e)` of the article text, without surrounding whitespace. */
function evidenceAt(src: string, article: string, s: number, e: number): Evidence {
  while (s < e && /\s/.test(src[s])) s++;
  while (e > s && /\s/.test(src[e - 1])) e--;
  return { article, start: s, end: e, quote: src.slice(s, e) };
}

/** First index of the cleaned text whose source offset is at or after `pos`. */
function cleanAt(clean: CleanText, pos: number): number {
  return firstAtOrAfter(clean.text.length, (i) => clean.map[i], pos);
}

/**
 * Where a quote is: in the cleaned text the model read (the usual case), or else in the article text itself (a
 * quote spanning a list marker or a line the clean-up joined). Gives the span in the cleaned text, where mentions
 * are, and the evidence in the article text.
 */
function locate(p: PreparedArticle, quote: string, hint: Span, norm: Normalised): { span: [number, number]; evidence: Evidence } | null {
  const c = p.clean;
  const inClean = locateQuote(c.text, quote, hint, norm);
  if (inClean) {
    const [s, e] = sourceSpan(c, inClean[0], inClean[1]);
    return { span: inClean, evidence: evidenceAt(c.source, p.article.id, s, e) };
  }
  const inSource = locateQuote(c.source, quote, { start: c.map[hint.start], end: c.map[hint.end] });
  if (!inSource) return null;
  return { span: [cleanAt(c, inSource[0]), cleanAt(c, inSource[1])], evidence: evidenceAt(c.source, p.article.id, inSource[0], inSource[1]) };
}

/** Grounds the model's answers for one article (each with the part of the text it came from). */
export function groundArticle(p: PreparedArticle, answers: { answer: ModelAnswer; hint: Span }[], drops: DropCounts): GroundedArticle {
  const { records, byKey } = collectNames(answers.map((a) => a.answer));
  const mentions = mergeMentions(p, records);
  const starts = new Set(p.an.sentences.map((s) => s.first));
  const res = resolveLocal(mentions, starts);

  // Each name record stands for the local entity most of its mentions resolved to.
  const entityOfRecord = new Map<NameRecord, number>();
  const modelKind = new Map<number, EntityKind>();
  for (const rec of records) {
    const votes = new Map<number, number>();
    for (const i of rec.mentions) if (res.entityOf[i] >= 0) votes.set(res.entityOf[i], (votes.get(res.entityOf[i]) ?? 0) + 1);
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (best === undefined) continue;
    entityOfRecord.set(rec, best);
    const k = topKind(rec.kinds);
    if (k && !modelKind.has(best)) modelKind.set(best, k);
  }
  const kindOf = (e: number): EntityKind | null => res.entities[e].kind ?? modelKind.get(e) ?? null;

  const norm = normalise(p.clean.text);
  const mentionsIn = (e: number, s: number, t: number) => res.entities[e].mentions.some((i) => mentions[i].start >= s && mentions[i].end <= t);
  const relations: GroundedRelation[] = [];
  const seen = new Set<string>();
  const used = new Set<number>();
  for (const { answer, hint } of answers) {
    drops.malformed += answer.malformed;
    for (const r of answer.relations) {
      const rs = byKey.get(nameKey(strip(r.source)));
      const rt = byKey.get(nameKey(strip(r.target)));
      let s = rs && entityOfRecord.get(rs);
      let t = rt && entityOfRecord.get(rt);
      if (s === undefined || t === undefined) {
        drops.unknown_entity++;
        continue;
      }
      const found = locate(p, r.quote, hint, norm);
      if (!found) {
        drops.quote_not_found++;
        continue;
      }
      const { span, evidence } = found;
      if (span[1] - span[0] > MAX_QUOTE) {
        drops.quote_too_long++;
        continue;
      }
      if (!mentionsIn(s, span[0], span[1]) || !mentionsIn(t, span[0], span[1])) {
        drops.end_not_in_quote++;
        continue;
      }
      if (s === t) {
        drops.same_entity++;
        continue;
      }
      const spec = relationSpec(r.type)!;
      const sk = kindOf(s);
      const tk = kindOf(t);
      if (!sk || !tk || !spec.sourceKinds.includes(sk) || !spec.targetKinds.includes(tk)) {
        drops.kind_mismatch++;
        continue;
      }
      if (!spec.directed && t < s) [s, t] = [t, s];
      const key = `${r.type}|${s}|${t}|${span[0]}|${span[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      used.add(s).add(t);
      relations.push({ type: r.type as RelationType, source: s, target: t, props: propsOf(p, span, mentions), evidence });
    }
  }

  // Kept: what the model named and the text contains, with a kind.
  const keep = new Map<number, number>();
  const entities: LocalEntity[] = [];
  for (const e of new Set(entityOfRecord.values())) {
    const kind = kindOf(e);
    if (!kind) continue;
    keep.set(e, entities.length);
    entities.push({ ...res.entities[e], kind });
  }
  const out: GroundedArticle['mentions'] = [];
  mentions.forEach((m, i) => {
    const e = keep.get(res.entityOf[i]);
    if (e === undefined) return;
    const [s, t] = sourceSpan(p.clean, m.start, m.end);
    out.push({ entity: e, start: s, end: t });
  });
  return {
    article: p.article,
    entities,
    relations: relations.filter((r) => keep.has(r.source) && keep.has(r.target)).map((r) => ({ ...r, source: keep.get(r.source)!, target: keep.get(r.target)! })),
    mentions: out,
  };
}

/** Goods, value, quantity and period stated in the quote, read by the rule extractor's property readers. */
function propsOf(p: PreparedArticle, span: [number, number], mentions: RawMention[]): RelationProps {
  const from = tokenAt(p.an, span[0]);
  const to = tokenAt(p.an, span[1]);
  const props: RelationProps = {};
  if (to <= from) return props;
  const named = new Uint8Array(p.an.tokens.length);
  for (const m of mentions) for (let k = m.first; k < m.last && k < named.length; k++) named[k] = 1;
  const goods = goodsIn(p.an, from, to, (k) => named[k] === 1);
  if (goods.length) props.goods = goods.slice(0, 12);
  const value = valueIn(p.an, from, to);
  if (value !== undefined) props.valueUsd = value;
  const quantity = quantityIn(p.an, from, to);
  if (quantity) props.quantity = quantity;
  const period = periodIn(p.an, from, to);
  if (period) props.period = period;
  return props;
}
