/** Turns plain result rows (already JSON-safe) into API shapes. Shared by both adapters so they answer alike. */
import { nameKey } from '../domain/names.js';
import type { EntityKind, Evidence } from '../domain/types.js';
import type { ArticleDetail, ArticleSummary, EntityDetail, GraphData, GraphEdge, GraphFilter, GraphNode } from './graph-store.js';

export type Row = Record<string, unknown>;

const str = (v: unknown): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));

export function assembleNode(r: Row, degree: number, sanctioned: boolean): GraphNode {
  const n: GraphNode = {
    id: String(r.id), name: String(r.name), kind: r.kind as EntityKind, aliases: (r.aliases as string[] | null) ?? [],
    degree, sanctioned,
  };
  const country = str(r.country);
  const notes = str(r.notes);
  if (country) n.country = country;
  if (notes) n.notes = notes;
  return n;
}

export function assembleEdge(r: Row, withEvidence = false): GraphEdge {
  const e: GraphEdge = {
    id: String(r.id), type: String(r.type), source: String(r.source), target: String(r.target),
    props: JSON.parse(String(r.props ?? '{}')), sources: Number(r.sources ?? 0),
  };
  if (withEvidence) e.evidence = JSON.parse(String(r.evidence ?? '[]')) as Evidence[];
  return e;
}

export function assembleArticle(r: Row): ArticleSummary {
  const a: ArticleSummary = { id: String(r.id), title: String(r.title ?? ''), length: Number(r.length ?? String(r.text ?? '').length) };
  for (const k of ['source', 'url', 'publishedAt'] as const) {
    const v = str(r[k]);
    if (v) a[k] = v;
  }
  return a;
}

/**
 * Builds the overview graph: nodes ranked by degree within the filtered edges, capped at `limit`, and the edges among
 * the kept nodes. With an edge filter (types, minSources) nodes left without edges are dropped, since the filter asks
 * for relations.
 */
export function assembleGraph(nodeRows: Row[], edgeRows: Row[], sanctioned: Set<string>, filter: GraphFilter): GraphData {
  const byId = new Map(nodeRows.map((r) => [String(r.id), r]));
  const edges = edgeRows.filter((e) => byId.has(String(e.source)) && byId.has(String(e.target)));
  const degree = new Map<string, number>();
  for (const e of edges) for (const end of [String(e.source), String(e.target)]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const edgeFiltered = (filter.types?.length ?? 0) > 0 || (filter.minSources ?? 0) > 1;
  let ids = [...byId.keys()].filter((id) => !edgeFiltered || degree.has(id));
  ids.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || a.localeCompare(b));
  const truncated = ids.length > filter.limit;
  ids = ids.slice(0, filter.limit);
  const keep = new Set(ids);
  return {
    nodes: ids.map((id) => assembleNode(byId.get(id)!, degree.get(id) ?? 0, sanctioned.has(id))),
    edges: edges.filter((e) => keep.has(String(e.source)) && keep.has(String(e.target))).map((e) => assembleEdge(e)),
    truncated,
  };
}

export function assembleEntityDetail(
  ent: Row, out: Row[], inc: Row[], articles: Row[], deco: { degree: Map<string, number>; sanctioned: Set<string> },
): EntityDetail {
  const id = String(ent.id);
  const rel = (r: Row, direction: 'out' | 'in') => ({
    ...assembleEdge(r, true) as GraphEdge & { evidence: Evidence[] },
    direction,
    other: { id: String(r.otherId), name: String(r.otherName), kind: r.otherKind as EntityKind },
  });
  return {
    entity: assembleNode(ent, deco.degree.get(id) ?? 0, deco.sanctioned.has(id)),
    relations: [...out.map((r) => rel(r, 'out')), ...inc.map((r) => rel(r, 'in'))]
      .sort((a, b) => a.type.localeCompare(b.type) || b.sources - a.sources || a.other.name.localeCompare(b.other.name)),
    articles: articles.map(assembleArticle),
  };
}

/** Expands stored per-entity span lists into one mention per span, in text order. */
export function mentionSpans(rows: Row[]): ArticleDetail['mentions'] {
  const out: ArticleDetail['mentions'] = [];
  for (const r of rows) {
    for (const [start, end] of JSON.parse(String(r.spans)) as [number, number][]) {
      out.push({ entity: String(r.entity), name: String(r.name), kind: r.kind as EntityKind, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Name/alias search: candidates whose normalised keys contain the normalised query, ranked exact key, then key
 * prefix, then word prefix, then substring; ties by degree.
 */
export async function rankSearch(
  q: string,
  limit: number,
  scan: (needle: string, max: number) => Promise<Row[]>,
  decorate: (ids: string[]) => Promise<{ degree: Map<string, number>; sanctioned: Set<string> }>,
): Promise<GraphNode[]> {
  const needle = nameKey(q) || q.trim().toLowerCase();
  if (!needle) return [];
  const rows = await scan(needle, Math.max(200, limit * 20));
  const rank = (r: Row) => {
    const keys = (r.keys as string[] | null) ?? [];
    if (keys.includes(needle)) return 0;
    if (keys.some((k) => k.startsWith(needle))) return 1;
    if (keys.some((k) => k.split(' ').some((w) => w.startsWith(needle)))) return 2;
    return 3;
  };
  const deco = await decorate(rows.map((r) => String(r.id)));
  return rows
    .map((r) => ({ r, rank: rank(r), deg: deco.degree.get(String(r.id)) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || b.deg - a.deg || String(a.r.name).localeCompare(String(b.r.name)))
    .slice(0, limit)
    .map(({ r, deg }) => assembleNode(r, deg, deco.sanctioned.has(String(r.id))));
}
