/**
 * The application shell: header with search; the explorer sidebar (path finder, trace, filters); the graph; and the
 * entity panel or article view. The view state lives in the URL (see view-state.ts), so a copied link reopens it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getHealth, type GraphNode, type Health } from './api.js';
import { Brand } from './components/brand.js';
import { PageTabs } from './components/page-tabs.js';
import { StatusOverlay, type OverlayState } from './components/status-overlay.js';
import { EXPAND_CAP, useExpansions, useOverview, usePaths, useTrace, type GraphLoad } from './data/use-view-data.js';
import { chainIds, chainsGraph, filterGraph, mergeGraphs, splitUnlinked, withoutHidden } from './graph/compose.js';
import { GraphView, type FocusRequest, type GraphHandle, type Highlight } from './graph/graph-view.js';
import { snapshotView } from './graph/snapshot-view.js';
import { viewCaption } from './graph/caption.js';
import { NodeMenu } from './graph/node-menu.js';
import { useMediaQuery } from './hooks/use-media-query.js';
import { NARROW, SHEET_SHARE } from './layout.js';
import { useUrlViewState } from './hooks/use-url-view-state.js';
import { ArticleView } from './panels/article-view.js';
import { EdgePanel } from './panels/edge-panel.js';
import { EntityPanel, type EntityAction } from './panels/entity-panel.js';
import { KindSwatch } from './components/kind-swatch.js';
import { FiltersPanel } from './panels/filters-panel.js';
import { Legend, LEGEND_INSET } from './panels/legend.js';
import { PathFinder, type PathPrefill } from './panels/path-finder.js';
import { TracePanel } from './panels/trace-panel.js';
import { SearchBox } from './search/search-box.js';
import { ShareMenu } from './panels/share-menu.js';
import { DEFAULT_TRACE_HOPS, effectiveLayout, viewStateToSearch, type ArticleRef, type ViewState } from './view-state.js';


/** Room the folded legend (bottom left) and the zoom buttons (bottom right) take from the canvas. */
const CORNER_INSET = 56;
/** Height the graph toolbar takes from the top of the canvas (two rows on a phone). */
const TOOLBAR_INSET = 48;
const TOOLBAR_INSET_NARROW = 92;
/** Undo steps kept. */
const UNDO_DEPTH = 50;

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

interface Notice {
  text: string;
  action?: { label: string; run: () => void };
}

type GraphEdit = Pick<ViewState, 'hidden' | 'expanded'>;

export function App() {
  const [view, setView] = useUrlViewState();
  const [health, setHealth] = useState<Health | null>(null);
  const [reloads, setReloads] = useState(0);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  const [undo, setUndo] = useState<GraphEdit[]>([]);
  const [prefill, setPrefill] = useState<PathPrefill | null>(null);
  const narrow = useMediaQuery(NARROW);
  // The legend starts folded: open, it would sit over the graph the reader came to see.
  const [legendOpen, setLegendOpen] = useState(false);
  const [unlinkedOpen, setUnlinkedOpen] = useState(false);
  // On a narrow screen the sidebar floats over the graph: it starts folded, and the mode chip says what is shown.
  const [sidebarOpen, setSidebarOpen] = useState(() => !window.matchMedia(NARROW).matches);
  const seq = useRef(0);
  const graphRef = useRef<GraphHandle>(null);

  const overview = useOverview(view.filters, reloads);
  const paths = usePaths(view.from, view.to, view.maxHops, view.filters);
  const trace = useTrace(view.trace, view.filters);
  const expansions = useExpansions(view.expanded, view.filters);

  useEffect(() => {
    const ctl = new AbortController();
    // Health only decorates the header; its failure shows up through the graph request anyway.
    getHealth(ctl.signal).then(setHealth, () => setHealth(null));
    return () => ctl.abort();
  }, [reloads]);

  const mode: 'paths' | 'trace' | 'overview' = view.from && view.to ? 'paths' : view.trace ? 'trace' : 'overview';
  const chains = paths.load.state === 'done' ? paths.load.paths : null;
  const chosen = chains && view.chain !== null ? chains[view.chain] ?? null : null;
  const base = overview.state === 'ready' ? overview.data : null;
  // A chain or trace is a handful of entities the reader can name: the legend would only cover them.
  useEffect(() => {
    if (mode !== 'overview') setLegendOpen(false);
  }, [mode]);

  // The drawn graph: the chains, the trace or the overview; expansions merged in; filters and hidden applied.
  const core = useMemo(
    () => (mode === 'paths' && chains?.length ? chainsGraph(chains) : mode === 'trace' && trace.graph ? trace.graph : base),
    [mode, chains, trace.graph, base],
  );
  const composed = useMemo(() => {
    if (!core) return null;
    // What the reader asked for stays drawn whatever the kind filter says.
    const keep = new Set<string>(view.expanded);
    if (chains) for (const p of chains) for (const n of p.nodes) keep.add(n.id);
    if (view.trace) keep.add(view.trace.id);
    const merged = expansions.byId.size ? mergeGraphs(core, ...expansions.byId.values()) : core;
    return withoutHidden(filterGraph(merged, view.filters, keep), view.hidden);
  }, [core, chains, view.trace, view.expanded, expansions.byId, view.filters, view.hidden]);
  // The overview draws what is connected; entities no relation touches are counted and listed instead of drawn.
  const { drawn: data, unlinked } = useMemo(
    () => (composed && core === base ? splitUnlinked(composed, new Set(view.expanded)) : { drawn: composed, unlinked: [] }),
    [composed, core, base, view.expanded],
  );
  const unlinkedIds = useMemo(() => new Set(unlinked.map((n) => n.id)), [unlinked]);
  const drawnIds = useMemo(() => new Set(data?.nodes.map((n) => n.id) ?? []), [data]);

  const highlight = useMemo<Highlight | null>(() => {
    if (mode === 'paths' && chosen) return { kind: 'path', ...chainIds(chosen) };
    if (mode === 'trace' && view.trace) return { kind: 'trace', nodes: [view.trace.id], edges: [] };
    return null;
  }, [mode, chosen, view.trace]);
  const chainEdges = useMemo(() => (chosen ? new Set(chosen.edges.map((e) => e.id)) : undefined), [chosen]);
  // Until chains arrive (or when there are none, or the query failed) the overview stays as it was, laid out as it was.
  const showingChains = mode === 'paths' && !!chains?.length;
  const layout = mode === 'paths' && !showingChains && view.layout === 'auto' ? 'force' : effectiveLayout(view);
  const layoutKey = showingChains ? `chain:${view.chain ?? ''}` : mode === 'paths' ? 'overview' : mode;

  const edgeShown = view.edge && !view.selected ? data?.edges.find((e) => e.id === view.edge) ?? null : null;
  // Two floating panels would leave no graph: on a narrow screen the open sidebar hides the side panel.
  const panelShown = !!(view.article || view.selected || edgeShown) && !(narrow && sidebarOpen);
  // On a phone the panel is a sheet over the lower part of the graph: the graph is fitted into the part above it.
  const sheet = narrow && panelShown ? Math.round(window.innerHeight * SHEET_SHARE) : 0;
  const fitInsets = useMemo(
    () => ({ top: narrow ? TOOLBAR_INSET_NARROW : TOOLBAR_INSET, right: 0, bottom: sheet || CORNER_INSET, left: legendOpen ? LEGEND_INSET : 0 }),
    [legendOpen, sheet, narrow],
  );
  const focusInsets = useMemo(() => ({ top: sheet ? TOOLBAR_INSET_NARROW : 0, right: 0, bottom: sheet, left: 0 }), [sheet]);

  /** Changes hidden or expanded entities, remembering the previous state for undo. */
  const editGraph = useCallback(
    (edit: (v: ViewState) => GraphEdit) => {
      setView((v) => {
        const next = edit(v);
        if (next.hidden === v.hidden && next.expanded === v.expanded) return v;
        setUndo((u) => [...u.slice(-(UNDO_DEPTH - 1)), { hidden: v.hidden, expanded: v.expanded }]);
        return { ...v, ...next };
      });
    },
    [setView],
  );
  const undoLast = useCallback(() => {
    setUndo((u) => {
      if (!u.length) return u;
      const last = u[u.length - 1];
      setView((v) => ({ ...v, ...last }));
      return u.slice(0, -1);
    });
  }, [setView]);
  /** A new question (chains, trace, overview) starts from a clean graph. */
  const newQuestion = useCallback(() => {
    setUndo([]);
    setNotice(null);
  }, []);

  const focusEntity = useCallback(
    (id: string, name?: string) => {
      setView((v) => ({ ...v, selected: id, edge: null }));
      setMenu(null);
      if (unlinkedIds.has(id)) {
        setNotice({ text: `${name ?? 'This entity'} has no relation in the graph: it is listed, not drawn.` });
      } else if (drawnIds.has(id)) {
        setNotice(null);
        setFocus({ id, seq: ++seq.current });
      } else {
        const capped = mode === 'overview' && base?.truncated ? ` (the overview is capped at ${number.format(base.nodes.length)} entities)` : '';
        setNotice({
          text: `${name ?? 'This entity'} is not drawn in the current view${capped}.`,
          action: { label: 'Add it with its neighbours', run: () => expand(id) },
        });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [drawnIds, unlinkedIds, mode, base],
  );

  const expand = useCallback(
    (id: string) => {
      setNotice(null);
      editGraph((v) => ({ hidden: v.hidden.includes(id) ? v.hidden.filter((h) => h !== id) : v.hidden, expanded: v.expanded.includes(id) ? v.expanded : [...v.expanded, id] }));
      setView((v) => ({ ...v, selected: id }));
      setFocus({ id, seq: ++seq.current });
    },
    [editGraph, setView],
  );
  const hide = useCallback(
    (id: string) => {
      editGraph((v) => ({ hidden: v.hidden.includes(id) ? v.hidden : [...v.hidden, id], expanded: v.expanded.filter((e) => e !== id) }));
      setView((v) => (v.selected === id ? { ...v, selected: null } : v));
    },
    [editGraph, setView],
  );

  // Tell the reader when an expansion was capped.
  useEffect(() => {
    const last = view.expanded[view.expanded.length - 1];
    const got = last ? expansions.byId.get(last) : undefined;
    if (got?.truncated) {
      const name = got.nodes.find((n) => n.id === last)?.name ?? last;
      setNotice({ text: `${name} has more neighbours than the ${EXPAND_CAP} added; the best-sourced relations came first.` });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [expansions.byId]);

  const startTrace = useCallback(
    (id: string, dir: 'up' | 'down') => {
      newQuestion();
      setView((v) => ({
        ...v, trace: { id, dir, hops: v.trace?.hops ?? DEFAULT_TRACE_HOPS }, from: null, to: null, chain: null,
        hidden: [], expanded: [], selected: id, article: null,
      }));
      setSidebarOpen(true);
    },
    [newQuestion, setView],
  );
  const submitPaths = useCallback(
    (q: { from: string; to: string; maxHops: number }) => {
      newQuestion();
      setView((v) => ({ ...v, from: q.from, to: q.to, maxHops: q.maxHops, chain: null, trace: null, hidden: [], expanded: [], article: null }));
    },
    [newQuestion, setView],
  );
  const backToOverview = useCallback(() => {
    newQuestion();
    setView((v) => ({ ...v, from: null, to: null, chain: null, trace: null, hidden: [], expanded: [] }));
  }, [newQuestion, setView]);
  const chooseChain = useCallback(
    (i: number) => {
      const p = chains?.[i];
      if (!p) return;
      setNotice(null);
      // A floating sidebar would hide the chain just chosen.
      if (narrow) setSidebarOpen(false);
      // Keep the selection when it is on the chain; otherwise show the supplier, whose first hop starts the chain.
      setView((v) => ({
        ...v, chain: i, article: null,
        selected: v.selected && p.nodes.some((n) => n.id === v.selected) ? v.selected : p.nodes[0].id,
      }));
    },
    [chains, setView, narrow],
  );
  const openArticle = useCallback((ref: ArticleRef) => setView((v) => ({ ...v, article: ref })), [setView]);

  const onAction = useCallback(
    (id: string, name: string, a: EntityAction) => {
      switch (a.type) {
        case 'expand':
          return expand(id);
        case 'hide':
          return hide(id);
        case 'trace':
          return startTrace(id, a.dir);
        case 'chain-from':
        case 'chain-to':
          setSidebarOpen(true);
          return setPrefill({ end: a.type === 'chain-from' ? 'from' : 'to', id, name, seq: ++seq.current });
      }
    },
    [expand, hide, startTrace],
  );

  const onPick = useCallback((n: GraphNode) => focusEntity(n.id, n.name), [focusEntity]);
  const onSelect = useCallback(
    (id: string | null) => {
      setView((v) => (v.selected === id && (id !== null || v.edge === null) ? v : { ...v, selected: id, edge: null }));
      setNotice(null);
      setMenu(null);
    },
    [setView],
  );
  const onSelectEdge = useCallback(
    (id: string) => {
      setView((v) => (v.edge === id && !v.selected ? v : { ...v, edge: id, selected: null, article: null }));
      setNotice(null);
      setMenu(null);
    },
    [setView],
  );
  const onNodeMenu = useCallback((id: string, at: { x: number; y: number }) => {
    setMenu({ id, at });
  }, []);
  const closeMenu = useCallback(() => setMenu(null), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as HTMLElement | null)?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (e.key === 'Escape') setView((v) => (v.article ? { ...v, article: null } : { ...v, selected: null, edge: null }));
      else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        undoLast();
      } else if ((e.key === 'Delete' || e.key === 'Backspace') && view.selected && drawnIds.has(view.selected)) {
        e.preventDefault();
        hide(view.selected);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setView, undoLast, hide, view.selected, drawnIds]);

  const overlay = overlayFor(overview);
  const menuNode = menu ? data?.nodes.find((n) => n.id === menu.id) : undefined;
  const modeLabel =
    mode === 'paths'
      ? paths.load.state === 'done'
        ? `Chains: ${paths.load.from.name} → ${paths.load.to.name}`
        : 'Chains'
      : mode === 'trace'
        ? `${view.trace!.dir === 'up' ? 'Upstream' : 'Downstream'} of ${trace.load?.state === 'done' ? trace.load.root.name : '…'}`
        : null;

  const drawnList = useMemo(() => [...drawnIds], [drawnIds]);
  const buildSnapshot = useCallback(
    () =>
      snapshotView(data ?? { nodes: [], edges: [] }, graphRef.current!.capture(), {
        title: modeLabel ?? 'Overview',
        filters: { ...view.filters },
        query: viewStateToSearch(view),
        layout,
      }),
    [data, modeLabel, view, layout],
  );

  const caption = useCallback(
    () => viewCaption(modeLabel ?? 'Overview of the graph', data ?? { nodes: [], edges: [] }, health?.articles ?? null),
    [modeLabel, data, health],
  );

  return (
    <div className="app">
      <header className="app-header">
        <Brand />
        <PageTabs current="explorer" />
        <SearchBox onPick={onPick} visibleIds={drawnIds} />
        <div className="header-stats" data-testid="header-stats">
          {data && (
            <span>
              <strong>{number.format(data.nodes.length)}</strong> entities · <strong>{number.format(data.edges.length)}</strong> relations
              {health && <> · {number.format(health.articles)} article{health.articles === 1 ? '' : 's'}</>}
            </span>
          )}
          {health && <span className="store-badge" title="Graph store in use">{health.store}</span>}
        </div>
      </header>
      <main className="app-main">
        <nav className={sidebarOpen ? 'sidebar' : 'sidebar collapsed'} aria-label="Explore" data-testid="sidebar">
          <button
            type="button"
            className="sidebar-toggle"
            aria-expanded={sidebarOpen}
            aria-label={sidebarOpen ? 'Fold the explorer' : 'Open the explorer'}
            title={sidebarOpen ? 'Fold the explorer' : 'Path finder and filters'}
            onClick={() => setSidebarOpen((o) => !o)}
          >
            {sidebarOpen ? '‹' : '›'}
          </button>
          {sidebarOpen && (
            <div className="sidebar-body">
              <PathFinder
                from={view.from}
                to={view.to}
                maxHops={view.maxHops}
                load={paths.load}
                chosen={view.chain}
                blockedReason={paths.blocked}
                prefill={prefill}
                onSubmit={submitPaths}
                onChoose={chooseChain}
                onClear={backToOverview}
                onSelectEntity={focusEntity}
                onOpenArticle={openArticle}
                known={base?.nodes}
              />
              {view.trace && trace.load && (
                <TracePanel
                  trace={view.trace}
                  load={trace.load}
                  selectedId={view.selected}
                  onChange={(t) => {
                    newQuestion();
                    setView((v) => ({ ...v, trace: t, hidden: [], expanded: [] }));
                  }}
                  onClose={backToOverview}
                  onSelectEntity={focusEntity}
                />
              )}
              <FiltersPanel filters={view.filters} onChange={(filters) => setView((v) => ({ ...v, filters }))} />
            </div>
          )}
        </nav>
        <div className="graph-area">
          {data && data.nodes.length > 0 && (
            <GraphView
              data={data}
              selectedId={view.selected}
              selectedEdgeId={edgeShown?.id ?? null}
              onSelectEdge={onSelectEdge}
              focus={focus}
              highlight={highlight}
              layout={layout}
              layoutKey={layoutKey}
              onSelect={onSelect}
              onExpand={expand}
              onNodeMenu={onNodeMenu}
              handleRef={graphRef}
              fitInsets={fitInsets}
              focusInsets={focusInsets}
            />
          )}
          {overlay && <StatusOverlay state={overlay} onRetry={() => setReloads((n) => n + 1)} />}
          {data && (data.nodes.length > 0 || mode !== 'overview') && (
            <div className="graph-toolbar" role="toolbar" aria-label="View">
              {modeLabel && (
                <span className="mode-chip" data-testid="mode-chip" title={modeLabel}>
                  <span className="mode-chip-text">{modeLabel}</span>
                  <button type="button" onClick={backToOverview} aria-label="Back to the overview" title="Back to the overview">×</button>
                </span>
              )}
              <span className="toolbar-gap" />
              <div className="segmented" role="group" aria-label="Layout">
                <button type="button" aria-pressed={layout === 'force'} onClick={() => setView((v) => ({ ...v, layout: 'force' }))} title="Force-directed: clusters and hubs">
                  Force
                </button>
                <button type="button" aria-pressed={layout === 'layered'} onClick={() => setView((v) => ({ ...v, layout: 'layered' }))} title="Layered, left to right: flows">
                  Layered
                </button>
              </div>
              <button type="button" className="tool-button" onClick={undoLast} disabled={!undo.length} title="Undo the last hide or expand (Ctrl+Z)">
                ↶ Undo
              </button>
              {view.hidden.length > 0 && (
                <button type="button" className="tool-button" onClick={() => editGraph(() => ({ hidden: [], expanded: view.expanded }))} data-testid="show-hidden">
                  {view.hidden.length} hidden · show
                </button>
              )}
              {unlinked.length > 0 && (
                <div className="unlinked">
                  <button
                    type="button"
                    className="tool-button"
                    aria-expanded={unlinkedOpen}
                    onClick={() => setUnlinkedOpen((o) => !o)}
                    data-testid="unlinked-button"
                    title="Entities no relation touches are listed here rather than drawn"
                  >
                    {number.format(unlinked.length)} without relations ▾
                  </button>
                  {unlinkedOpen && (
                    <ul className="unlinked-list" data-testid="unlinked-list" aria-label="Entities without relations">
                      {unlinked.map((n) => (
                        <li key={n.id}>
                          <button type="button" className="link" data-entity-id={n.id} onClick={() => { setUnlinkedOpen(false); focusEntity(n.id, n.name); }}>
                            <KindSwatch kind={n.kind} size={11} /> {n.name}
                          </button>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
              {data.nodes.length > 0 && <ShareMenu graph={graphRef} drawnIds={drawnList} buildView={buildSnapshot} caption={caption} />}
            </div>
          )}
          {data && data.nodes.length > 0 && (
            <Legend data={data} open={legendOpen} onToggle={() => setLegendOpen((o) => !o)} />
          )}
          {menu && menuNode && (
            <NodeMenu name={menuNode.name} at={menu.at} onAction={(a) => onAction(menuNode.id, menuNode.name, a)} onClose={closeMenu} />
          )}
          {(notice || (mode === 'overview' && base?.truncated)) && (
            <div className="notices">
              {mode === 'overview' && base?.truncated && (
                <p className="notice">Showing the first {number.format(base.nodes.length)} entities; the graph holds more.</p>
              )}
              {notice && (
                <p className="notice" role="status">
                  {notice.text}
                  {notice.action && (
                    <button type="button" className="link" onClick={() => { notice.action!.run(); setNotice(null); }}>
                      {notice.action.label}
                    </button>
                  )}
                  <button type="button" className="notice-close" onClick={() => setNotice(null)} aria-label="Dismiss">×</button>
                </p>
              )}
            </div>
          )}
        </div>
        {!panelShown ? null : view.article ? (
          <ArticleView
            article={view.article}
            selectedId={view.selected}
            onClose={() => setView((v) => ({ ...v, article: null }))}
            onSelectEntity={focusEntity}
            onShowEntity={view.selected ? () => setView((v) => ({ ...v, article: null })) : undefined}
          />
        ) : edgeShown ? (
          <EdgePanel
            id={edgeShown.id}
            source={edgeShown.source}
            onClose={() => setView((v) => ({ ...v, edge: null }))}
            onNavigate={focusEntity}
            onOpenArticle={openArticle}
          />
        ) : (
          view.selected !== null && (
            <EntityPanel
              id={view.selected}
              onClose={() => setView((v) => ({ ...v, selected: null }))}
              onNavigate={focusEntity}
              onOpenArticle={openArticle}
              onAction={onAction}
              chainEdges={chainEdges}
              drawn={drawnIds.has(view.selected)}
            />
          )
        )}
      </main>
    </div>
  );
}
