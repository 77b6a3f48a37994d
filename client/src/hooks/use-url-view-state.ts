import { useCallback, useEffect, useRef, useState } from 'react';
import { isNavigation, parseViewState, viewStateToSearch, type ViewState } from '../view-state.js';

type Update = ViewState | ((v: ViewState) => ViewState);

/**
 * The view state, read from the URL on load and written back on every change, so a copied link reopens the view.
 * Steps (a new path query, a chosen chain, a trace, an article) push a history entry; tweaks replace the current one.
 * Back and Forward restore the state they land on.
 */
export function useUrlViewState(): [ViewState, (u: Update) => void] {
  const [view, setViewRaw] = useState<ViewState>(() => parseViewState(window.location.search));
  const written = useRef<ViewState>(view);

  const setView = useCallback((u: Update) => setViewRaw((v) => (typeof u === 'function' ? u(v) : u)), []);

  useEffect(() => {
    const prev = written.current;
    if (prev === view) return;
    written.current = view;
    const search = viewStateToSearch(view);
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (isNavigation(prev, view)) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }, [view]);

  useEffect(() => {
    const onPop = () => {
      const next = parseViewState(window.location.search);
      // Already in the URL: do not write it back.
      written.current = next;
      setViewRaw(next);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return [view, setView];
}
