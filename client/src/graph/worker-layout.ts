/**
 * Starts the force layout of a big fresh overview in a Web Worker (layout-worker.ts), one worker a layout: it ends
 * once it has answered, or at once when the layout is superseded (fcose cannot be stopped half way otherwise).
 */
import type { ElementDefinition } from 'cytoscape';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.js';
import { MIN_NODE_SIZE } from './elements.js';

/** The name of the performance measure each answered layout leaves (post to answer; `detail.workerMs`: the worker's own time). */
export const WORKER_LAYOUT_MEASURE = 'force layout in worker';

export interface WorkerLayout {
  /** Every node's position by id; rejects when the worker cannot start or fails. Never settles once stopped. */
  positions: Promise<Map<string, { x: number; y: number }>>;
  stop(): void;
}

/** Lays out `elements` (nodes before or among edges, every edge's ends present) with components packed to `aspect`. */
export function layOutInWorker(elements: readonly ElementDefinition[], aspect: number): WorkerLayout {
  const ids: string[] = [];
  const sizes: number[] = [];
  const index = new Map<string, number>();
  for (const el of elements) {
    if (el.group !== 'nodes') continue;
    index.set(el.data.id as string, ids.length);
    ids.push(el.data.id as string);
    sizes.push(Number(el.data.size) || MIN_NODE_SIZE);
  }
  const ends: number[] = [];
  for (const el of elements) {
    if (el.group !== 'edges') continue;
    // An edge to a node not in the view is left out here as Cytoscape leaves it out of the page.
    const s = index.get(el.data.source as string), t = index.get(el.data.target as string);
    if (s !== undefined && t !== undefined) ends.push(s, t);
  }
  const req: LayoutRequest = { ids, sizes, ends: Uint32Array.from(ends), aspect };

  const worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'force-layout' });
  const posted = performance.now();
  const positions = new Promise<Map<string, { x: number; y: number }>>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      worker.terminate();
      if ('error' in e.data) return reject(new Error(e.data.error));
      const xy = e.data.positions;
      performance.measure(WORKER_LAYOUT_MEASURE, { start: posted, detail: { workerMs: Math.round(e.data.ms), nodes: ids.length } });
      resolve(new Map(ids.map((id, i) => [id, { x: xy[2 * i], y: xy[2 * i + 1] }])));
    };
    // A script that cannot load or throws at the top level.
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message || 'the layout worker could not start'));
    };
  });
  worker.postMessage(req, [req.ends.buffer]);
  return { positions, stop: () => worker.terminate() };
}
