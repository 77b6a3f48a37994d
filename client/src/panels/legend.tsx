/** The legend: what each shape, colour, line and mark in the graph means, with counts for the current view. */
import { useMemo } from 'react';
import type { GraphData } from '../api.js';
import { relationLabel, RELATIONS } from '../../../server/domain/relation-registry.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { KINDS, kindStyle, SANCTIONED_COLOR } from '../graph/kind-styles.js';

const DASH = { solid: undefined, dashed: '6 4', dotted: '1.5 3.5' } as const;

function LineSample({ color, line, directed, width = 2 }: { color: string; line: keyof typeof DASH; directed: boolean; width?: number }) {
  return (
    <svg className="line-sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
      <line x1="1" y1="6" x2={directed ? 25 : 33} y2="6" stroke={color} strokeWidth={width} strokeDasharray={DASH[line]} strokeLinecap={line === 'dotted' ? 'round' : 'butt'} />
      {directed && <path d="M24 1.5 L33 6 L24 10.5 Z" fill={color} />}
    </svg>
  );
}

/** Width the open legend takes from the left of the canvas, margins included; the graph is fitted beside it. */
export const LEGEND_INSET = 16 + 212 + 16;

export function Legend({ data, open, onToggle }: { data: GraphData; open: boolean; onToggle: () => void }) {
  const counts = useMemo(() => {
    const kinds = new Map<string, number>();
    const types = new Map<string, number>();
    let sanctioned = 0;
    for (const n of data.nodes) {
      kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
      if (n.sanctioned) sanctioned++;
    }
    for (const e of data.edges) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    return { kinds, types, sanctioned };
  }, [data]);

  // Registry order first, then anything a newer server sends that the client does not know yet.
  const kinds = [...KINDS, ...[...counts.kinds.keys()].filter((k) => !(KINDS as readonly string[]).includes(k))].filter((k) => counts.kinds.has(k));
  const known = new Set<string>(RELATIONS.map((r) => r.type));
  const relations = [
    ...RELATIONS.filter((r) => counts.types.has(r.type)).map((r) => ({ type: r.type, label: r.label, directed: r.directed, ...r.style })),
    ...[...counts.types.keys()].filter((t) => !known.has(t)).map((t) => ({ type: t, label: relationLabel(t), directed: true, color: '#adb5bd', line: 'solid' as const })),
  ];

  return (
    <section className={open ? 'legend' : 'legend collapsed'} aria-label="Legend" data-testid="legend">
      <button type="button" className="legend-toggle" aria-expanded={open} onClick={onToggle}>
        Legend <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="legend-body">
          <h3>Entities</h3>
          <ul>
            {kinds.map((k) => (
              <li key={k} data-kind={k}>
                <KindSwatch kind={k} size={15} />
                <span className="legend-label">{kindStyle(k).label}</span>
                <span className="legend-count">{counts.kinds.get(k)}</span>
              </li>
            ))}
          </ul>
          {relations.length > 0 && (
            <>
              <h3>Relations</h3>
              <ul>
                {relations.map((r) => (
                  <li key={r.type} data-type={r.type}>
                    <LineSample color={r.color} line={r.line} directed={r.directed} />
                    <span className="legend-label">{r.label}</span>
                    <span className="legend-count">{counts.types.get(r.type)}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>Marks</h3>
          <ul>
            <li>
              <svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true">
                <circle cx="8" cy="8" r="6" fill="#dee2e6" stroke={SANCTIONED_COLOR} strokeWidth="2.5" />
              </svg>
              <span className="legend-label">Sanctioned</span>
              <span className="legend-count">{counts.sanctioned}</span>
            </li>
            <li>
              <svg className="line-sample" width="34" height="12" viewBox="0 0 34 12" aria-hidden="true">
                <line x1="1" y1="3" x2="33" y2="3" stroke="#868e96" strokeWidth="1.5" />
                <line x1="1" y1="9" x2="33" y2="9" stroke="#868e96" strokeWidth="4.5" />
              </svg>
              <span className="legend-label">Thicker: more sources</span>
            </li>
            <li>
              <svg width="15" height="15" viewBox="0 0 16 16" aria-hidden="true">
                <circle cx="4" cy="11" r="2.5" fill="#adb5bd" />
                <circle cx="10.5" cy="7" r="5" fill="#adb5bd" />
              </svg>
              <span className="legend-label">Larger: more relations</span>
            </li>
          </ul>
        </div>
      )}
    </section>
  );
}
