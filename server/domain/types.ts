/** Core data model shared by extraction, stores, API and client. */
import { relationSpec, type RelationType } from './relation-registry.js';

export const ENTITY_KINDS = ['company', 'country', 'government', 'person', 'media', 'organization', 'product'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The label a kind gets on Neo4j beside `Entity` (`:Entity:Company`), and the name researchers type for it. */
export const kindLabel = (kind: EntityKind): string => kind[0].toUpperCase() + kind.slice(1);

/** The kind a label names ('Company' → 'company'), case-insensitively; undefined when it names none. */
export const kindOfLabel = (label: string): EntityKind | undefined => ENTITY_KINDS.find((k) => k === label.toLowerCase());

export interface Entity {
  /** Stable slug of the resolved name: the same real-world entity always gets the same id. */
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** ISO 3166-1 alpha-2 code of the entity's country, when known. */
  country?: string;
  notes?: string;
}

/** What is known of an article besides its id and text: its title and, where known, outlet, address and date. */
export interface ArticleMeta {
  title: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

export interface Article extends ArticleMeta {
  /** The file name for seeds (e.g. `000_0c80a306d1c4018a.txt`), a content hash for posted articles. */
  id: string;
  text: string;
}

type OptionalMeta = Omit<ArticleMeta, 'title'>;

/** The optional metadata of `from` that is set (empty and null left out), to spread into a record. */
export function optionalMeta(from: { [K in keyof OptionalMeta]?: string | null }): OptionalMeta {
  const out: OptionalMeta = {};
  if (from.source) out.source = from.source;
  if (from.url) out.url = from.url;
  if (from.publishedAt) out.publishedAt = from.publishedAt;
  return out;
}

/** One place in one article that states a relation; `quote === article.text.slice(start, end)`. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  quote: string;
  /** The extraction rule (frame) that read the relation from this quote. */
  rule?: string;
}

export interface RelationProps {
  goods?: string[];
  valueUsd?: number;
  quantity?: string;
  period?: string;
  when?: string;
  program?: string;
  [key: string]: unknown;
}

export interface Relation {
  /** Stable: `${type}:${source}->${target}`, so the same fact from several articles is one relation. */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  props: RelationProps;
  evidence: Evidence[];
  /** The extraction rule (frame) behind the first evidence: a regression names its rule. */
  rule?: string;
}

/** A span of an article that names an entity. */
export interface Mention {
  article: string;
  entity: string;
  start: number;
  end: number;
}

/** What the extractor produces and what a store loads: one idempotent batch. */
export interface Extraction {
  articles: Article[];
  entities: Entity[];
  relations: Relation[];
  mentions?: Mention[];
}

/**
 * The one id rule. A relation's id is `${type}:${source}->${target}`; for a type the registry marks undirected
 * (`directed: false`) the ends are put in id order first, so "a cooperated with b" and "b cooperated with a" are one
 * relation whichever order they arrive in. Every place that makes a relation takes its id and ends from here.
 */
export function orientRelation(type: string, source: string, target: string): { id: string; source: string; target: string } {
  if (relationSpec(type)?.directed === false && target < source) [source, target] = [target, source];
  return { id: `${type}:${source}->${target}`, source, target };
}

/** Stable id of a relation (see orientRelation: the ends of an undirected type are ordered first). */
export function relationId(type: string, source: string, target: string): string {
  return orientRelation(type, source, target).id;
}

/** The parts of a relation id made by relationId, or null for any other string. */
export function parseRelationId(id: string): { type: string; source: string; target: string } | null {
  const m = /^([A-Z][A-Z_]*):(.+?)->(.+)$/.exec(id);
  return m ? { type: m[1], source: m[2], target: m[3] } : null;
}
