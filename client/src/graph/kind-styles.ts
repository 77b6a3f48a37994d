/** How each entity kind is drawn: the one table the graph stylesheet and the legend both read. */
import { ENTITY_KINDS, type EntityKind } from '../../../server/domain/types.js';
import { KIND_STYLES, type KindShape, type KindStyle } from '../../../server/domain/kinds.js';

export { KIND_STYLES, type KindShape, type KindStyle } from '../../../server/domain/kinds.js';

const FALLBACK: KindStyle = { label: 'Other', shape: 'ellipse', color: '#adb5bd' };

/** The style for a kind, with a neutral fallback for kinds a newer server may send. */
export function kindStyle(kind: string): KindStyle {
  return (KIND_STYLES as Record<string, KindStyle>)[kind] ?? FALLBACK;
}

export const KINDS: readonly EntityKind[] = ENTITY_KINDS;

/** Colour of the ring around sanctioned entities. */
export const SANCTIONED_COLOR = '#e03131';

/** Regular polygon points in a 0..1 box, first vertex at the top, as Cytoscape draws its polygon shapes. */
function polygon(sides: number, rotate = 0): string {
  const pts: string[] = [];
  for (let i = 0; i < sides; i++) {
    const a = rotate + (2 * Math.PI * i) / sides - Math.PI / 2;
    pts.push(`${(0.5 + 0.5 * Math.cos(a)).toFixed(3)},${(0.5 + 0.5 * Math.sin(a)).toFixed(3)}`);
  }
  return pts.join(' ');
}

/** An SVG element description of a shape in a 0..1 box, for legend swatches. */
export function shapeOutline(shape: KindShape): { tag: 'rect' | 'ellipse' | 'polygon'; points?: string } {
  switch (shape) {
    case 'round-rectangle':
      return { tag: 'rect' };
    case 'ellipse':
      return { tag: 'ellipse' };
    case 'hexagon':
      return { tag: 'polygon', points: polygon(6, Math.PI / 6) };
    case 'octagon':
      return { tag: 'polygon', points: polygon(8, Math.PI / 8) };
    case 'pentagon':
      return { tag: 'polygon', points: polygon(5) };
    case 'triangle':
      return { tag: 'polygon', points: '0.5,0.05 0.98,0.95 0.02,0.95' };
    case 'diamond':
      return { tag: 'polygon', points: '0.5,0 1,0.5 0.5,1 0,0.5' };
  }
}
