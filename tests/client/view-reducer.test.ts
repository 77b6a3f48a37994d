/** The explorer's view edits as pure transitions: hide, expand, show hidden, undo, a new question. */
import { describe, expect, it } from 'vitest';
import { UNDO_DEPTH, viewReducer, type ExplorerState, type ViewAction } from '../../client/src/view-reducer.js';
import { DEFAULT_VIEW } from '../../client/src/view-state.js';

const start: ExplorerState = { view: { ...DEFAULT_VIEW, from: 'a', to: 'b', selected: 'x' }, undo: [] };

/** Runs actions as React's StrictMode does in development: each reducer call twice, the second result kept. */
function strictly(s: ExplorerState, ...actions: ViewAction[]): ExplorerState {
  for (const a of actions) {
    const frozen = structuredClone(s);
    const first = viewReducer(s, a);
    const second = viewReducer(s, a);
    expect(second).toEqual(first);
    // Pure: the state given is never changed.
    expect(s).toEqual(frozen);
    s = second;
  }
  return s;
}

describe('view reducer', () => {
  it('records one undo step per edit, even when each transition runs twice', () => {
    const s = strictly(start, { type: 'expand', id: 'v' }, { type: 'hide', id: 'd' });
    expect(s.view.expanded).toEqual(['v']);
    expect(s.view.hidden).toEqual(['d']);
    expect(s.undo).toEqual([{ hidden: [], expanded: [] }, { hidden: [], expanded: ['v'] }]);
    const once = strictly(s, { type: 'undo' });
    expect(once.view).toMatchObject({ hidden: [], expanded: ['v'] });
    const twice = strictly(once, { type: 'undo' });
    expect(twice.view).toMatchObject({ hidden: [], expanded: [] });
    expect(twice.undo).toEqual([]);
    expect(strictly(twice, { type: 'undo' })).toBe(twice);
  });

  it('expanding selects the entity and shows it again if hidden; hiding drops its expansion and its selection', () => {
    const hidden = strictly(start, { type: 'hide', id: 'x' });
    expect(hidden.view).toMatchObject({ hidden: ['x'], selected: null });
    const back = strictly(hidden, { type: 'expand', id: 'x' });
    expect(back.view).toMatchObject({ hidden: [], expanded: ['x'], selected: 'x' });
    const again = strictly(back, { type: 'hide', id: 'x' });
    expect(again.view).toMatchObject({ hidden: ['x'], expanded: [] });
    expect(again.undo).toHaveLength(3);
  });

  it('an edit that changes nothing records no step', () => {
    const s = strictly(start, { type: 'hide', id: 'd' });
    expect(strictly(s, { type: 'hide', id: 'd' })).toBe(s);
    expect(strictly(start, { type: 'show-hidden' })).toBe(start);
    // Expanding what is expanded only moves the selection to it.
    const e = strictly(start, { type: 'expand', id: 'v' }, { type: 'update', update: (v) => ({ ...v, selected: null }) }, { type: 'expand', id: 'v' });
    expect(e.undo).toHaveLength(1);
    expect(e.view.selected).toBe('v');
  });

  it('shows every hidden entity in one step that undo takes back', () => {
    const s = strictly(start, { type: 'hide', id: 'd' }, { type: 'hide', id: 'e' }, { type: 'show-hidden' });
    expect(s.view.hidden).toEqual([]);
    expect(strictly(s, { type: 'undo' }).view.hidden).toEqual(['d', 'e']);
  });

  it('other changes keep hidden, expanded and the undo steps; they cannot edit the graph', () => {
    const s = strictly(start, { type: 'hide', id: 'd' });
    const moved = strictly(s, { type: 'update', update: (v) => ({ ...v, layout: 'layered', hidden: [], expanded: ['sneaky'] }) });
    expect(moved.view).toMatchObject({ layout: 'layered', hidden: ['d'], expanded: [] });
    expect(moved.undo).toBe(s.undo);
    expect(strictly(moved, { type: 'update', update: (v) => v })).toBe(moved);
  });

  it('a new question starts from a clean graph with nothing to undo', () => {
    const s = strictly(start, { type: 'expand', id: 'v' }, { type: 'hide', id: 'd' });
    const asked = strictly(s, { type: 'ask', update: (v) => ({ ...v, from: null, to: null, trace: { id: 'v', dir: 'up', hops: 2 } }) });
    expect(asked.view).toMatchObject({ from: null, hidden: [], expanded: [], trace: { id: 'v' } });
    expect(asked.undo).toEqual([]);
  });

  it('Back or Forward restores the view from the URL and keeps the undo steps', () => {
    const s = strictly(start, { type: 'hide', id: 'd' });
    const restored = strictly(s, { type: 'restore', view: DEFAULT_VIEW });
    expect(restored.view).toBe(DEFAULT_VIEW);
    expect(restored.undo).toBe(s.undo);
  });

  it(`keeps the last ${UNDO_DEPTH} steps`, () => {
    let s = start;
    for (let i = 0; i < UNDO_DEPTH + 5; i++) s = viewReducer(s, { type: 'hide', id: `n${i}` });
    expect(s.undo).toHaveLength(UNDO_DEPTH);
    expect(s.undo[0].hidden).toHaveLength(5);
  });
});
