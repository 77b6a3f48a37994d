/** Every article loaded, with its outlet, date and how many entities and relations it states; searchable by its text. */
import { useEffect, useState } from 'react';
import { ApiError, findArticles, isAbort, type ArticleListItem } from '../api.js';
import { WorkbenchFrame } from './workbench-frame.js';

const PAGE = 100;

export default function ArticlesPage() {
  const [q, setQ] = useState(() => new URLSearchParams(window.location.search).get('q') ?? '');
  const [items, setItems] = useState<ArticleListItem[]>([]);
  const [total, setTotal] = useState(0);
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    const needle = q.trim().length >= 2 ? q.trim() : undefined;
    const t = setTimeout(() => {
      findArticles({ q: needle, limit: PAGE, offset }, ctrl.signal).then((r) => {
        setItems(r.items);
        setTotal(r.total);
        setError(null);
      }, (e) => { if (!isAbort(e)) setError(e instanceof ApiError ? e.message : String(e)); });
    }, 200);
    return () => { clearTimeout(t); ctrl.abort(); };
  }, [q, offset]);

  return (
    <WorkbenchFrame current="articles">
        <input type="search" value={q} onChange={(e) => { setQ(e.target.value); setOffset(0); }} placeholder="Search the text of every article"
          aria-label="Search articles" data-testid="article-search" className="article-search" />
        {error && <p role="alert">{error}</p>}
        <p data-testid="article-total">{q.trim().length >= 2 ? `${items.length} found` : `${total} articles`}</p>
        <table className="article-table" data-testid="article-table">
          <thead><tr><th>Title</th><th>Outlet</th><th>Date</th><th>Entities</th><th>Relations</th></tr></thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id} data-article={a.id}>
                <td>
                  <a href={`${window.location.pathname}?${new URLSearchParams({ article: a.id, ...(a.at !== undefined && a.at >= 0 ? { at: `${a.at}-${a.at + q.trim().length}` } : {}) })}`}>{a.title}</a>
                  {a.snippet && <div className="article-snippet">…{a.snippet}…</div>}
                </td>
                <td>{a.source ?? ''}</td>
                <td>{a.publishedAt ?? ''}</td>
                <td>{a.entities}</td>
                <td>{a.relations}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {q.trim().length < 2 && total > PAGE && (
          <nav className="article-pages">
            <button disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>Previous</button>
            <span>{offset + 1}–{Math.min(offset + PAGE, total)} of {total}</span>
            <button disabled={offset + PAGE >= total} onClick={() => setOffset(offset + PAGE)}>Next</button>
          </nav>
        )}
    </WorkbenchFrame>
  );
}
