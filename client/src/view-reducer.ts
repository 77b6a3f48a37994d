/**
 * The explorer's view and its undo steps as one state with pure transitions. Hiding and expanding entities are the
 * only edits Undo takes back; both, and the undo stack, change in one transition, so React calling a reducer twice
 * (StrictMode does, in development) still records one step.
 */
import type { ViewState } from './view-state.js';

/** What Undo restores: the entities hidden and expanded before an edit. */
export type GraphEdit = Pick<ViewState, 'hidden' | 'expanded'>;

export interface ExplorerState {
  view: ViewState;
  /** Earlier graph edits, oldest first. */
  undo: readonly GraphEdit[];
}

export type ViewAction =
  /** Any change but a graph edit (a selection, filters, layout, a chain chosen); hidden and expanded stay as they are. */
  | { type: 'update'; update: (v: ViewState) => ViewState }
  /** A new question (chains, a trace, the overview): starts from a clean graph, with nothing to undo. */
  | { type: 'ask'; update: (v: ViewState) => ViewState }
  /** Back or Forward landed on a view read from the URL. */
  | { type: 'restore'; view: ViewState }
  /** Draws an entity with its neighbours (showing it again if it was hidden) and selects it. */
  | { type: 'expand'; id: string }
  /** Takes an entity off the graph (and its expansion); it is no longer selected. */
  | { type: 'hide'; id: string }
  | { type: 'show-hidden' }
  | { type: 'undo' };

/** Undo steps kept. */
export const UNDO_DEPTH = 50;

const without = (xs: readonly string[], id: string) => (xs.includes(id) ? xs.filter((x) => x !== id) : (xs as string[]));
const withId = (xs: readonly string[], id: string) => (xs.includes(id) ? (xs as string[]) : [...xs, id]);

/** Applies a graph edit, remembering the state before it; an edit that changes nothing records no step. */
function edit(s: ExplorerState, next: GraphEdit, rest: Partial<ViewState> = {}): ExplorerState {
  const { view } = s;
  const changed = next.hidden !== view.hidden || next.expanded !== view.expanded;
  const patched = Object.entries(rest).some(([k, v]) => view[k as keyof ViewState] !== v);
  if (!changed && !patched) return s;
  return {
    view: { ...view, ...rest, ...next },
    undo: changed ? [...s.undo.slice(-(UNDO_DEPTH - 1)), { hidden: view.hidden, expanded: view.expanded }] : s.undo,
  };
}

/** The next state; never mutates `s`, and returns `s` itself when nothing changes. */
export function viewReducer(s: ExplorerState, a: ViewAction): ExplorerState {
  const { view } = s;
  switch (a.type) {
    case 'update': {
      const next = a.update(view);
      if (next === view) return s;
      return { ...s, view: { ...next, hidden: view.hidden, expanded: view.expanded } };
    }
    case 'ask': {
      const next = a.update(view);
      return { view: { ...next, hidden: [], expanded: [] }, undo: [] };
    }
    case 'restore':
      return { ...s, view: a.view };
    case 'expand':
      return edit(s, { hidden: without(view.hidden, a.id), expanded: withId(view.expanded, a.id) }, { selected: a.id, edge: null });
    case 'hide':
      return edit(s, { hidden: withId(view.hidden, a.id), expanded: without(view.expanded, a.id) }, view.selected === a.id ? { selected: null } : {});
    case 'show-hidden':
      return view.hidden.length ? edit(s, { hidden: [], expanded: view.expanded }) : s;
    case 'undo': {
      const last = s.undo[s.undo.length - 1];
      if (!last) return s;
      return { view: { ...view, ...last }, undo: s.undo.slice(0, -1) };
    }
  }
}
