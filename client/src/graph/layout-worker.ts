/**
 * The force layout of a big fresh overview, off the page's main thread: fcose runs on a headless Cytoscape instance
 * built from node ids, sizes and edge ends, and the connected components are packed there too (pack.ts). The page
 * meanwhile adds the elements and styles them; it takes the positions in one step (see worker-layout.ts).
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.js';
import { overviewLayout } from './layouts.js';
import { packComponents } from './pack.js';
import { layoutSeed, withSeededRandom } from './seeded-random.js';

cytoscape.use(fcose);

function layOut(req: LayoutRequest): Float64Array {
  const elements: ElementDefinition[] = req.ids.map((id, i) => ({ group: 'nodes', data: { id, size: req.sizes[i] } }));
  for (let k = 0; k < req.ends.length; k += 2) {
    elements.push({ group: 'edges', data: { id: `e${k / 2}`, source: req.ids[req.ends[k]], target: req.ids[req.ends[k + 1]] } });
  }
  // Styles only for the node bodies fcose keeps apart; the page's borders (2–4 px) are small beside its spacing.
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'border-width': 0 } }],
    elements,
  });
  // Without animation fcose runs to its end within run(); seeded, the same graph gets the same picture.
  withSeededRandom(layoutSeed(req.ids), () => cy.layout(overviewLayout(req.ids.length, { randomize: true, animate: false })).run());
  packComponents(cy, req.aspect, 60, (n) => Number(n.data('size')));
  const out = new Float64Array(2 * req.ids.length);
  req.ids.forEach((id, i) => {
    const p = cy.getElementById(id).position();
    out[2 * i] = p.x;
    out[2 * i + 1] = p.y;
  });
  cy.destroy();
  return out;
}

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  let out: LayoutResponse;
  try {
    out = { positions: layOut(e.data), ms: performance.now() - started };
  } catch (err) {
    out = { error: err instanceof Error ? err.message : String(err) };
  }
  (self as unknown as Worker).postMessage(out, 'positions' in out ? [out.positions.buffer] : []);
};
