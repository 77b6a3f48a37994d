/**
 * The explorer: header, sidebar (path finder, trace, filters), the graph with its toolbar and notices, and the panel
 * beside it (entity, relation or article). The view lives in the URL and changes through one reducer
 * (view-reducer.ts), so a copied link reopens it and Undo takes back one edit at a time.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getHealth, type GraphNode, type Health } from './api.js';
import { StatusOverlay, type OverlayState } from './components/status-overlay.js';
import { useGraphVersion } from './data/graph-version.js';
import { EXPAND_CAP, useExpansions, useOverview, usePaths, useTrace, type GraphLoad } from './data/use-view-data.js';
import { AppHeader } from './explorer/app-header.js';
import { ExplorerSidebar } from './explorer/explorer-sidebar.js';
import { count } from './explorer/format.js';
import { GraphToolbar } from './explorer/graph-toolbar.js';
import { Notices, type Notice } from './explorer/notices.js';
import { SidePanel } from './explorer/side-panel.js';
import { useDrawnGraph, type Mode } from './explorer/use-drawn-graph.js';
import { viewCaption } from './graph/caption.js';
import { GraphView, type FocusRequest, type GraphHandle } from './graph/graph-view.js';
import { NodeMenu } from './graph/node-menu.js';
import { snapshotView } from './graph/snapshot-view.js';
import { useMediaQuery } from './hooks/use-media-query.js';
import { useUrlViewState } from './hooks/use-url-view-state.js';
import { NARROW, SHEET_SHARE } from './layout.js';
import type { EntityAction } from './panels/entity-panel.js';
import { Legend, LEGEND_INSET } from './panels/legend.js';
import type { PathPrefill } from './panels/path-finder.js';
import { DEFAULT_TRACE_HOPS, effectiveLayout, viewStateToSearch, type ArticleRef, type ViewState } from './view-state.js';

/** Room the folded legend (bottom left) and the zoom buttons (bottom right) take from the canvas. */
const CORNER_INSET = 56;
/** Height the graph toolbar takes from the top of the canvas (two rows on a phone). */
const TOOLBAR_INSET = 48;
const TOOLBAR_INSET_NARROW = 92;

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

export function App() {
  const [{ view, undo }, dispatch] = useUrlViewState();
  const [health, setHealth] = useState<Health | null>(null);
  const [reloads, setReloads] = useState(0);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [menu, setMenu] = useState<{ id: string; at: { x: number; y: number } } | null>(null);
  const [prefill, setPrefill] = useState<PathPrefill | null>(null);
  const narrow = useMediaQuery(NARROW);
  // The legend starts folded: open, it would sit over the graph the reader came to see.
  const [legendOpen, setLegendOpen] = useState(false);
  // On a narrow screen the sidebar floats over the graph: it starts folded, and the mode chip says what is shown.
  const [sidebarOpen, setSidebarOpen] = useState(() => !window.matchMedia(NARROW).matches);
  const seq = useRef(0);
  const graphRef = useRef<GraphHandle>(null);
  const version = useGraphVersion();

  const overview = useOverview(view.filters, reloads);
  const paths = usePaths(view.from, view.to, view.maxHops, view.filters);
  const trace = useTrace(view.trace, view.filters);
  const expansions = useExpansions(view.expanded, view.filters);

  useEffect(() => {
    const ctl = new AbortController();
    // Health only decorates the header; its failure shows up through the graph request anyway.
    getHealth(ctl.signal).then(setHealth, () => setHealth(null));
    return () => ctl.abort();
  }, [reloads, version]);

  const mode: Mode = view.from && view.to ? 'paths' : view.trace ? 'trace' : 'overview';
  const chains = paths.load.state === 'done' ? paths.load.paths : null;
  const base = overview.state === 'ready' ? overview.data : null;
  // A chain or trace is a handful of entities the reader can name: the legend would only cover them.
  useEffect(() => {
    if (mode !== 'overview') setLegendOpen(false);
  }, [mode]);

  const { data, unlinked, unlinkedIds, drawnIds, highlight, chainEdges } = useDrawnGraph({
    view, mode, chains, traceGraph: trace.graph, base, expansions: expansions.byId,
  });
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

  /** A change of the view that is not a graph edit (selection, filters, layout, a chosen chain, an article). */
  const setView = useCallback((update: (v: ViewState) => ViewState) => dispatch({ type: 'update', update }), [dispatch]);
  /** A new question (chains, a trace, the overview): a clean graph and nothing to undo. */
  const ask = useCallback(
    (update: (v: ViewState) => ViewState) => {
      setNotice(null);
      dispatch({ type: 'ask', update });
    },
    [dispatch],
  );
  const undoLast = useCallback(() => dispatch({ type: 'undo' }), [dispatch]);

  const expand = useCallback(
    (id: string) => {
      setNotice(null);
      dispatch({ type: 'expand', id });
      setFocus({ id, seq: ++seq.current });
    },
    [dispatch],
  );
  const hide = useCallback((id: string) => dispatch({ type: 'hide', id }), [dispatch]);

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
        const capped = mode === 'overview' && base?.truncated ? ` (the overview is capped at ${count(base.nodes.length)} entities)` : '';
        setNotice({
          text: `${name ?? 'This entity'} is not drawn in the current view${capped}.`,
          action: { label: 'Add it with its neighbours', run: () => expand(id) },
        });
      }
    },
    [setView, expand, drawnIds, unlinkedIds, mode, base],
  );

  // Tell the reader when an expansion was capped.
  useEffect(() => {
    const last = view.expanded[view.expanded.length - 1];
    const got = last ? expansions.byId.get(last) : undefined;
    if (got?.truncated) {
      const name = got.nodes.find((n) => n.id === last)?.name ?? last;
      setNotice({ text: `${name} has more neighbours than the ${EXPAND_CAP} added; the best-sourced relations came first.` });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- said when an expansion arrives, not when the list changes
  }, [expansions.byId]);

  const startTrace = useCallback(
    (id: string, dir: 'up' | 'down') => {
      ask((v) => ({ ...v, trace: { id, dir, hops: v.trace?.hops ?? DEFAULT_TRACE_HOPS }, from: null, to: null, chain: null, selected: id, edge: null, article: null }));
      setSidebarOpen(true);
    },
    [ask],
  );
  const submitPaths = useCallback(
    (q: { from: string; to: string; maxHops: number }) => ask((v) => ({ ...v, from: q.from, to: q.to, maxHops: q.maxHops, chain: null, trace: null, article: null })),
    [ask],
  );
  const backToOverview = useCallback(() => ask((v) => ({ ...v, from: null, to: null, chain: null, trace: null })), [ask]);
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
  const onNodeMenu = useCallback((id: string, at: { x: number; y: number }) => setMenu({ id, at }), []);
  const closeMenu = useCallback(() => setMenu(null), []);
  const closePanel = useCallback(
    (what: 'article' | 'edge' | 'entity') => setView((v) => ({ ...v, ...(what === 'article' ? { article: null } : what === 'edge' ? { edge: null } : { selected: null }) })),
    [setView],
  );
  const onRelationRejected = useCallback(
    (label: string) => {
      setView((v) => ({ ...v, edge: null }));
      setNotice({ text: `Rejected “${label}”. The correction is recorded: loading its articles again will not bring it back.` });
    },
    [setView],
  );

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
  const drawsGraph = !!data && data.nodes.length > 0;

  return (
    <div className="app">
      <AppHeader data={data} health={health} onPick={onPick} drawnIds={drawnIds} />
      <main className="app-main">
        <ExplorerSidebar
          open={sidebarOpen}
          onToggle={() => setSidebarOpen((o) => !o)}
          view={view}
          paths={paths}
          traceLoad={trace.load}
          prefill={prefill}
          known={base?.nodes}
          onSubmitPaths={submitPaths}
          onChooseChain={chooseChain}
          onBackToOverview={backToOverview}
          onTraceChange={(t) => ask((v) => ({ ...v, trace: t }))}
          onFilters={(filters) => setView((v) => ({ ...v, filters }))}
          onSelectEntity={focusEntity}
          onOpenArticle={openArticle}
        />
        <div className="graph-area">
          {data && drawsGraph && (
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
          {data && (drawsGraph || mode !== 'overview') && (
            <GraphToolbar
              modeLabel={modeLabel}
              onBackToOverview={backToOverview}
              layout={layout}
              onLayout={(l) => setView((v) => ({ ...v, layout: l }))}
              canUndo={undo.length > 0}
              onUndo={undoLast}
              hiddenCount={view.hidden.length}
              onShowHidden={() => dispatch({ type: 'show-hidden' })}
              unlinked={unlinked}
              onPickUnlinked={(n) => focusEntity(n.id, n.name)}
              share={drawsGraph ? { graph: graphRef, drawnIds: drawnList, buildView: buildSnapshot, caption } : null}
            />
          )}
          {data && drawsGraph && <Legend data={data} open={legendOpen} onToggle={() => setLegendOpen((o) => !o)} />}
          {menu && menuNode && (
            <NodeMenu name={menuNode.name} at={menu.at} onAction={(a) => onAction(menuNode.id, menuNode.name, a)} onClose={closeMenu} />
          )}
          <Notices notice={notice} cappedAt={mode === 'overview' && base?.truncated ? base.nodes.length : null} onDismiss={() => setNotice(null)} />
        </div>
        {panelShown && (
          <SidePanel
            view={view}
            edge={edgeShown}
            drawnIds={drawnIds}
            chainEdges={chainEdges}
            onClose={closePanel}
            onSelectEntity={focusEntity}
            onOpenArticle={openArticle}
            onAction={onAction}
            onRelationRejected={onRelationRejected}
          />
        )}
      </main>
    </div>
  );
}
