/**
 * The bar over the graph: what the view shows (with the way back to the overview), the layout, Undo, the hidden
 * entities, the entities no relation touches (listed, not drawn), and the Export / Share menu.
 */
import { useState, type RefObject } from 'react';
import type { GraphNode, SnapshotView } from '../api.js';
import { KindSwatch } from '../components/kind-swatch.js';
import type { GraphHandle } from '../graph/graph-view.js';
import { ShareMenu } from '../panels/share-menu.js';
import { count } from './format.js';

export interface GraphToolbarProps {
  /** What a chain or trace view shows; null on the overview. */
  modeLabel: string | null;
  onBackToOverview: () => void;
  layout: 'force' | 'layered';
  onLayout: (layout: 'force' | 'layered') => void;
  canUndo: boolean;
  onUndo: () => void;
  hiddenCount: number;
  onShowHidden: () => void;
  unlinked: readonly GraphNode[];
  onPickUnlinked: (n: GraphNode) => void;
  /** The export and share menu's inputs, when there is a graph to share. */
  share: { graph: RefObject<GraphHandle | null>; drawnIds: readonly string[]; buildView: () => SnapshotView; caption: () => string } | null;
}

export function GraphToolbar(p: GraphToolbarProps) {
  const [unlinkedOpen, setUnlinkedOpen] = useState(false);
  return (
    <div className="graph-toolbar" role="toolbar" aria-label="View">
      {p.modeLabel && (
        <span className="mode-chip" data-testid="mode-chip" title={p.modeLabel}>
          <span className="mode-chip-text">{p.modeLabel}</span>
          <button type="button" onClick={p.onBackToOverview} aria-label="Back to the overview" title="Back to the overview">×</button>
        </span>
      )}
      <span className="toolbar-gap" />
      <div className="segmented" role="group" aria-label="Layout">
        <button type="button" aria-pressed={p.layout === 'force'} onClick={() => p.onLayout('force')} title="Force-directed: clusters and hubs">
          Force
        </button>
        <button type="button" aria-pressed={p.layout === 'layered'} onClick={() => p.onLayout('layered')} title="Layered, left to right: flows">
          Layered
        </button>
      </div>
      <button type="button" className="tool-button" onClick={p.onUndo} disabled={!p.canUndo} title="Undo the last hide or expand (Ctrl+Z)">
        ↶ Undo
      </button>
      {p.hiddenCount > 0 && (
        <button type="button" className="tool-button" onClick={p.onShowHidden} data-testid="show-hidden">
          {p.hiddenCount} hidden · show
        </button>
      )}
      {p.unlinked.length > 0 && (
        <div className="unlinked">
          <button
            type="button"
            className="tool-button"
            aria-expanded={unlinkedOpen}
            onClick={() => setUnlinkedOpen((o) => !o)}
            data-testid="unlinked-button"
            title="Entities no relation touches are listed here rather than drawn"
          >
            {count(p.unlinked.length)} without relations ▾
          </button>
          {unlinkedOpen && (
            <ul className="unlinked-list" data-testid="unlinked-list" aria-label="Entities without relations">
              {p.unlinked.map((n) => (
                <li key={n.id}>
                  <button type="button" className="link" data-entity-id={n.id} onClick={() => { setUnlinkedOpen(false); p.onPickUnlinked(n); }}>
                    <KindSwatch kind={n.kind} size={11} /> {n.name}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {p.share && <ShareMenu graph={p.share.graph} drawnIds={p.share.drawnIds} buildView={p.share.buildView} caption={p.share.caption} />}
    </div>
  );
}
