/**
 * Which page the URL names: the explorer (default), the Cypher console (`?page=console`), adding documents
 * (`?page=documents`), the articles list (`?page=articles`) or a saved snapshot
 * (`?snapshot=<id>`), and moving between them without reloading.
 */
export type Page = { name: 'explorer' } | { name: 'console' } | { name: 'documents' } | { name: 'articles' } | { name: 'snapshot'; id: string };

export function parsePage(search: string): Page {
  const q = new URLSearchParams(search);
  const snap = q.get('snapshot');
  if (snap && /^[\w-]{1,100}$/.test(snap)) return { name: 'snapshot', id: snap };
  if (q.get('page') === 'console') return { name: 'console' };
  if (q.get('page') === 'documents') return { name: 'documents' };
  if (q.get('page') === 'articles') return { name: 'articles' };
  return { name: 'explorer' };
}

/** Event the app listens to, like popstate, when a page is opened from inside it. */
export const NAVIGATE_EVENT = 'supply-graph:navigate';

const EXPLORER_KEY = 'supply-graph:explorer-search';

/** Opens a URL of the app as a new history entry. */
export function navigate(href: string): void {
  const cur = parsePage(window.location.search);
  // Coming back to the explorer should find the view the reader left.
  if (cur.name === 'explorer') sessionStorage.setItem(EXPLORER_KEY, window.location.search);
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The explorer's URL as the reader last left it in this tab. */
export function explorerHref(): string {
  const s = sessionStorage.getItem(EXPLORER_KEY);
  return `${window.location.pathname}${s && parsePage(s).name === 'explorer' ? s : ''}`;
}

/** The console's URL, optionally opening with a query. */
export function consoleHref(query?: string): string {
  const q = new URLSearchParams({ page: 'console' });
  if (query) q.set('q', query);
  return `${window.location.pathname}?${q}`;
}

/** A workbench page's URL (issue 11): adding documents, or the articles list (optionally searching). */
export function workbenchHref(page: 'documents' | 'articles', q?: string): string {
  const p = new URLSearchParams({ page });
  if (q) p.set('q', q);
  return `${window.location.pathname}?${p}`;
}
