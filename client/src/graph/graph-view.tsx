/** The graph canvas: owns the single Cytoscape instance, syncs it to data by id, runs layouts and focuses nodes. */
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import cytoscape, { type Collection, type Core, type EdgeSingular, type Layouts, type NodeCollection, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { GraphData, SavedViewport } from '../api.js';
import { MIN_NODE_SIZE, syncElements, toElements, type EdgeData } from './elements.js';
import { flowOrder } from './flow-order.js';
import { packComponents } from './pack.js';
import { BIG_GRAPH, edgeRoom, layeredLayout, overviewLayout } from './layouts.js';
import { buildStylesheet } from './stylesheet.js';
import { layOutInWorker } from './worker-layout.js';
import { layoutMemoryKey, recallLayout, rememberLayout } from './layout-memory.js';
import { layoutSeed, withSeededRandom } from './seeded-random.js';
import { centreViewport, fitViewport, NO_INSETS, readableViewport, showSaved, type Insets } from './viewport.js';

cytoscape.use(fcose);

let elkReady: Promise<void> | null = null;
/** ELK is most of the bundle and only needed for the layered layout: load it the first time it is used. */
function loadElk(): Promise<void> {
  elkReady ??= import('cytoscape-elk').then((m) => cytoscape.use(m.default));
  return elkReady;
}

declare global {
  interface Window {
    /** Set by browser tests before the page loads to get `window.__cy`. */
    __SUPPLY_GRAPH_TEST_HOOKS__?: boolean;
    __cy?: Core;
  }
}

/** A request to centre an entity; `seq` makes a repeated request for the same id distinct. */
export interface FocusRequest {
  id: string;
  seq: number;
}

/** Elements to pick out: the chosen chain (everything else is dimmed) or the root of a trace. */
export interface Highlight {
  kind: 'path' | 'trace';
  nodes: readonly string[];
  edges: readonly string[];
}

/** `preset` draws nodes where `positions` says (a saved view) and lays nothing out. */
export type LayoutName = 'force' | 'layered' | 'preset';

/** What a page can ask of the drawn graph: images of it and its elements where they are drawn. */
export interface GraphHandle {
  /** The whole graph as a PNG at twice the model's pixel size, on white. */
  png(): Promise<Blob>;
  /** The whole graph as an SVG document. */
  svg(): Promise<string>;
  /** Every node's position and every element's classes as drawn, and the viewport. */
  capture(): {
    positions: Map<string, { x: number; y: number }>;
    classes: Map<string, string>;
    viewport: SavedViewport;
  };
}

let svgReady: Promise<void> | null = null;
/** cytoscape-svg is only needed for an SVG export: load it the first time. */
function loadSvg(): Promise<void> {
  svgReady ??= import('cytoscape-svg').then((m) => cytoscape.use(m.default));
  return svgReady;
}

/** Classes that say nothing about the view itself, or follow from the selection (the reopened view works them out). */
const TRANSIENT_CLASSES = new Set(['hover', 'lite', 'faded', 'neighbour', 'edge-end']);

export interface GraphViewProps {
  data: GraphData;
  selectedId: string | null;
  /** The relation whose panel is open; it is drawn selected with its two ends. */
  selectedEdgeId?: string | null;
  focus: FocusRequest | null;
  highlight?: Highlight | null;
  layout?: LayoutName;
  /** A change lays the graph out again even when the elements stay the same (another chain chosen). */
  layoutKey?: string;
  onSelect: (id: string | null) => void;
  /** Click on an edge. */
  onSelectEdge?: (id: string) => void;
  /** Double-click on a node. */
  onExpand?: (id: string) => void;
  /** Right-click on a node, with the click's position in the canvas. */
  onNodeMenu?: (id: string, at: { x: number; y: number }) => void;
  /** Canvas edges covered by overlays; fitting keeps the whole graph clear of them. */
  fitInsets?: Insets;
  /** Canvas edges covered by overlays that would hide a focused node at the centre (a floating panel). */
  focusInsets?: Insets;
  /** Node positions for the `preset` layout. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** For the `preset` layout: the viewport it was saved with; the same part of the graph is shown, scaled to fit. */
  savedViewport?: SavedViewport;
  /** Classes to put on elements by id (a saved view's highlight). */
  extraClasses?: ReadonlyMap<string, string>;
  /** Receives the handle for exports and snapshots. */
  handleRef?: Ref<GraphHandle>;
}

/** Edge text is drawn on every edge of a view this small; bigger views show it on hover, selection and chains. */
const LABEL_ALL_EDGES_UP_TO = 60;
/** Below this zoom a big view draws edges as plain lines (haystacks): arrows would be specks, and it draws twice as fast. */
const LITE_BELOW_ZOOM = 0.55;
/** Newly added nodes in a view this big are fanned out around what they attach to instead of laid out again. */
const PLACE_WITHOUT_LAYOUT_ABOVE = 300;

/** Font size of node labels (stylesheet.ts); the opening zoom keeps them at READABLE_PX or more on screen. */
const LABEL_PX = 13;
const READABLE_PX = 10.5;
/** Up to this many nodes the opening view keeps labels readable rather than fitting everything. */
const READABLE_UP_TO = 150;

/**
 * The view a finished layout opens on: a saved view shows what it showed; a big graph is fitted by its nodes (label
 * boxes of thousands of nodes are slow to measure and change little); others keep their labels readable.
 */
function openingViewport(cy: Core, layout: LayoutName, saved: SavedViewport | undefined, insets: Insets) {
  if (layout === 'preset' && saved) return showSaved(cy, saved, insets);
  const n = cy.nodes().length;
  if (n > BIG_GRAPH) return fitViewport(cy, cy.nodes() as unknown as Collection, insets, { labels: false });
  // A chain or a trace is read end to end: all of it in view matters more than the size of its labels.
  if (n > READABLE_UP_TO || layout !== 'force') return fitViewport(cy, cy.elements(), insets);
  return readableViewport(cy, cy.elements(), insets, READABLE_PX / LABEL_PX);
}

/**
 * Resizes to the container while keeping the model point at the centre of the view where it was; with `held` (where
 * the canvas was on the page and the pointer over it, which is still inside it), the drawing stays where it is on the
 * page instead, so what is under the pointer stays under it.
 */
function resizeKeepingCentre(cy: Core, held?: { was: DOMRect; now: DOMRect }): void {
  const w0 = cy.width();
  const h0 = cy.height();
  cy.resize();
  const dw = cy.width() - w0;
  const dh = cy.height() - h0;
  if (!(w0 > 0 && h0 > 0 && (dw || dh))) return;
  if (held) cy.panBy({ x: held.was.left - held.now.left, y: held.was.top - held.now.top });
  else cy.panBy({ x: dw / 2, y: dh / 2 });
}

/**
 * The diamond-shaped node whose body holds `p` (model coordinates). Cytoscape's polygon test (3.34) puts a point
 * exactly on a diamond's vertical axis outside it, its bottom corner crossed twice: a click on the middle of a media
 * outlet reaches the app as a click on the background.
 */
function diamondAt(cy: Core, p: { x: number; y: number }): NodeSingular | undefined {
  const hits = cy.nodes().filter((n) => {
    if (n.style('shape') !== 'diamond' || !n.visible()) return false;
    const c = n.position();
    return Math.abs(p.x - c.x) / (n.outerWidth() / 2) + Math.abs(p.y - c.y) / (n.outerHeight() / 2) <= 1;
  });
  return hits.nonempty() ? (hits.last() as NodeSingular) : undefined;
}

const inside = (r: DOMRect, p: { x: number; y: number }) => p.x >= r.left && p.x <= r.right && p.y >= r.top && p.y <= r.bottom;

/** The elements with these ids that are drawn, in the order given. */
function byIds(cy: Core, ids: readonly string[]) {
  let out = cy.collection();
  for (const id of ids) {
    const e = cy.getElementById(id);
    if (e.nonempty()) out = out.union(e);
  }
  return out;
}

const ROUTE_STYLE = 'curve-style segment-distances segment-weights edge-distances';

/** Straight edges again (routes belong to the layered layout that computed them). */
function clearRoutes(cy: Core): void {
  cy.batch(() => cy.edges('.routed').removeStyle(ROUTE_STYLE).removeClass('routed'));
}

/**
 * Draws each edge through the bend points ELK routed it along (cytoscape-elk leaves them in the edge's scratch), so
 * an edge that skips layers goes around the entities in between instead of straight through them.
 */
function routeAlongBends(cy: Core): void {
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const bends = (e.scratch('elk') as { sections?: { bendPoints?: { x: number; y: number }[] }[] } | undefined)?.sections?.[0]?.bendPoints;
      if (!bends?.length || e.source().same(e.target())) return;
      const s = e.source().position();
      const t = e.target().position();
      const dx = t.x - s.x;
      const dy = t.y - s.y;
      const len2 = dx * dx + dy * dy;
      if (len2 < 1) return;
      const len = Math.sqrt(len2);
      // Cytoscape places segment points by weight along source→target and distance perpendicular to it.
      const weights = bends.map((p) => ((p.x - s.x) * dx + (p.y - s.y) * dy) / len2);
      const distances = bends.map((p) => ((p.y - s.y) * dx - (p.x - s.x) * dy) / len);
      e.style({ 'curve-style': 'segments', 'segment-weights': weights, 'segment-distances': distances, 'edge-distances': 'node-position' });
      e.addClass('routed');
    });
  });
}

/** Width over height of the canvas left free by the overlays: the shape components are packed into. */
function freeAspect(cy: Core, free: Insets): number {
  const aspect = (cy.width() - free.left - free.right) / Math.max(1, cy.height() - free.top - free.bottom);
  return Math.max(0.5, Math.min(3, aspect));
}

/** Ends the batch that holds frames back while a worker lays out (see `framesHeldRef` in GraphView), if one is open. */
function releaseFrames(cy: Core, held: { current: boolean }): void {
  if (!held.current) return;
  held.current = false;
  cy.endBatch();
}

/** Puts new nodes in a ring around the kept nodes they connect to, so they appear beside what they belong to. */
function placeNearNeighbours(added: NodeCollection): void {
  const byAnchor = new Map<string, { x: number; y: number; nodes: NodeSingular[] }>();
  added.forEach((n) => {
    const kept = n.neighborhood('node').difference(added);
    if (kept.empty()) return;
    const anchor = kept.max((k) => (k as NodeSingular).degree(false)).ele as NodeSingular;
    const key = anchor.id();
    if (!byAnchor.has(key)) byAnchor.set(key, { ...anchor.position(), nodes: [] });
    byAnchor.get(key)!.nodes.push(n);
  });
  for (const { x, y, nodes } of byAnchor.values()) {
    const r = 90 + nodes.length * 6;
    nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / nodes.length;
      n.position({ x: x + r * Math.cos(a), y: y + r * Math.sin(a) });
    });
  }
}

/** The short summary shown while the pointer is over an edge. */
export function edgeSummary(e: EdgeSingular): string {
  const d = e.data() as EdgeData;
  const what = d.caption !== d.label ? `${d.label}: ${d.caption}` : d.label;
  return `${e.source().data('label')} → ${e.target().data('label')} · ${what} · ${d.sources} source${d.sources === 1 ? '' : 's'}`;
}

/** The worker layout, or null when a worker cannot even be created (a page policy forbidding workers): the page lays out. */
function tryWorkerLayout(...args: Parameters<typeof layOutInWorker>): ReturnType<typeof layOutInWorker> | null {
  try {
    return layOutInWorker(...args);
  } catch (err) {
    console.warn('the layout worker could not start; laying out on the page', err);
    return null;
  }
}

export function GraphView({
  data, selectedId, selectedEdgeId = null, focus, highlight = null, layout = 'force', layoutKey = '', onSelect, onSelectEdge,
  onExpand, onNodeMenu, fitInsets = NO_INSETS, focusInsets = NO_INSETS, positions, savedViewport, extraClasses,
  handleRef,
}: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  /** The layout under way (a Cytoscape layout or one in a worker), stopped when another takes its place. */
  const layoutRef = useRef<{ stop(): unknown } | null>(null);
  /**
   * Whether frames are held back: while a worker lays out a fresh graph, its nodes all sit at one point and a frame of
   * them would cost as much as a real one. Cytoscape draws nothing while a batch is open, so one stays open until the
   * positions are in (or the layout is superseded).
   */
  const framesHeldRef = useRef(false);
  const layoutGen = useRef(0);
  const laidOutAs = useRef('');
  const handlers = useRef({ onSelect, onSelectEdge, onExpand, onNodeMenu });
  handlers.current = { onSelect, onSelectEdge, onExpand, onNodeMenu };
  const [tip, setTip] = useState<{ x: number; y: number; text: string } | null>(null);
  const insetsRef = useRef({ fit: fitInsets, focus: focusInsets });
  insetsRef.current = { fit: fitInsets, focus: focusInsets };
  const highlightRef = useRef(highlight);
  highlightRef.current = highlight;
  const [layoutRuns, setLayoutRuns] = useState(0);
  const [layoutRunning, setLayoutRunning] = useState(false);
  /** The elements and layout key the data effect last took in: until it has, a layout may be about to start. */
  const [synced, setSynced] = useState<{ elements: unknown; key: string }>({ elements: null, key: '' });
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0 });
  const focusServedRef = useRef<FocusRequest | null>(null);
  /** Whether the viewport is still the one the last fit chose. */
  const fittedRef = useRef(false);
  /** Whether the view is big enough for cheap edges when zoomed out. */
  const liteRef = useRef(false);
  /** Whether opacity changes are animated (not in a view of thousands of elements: see buildStylesheet). */
  const fadesRef = useRef(true);

  const { elements, danglingEdges } = useMemo(() => toElements(data), [data]);
  const positionsRef = useRef(positions);
  positionsRef.current = positions;
  const savedViewportRef = useRef(savedViewport);
  savedViewportRef.current = savedViewport;

  useImperativeHandle(handleRef, () => ({
    async png() {
      return cyRef.current!.png({ output: 'blob-promise', scale: 2, full: true, bg: '#ffffff' });
    },
    async svg() {
      await loadSvg();
      return (cyRef.current! as Core & { svg(o: object): string }).svg({ full: true, scale: 1, bg: '#ffffff' });
    },
    capture() {
      const cy = cyRef.current!;
      const positions = new Map<string, { x: number; y: number }>();
      const classes = new Map<string, string>();
      cy.nodes().forEach((n) => {
        const p = n.position();
        positions.set(n.id(), { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 });
      });
      cy.elements().forEach((e) => {
        const c = e.classes().filter((k) => !TRANSIENT_CLASSES.has(k));
        if (e.selected()) c.push('selected');
        if (c.length) classes.set(e.id(), c.join(' '));
      });
      return { positions, classes, viewport: { zoom: cy.zoom(), pan: { ...cy.pan() }, width: cy.width(), height: cy.height() } };
    },
  }), []);

  // Create once on mount, destroy on unmount.
  useEffect(() => {
    const container = containerRef.current!;
    const cy = cytoscape({
      container,
      style: buildStylesheet({ fades: fadesRef.current }),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    if (window.__SUPPLY_GRAPH_TEST_HOOKS__) window.__cy = cy;

    cy.on('tap', 'node', (e) => handlers.current.onSelect(e.target.id()));
    cy.on('tap', 'edge', (e) => {
      setTip(null);
      handlers.current.onSelectEdge?.(e.target.id());
    });
    cy.on('tap', (e) => {
      if (e.target !== cy) return;
      const missed = diamondAt(cy, e.position);
      missed?.select();
      handlers.current.onSelect(missed ? missed.id() : null);
    });
    cy.on('dbltap', 'node', (e) => handlers.current.onExpand?.(e.target.id()));
    cy.on('cxttap', 'node', (e) => {
      const p = e.renderedPosition ?? e.target.renderedPosition();
      handlers.current.onNodeMenu?.(e.target.id(), { x: p.x, y: p.y });
    });
    let lite = false;
    cy.on('zoom', () => {
      const want = liteRef.current && cy.zoom() < LITE_BELOW_ZOOM;
      if (want === lite && want === cy.edges().first().hasClass('lite')) return;
      lite = want;
      cy.edges().toggleClass('lite', want);
    });
    cy.on('mouseover', 'node, edge', (e) => {
      e.target.addClass('hover');
      container.style.cursor = 'pointer';
      if (e.target.isEdge()) {
        const at = e.renderedPosition ?? (e.target as EdgeSingular).renderedMidpoint();
        setTip({ x: at.x, y: at.y, text: edgeSummary(e.target as EdgeSingular) });
      }
    });
    cy.on('mouseout', 'node, edge', (e) => {
      e.target.removeClass('hover');
      container.style.cursor = '';
      if (e.target.isEdge()) setTip(null);
    });
    // A tip left where the edge was would point at nothing once the view moves.
    cy.on('viewport', () => setTip(null));

    // While the view is as the last fit left it, a resized canvas (a panel opened or closed) is fitted again;
    // once the reader pans or zooms, their view is kept and only its centre is. While the pointer is over the canvas,
    // what is under it stays put: a click that opens the panel beside the graph must not slide the graph under the
    // pointer, or the second click of a double-click lands on another node or on the background and closes the panel.
    let pointer: { x: number; y: number } | null = null;
    let rect = container.getBoundingClientRect();
    const track = (e: PointerEvent) => {
      pointer = { x: e.clientX, y: e.clientY };
      rect = container.getBoundingClientRect();
    };
    const gone = () => (pointer = null);
    const moved = (e: Event) => {
      fittedRef.current = false;
      if (e instanceof PointerEvent) track(e);
    };
    container.addEventListener('wheel', moved, { passive: true });
    container.addEventListener('pointerdown', moved);
    container.addEventListener('pointermove', track);
    container.addEventListener('pointerleave', gone);
    const ro = new ResizeObserver(() => {
      const was = rect;
      rect = container.getBoundingClientRect();
      if (!fittedRef.current || layoutRef.current) return resizeKeepingCentre(cy, pointer && inside(rect, pointer) ? { was, now: rect } : undefined);
      cy.resize();
      const view = openingViewport(cy, laidOutAs.current.split('|')[0] as LayoutName, savedViewportRef.current, insetsRef.current.fit);
      if (view) cy.viewport(view);
    });
    ro.observe(container);
    return () => {
      ro.disconnect();
      container.removeEventListener('wheel', moved);
      container.removeEventListener('pointerdown', moved);
      container.removeEventListener('pointermove', track);
      container.removeEventListener('pointerleave', gone);
      // A counter, not a DOM ref: bumping its current value is what tells a running layout it is stale.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      layoutGen.current++;
      layoutRef.current?.stop();
      layoutRef.current = null;
      releaseFrames(cy, framesHeldRef);
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, []);

  // Apply data as a diff; lay out again only when the set of elements, the layout or its key changed.
  useEffect(() => {
    const cy = cyRef.current!;
    // A layout still waiting for its worker is superseded below; the elements that come in are styled at once.
    const waitingForWorker = framesHeldRef.current;
    releaseFrames(cy, framesHeldRef);
    const nodeCount = elements.reduce((k, e) => k + (e.group === 'nodes' ? 1 : 0), 0);
    // Set before the elements come in, so that each is styled once.
    const fades = nodeCount <= BIG_GRAPH;
    if (fades !== fadesRef.current) {
      fadesRef.current = fades;
      cy.style(buildStylesheet({ fades }));
    }
    const wasEmpty = cy.nodes().empty();
    const before = new Set(cy.nodes().map((n) => n.id()));
    const newNodes = elements.reduce((k, e) => k + (e.group === 'nodes' && !before.has(e.data.id as string) ? 1 : 0), 0);
    const fresh = wasEmpty || newNodes > nodeCount / 2;
    // A big fresh overview is laid out in a worker, started before the elements come in so that it works while the
    // page adds and styles them; the same graph seen before takes the positions it was given then.
    const bigFresh = layout === 'force' && fresh && nodeCount > BIG_GRAPH;
    const aspect = freeAspect(cy, insetsRef.current.fit);
    const memoryKey = bigFresh ? layoutMemoryKey(elements, aspect) : '';
    const remembered = bigFresh ? recallLayout(memoryKey) : undefined;
    const job = bigFresh && !remembered ? tryWorkerLayout(elements, aspect) : null;
    const { added, removed } = syncElements(cy, elements);
    const addedNodes = cy.nodes().filter((n) => !before.has(n.id()));
    setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
    cy.edges().toggleClass('labelled', cy.edges().length <= LABEL_ALL_EDGES_UP_TO);
    // A big view opens zoomed out: draw its edges the cheap way until the reader zooms in (see the zoom handler).
    liteRef.current = cy.nodes().length > BIG_GRAPH;
    cy.edges().toggleClass('lite', liteRef.current && (wasEmpty || cy.zoom() < LITE_BELOW_ZOOM));
    const key = `${layout}|${layoutKey}`;
    setSynced({ elements, key });
    const keyChanged = key !== laidOutAs.current;
    if (!added && !removed && !keyChanged) {
      job?.stop();
      // Nothing supersedes the layout still running in the worker: hold the frames again until its positions land.
      if (waitingForWorker && layoutRef.current) {
        framesHeldRef.current = true;
        cy.startBatch();
      }
      return;
    }
    laidOutAs.current = key;
    const gen = ++layoutGen.current;
    layoutRef.current?.stop();
    layoutRef.current = null;
    if (cy.nodes().empty()) {
      setLayoutRunning(false);
      return;
    }
    // The first layout appears at once; later force layouts move nodes from where the reader saw them. A mostly new
    // graph (new nodes all start at one point) and layered layouts (nodes cross each other on their way to their
    // layers) jump to their places instead, so nodes never pile up while they move; the view still glides there.
    const animate = !wasEmpty && !fresh && layout === 'force';
    const glide = !wasEmpty;
    if (!fresh) placeNearNeighbours(addedNodes);

    /** Whether the worker packed the components already. */
    let packed = false;
    const finish = () => {
      if (layoutGen.current !== gen) return;
      layoutRef.current = null;
      if (layout === 'layered') routeAlongBends(cy);
      else if (fresh && layout !== 'preset' && !packed) {
        // Shape the packing like the free canvas.
        packComponents(cy, freeAspect(cy, insetsRef.current.fit), 60, (n) => Number(n.data('size')) || MIN_NODE_SIZE);
      }
      const view = openingViewport(cy, layout, savedViewportRef.current, insetsRef.current.fit);
      // Settled means nothing moves any more, the fitting animation included.
      const settled = () => {
        if (layoutGen.current !== gen) return;
        fittedRef.current = true;
        setLayoutRunning(false);
        setLayoutRuns((n) => n + 1);
      };
      if (view && glide) cy.animate(view, { duration: 300, complete: settled });
      else {
        if (view) cy.viewport(view);
        settled();
      }
    };

    if (layout === 'preset') {
      // A saved view: every node where it was saved, nothing laid out.
      const at = positionsRef.current;
      cy.batch(() => cy.nodes().forEach((n) => {
        const p = at?.get(n.id());
        if (p) n.position(p);
      }));
      setLayoutRunning(true);
      queueMicrotask(finish);
      return;
    }

    if (layout === 'force' && !fresh && cy.nodes().length > PLACE_WITHOUT_LAYOUT_ABOVE && !keyChanged && addedNodes.nonempty()) {
      // A few neighbours added to a big overview: placed around their anchor, no full layout.
      setLayoutRunning(true);
      queueMicrotask(finish);
      return;
    }

    const start = () => {
      if (layoutGen.current !== gen) return;
      let run: Layouts;
      if (layout === 'layered') {
        // With a chosen chain, the model order is a flow order in which its hops all point right; ELK breaks cycles
        // by that order. Without one, ELK's own cycle breaking does better than an arbitrary order.
        const h = highlightRef.current;
        const chain = h?.kind === 'path' ? h.nodes.filter((id) => cy.getElementById(id).nonempty()) : [];
        let eles = cy.elements();
        if (chain.length) {
          const firstEdges = byIds(cy, h!.edges);
          const edges = firstEdges.union(cy.edges().difference(firstEdges));
          const order = flowOrder(cy.nodes().map((n) => n.id()), edges.map((e) => ({ source: e.data('source'), target: e.data('target') })), chain);
          eles = byIds(cy, order).union(edges);
        }
        const labelRoom = Math.max(0, ...cy.edges().map(edgeRoom));
        run = eles.layout(layeredLayout({ animate, modelOrder: chain.length > 0, keep: () => layoutGen.current === gen, labelRoom }));
      } else {
        run = cy.layout(overviewLayout(cy.nodes().length, { randomize: fresh, animate }));
      }
      layoutRef.current = run;
      run.one('layoutstop', finish);
      // fcose computes every position within run() (an animation only eases them in afterwards): seeded, the same
      // graph gets the same picture (see seeded-random.ts). ELK draws no random numbers.
      if (layout === 'layered') run.run();
      else withSeededRandom(layoutSeed(cy.nodes().map((n) => n.id())), () => run.run());
    };
    setLayoutRunning(true);
    clearRoutes(cy);
    if (remembered) {
      cy.nodes().positions((n) => remembered.get(n.id())!);
      packed = true;
      queueMicrotask(finish);
      return;
    }
    if (job) {
      layoutRef.current = job;
      framesHeldRef.current = true;
      cy.startBatch();
      job.positions.then((at) => {
        if (layoutGen.current !== gen) return;
        rememberLayout(memoryKey, at);
        cy.nodes().positions((n) => at.get(n.id())!);
        packed = true;
        releaseFrames(cy, framesHeldRef);
        finish();
      }, (err: unknown) => {
        if (layoutGen.current !== gen) return;
        console.warn('the force layout could not run in a worker; laying out on the page instead', err);
        releaseFrames(cy, framesHeldRef);
        start();
      });
      return;
    }
    if (layout === 'layered') loadElk().then(start, (err: unknown) => console.error('could not load the layered layout', err));
    else start();
  }, [elements, layout, layoutKey]);

  // Highlight: the chosen chain stands out and everything else is dimmed; a trace marks its root.
  useEffect(() => {
    const cy = cyRef.current!;
    cy.batch(() => {
      cy.elements().removeClass('on-path off-path trace-root');
      if (!highlight) return;
      if (highlight.kind === 'trace') {
        for (const id of highlight.nodes) cy.getElementById(id).addClass('trace-root');
        return;
      }
      const on = byIds(cy, [...highlight.nodes, ...highlight.edges]);
      on.addClass('on-path');
      cy.elements().difference(on).addClass('off-path');
    });
  }, [highlight, elements]);

  // Classes a saved view kept (its chain highlight), put back on its elements.
  useEffect(() => {
    const cy = cyRef.current!;
    if (!extraClasses?.size) return;
    cy.batch(() => {
      for (const [id, c] of extraClasses) cy.getElementById(id).addClass(c.split(' ').filter((k) => k !== 'selected').join(' '));
    });
  }, [extraClasses, elements]);

  // Selection: mirror `selectedId` (or the selected edge); outside a chain, fade what is not adjacent to it.
  useEffect(() => {
    const cy = cyRef.current!;
    cy.batch(() => {
      cy.elements().removeClass('faded neighbour edge-end');
      const node = selectedId ? cy.getElementById(selectedId).filter('node') : cy.collection();
      const edge = node.empty() && selectedEdgeId ? cy.getElementById(selectedEdgeId).filter('edge') : cy.collection();
      const chosen = node.union(edge);
      cy.$(':selected').difference(chosen).unselect();
      // A chain or a trace already says what matters; fading on top would hide its far ends. A saved view that
      // kept its chain's classes is a chain too.
      const chainShown = !!highlight || cy.elements('.on-path').nonempty();
      if (node.nonempty()) {
        node.select();
        node.connectedEdges().addClass('neighbour');
        if (!chainShown) cy.elements().difference(node.closedNeighborhood()).addClass('faded');
      } else if (edge.nonempty()) {
        edge.select();
        edge.connectedNodes().addClass('edge-end');
        if (!chainShown) cy.elements().difference(edge.union(edge.connectedNodes())).addClass('faded');
      }
    });
  }, [selectedId, selectedEdgeId, elements, highlight, extraClasses]);

  // Focus: centre the node once the layout has settled, zooming in if the view is far out.
  useEffect(() => {
    const cy = cyRef.current!;
    if (!focus || layoutRunning || focusServedRef.current === focus) return;
    const node = cy.getElementById(focus.id);
    if (node.empty()) return;
    resizeKeepingCentre(cy);
    cy.stop(true, false);
    const zoom = Math.min(Math.max(cy.zoom(), 1.2), 2);
    focusServedRef.current = focus;
    fittedRef.current = false;
    setFocusedId(null);
    // Centre the node itself, not its bounding box, which includes the label below it.
    cy.animate(
      centreViewport(cy, node.position(), zoom, insetsRef.current.focus),
      { duration: 450, easing: 'ease-in-out-cubic', complete: () => setFocusedId(focus.id) },
    );
  }, [focus, layoutRunning, elements]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current!;
    fittedRef.current = false;
    cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  };
  const fit = () => {
    const cy = cyRef.current!;
    const view = fitViewport(cy, cy.elements(), fitInsets);
    if (view) cy.animate(view, { duration: 250, complete: () => (fittedRef.current = true) });
  };

  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-layout={layoutRunning || synced.elements !== elements || synced.key !== `${layout}|${layoutKey}` ? 'running' : 'idle'}
        data-layout-name={layout}
        data-layout-runs={layoutRuns}
        data-nodes-drawn={drawn.nodes}
        data-edges-drawn={drawn.edges}
        data-dangling-edges={danglingEdges}
        data-focused={focusedId ?? ''}
        aria-label={`Graph of ${drawn.nodes} entities and ${drawn.edges} relations`}
        role="img"
      />
      {tip && (
        <div className="edge-tip" role="tooltip" data-testid="edge-tip" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      )}
      <div className="graph-controls" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.3)} title="Zoom in" aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(1 / 1.3)} title="Zoom out" aria-label="Zoom out">−</button>
        <button type="button" onClick={fit} title="Fit graph to view" aria-label="Fit graph to view">⤢</button>
      </div>
    </div>
  );
}
