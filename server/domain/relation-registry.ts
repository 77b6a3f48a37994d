/** The relation registry: one table that drives extraction, storage, path search and edge styling. */
import type { EntityKind } from './types.js';

export interface RelationSpec {
  type: string;
  label: string;
  /** Whether source → target order carries meaning. */
  directed: boolean;
  /** Flow relations move goods or technology and are the only ones path search walks. */
  flow: boolean;
  sourceKinds: readonly EntityKind[];
  targetKinds: readonly EntityKind[];
  /** Edge style hints for the client. */
  style: { color: string; line: 'solid' | 'dashed' | 'dotted' };
}

const ACTORS = ['company', 'country', 'government', 'organization', 'person'] as const;

export const RELATIONS = [
  { type: 'SHIPPED_TO', label: 'shipped to', directed: true, flow: true, sourceKinds: ACTORS, targetKinds: ACTORS,
    style: { color: '#d9480f', line: 'solid' } },
  { type: 'SUBSIDIARY_OF', label: 'subsidiary of', directed: true, flow: false, sourceKinds: ['company', 'organization'],
    targetKinds: ['company', 'organization', 'government', 'person'], style: { color: '#1c7ed6', line: 'dashed' } },
  { type: 'SANCTIONED', label: 'sanctioned', directed: true, flow: false,
    sourceKinds: ['government', 'country', 'organization'], targetKinds: ACTORS, style: { color: '#c92a2a', line: 'dotted' } },
  { type: 'MANUFACTURES', label: 'manufactures', directed: true, flow: false, sourceKinds: ['company', 'country'],
    targetKinds: ['product'], style: { color: '#5c940d', line: 'dashed' } },
  { type: 'COOPERATED_WITH', label: 'cooperated with', directed: false, flow: false, sourceKinds: ACTORS,
    targetKinds: ACTORS, style: { color: '#7048e8', line: 'dashed' } },
  { type: 'NEGOTIATED_WITH', label: 'negotiated with', directed: false, flow: false, sourceKinds: ACTORS,
    targetKinds: ACTORS, style: { color: '#ae3ec9', line: 'dotted' } },
  { type: 'DENIED', label: 'denied', directed: true, flow: false, sourceKinds: ACTORS, targetKinds: ACTORS,
    style: { color: '#868e96', line: 'dotted' } },
] as const satisfies readonly RelationSpec[];

export type RelationType = (typeof RELATIONS)[number]['type'];

/** What each relation states, in a sentence (read by the model extractor's prompt; a type without one shows its label). */
export const RELATION_MEANINGS: Partial<Record<RelationType, string>> = {
  SHIPPED_TO: 'the source sold, shipped, exported, delivered or otherwise supplied goods or technology to the target',
  SUBSIDIARY_OF: 'the source is a subsidiary, unit or division of the target, or is owned or controlled by it',
  SANCTIONED: 'the source (a government, country or body) imposed sanctions on, blacklisted or designated the target',
  MANUFACTURES: 'the source makes or produces the target product',
  COOPERATED_WITH: 'the two worked together, partnered or cooperated (no goods said to move)',
  NEGOTIATED_WITH: 'the two held talks or negotiated a deal that is not said to have been carried out',
  DENIED: 'the source denied a claim about the target (such as having supplied it)',
};

export const RELATION_TYPES = RELATIONS.map((r) => r.type) as RelationType[];
export const FLOW_TYPES = RELATIONS.filter((r) => r.flow).map((r) => r.type) as RelationType[];

const byType = new Map<string, RelationSpec>(RELATIONS.map((r) => [r.type, r]));

/** The registry entry for a type, or undefined for an unknown one. */
export function relationSpec(type: string): RelationSpec | undefined {
  return byType.get(type);
}

/** How a relation type reads in a sentence: the registry's label, or an unknown type's name in words. */
export function relationLabel(type: string): string {
  return byType.get(type)?.label ?? type.toLowerCase().replace(/_/g, ' ');
}

export function isRelationType(type: string): type is RelationType {
  return byType.has(type);
}
