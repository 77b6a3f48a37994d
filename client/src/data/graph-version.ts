/**
 * A counter of changes a person made to the graph in this tab (a correction). Everything drawn from server data reads
 * it, so after a merge, rename, rejection or added relation the graph, the open panels and the cached article texts are
 * read again instead of staying stale until a reload.
 */
import { useSyncExternalStore } from 'react';

let version = 0;
const listeners = new Set<() => void>();

/** Tells every reader of server data that the graph changed. */
export function graphChanged(): void {
  version++;
  for (const l of listeners) l();
}

/** Calls `l` after each change; returns the function that stops it. */
export function onGraphChange(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

const current = () => version;

/** The graph's version in this tab: a dependency of every effect that reads the graph. */
export function useGraphVersion(): number {
  return useSyncExternalStore(onGraphChange, current);
}
