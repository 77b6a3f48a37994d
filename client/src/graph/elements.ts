/** Turns API graph data into Cytoscape elements and applies them to a live instance as a diff keyed by id. */
import type { Core, ElementDefinition } from 'cytoscape';
import type { GraphData } from '../api.js';
import { relationLabel, relationSpec } from '../../../server/domain/relation-registry.js';

export interface NodeData {
  id: string;
  label: string;
  kind: string;
  degree: number;
  sanctioned: boolean;
  /** Diameter in model pixels, grows with degree so hubs stand out. */
  size: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  /** The relation's name from the registry. */
  label: string;
  /** What is drawn on the edge: goods and value where known, else the relation's name. */
  caption: string;
  sources: number;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** Goods shown on an edge before "+N more". */
const GOODS_SHOWN = 2;

/** The edge text: the goods (first few) and the value where the relation states them, else the relation's name. */
export function edgeCaption(label: string, props: GraphData['edges'][number]['props']): string {
  const parts: string[] = [];
  const goods = Array.isArray(props.goods) ? props.goods.filter((g): g is string => typeof g === 'string' && g !== '') : [];
  if (goods.length) parts.push(goods.slice(0, GOODS_SHOWN).join(', ') + (goods.length > GOODS_SHOWN ? ` +${goods.length - GOODS_SHOWN}` : ''));
  if (typeof props.valueUsd === 'number' && Number.isFinite(props.valueUsd)) parts.push(usd.format(props.valueUsd));
  return parts.length ? parts.join(' · ') : label;
}

export const MIN_NODE_SIZE = 26;
export const MAX_NODE_SIZE = 64;

/** Cytoscape element definitions for graph data; edges whose ends are missing are dropped and counted. */
export function toElements(data: GraphData): { elements: ElementDefinition[]; danglingEdges: number } {
  const maxDegree = data.nodes.reduce((m, n) => Math.max(m, n.degree), 1);
  const ids = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const n of data.nodes) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    const size = MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.max(0, n.degree) / maxDegree);
    const d: NodeData = { id: n.id, label: n.name, kind: n.kind, degree: n.degree, sanctioned: n.sanctioned, size: Math.round(size) };
    elements.push({ group: 'nodes', data: d, classes: classesOf(d) });
  }
  let danglingEdges = 0;
  for (const e of data.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) {
      danglingEdges++;
      continue;
    }
    const spec = relationSpec(e.type);
    const label = relationLabel(e.type);
    const d: EdgeData = {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      label,
      caption: edgeCaption(label, e.props ?? {}),
      sources: Math.max(1, e.sources),
    };
    elements.push({ group: 'edges', data: d, classes: spec && !spec.directed ? 'undirected' : '' });
  }
  return { elements, danglingEdges };
}

function classesOf(d: NodeData): string {
  return d.sanctioned ? 'sanctioned' : '';
}

export interface SyncResult {
  added: number;
  removed: number;
  updated: number;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

/** Brings `cy` to exactly `elements` in one batch, touching only what changed; positions of kept nodes survive. */
export function syncElements(cy: Core, elements: ElementDefinition[]): SyncResult {
  const result: SyncResult = { added: 0, removed: 0, updated: 0 };
  const next = new Map(elements.map((el) => [el.data.id as string, el]));
  cy.batch(() => {
    const stale = cy.elements().filter((el) => {
      const want = next.get(el.id());
      if (!want || want.group !== el.group()) return true;
      // An edge cannot change its ends in place.
      return el.isEdge() && (el.data('source') !== want.data.source || el.data('target') !== want.data.target);
    });
    result.removed = stale.length;
    cy.remove(stale);

    const toAdd: ElementDefinition[] = [];
    for (const [id, el] of next) {
      const cur = cy.getElementById(id);
      if (cur.empty()) {
        toAdd.push(el);
        continue;
      }
      const classes = typeof el.classes === 'string' ? el.classes : '';
      if (!sameData(cur.data(), el.data as Record<string, unknown>) || cur.classes().join(' ') !== classes.trim()) {
        cur.data(el.data);
        cur.classes(classes);
        result.updated++;
      }
    }
    // Nodes before edges so every edge finds its ends.
    toAdd.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
    result.added = toAdd.length;
    if (toAdd.length) cy.add(toAdd);
  });
  return result;
}
