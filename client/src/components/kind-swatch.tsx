/** A small SVG of a node's shape and colour, shared by the legend, search results and panels. */
import { kindStyle, SANCTIONED_COLOR, shapeOutline } from '../graph/kind-styles.js';

export function KindSwatch({ kind, sanctioned = false, size = 14 }: { kind: string; sanctioned?: boolean; size?: number }) {
  const s = kindStyle(kind);
  const o = shapeOutline(s.shape);
  const stroke = sanctioned ? SANCTIONED_COLOR : '#ffffff';
  const sw = sanctioned ? 0.16 : 0.06;
  const common = { fill: s.color, stroke, strokeWidth: sw, vectorEffect: undefined } as const;
  return (
    <svg className="kind-swatch" width={size} height={size} viewBox="-0.1 -0.1 1.2 1.2" aria-hidden="true">
      {o.tag === 'rect' && <rect x={0.04} y={0.04} width={0.92} height={0.92} rx={0.2} {...common} />}
      {o.tag === 'ellipse' && <ellipse cx={0.5} cy={0.5} rx={0.46} ry={0.46} {...common} />}
      {o.tag === 'polygon' && <polygon points={o.points} {...common} strokeLinejoin="round" />}
    </svg>
  );
}
