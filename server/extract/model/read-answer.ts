/**
 * Reads a model's answer: JSON as asked, or as small models write it (inside a code fence, after a preamble, with
 * trailing commas or single quotes). `jsonrepair` mends what it can; anything that is still not an answer of the
 * expected shape (one cut short before its relations list, say) is an AnswerError. Items of the wrong shape are
 * skipped one by one and counted.
 */
import { jsonrepair } from 'jsonrepair';
import { isRelationType } from '../../domain/relation-registry.js';
import { ENTITY_KINDS, type EntityKind } from '../../domain/types.js';

export interface ModelEntity {
  name: string;
  kind: EntityKind | null;
  aliases: string[];
}

export interface ModelRelation {
  type: string;
  source: string;
  target: string;
  quote: string;
}

export interface ModelAnswer {
  entities: ModelEntity[];
  relations: ModelRelation[];
  /** Relations of an unknown type or with a field missing. */
  malformed: number;
}

export class AnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswerError';
  }
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function parseLoose(content: string): unknown {
  const fenced = /```(?:json)?\s*([\s\S]*?)(?:```|$)/i.exec(content);
  const body = (fenced ? fenced[1] : content).trim();
  const from = body.indexOf('{');
  if (from < 0) throw new AnswerError('the answer holds no JSON object');
  const candidate = body.slice(from);
  try {
    return JSON.parse(candidate);
  } catch {
    try {
      return JSON.parse(jsonrepair(candidate));
    } catch (e) {
      throw new AnswerError(`the answer is not readable JSON (${(e as Error).message.split('\n')[0]})`);
    }
  }
}

/** Parses and shapes one answer; throws AnswerError when it is not an answer at all. */
export function readAnswer(content: string): ModelAnswer {
  const raw = parseLoose(content) as { entities?: unknown; relations?: unknown } | null;
  // A mended answer without its relations list was cut short, not an answer that found nothing.
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.relations)) throw new AnswerError('the answer has no "relations" list');
  const entities: ModelEntity[] = [];
  for (const e of Array.isArray(raw.entities) ? raw.entities : []) {
    const name = str(e?.name);
    if (!name) continue;
    const kind = ENTITY_KINDS.includes(e.kind) ? (e.kind as EntityKind) : null;
    const aliases = Array.isArray(e.aliases) ? e.aliases.map(str).filter((a: string) => a && a !== name) : [];
    entities.push({ name, kind, aliases });
  }
  const relations: ModelRelation[] = [];
  let malformed = 0;
  for (const r of Array.isArray(raw.relations) ? raw.relations : []) {
    const type = str(r?.type).toUpperCase().replace(/[\s-]+/g, '_');
    const rel = { type, source: str(r?.source), target: str(r?.target), quote: str(r?.quote) };
    if (isRelationType(type) && rel.source && rel.target && rel.quote) relations.push(rel);
    else malformed++;
  }
  return { entities, relations, malformed };
}
