/** The graph canvas: owns the single Cytoscape instance, syncs it to data by id, runs layouts and focuses nodes. */
import { useEffect, useMemo, useRef, useState } from 'react';
import cytoscape, { type Core, type Layouts } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import layoutUtilities from 'cytoscape-layout-utilities';
import type { GraphData } from '../api.js';
import { syncElements, toElements } from './elements.js';
import { overviewLayout } from './layouts.js';
import { buildStylesheet } from './stylesheet.js';
import { centreViewport, fitViewport, NO_INSETS, type Insets } from './viewport.js';

cytoscape.use(fcose);
cytoscape.use(layoutUtilities);

declare global {
  interface Window {
    /** Set by browser tests before the page loads to get `window.__cy`. */
    __SUPPLY_GRAPH_TEST_HOOKS__?: boolean;
    __cy?: Core;
  }
}

/** cytoscape-layout-utilities' entry point: creates the instance, or updates its options when called again. */
type WithLayoutUtilities = Core & { layoutUtilities(options: { desiredAspectRatio?: number; componentSpacing?: number }): unknown };

/** A request to centre an entity; `seq` makes a repeated request for the same id distinct. */
export interface FocusRequest {
  id: string;
  seq: number;
}

export interface GraphViewProps {
  data: GraphData;
  selectedId: string | null;
  focus: FocusRequest | null;
  onSelect: (id: string | null) => void;
  /** Canvas edges covered by overlays; fitting keeps the whole graph clear of them. */
  fitInsets?: Insets;
  /** Canvas edges covered by overlays that would hide a focused node at the centre (a floating panel). */
  focusInsets?: Insets;
}

/** Resizes to the container while keeping the model point at the centre of the view where it was. */
function resizeKeepingCentre(cy: Core): void {
  const w0 = cy.width();
  const h0 = cy.height();
  cy.resize();
  const dw = cy.width() - w0;
  const dh = cy.height() - h0;
  if (w0 > 0 && h0 > 0 && (dw || dh)) cy.panBy({ x: dw / 2, y: dh / 2 });
}

export function GraphView({ data, selectedId, focus, onSelect, fitInsets = NO_INSETS, focusInsets = NO_INSETS }: GraphViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const layoutRef = useRef<Layouts | null>(null);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const insetsRef = useRef({ fit: fitInsets, focus: focusInsets });
  insetsRef.current = { fit: fitInsets, focus: focusInsets };
  const [layoutRuns, setLayoutRuns] = useState(0);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0 });
  const focusServedRef = useRef<FocusRequest | null>(null);

  const { elements, danglingEdges } = useMemo(() => toElements(data), [data]);

  // Create once on mount, destroy on unmount.
  useEffect(() => {
    const container = containerRef.current!;
    const cy = cytoscape({
      container,
      style: buildStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    if (window.__SUPPLY_GRAPH_TEST_HOOKS__) window.__cy = cy;

    cy.on('tap', 'node', (e) => onSelectRef.current(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) onSelectRef.current(null);
    });
    cy.on('mouseover', 'node, edge', (e) => {
      e.target.addClass('hover');
      container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node, edge', (e) => {
      e.target.removeClass('hover');
      container.style.cursor = '';
    });

    const ro = new ResizeObserver(() => resizeKeepingCentre(cy));
    ro.observe(container);
    return () => {
      ro.disconnect();
      layoutRef.current?.stop();
      layoutRef.current = null;
      cy.destroy();
      cyRef.current = null;
      if (window.__cy === cy) delete window.__cy;
    };
  }, []);

  // Apply data as a diff; lay out again only when the set of elements changed.
  useEffect(() => {
    const cy = cyRef.current!;
    const wasEmpty = cy.nodes().empty();
    const { added, removed } = syncElements(cy, elements);
    setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
    if (!added && !removed) return;
    layoutRef.current?.stop();
    if (cy.nodes().empty()) {
      setLayoutRunning(false);
      return;
    }
    // The first layout appears at once; later ones move nodes from where the reader saw them.
    const animate = !wasEmpty;
    // fcose packs disconnected components through layout-utilities: shape the packing like the free canvas.
    const free = insetsRef.current.fit;
    const aspect = Math.max(0.5, Math.min(3, (cy.width() - free.left - free.right) / Math.max(1, cy.height() - free.top - free.bottom)));
    (cy as WithLayoutUtilities).layoutUtilities({ desiredAspectRatio: aspect, componentSpacing: 40 });
    const layout = cy.layout(overviewLayout(cy.nodes().length, { randomize: wasEmpty, animate }));
    layoutRef.current = layout;
    setLayoutRunning(true);
    layout.one('layoutstop', () => {
      if (layoutRef.current !== layout) return;
      layoutRef.current = null;
      const view = fitViewport(cy, cy.elements(), insetsRef.current.fit);
      if (view && animate) cy.animate(view, { duration: 300 });
      else if (view) cy.viewport(view);
      setLayoutRunning(false);
      setLayoutRuns((n) => n + 1);
    });
    layout.run();
  }, [elements]);

  // Selection: mirror `selectedId` and fade what is not adjacent to it.
  useEffect(() => {
    const cy = cyRef.current!;
    cy.batch(() => {
      cy.elements().removeClass('faded neighbour');
      const node = selectedId ? cy.getElementById(selectedId) : cy.collection();
      cy.$(':selected').difference(node).unselect();
      if (node.nonempty()) {
        node.select();
        const near = node.closedNeighborhood();
        cy.elements().difference(near).addClass('faded');
        node.connectedEdges().addClass('neighbour');
      }
    });
  }, [selectedId, elements]);

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
    setFocusedId(null);
    // Centre the node itself, not its bounding box, which includes the label below it.
    cy.animate(
      centreViewport(cy, node.position(), zoom, insetsRef.current.focus),
      { duration: 450, easing: 'ease-in-out-cubic', complete: () => setFocusedId(focus.id) },
    );
  }, [focus, layoutRunning, elements]);

  const zoomBy = (factor: number) => {
    const cy = cyRef.current!;
    cy.animate({ zoom: { level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } }, { duration: 150 });
  };
  const fit = () => {
    const cy = cyRef.current!;
    const view = fitViewport(cy, cy.elements(), fitInsets);
    if (view) cy.animate(view, { duration: 250 });
  };

  return (
    <div className="graph-view">
      <div
        ref={containerRef}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-layout={layoutRunning ? 'running' : 'idle'}
        data-layout-runs={layoutRuns}
        data-nodes-drawn={drawn.nodes}
        data-edges-drawn={drawn.edges}
        data-dangling-edges={danglingEdges}
        data-focused={focusedId ?? ''}
        aria-label={`Graph of ${drawn.nodes} entities and ${drawn.edges} relations`}
        role="img"
      />
      <div className="graph-controls" role="toolbar" aria-label="Zoom">
        <button type="button" onClick={() => zoomBy(1.3)} title="Zoom in" aria-label="Zoom in">+</button>
        <button type="button" onClick={() => zoomBy(1 / 1.3)} title="Zoom out" aria-label="Zoom out">−</button>
        <button type="button" onClick={fit} title="Fit graph to view" aria-label="Fit graph to view">⤢</button>
      </div>
    </div>
  );
}
