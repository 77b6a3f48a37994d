/**
 * An entity as it is stored: what both stores write and read, and what the Cypher export writes so that the app
 * reads a rebuilt graph as if it had loaded the articles itself.
 */
import { entityKeys } from './names.js';
import type { Entity } from './types.js';

/** Aliases plus the normalised keys used for resolution and search. */
export interface EntityRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  keys: string[];
  search: string;
  country: string | null;
  notes: string | null;
}

export function toEntityRow(e: Entity): EntityRow {
  const aliases = [...new Set(e.aliases.filter((a) => a && a !== e.name))];
  const keys = entityKeys(e.name, aliases);
  return {
    id: e.id, name: e.name, kind: e.kind, aliases, keys, search: '|' + keys.join('|') + '|',
    country: e.country || null, notes: e.notes || null,
  };
}

export function fromEntityRow(r: EntityRow): Entity {
  const e: Entity = { id: r.id, name: r.name, kind: r.kind as Entity['kind'], aliases: r.aliases ?? [] };
  if (r.country) e.country = r.country;
  if (r.notes) e.notes = r.notes;
  return e;
}
