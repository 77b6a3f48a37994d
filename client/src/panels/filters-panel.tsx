/** Filters: which relation types and entity kinds are drawn, and how many sources a relation needs. */
import { RELATIONS } from '../../../server/domain/relation-registry.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { KINDS, kindStyle } from '../graph/kind-styles.js';
import { DEFAULT_FILTERS, type Filters } from '../view-state.js';

const ALL_TYPES = RELATIONS.map((r) => r.type as string);
const ALL_KINDS = KINDS as readonly string[];
const MIN_SOURCES = [0, 2, 3, 5];

/** Toggles `v` in a subset of `all` (null meaning all of it); never leaves it empty. */
function toggle(current: string[] | null, all: readonly string[], v: string): string[] | null {
  const set = new Set(current ?? all);
  if (set.has(v)) {
    if (set.size === 1) return current;
    set.delete(v);
  } else set.add(v);
  const out = all.filter((x) => set.has(x));
  return out.length === all.length ? null : out;
}

export function FiltersPanel({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const types = new Set(filters.types ?? ALL_TYPES);
  const kinds = new Set(filters.kinds ?? ALL_KINDS);
  const changed = filters.types !== null || filters.kinds !== null || filters.minSources > 1;
  return (
    <section className="sidebar-section filters" aria-labelledby="filters-title" data-testid="filters">
      <div className="section-head">
        <h2 id="filters-title">Filters</h2>
        {changed && <button type="button" className="link subtle" onClick={() => onChange(DEFAULT_FILTERS)}>Reset</button>}
      </div>
      <fieldset>
        <legend>Relations</legend>
        <ul className="check-list">
          {RELATIONS.map((r) => (
            <li key={r.type}>
              <label title={r.flow ? 'A flow relation: path search and tracing walk these' : undefined}>
                <input
                  type="checkbox"
                  name="type"
                  value={r.type}
                  checked={types.has(r.type)}
                  disabled={types.has(r.type) && types.size === 1}
                  onChange={() => onChange({ ...filters, types: toggle(filters.types, ALL_TYPES, r.type) })}
                />
                <span className="line-key" style={{ borderTopColor: r.style.color, borderTopStyle: r.style.line }} aria-hidden="true" />
                {r.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>Entities</legend>
        <ul className="check-list">
          {KINDS.map((k) => (
            <li key={k}>
              <label>
                <input
                  type="checkbox"
                  name="kind"
                  value={k}
                  checked={kinds.has(k)}
                  disabled={kinds.has(k) && kinds.size === 1}
                  onChange={() => onChange({ ...filters, kinds: toggle(filters.kinds, ALL_KINDS, k) })}
                />
                <KindSwatch kind={k} size={12} />
                {kindStyle(k).label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label className="inline-field">
        Sources at least
        <select
          aria-label="Minimum number of sources"
          value={MIN_SOURCES.includes(filters.minSources) ? filters.minSources : filters.minSources > 1 ? filters.minSources : 0}
          onChange={(e) => onChange({ ...filters, minSources: Number(e.target.value) })}
        >
          {[...new Set([...MIN_SOURCES, filters.minSources > 1 ? filters.minSources : 0])].sort((a, b) => a - b).map((n) => (
            <option key={n} value={n}>{n === 0 ? 'any' : `${n} articles`}</option>
          ))}
        </select>
      </label>
    </section>
  );
}
