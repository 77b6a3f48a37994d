/**
 * The view as data: everything a copied link must reopen (selection, path query and chosen chain, trace, filters,
 * layout, hidden and expanded entities, the open article), and its round trip through the URL's query string.
 */
import { RELATION_TYPES } from '../../server/domain/relation-registry.js';
import { ENTITY_KINDS } from '../../server/domain/types.js';
import { DEFAULT_MAX_HOPS, MAX_HOPS, MAX_NEIGHBOR_DEPTH } from '../../server/domain/hop-limits.js';

export type LayoutMode = 'auto' | 'force' | 'layered';
export type Direction = 'up' | 'down';

export interface Filters {
  /** Relation types drawn; null for all. Never empty: the last one cannot be switched off. */
  types: string[] | null;
  /** Entity kinds drawn; null for all. */
  kinds: string[] | null;
  /** Relations backed by fewer distinct articles are left out; 0 or 1 for all. */
  minSources: number;
}

export interface TraceQuery {
  id: string;
  dir: Direction;
  hops: number;
}

export interface ArticleRef {
  id: string;
  /** The span to emphasise and scroll to (an evidence quote). */
  start?: number;
  end?: number;
}

export interface ViewState {
  selected: string | null;
  /** The relation whose panel is open (a clicked edge); an entity and an edge are never both selected. */
  edge: string | null;
  /** Path query: supplier and buyer as ids (or, until resolved, as typed names). */
  from: string | null;
  to: string | null;
  maxHops: number;
  /** Index of the chosen chain in the ranked list as shown; null when none is chosen. */
  chain: number | null;
  trace: TraceQuery | null;
  filters: Filters;
  layout: LayoutMode;
  hidden: string[];
  expanded: string[];
  article: ArticleRef | null;
}

export { MAX_HOPS };
export const DEFAULT_TRACE_HOPS = 2;
/** Tracing is drawn from a neighbourhood query, which the API allows up to MAX_NEIGHBOR_DEPTH hops deep. */
export const MAX_TRACE_HOPS = MAX_NEIGHBOR_DEPTH;

export const DEFAULT_FILTERS: Filters = { types: null, kinds: null, minSources: 0 };

export const DEFAULT_VIEW: ViewState = {
  selected: null,
  edge: null,
  from: null,
  to: null,
  maxHops: DEFAULT_MAX_HOPS,
  chain: null,
  trace: null,
  filters: DEFAULT_FILTERS,
  layout: 'auto',
  hidden: [],
  expanded: [],
  article: null,
};

function int(v: string | null, min: number, max: number): number | null {
  if (v === null || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min && n <= max ? n : null;
}

/** A comma-separated list kept to known values in registry order; null when absent, empty, or everything. */
function subset(v: string | null, known: readonly string[]): string[] | null {
  if (v === null) return null;
  const want = new Set(v.split(','));
  const out = known.filter((k) => want.has(k));
  return out.length === 0 || out.length === known.length ? null : out;
}

const ids = (v: string[]) => [...new Set(v.filter((s) => s.length > 0 && s.length <= 300))];
const text = (v: string | null) => (v && v.trim() ? v.trim().slice(0, 300) : null);

/** Reads a view from a query string; anything malformed falls back to its default rather than failing. */
export function parseViewState(search: string): ViewState {
  const q = new URLSearchParams(search);
  const from = text(q.get('from'));
  const to = text(q.get('to'));
  const hasPath = from !== null && to !== null;
  const chain = hasPath ? int(q.get('chain'), 1, 100) : null;
  const traceParam = q.get('trace');
  const traceMatch = traceParam ? /^(up|down):(.+)$/.exec(traceParam) : null;
  const layout = q.get('layout');
  const articleId = text(q.get('article'));
  const at = /^(\d+)-(\d+)$/.exec(q.get('at') ?? '');
  return {
    selected: text(q.get('sel')),
    edge: q.get('sel') ? null : text(q.get('edge')),
    from: hasPath ? from : null,
    to: hasPath ? to : null,
    maxHops: int(q.get('hops'), 1, MAX_HOPS) ?? DEFAULT_MAX_HOPS,
    chain: chain === null ? null : chain - 1,
    trace:
      !hasPath && traceMatch
        ? { dir: traceMatch[1] as Direction, id: traceMatch[2], hops: int(q.get('depth'), 1, MAX_TRACE_HOPS) ?? DEFAULT_TRACE_HOPS }
        : null,
    filters: {
      types: subset(q.get('types'), RELATION_TYPES),
      kinds: subset(q.get('kinds'), ENTITY_KINDS),
      minSources: int(q.get('min'), 0, 1000) ?? 0,
    },
    layout: layout === 'force' || layout === 'layered' ? layout : 'auto',
    hidden: ids(q.getAll('hide')),
    expanded: ids(q.getAll('exp')),
    article: articleId
      ? { id: articleId, ...(at && Number(at[1]) <= Number(at[2]) ? { start: Number(at[1]), end: Number(at[2]) } : {}) }
      : null,
  };
}

/** Writes a view as a query string (without "?"), leaving out whatever has its default value. */
export function viewStateToSearch(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.from && v.to) {
    q.set('from', v.from);
    q.set('to', v.to);
    if (v.chain !== null) q.set('chain', String(v.chain + 1));
  } else if (v.trace) {
    q.set('trace', `${v.trace.dir}:${v.trace.id}`);
    if (v.trace.hops !== DEFAULT_TRACE_HOPS) q.set('depth', String(v.trace.hops));
  }
  if (v.maxHops !== DEFAULT_MAX_HOPS) q.set('hops', String(v.maxHops));
  if (v.selected) q.set('sel', v.selected);
  else if (v.edge) q.set('edge', v.edge);
  if (v.filters.types) q.set('types', v.filters.types.join(','));
  if (v.filters.kinds) q.set('kinds', v.filters.kinds.join(','));
  if (v.filters.minSources > 1) q.set('min', String(v.filters.minSources));
  if (v.layout !== 'auto') q.set('layout', v.layout);
  for (const id of v.hidden) q.append('hide', id);
  for (const id of v.expanded) q.append('exp', id);
  if (v.article) {
    q.set('article', v.article.id);
    if (v.article.start !== undefined && v.article.end !== undefined) q.set('at', `${v.article.start}-${v.article.end}`);
  }
  return q.toString();
}

/**
 * Whether going from `a` to `b` is a step worth a history entry (Back returns to it), not a tweak: what the reader
 * looks at (a selection, a chain, a trace, an article) is a step; filters, layout and hiding are tweaks.
 */
export function isNavigation(a: ViewState, b: ViewState): boolean {
  return (
    a.selected !== b.selected ||
    a.edge !== b.edge ||
    a.from !== b.from ||
    a.to !== b.to ||
    a.chain !== b.chain ||
    a.trace?.id !== b.trace?.id ||
    a.trace?.dir !== b.trace?.dir ||
    a.article?.id !== b.article?.id
  );
}

/** The layout a mode uses unless the reader chose one: layered left to right for chains and traces. */
export function effectiveLayout(v: ViewState): 'force' | 'layered' {
  if (v.layout !== 'auto') return v.layout;
  return (v.from && v.to) || v.trace ? 'layered' : 'force';
}
