/** Test helpers: run one stage or the whole pipeline on a snippet and look results up by name. */
import { expect } from 'vitest';
import { nameKey } from '../../server/domain/names.js';
import { relationSpec } from '../../server/domain/relation-registry.js';
import type { Entity, Extraction, Relation } from '../../server/domain/types.js';
import { cleanArticle } from '../../server/extract/clean.js';
import { extractArticles } from '../../server/extract/index.js';
import { findMentions } from '../../server/extract/mentions.js';
import { resolveLocal } from '../../server/extract/resolve.js';
import { analyse } from '../../server/extract/sentences.js';

/** Extraction of one article given as text. */
export function extractText(text: string, id = 'test.txt'): Extraction {
  return extractArticles([{ id, text }]);
}

/** The entity whose name or an alias normalises like `name`, or undefined. */
export function entity(out: Extraction, name: string): Entity | undefined {
  const k = nameKey(name);
  return out.entities.find((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === k));
}

/** Like `entity`, but fails the test when there is none. */
export function mustEntity(out: Extraction, name: string): Entity {
  const e = entity(out, name);
  expect(e, `entity "${name}" in [${out.entities.map((x) => x.name).join(', ')}]`).toBeDefined();
  return e!;
}

/** Every relation of a type that the extraction of a text draws. */
export function relationsOf(text: string, type: string): Relation[] {
  return extractText(text).relations.filter((r) => r.type === type);
}

/** Relations of a type between two named entities (either way round for undirected types). */
export function rel(out: Extraction, type: string, from: string, to: string): Relation | undefined {
  const a = entity(out, from);
  const b = entity(out, to);
  if (!a || !b) return undefined;
  return out.relations.find(
    (r) => r.type === type && ((r.source === a.id && r.target === b.id) || (relationSpec(type)?.directed === false && r.source === b.id && r.target === a.id)),
  );
}

/** Readable list of relations for failure messages. */
export function describeRelations(out: Extraction): string {
  const name = (id: string) => out.entities.find((e) => e.id === id)?.name ?? id;
  return out.relations.map((r) => `${r.type} ${name(r.source)} -> ${name(r.target)}`).join('; ');
}

export function expectRel(out: Extraction, type: string, from: string, to: string): Relation {
  const r = rel(out, type, from, to);
  expect(r, `${type} ${from} -> ${to} among: ${describeRelations(out)}`).toBeDefined();
  return r!;
}

export function expectNoRel(out: Extraction, type: string, from: string, to: string): void {
  expect(rel(out, type, from, to), `no ${type} ${from} -> ${to} among: ${describeRelations(out)}`).toBeUndefined();
}

/** Entity kinds after the mention and in-article resolution stages: surface form -> kind (null: unclassified). */
export function kindsOf(text: string): Map<string, string | null> {
  const an = analyse(cleanArticle(text));
  const ms = findMentions(an);
  const res = resolveLocal(ms, new Set(an.sentences.map((s) => s.first)));
  const out = new Map<string, string | null>();
  ms.forEach((m, i) => out.set(m.surface, res.entities[res.entityOf[i]].kind));
  return out;
}
