/** The popup list of matching entities, shared by the search box and the path finder's entity fields. */
import type { GraphNode } from '../api.js';
import { kindStyle } from '../graph/kind-styles.js';
import { matchedAlias, type EntityResults } from '../hooks/use-entity-search.js';
import { KindSwatch } from './kind-swatch.js';

export function SuggestionList(props: {
  listId: string;
  label: string;
  className: string;
  results: EntityResults;
  items: GraphNode[];
  active: number;
  setActive: (i: number) => void;
  choose: (n: GraphNode) => void;
  /** Extra words after the kind, per entity (" · not in view"). */
  note?: (n: GraphNode) => string;
}) {
  const { listId, results, items, active } = props;
  return (
    <div className={props.className}>
      {results.state === 'loading' && <div className="search-note">Searching…</div>}
      {results.state === 'error' && <div className="search-note search-error">{results.message}</div>}
      {results.state === 'done' && items.length === 0 && <div className="search-note">No entity matches “{results.q}”.</div>}
      <ul id={listId} role="listbox" aria-label={props.label} className="search-results">
        {items.map((n, i) => {
          const alias = matchedAlias(n, results.state === 'done' ? results.q : '');
          return (
            <li
              key={n.id}
              id={`${listId}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              data-entity-id={n.id}
              className={i === active ? 'search-result active' : 'search-result'}
              // mousedown, not click: keep the input from blurring and closing the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                props.choose(n);
              }}
              onMouseEnter={() => props.setActive(i)}
            >
              <KindSwatch kind={n.kind} sanctioned={n.sanctioned} />
              <span className="search-result-name">{n.name}</span>
              {alias && <span className="search-result-alias">aka {alias}</span>}
              <span className="search-result-meta">
                {kindStyle(n.kind).label}
                {props.note?.(n) ?? ''}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
