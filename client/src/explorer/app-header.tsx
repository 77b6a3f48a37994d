/** The explorer's header: the mark, the page tabs, the entity search, and what the view and the store hold. */
import type { GraphData, GraphNode, Health } from '../api.js';
import { Brand } from '../components/brand.js';
import { PageTabs } from '../components/page-tabs.js';
import { SearchBox } from '../search/search-box.js';
import { count } from './format.js';

export interface AppHeaderProps {
  /** The graph drawn now, once there is one. */
  data: GraphData | null;
  health: Health | null;
  onPick: (n: GraphNode) => void;
  drawnIds: ReadonlySet<string>;
}

export function AppHeader({ data, health, onPick, drawnIds }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Brand />
      <PageTabs current="explorer" />
      <SearchBox onPick={onPick} visibleIds={drawnIds} />
      <div className="header-stats" data-testid="header-stats">
        {data && (
          <span>
            <strong>{count(data.nodes.length)}</strong> entities · <strong>{count(data.edges.length)}</strong> relations
            {health && <> · {count(health.articles)} article{health.articles === 1 ? '' : 's'}</>}
          </span>
        )}
        {health && <span className="store-badge" title="Graph store in use">{health.store}</span>}
      </div>
    </header>
  );
}
