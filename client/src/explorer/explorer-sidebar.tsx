/** The explorer's sidebar: the path finder, the trace under way, and the filters; it folds to a strip. */
import type { GraphNode } from '../api.js';
import { FiltersPanel } from '../panels/filters-panel.js';
import { PathFinder, type PathFinderProps } from '../panels/path-finder.js';
import { TracePanel, type TraceLoad } from '../panels/trace-panel.js';
import type { ArticleRef, Filters, TraceQuery, ViewState } from '../view-state.js';

export interface ExplorerSidebarProps {
  open: boolean;
  onToggle: () => void;
  view: ViewState;
  paths: { load: PathFinderProps['load']; blocked: string | null };
  traceLoad: TraceLoad | null;
  prefill: PathFinderProps['prefill'];
  /** Entities of the overview, for "did you mean". */
  known?: readonly GraphNode[];
  onSubmitPaths: PathFinderProps['onSubmit'];
  onChooseChain: (index: number) => void;
  onBackToOverview: () => void;
  onTraceChange: (t: TraceQuery) => void;
  onFilters: (f: Filters) => void;
  onSelectEntity: (id: string, name: string) => void;
  onOpenArticle: (ref: ArticleRef) => void;
}

export function ExplorerSidebar(p: ExplorerSidebarProps) {
  const { view } = p;
  return (
    <nav className={p.open ? 'sidebar' : 'sidebar collapsed'} aria-label="Explore" data-testid="sidebar">
      <button
        type="button"
        className="sidebar-toggle"
        aria-expanded={p.open}
        aria-label={p.open ? 'Fold the explorer' : 'Open the explorer'}
        title={p.open ? 'Fold the explorer' : 'Path finder and filters'}
        onClick={p.onToggle}
      >
        {p.open ? '‹' : '›'}
      </button>
      {p.open && (
        <div className="sidebar-body">
          <PathFinder
            from={view.from}
            to={view.to}
            maxHops={view.maxHops}
            load={p.paths.load}
            chosen={view.chain}
            blockedReason={p.paths.blocked}
            prefill={p.prefill}
            onSubmit={p.onSubmitPaths}
            onChoose={p.onChooseChain}
            onClear={p.onBackToOverview}
            onSelectEntity={p.onSelectEntity}
            onOpenArticle={p.onOpenArticle}
            known={p.known}
          />
          {view.trace && p.traceLoad && (
            <TracePanel
              trace={view.trace}
              load={p.traceLoad}
              selectedId={view.selected}
              onChange={p.onTraceChange}
              onClose={p.onBackToOverview}
              onSelectEntity={p.onSelectEntity}
            />
          )}
          <FiltersPanel filters={view.filters} onChange={p.onFilters} />
        </div>
      )}
    </nav>
  );
}
