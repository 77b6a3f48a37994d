/** The application shell: header with search, the graph filling the page, legend and the entity panel. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, getGraph, getHealth, isAbort, type GraphData, type GraphNode, type Health } from './api.js';
import { StatusOverlay, type OverlayState } from './components/status-overlay.js';
import { GraphView, type FocusRequest } from './graph/graph-view.js';
import { EntityPanel } from './panels/entity-panel.js';
import { Legend, LEGEND_INSET } from './panels/legend.js';
import { SearchBox } from './search/search-box.js';
import { useMediaQuery } from './hooks/use-media-query.js';

/** Must match the breakpoint in styles.css where the entity panel floats over the graph instead of beside it. */
const NARROW = '(max-width: 760px)';
/** Width of the floating entity panel (styles.css: 380px, at most 92vw). */
const panelOverlayWidth = () => Math.min(380, window.innerWidth * 0.92);

/** The overview draws at most this many entities; the layout and renderer stay fast up to here. */
export const GRAPH_LIMIT = 2000;

type GraphLoad = { state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: GraphData };

function overlayFor(load: GraphLoad): OverlayState | null {
  if (load.state === 'loading') return { kind: 'loading' };
  if (load.state === 'error') {
    const down = load.error.code === 'network' || load.error.code === 'bad_response' || load.error.status >= 500;
    return {
      kind: 'error',
      title: down ? 'The API is not reachable' : 'The graph could not be loaded',
      message: down ? `${load.error.message} Start the server with “npm start” and try again.` : load.error.message,
    };
  }
  return load.data.nodes.length === 0 ? { kind: 'empty' } : null;
}

const number = new Intl.NumberFormat('en-US');

export function App() {
  const [load, setLoad] = useState<GraphLoad>({ state: 'loading' });
  const [health, setHealth] = useState<Health | null>(null);
  const [reloads, setReloads] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // On a small screen the legend would cover most of the graph; start it folded there.
  const [legendOpen, setLegendOpen] = useState(() => window.innerWidth >= 900);
  const narrow = useMediaQuery(NARROW);
  const panelOverlays = narrow && selectedId !== null;
  // The legend sits low on the left: keep the fitted graph beside it, but it never hides the centre.
  const fitInsets = useMemo(() => ({ top: 0, right: 0, bottom: 0, left: legendOpen ? LEGEND_INSET : 0 }), [legendOpen]);
  const focusInsets = useMemo(
    () => ({ top: 0, right: panelOverlays ? panelOverlayWidth() : 0, bottom: 0, left: 0 }),
    [panelOverlays],
  );
  const seq = useRef(0);

  useEffect(() => {
    const ctl = new AbortController();
    setLoad({ state: 'loading' });
    getGraph({ limit: GRAPH_LIMIT }, ctl.signal).then(
      (data) => setLoad({ state: 'ready', data }),
      (err: unknown) => {
        if (isAbort(err)) return;
        setLoad({ state: 'error', error: err instanceof ApiError ? err : new ApiError('unknown', String(err)) });
      },
    );
    // Health only decorates the header; its failure shows up through the graph request anyway.
    getHealth(ctl.signal).then(setHealth, () => setHealth(null));
    return () => ctl.abort();
  }, [reloads]);

  const data = load.state === 'ready' ? load.data : null;
  const visibleIds = useMemo(() => new Set(data?.nodes.map((n) => n.id) ?? []), [data]);

  const focusEntity = useCallback(
    (id: string, name?: string) => {
      setSelectedId(id);
      if (visibleIds.has(id)) {
        setNotice(null);
        setFocus({ id, seq: ++seq.current });
      } else {
        setNotice(`${name ?? 'This entity'} is not drawn in the current view${data?.truncated ? ` (the view is capped at ${number.format(GRAPH_LIMIT)} entities)` : ''}.`);
      }
    },
    [visibleIds, data],
  );
  const onPick = useCallback((n: GraphNode) => focusEntity(n.id, n.name), [focusEntity]);
  const onSelect = useCallback((id: string | null) => {
    setSelectedId(id);
    setNotice(null);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target as HTMLElement | null)?.closest('input, textarea')) setSelectedId(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const overlay = overlayFor(load);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" width="26" height="26" aria-hidden="true">
            <path d="M9 16l14-8M9 16l14 8" stroke="#adb5bd" strokeWidth="2" />
            <circle cx="8" cy="16" r="5" fill="#d9480f" />
            <rect x="19" y="3" width="10" height="10" rx="2.5" fill="#4c6ef5" />
            <circle cx="24" cy="24" r="5" fill="#12b886" />
          </svg>
          <div>
            <h1>Supply Graph</h1>
            <p className="tagline">Who supplies whom, through whom, on what evidence</p>
          </div>
        </div>
        <SearchBox onPick={onPick} visibleIds={visibleIds} />
        <div className="header-stats" data-testid="header-stats">
          {data && (
            <span>
              <strong>{number.format(data.nodes.length)}</strong> entities · <strong>{number.format(data.edges.length)}</strong> relations
              {health && <> · {number.format(health.articles)} articles</>}
            </span>
          )}
          {health && <span className="store-badge" title="Graph store in use">{health.store}</span>}
        </div>
      </header>
      <main className="app-main">
        <div className="graph-area">
          {data && data.nodes.length > 0 && (
            <GraphView data={data} selectedId={selectedId} focus={focus} onSelect={onSelect} fitInsets={fitInsets} focusInsets={focusInsets} />
          )}
          {overlay && <StatusOverlay state={overlay} onRetry={() => setReloads((n) => n + 1)} />}
          {data && data.nodes.length > 0 && (
            <Legend data={data} open={legendOpen} onToggle={() => setLegendOpen((o) => !o)} />
          )}
          {(notice || data?.truncated) && (
            <div className="notices">
              {data?.truncated && (
                <p className="notice">Showing the first {number.format(data.nodes.length)} entities; the graph holds more.</p>
              )}
              {notice && (
                <p className="notice" role="status">
                  {notice}
                  <button type="button" className="notice-close" onClick={() => setNotice(null)} aria-label="Dismiss">×</button>
                </p>
              )}
            </div>
          )}
        </div>
        {selectedId && (
          <EntityPanel id={selectedId} onClose={() => setSelectedId(null)} onNavigate={focusEntity} />
        )}
      </main>
    </div>
  );
}
