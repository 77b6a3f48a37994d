import { useEffect, useReducer, useRef, type Dispatch } from 'react';
import { isNavigation, parseViewState, viewStateToSearch } from '../view-state.js';
import { viewReducer, type ExplorerState, type ViewAction } from '../view-reducer.js';

/**
 * The explorer's state (the view and its undo steps), read from the URL on load and written back on every change, so
 * a copied link reopens the view. Steps (a new path query, a chosen chain, a trace, an article) push a history entry;
 * tweaks replace the current one. Back and Forward restore the view they land on.
 */
export function useUrlViewState(): [ExplorerState, Dispatch<ViewAction>] {
  const [state, dispatch] = useReducer(viewReducer, undefined, () => ({ view: parseViewState(window.location.search), undo: [] }));
  const { view } = state;
  const written = useRef(view);

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
      dispatch({ type: 'restore', view: next });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  return [state, dispatch];
}
