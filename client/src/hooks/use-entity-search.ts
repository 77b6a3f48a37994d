import { useEffect, useState } from 'react';
import { ApiError, isAbort, searchEntities, type GraphNode } from '../api.js';
import { useDebouncedValue } from './use-debounced-value.js';

export type EntityResults =
  | { state: 'idle' }
  | { state: 'loading'; q: string }
  | { state: 'done'; q: string; items: GraphNode[] }
  | { state: 'error'; q: string; message: string };

/** Entities matching what is typed, debounced; a newer query aborts the older request. */
export function useEntitySearch(text: string, limit = 10, delay = 150): EntityResults {
  const [results, setResults] = useState<EntityResults>({ state: 'idle' });
  const q = useDebouncedValue(text.trim(), delay);
  useEffect(() => {
    if (!q) {
      setResults({ state: 'idle' });
      return;
    }
    const ctl = new AbortController();
    setResults({ state: 'loading', q });
    searchEntities(q, limit, ctl.signal).then(
      (items) => setResults({ state: 'done', q, items }),
      (err: unknown) => {
        if (isAbort(err)) return;
        setResults({ state: 'error', q, message: err instanceof ApiError ? err.message : 'Search failed.' });
      },
    );
    return () => ctl.abort();
  }, [q, limit]);
  return results;
}

/** The alias that matched the query, when the name itself did not. */
export function matchedAlias(node: GraphNode, q: string): string | undefined {
  const k = q.trim().toLowerCase();
  if (!k || node.name.toLowerCase().includes(k)) return undefined;
  return node.aliases.find((a) => a.toLowerCase().includes(k));
}
