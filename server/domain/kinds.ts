/** How each entity kind is drawn: shared by the client's graph and legend and the standalone HTML snapshot. */
import type { EntityKind } from './types.js';

/** Node shapes used for kinds (Cytoscape shape names). */
export type KindShape = 'round-rectangle' | 'hexagon' | 'octagon' | 'ellipse' | 'diamond' | 'pentagon' | 'triangle';

export interface KindStyle {
  label: string;
  shape: KindShape;
  color: string;
}

export const KIND_STYLES: Record<EntityKind, KindStyle> = {
  company: { label: 'Company', shape: 'round-rectangle', color: '#4c6ef5' },
  country: { label: 'Country', shape: 'hexagon', color: '#12b886' },
  government: { label: 'Government', shape: 'octagon', color: '#f08c00' },
  person: { label: 'Person', shape: 'ellipse', color: '#e64980' },
  media: { label: 'Media', shape: 'diamond', color: '#868e96' },
  organization: { label: 'Organization', shape: 'pentagon', color: '#15aabf' },
  product: { label: 'Product', shape: 'triangle', color: '#82c91e' },
};

/** The chosen chain's halo, and the opacity of everything off it: the explorer and the HTML snapshot draw both alike. */
export const PATH_COLOR = '#f59f00';
export const DIMMED_OPACITY = 0.16;
