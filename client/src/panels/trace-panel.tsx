/** The result of tracing upstream or downstream: every entity reached along flow relations, nearest first. */
import type { GraphNode, Reached } from '../api.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { MAX_TRACE_HOPS, type TraceQuery } from '../view-state.js';

export type TraceLoad =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'done'; root: GraphNode; items: Reached[] };

export interface TracePanelProps {
  trace: TraceQuery;
  load: TraceLoad;
  selectedId: string | null;
  onChange: (t: TraceQuery) => void;
  onClose: () => void;
  onSelectEntity: (id: string, name: string) => void;
}

export function TracePanel({ trace, load, selectedId, onChange, onClose, onSelectEntity }: TracePanelProps) {
  const up = trace.dir === 'up';
  const byHops = new Map<number, Reached[]>();
  if (load.state === 'done') for (const r of load.items) byHops.set(r.hops, [...(byHops.get(r.hops) ?? []), r]);
  return (
    <section className="sidebar-section trace" aria-labelledby="trace-title" data-testid="trace-panel" data-direction={trace.dir}>
      <div className="section-head">
        <h2 id="trace-title">{up ? 'Upstream' : 'Downstream'}{load.state === 'done' ? ` of ${load.root.name}` : ''}</h2>
        <button type="button" className="link subtle" onClick={onClose}>Close</button>
      </div>
      <div className="trace-controls">
        <div className="segmented" role="group" aria-label="Direction">
          <button type="button" aria-pressed={up} onClick={() => onChange({ ...trace, dir: 'up' })}>Suppliers</button>
          <button type="button" aria-pressed={!up} onClick={() => onChange({ ...trace, dir: 'down' })}>Buyers</button>
        </div>
        <label className="inline-field">
          within
          <select value={trace.hops} aria-label="Hops" onChange={(e) => onChange({ ...trace, hops: Number(e.target.value) })}>
            {Array.from({ length: MAX_TRACE_HOPS }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>{n} hop{n === 1 ? '' : 's'}</option>
            ))}
          </select>
        </label>
      </div>
      {load.state === 'loading' && <p className="panel-note" role="status">Tracing…</p>}
      {load.state === 'error' && <p className="panel-note panel-error" role="alert">{load.message}</p>}
      {load.state === 'done' && (
        <>
          <p className="chains-summary" role="status">
            {load.items.length === 0
              ? `Nothing ${up ? 'flows into' : 'flows out of'} ${load.root.name} in the graph.`
              : `${load.items.length} ${up ? 'supplier' : 'buyer'}${load.items.length === 1 ? '' : 's'}, direct or through others`}
          </p>
          {[...byHops.entries()].map(([hops, items]) => (
            <div key={hops} className="trace-group">
              <h3>{hops === 1 ? (up ? 'Direct suppliers' : 'Direct buyers') : `${hops} hops away`}</h3>
              <ul className="trace-list">
                {items.map((r) => (
                  <li key={r.entity.id}>
                    <button
                      type="button"
                      className={r.entity.id === selectedId ? 'trace-item active' : 'trace-item'}
                      data-entity-id={r.entity.id}
                      onClick={() => onSelectEntity(r.entity.id, r.entity.name)}
                    >
                      <KindSwatch kind={r.entity.kind} sanctioned={r.entity.sanctioned} size={12} />
                      {r.entity.name}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
