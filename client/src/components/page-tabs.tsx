/** Tabs in the header between the explorer and the Cypher console; real links, so they open in a new tab too. */
import type { MouseEvent } from 'react';
import { consoleHref, explorerHref, navigate, workbenchHref } from '../pages.js';

function follow(e: MouseEvent<HTMLAnchorElement>) {
  if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.getAttribute('href')!);
}

export function PageTabs({ current }: { current: 'explorer' | 'console' | 'documents' | 'articles' }) {
  return (
    <nav className="page-tabs" aria-label="Pages">
      <a href={explorerHref()} aria-current={current === 'explorer' ? 'page' : undefined} onClick={follow}>Explorer</a>
      <a href={workbenchHref('articles')} aria-current={current === 'articles' ? 'page' : undefined} onClick={follow} data-testid="tab-articles">Articles</a>
      <a href={workbenchHref('documents')} aria-current={current === 'documents' ? 'page' : undefined} onClick={follow} data-testid="tab-documents">Add documents</a>
      <a href={consoleHref()} aria-current={current === 'console' ? 'page' : undefined} onClick={follow} data-testid="tab-console">Console</a>
    </nav>
  );
}
