/** Picks the page the URL names; the console and snapshots are loaded on first use so the explorer does not pay for them. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { App } from './app.js';
import { NAVIGATE_EVENT, parsePage, type Page } from './pages.js';
import './workbench/write-token.js';

const ConsolePage = lazy(() => import('./console/console-page.js'));
const SnapshotPage = lazy(() => import('./snapshot/snapshot-page.js'));
const DocumentsPage = lazy(() => import('./workbench/documents-page.js'));
const ArticlesPage = lazy(() => import('./workbench/articles-page.js'));

export function Root() {
  const [page, setPage] = useState<Page>(() => parsePage(window.location.search));
  useEffect(() => {
    const sync = () => setPage((p) => {
      const next = parsePage(window.location.search);
      return JSON.stringify(next) === JSON.stringify(p) ? p : next;
    });
    window.addEventListener('popstate', sync);
    window.addEventListener(NAVIGATE_EVENT, sync);
    return () => {
      window.removeEventListener('popstate', sync);
      window.removeEventListener(NAVIGATE_EVENT, sync);
    };
  }, []);
  if (page.name === 'explorer') return <App />;
  return (
    <Suspense fallback={<div className="page-loading" role="status">Loading…</div>}>
      {page.name === 'console' ? <ConsolePage />
        : page.name === 'documents' ? <DocumentsPage />
          : page.name === 'articles' ? <ArticlesPage />
            : <SnapshotPage id={page.id} />}
    </Suspense>
  );
}
