/** Messages between the graph view and the force-layout worker (layout-worker.ts, started by worker-layout.ts). */

export interface LayoutRequest {
  /** Node ids, in the order of `sizes` and of the answer's positions. */
  ids: string[];
  /** Each node's diameter in model pixels (its `size` data). */
  sizes: number[];
  /** Each edge as indexes into `ids`, source then target: [s0, t0, s1, t1, …]. */
  ends: Uint32Array;
  /** Width over height of the free canvas: the shape the connected components are packed into. */
  aspect: number;
}

export type LayoutResponse =
  /** x0, y0, x1, y1, … in the order of the request's ids; `ms` is the worker's own time for the layout. */
  | { positions: Float64Array; ms: number }
  | { error: string };
