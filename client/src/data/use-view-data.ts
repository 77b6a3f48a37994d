/**
 * The server data a view needs: the overview, a path query's chains, a trace, and expanded neighbourhoods. Each is read
 * again when a correction changes the graph; until the new answer comes the old one stays drawn.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  ApiError, findPaths, getGraph, getNeighbors, getReach, isAbort, type GraphData, type PathsAnswer,
} from '../api.js';
import { FLOW_TYPES } from '../../../server/domain/relation-registry.js';
import { chainsShown, traceGraph } from '../graph/compose.js';
import { useGraphVersion } from './graph-version.js';
import type { PathsLoad } from '../panels/path-finder.js';
import type { TraceLoad } from '../panels/trace-panel.js';
import type { Filters, TraceQuery } from '../view-state.js';

/** Chains asked for per path query. */
export const PATH_LIMIT = 25;
/** Neighbours added by one expansion, at most. */
export const EXPAND_CAP = 30;
/** Nodes fetched around a trace's root to draw the relations among the entities reached. */
const TRACE_NEIGHBOURHOOD = 3000;

export type GraphLoad = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: GraphData };

const asApiError = (err: unknown) => (err instanceof ApiError ? err : new ApiError('unknown', String(err)));

/** Flow types the filters leave on: what path search and tracing may walk. Null when the filters allow them all. */
export function flowTypes(f: Filters): string[] | null {
  if (!f.types) return null;
  return FLOW_TYPES.filter((t) => f.types!.includes(t));
}

/** The overview: /api/graph under the filters, capped. `reloads` refetches. */
export function useOverview(filters: Filters, reloads: number): GraphLoad {
  const [load, setLoad] = useState<GraphLoad>({ state: 'loading' });
  const key = JSON.stringify(filters);
  const version = useGraphVersion();
  useEffect(() => {
    const ctl = new AbortController();
    setLoad((l) => (l.state === 'ready' ? l : { state: 'loading' }));
    getGraph({ kinds: filters.kinds ?? undefined, types: filters.types ?? undefined, minSources: filters.minSources || undefined }, ctl.signal).then(
      (data) => setLoad({ state: 'ready', data }),
      (err: unknown) => {
        if (!isAbort(err)) setLoad({ state: 'error', error: asApiError(err) });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the filters
  }, [key, reloads, version]);
  return load;
}

/** A path query's chains, with those through entity kinds the filters switch off left out. */
export function usePaths(from: string | null, to: string | null, maxHops: number, filters: Filters): { load: PathsLoad; blocked: string | null } {
  const [answer, setAnswer] = useState<{ key: string; data: PathsAnswer } | { key: string; error: string } | null>(null);
  const types = flowTypes(filters);
  const blocked = types && types.length === 0 ? 'Chains follow “shipped to” relations, which the filters switch off.' : null;
  const key = from && to && !blocked ? JSON.stringify([from, to, maxHops, types, filters.minSources]) : null;
  const version = useGraphVersion();
  useEffect(() => {
    if (!key || !from || !to) return;
    const ctl = new AbortController();
    findPaths({ from, to, maxHops, limit: PATH_LIMIT, types: types ?? undefined, minSources: filters.minSources }, ctl.signal).then(
      (data) => setAnswer({ key, data }),
      (err: unknown) => {
        if (!isAbort(err)) setAnswer({ key, error: asApiError(err).message });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for from, to, maxHops, types and filters
  }, [key, version]);
  const kinds = filters.kinds?.join(',');
  const load = useMemo<PathsLoad>(() => {
    if (!key) return { state: 'idle' };
    if (!answer || answer.key !== key) return { state: 'loading' };
    if ('error' in answer) return { state: 'error', message: answer.error };
    const shown = chainsShown(answer.data.paths, filters);
    return { state: 'done', from: answer.data.from, to: answer.data.to, paths: shown, hiddenByFilters: answer.data.paths.length - shown.length };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- of the filters, the key holds what the query used and `kinds` what chainsShown reads
  }, [key, answer, kinds]);
  return { load, blocked };
}

/** A trace: the entities reached, and the graph of them with the flow relations among them. */
export function useTrace(trace: TraceQuery | null, filters: Filters): { load: TraceLoad | null; graph: GraphData | null } {
  const [got, setGot] = useState<{ key: string; load: TraceLoad; graph: GraphData | null } | null>(null);
  const types = flowTypes(filters);
  const key = trace ? JSON.stringify([trace.id, trace.dir, trace.hops, types]) : null;
  const version = useGraphVersion();
  useEffect(() => {
    if (!key || !trace) return;
    const ctl = new AbortController();
    const walk = types ?? [...FLOW_TYPES];
    Promise.all([
      getReach(trace.id, trace.dir, { maxHops: trace.hops, types: types ?? undefined }, ctl.signal),
      walk.length ? getNeighbors(trace.id, { depth: trace.hops, types: walk, limit: TRACE_NEIGHBOURHOOD }, ctl.signal) : null,
    ]).then(
      ([reach, around]) =>
        setGot({
          key,
          load: { state: 'done', root: reach.entity, items: reach.items },
          graph: traceGraph(reach.entity, reach.items, around),
        }),
      (err: unknown) => {
        if (isAbort(err)) return;
        const e = asApiError(err);
        setGot({ key, load: { state: 'error', message: e.status === 404 ? 'This entity is no longer in the graph.' : e.message }, graph: null });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the trace and the flow types
  }, [key, version]);
  if (!key) return { load: null, graph: null };
  if (!got || got.key !== key) return { load: { state: 'loading' }, graph: null };
  return { load: got.load, graph: got.graph };
}

/** Neighbourhoods of expanded entities, fetched once each (again after a correction) and kept while they stay expanded. */
export function useExpansions(ids: readonly string[], filters: Filters): { byId: ReadonlyMap<string, GraphData>; failed: string[] } {
  const [fetched, setFetched] = useState<ReadonlyMap<string, { data: GraphData; stamp: string }>>(new Map());
  const [failed, setFailed] = useState<string[]>([]);
  // Another relation filter means other neighbours, and a correction other relations: either one asks again.
  const stamp = `${filters.types?.join(',') ?? ''}|${useGraphVersion()}`;
  const wanted = ids.join('\n');
  // What has arrived, read by the fetching effect without making each arrival abort the fetches still running.
  const latest = useRef(fetched);
  useEffect(() => {
    latest.current = fetched;
  });
  useEffect(() => {
    const ctl = new AbortController();
    const want = wanted ? wanted.split('\n') : [];
    const types = filters.types ?? undefined;
    for (const id of want.filter((x) => latest.current.get(x)?.stamp !== stamp)) {
      getNeighbors(id, { depth: 1, types, limit: EXPAND_CAP + 1 }, ctl.signal).then(
        (data) => setFetched((m) => new Map(m).set(id, { data, stamp })),
        (err: unknown) => {
          if (!isAbort(err)) setFailed((f) => (f.includes(id) ? f : [...f, id]));
        },
      );
    }
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the stamp stands for the relation filter
  }, [wanted, stamp]);
  // Only the expansions still asked for.
  const byId = useMemo(() => {
    const keep = new Set(wanted.split('\n'));
    return new Map([...fetched].filter(([id]) => keep.has(id)).map(([id, f]) => [id, f.data]));
  }, [fetched, wanted]);
  return { byId, failed };
}
