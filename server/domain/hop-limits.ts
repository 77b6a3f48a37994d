/** How far the API walks: shared by the routes' schemas and the client's controls, so the two cannot disagree. */

/** Longest chain `/api/paths` and the upstream/downstream traces accept (`maxHops`). */
export const MAX_HOPS = 8;
/** `maxHops` when the caller gives none. */
export const DEFAULT_MAX_HOPS = 5;
/** Deepest neighbourhood `/api/entities/:id/neighbors` answers (`depth`). */
export const MAX_NEIGHBOR_DEPTH = 3;
