/** The view's round trip through the URL: what a copied link holds is what it reopens. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW, effectiveLayout, isNavigation, parseViewState, viewStateToSearch, type ViewState,
} from '../../client/src/view-state.js';

const full: ViewState = {
  selected: 'ostrava-kinetics',
  edge: null,
  from: 'quillfeather-dynamics',
  to: 'Republic of Varukia',
  maxHops: 4,
  chain: 2,
  trace: null,
  filters: { types: ['SHIPPED_TO', 'SANCTIONED'], kinds: ['company', 'country'], minSources: 2 },
  layout: 'force',
  hidden: ['halvard-ennis', 'id,with,commas'],
  expanded: ['brightmoor-holdings'],
  article: { id: 'e2e_fixture_article.txt', start: 10, end: 42 },
};

describe('view state in the URL', () => {
  it('round-trips a full view, including ids with commas and names with spaces', () => {
    const search = viewStateToSearch(full);
    expect(parseViewState('?' + search)).toEqual(full);
    expect(parseViewState(search)).toEqual(full);
  });

  it('round-trips a selected relation; an entity selection wins over it', () => {
    const v = { ...DEFAULT_VIEW, edge: 'SHIPPED_TO:a->b' };
    expect(parseViewState(viewStateToSearch(v))).toEqual(v);
    expect(parseViewState('sel=a&edge=SHIPPED_TO:a->b')).toMatchObject({ selected: 'a', edge: null });
  });

  it('writes nothing for the default view and reads an empty query as the default', () => {
    expect(viewStateToSearch(DEFAULT_VIEW)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW);
  });

  it('numbers chains from 1 in the URL and from 0 in the state', () => {
    const q = new URLSearchParams(viewStateToSearch({ ...DEFAULT_VIEW, from: 'a', to: 'b', chain: 0 }));
    expect(q.get('chain')).toBe('1');
    expect(parseViewState('from=a&to=b&chain=3').chain).toBe(2);
  });

  it('round-trips a trace, and a path query wins over a trace', () => {
    const traced = { ...DEFAULT_VIEW, trace: { id: 'russia', dir: 'up' as const, hops: 3 } };
    expect(parseViewState(viewStateToSearch(traced))).toEqual(traced);
    const both = parseViewState('from=a&to=b&trace=up:russia');
    expect(both.trace).toBeNull();
    expect(both.from).toBe('a');
  });

  it('ignores malformed or unknown values instead of failing', () => {
    const v = parseViewState('from=a&chain=x&hops=99&types=NOPE,SHIPPED_TO&kinds=planet&min=-3&layout=radial&trace=sideways:x&at=9-2&article=a1');
    expect(v.from).toBeNull(); // a supplier without a buyer is no query
    expect(v.chain).toBeNull();
    expect(v.maxHops).toBe(DEFAULT_VIEW.maxHops);
    expect(v.filters).toEqual({ types: ['SHIPPED_TO'], kinds: null, minSources: 0 });
    expect(v.layout).toBe('auto');
    expect(v.trace).toBeNull();
    expect(v.article).toEqual({ id: 'a1' });
  });

  it('treats every type or every kind listed as no filter', () => {
    const v = parseViewState('kinds=company,country,government,person,media,organization,product');
    expect(v.filters.kinds).toBeNull();
  });

  it('pushes history for a new question or chain, replaces it for tweaks', () => {
    const a = { ...DEFAULT_VIEW, from: 'a', to: 'b', chain: 0 };
    expect(isNavigation(a, { ...a, chain: 1 })).toBe(true);
    expect(isNavigation(a, { ...a, to: 'c' })).toBe(true);
    expect(isNavigation(a, { ...a, article: { id: 'x' } })).toBe(true);
    // Selecting an entity or a relation is a step: Back returns to the view before it, inside the app.
    expect(isNavigation(a, { ...a, selected: 'q' })).toBe(true);
    expect(isNavigation(a, { ...a, edge: 'SHIPPED_TO:a:b' })).toBe(true);
    expect(isNavigation(a, { ...a, hidden: ['q'] })).toBe(false);
    expect(isNavigation(a, { ...a, filters: { ...a.filters, minSources: 3 } })).toBe(false);
  });

  it('lays chains and traces out left to right unless the reader chose otherwise', () => {
    expect(effectiveLayout(DEFAULT_VIEW)).toBe('force');
    expect(effectiveLayout({ ...DEFAULT_VIEW, from: 'a', to: 'b' })).toBe('layered');
    expect(effectiveLayout({ ...DEFAULT_VIEW, trace: { id: 'a', dir: 'down', hops: 2 } })).toBe('layered');
    expect(effectiveLayout({ ...DEFAULT_VIEW, from: 'a', to: 'b', layout: 'force' })).toBe('force');
  });
});
