/** The panel beside the graph: the open article, else the clicked relation, else the selected entity. */
import type { GraphEdge } from '../api.js';
import { ArticleView } from '../panels/article-view.js';
import { EdgePanel } from '../panels/edge-panel.js';
import { EntityPanel, type EntityAction } from '../panels/entity-panel.js';
import type { ArticleRef, ViewState } from '../view-state.js';

export interface SidePanelProps {
  view: ViewState;
  /** The relation whose panel is open, when it is drawn. */
  edge: GraphEdge | null;
  drawnIds: ReadonlySet<string>;
  chainEdges?: ReadonlySet<string>;
  /** Closes what is open: the article, the relation or the entity. */
  onClose: (what: 'article' | 'edge' | 'entity') => void;
  onSelectEntity: (id: string, name: string) => void;
  onOpenArticle: (ref: ArticleRef) => void;
  onAction: (id: string, name: string, action: EntityAction) => void;
  /** A relation was rejected from its panel. */
  onRelationRejected: (label: string) => void;
}

export function SidePanel({ view, edge, drawnIds, chainEdges, onClose, onSelectEntity, onOpenArticle, onAction, onRelationRejected }: SidePanelProps) {
  if (view.article) {
    return (
      <ArticleView
        article={view.article}
        selectedId={view.selected}
        onClose={() => onClose('article')}
        onSelectEntity={onSelectEntity}
        onShowEntity={view.selected ? () => onClose('article') : undefined}
      />
    );
  }
  if (edge) {
    return (
      <EdgePanel
        id={edge.id}
        source={edge.source}
        onClose={() => onClose('edge')}
        onNavigate={onSelectEntity}
        onOpenArticle={onOpenArticle}
        onRejected={onRelationRejected}
      />
    );
  }
  if (view.selected === null) return null;
  return (
    <EntityPanel
      id={view.selected}
      onClose={() => onClose('entity')}
      onNavigate={onSelectEntity}
      onOpenArticle={onOpenArticle}
      onAction={onAction}
      chainEdges={chainEdges}
      drawn={drawnIds.has(view.selected)}
    />
  );
}
