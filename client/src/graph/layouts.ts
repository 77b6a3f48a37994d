/** Layout choices. Force-directed (fcose) for overviews; the layered left-to-right layout for paths comes later. */
import type { LayoutOptions } from 'cytoscape';

/** fcose options tuned for readable labels; cheaper settings for big graphs keep the 2,000-node target in reach. */
export function overviewLayout(nodeCount: number, opts: { randomize: boolean; animate: boolean }): LayoutOptions {
  const big = nodeCount > 800;
  return {
    name: 'fcose',
    quality: big ? 'draft' : 'default',
    randomize: opts.randomize,
    animate: opts.animate && !big,
    animationDuration: 500,
    // The view is fitted afterwards, clear of the overlays (see viewport.ts).
    fit: false,
    nodeDimensionsIncludeLabels: !big,
    packComponents: true,
    nodeSeparation: 75,
    nodeRepulsion: () => 6500,
    idealEdgeLength: () => 70,
    edgeElasticity: () => 0.35,
    gravity: 0.3,
    numIter: big ? 800 : 2500,
    tile: true,
    tilingPaddingVertical: 16,
    tilingPaddingHorizontal: 16,
  } as LayoutOptions;
}
