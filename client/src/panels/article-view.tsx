/**
 * An article's text with every entity mention highlighted in its kind's colour; a mention selects its entity in the
 * graph. Opened at a quote, it emphasises that quote and scrolls to it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type ArticleDetail } from '../api.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { loadArticle } from '../data/article-cache.js';
import { useGraphVersion } from '../data/graph-version.js';
import { kindStyle } from '../graph/kind-styles.js';
import type { ArticleRef } from '../view-state.js';
import { articleSegments } from './article-segments.js';
import { SelectionRelation } from '../workbench/selection-relation.js';

export interface ArticleViewProps {
  article: ArticleRef;
  selectedId: string | null;
  onClose: () => void;
  /** A mention was clicked: select that entity in the graph. */
  onSelectEntity: (id: string, name: string) => void;
  /** Back to the selected entity's details, when there is one. */
  onShowEntity?: () => void;
}

type Load = { state: 'loading' } | { state: 'done'; article: ArticleDetail } | { state: 'error'; message: string };

export function ArticleView({ article, selectedId, onClose, onSelectEntity, onShowEntity }: ArticleViewProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const quoteRef = useRef<HTMLSpanElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  // A correction may change the article's mentions (a merge, a rename): read it again, keeping the text shown meanwhile.
  const version = useGraphVersion();

  useEffect(() => {
    let live = true;
    setLoad((l) => (l.state === 'done' && l.article.id === article.id ? l : { state: 'loading' }));
    loadArticle(article.id).then(
      (a) => live && setLoad({ state: 'done', article: a }),
      (err: unknown) => {
        if (!live) return;
        const notFound = err instanceof ApiError && err.status === 404;
        setLoad({ state: 'error', message: notFound ? 'This article is not in the graph.' : err instanceof ApiError ? err.message : 'Could not load the article.' });
      },
    );
    return () => {
      live = false;
    };
  }, [article.id, version]);

  const span = article.start !== undefined && article.end !== undefined ? { start: article.start, end: article.end } : null;
  const segments = useMemo(
    () => (load.state === 'done' ? articleSegments(load.article.text, load.article.mentions, span) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the span is a new object each render; its offsets are what count
    [load, span?.start, span?.end],
  );
  const mentioned = useMemo(() => {
    if (load.state !== 'done') return [];
    const byId = new Map<string, { id: string; name: string; kind: string; count: number }>();
    for (const m of load.article.mentions) {
      const e = byId.get(m.entity) ?? { id: m.entity, name: m.name, kind: m.kind, count: 0 };
      e.count++;
      byId.set(m.entity, e);
    }
    return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }, [load]);

  // Bring the quote into view once the text is there (and again when another quote of the same article is asked for);
  // the same text read again after a correction stays where the reader is.
  const scrolledTo = useRef('');
  useEffect(() => {
    if (load.state !== 'done') return;
    const at = `${load.article.id}:${span?.start}:${span?.end}`;
    if (scrolledTo.current === at) return;
    scrolledTo.current = at;
    if (quoteRef.current) quoteRef.current.scrollIntoView({ block: 'center' });
    else bodyRef.current?.scrollTo({ top: 0 });
  }, [load, span?.start, span?.end]);

  let firstInSpan = true;
  return (
    <aside className="article-view side-panel" aria-label="Article" data-testid="article-view" data-article-id={article.id}>
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close article">×</button>
      {onShowEntity && (
        <button type="button" className="link back-link" onClick={onShowEntity}>
          ← Details of the selected entity
        </button>
      )}
      {load.state === 'loading' && <p className="panel-note">Loading…</p>}
      {load.state === 'error' && <p className="panel-note panel-error" role="alert">{load.message}</p>}
      {load.state === 'done' && (
        <div className="article-scroll" ref={bodyRef}>
          <header className="article-head">
            <p className="eyebrow">Article</p>
            <h2>{load.article.title}</h2>
            {(load.article.source || load.article.publishedAt || load.article.url) && (
              <p className="panel-sub">
                {[load.article.source, load.article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
                {load.article.url && (
                  <>
                    {load.article.source || load.article.publishedAt ? ' · ' : ''}
                    <a href={load.article.url} target="_blank" rel="noreferrer noopener">original</a>
                  </>
                )}
              </p>
            )}
          </header>
          {mentioned.length > 0 && (
            <ul className="mentioned chips" aria-label="Entities mentioned">
              {mentioned.map((m) => (
                <li key={m.id}>
                  <button
                    type="button"
                    className={m.id === selectedId ? 'chip-button active' : 'chip-button'}
                    onClick={() => onSelectEntity(m.id, m.name)}
                    title={`${kindStyle(m.kind).label}, mentioned ${m.count} time${m.count === 1 ? '' : 's'}`}
                  >
                    <KindSwatch kind={m.kind} size={11} /> {m.name} <span className="count">{m.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div className="article-text" data-testid="article-text" ref={textRef}>
            {segments.map((s) => {
              const ref = s.inSpan && firstInSpan ? quoteRef : undefined;
              if (s.inSpan) firstInSpan = false;
              const cls = s.inSpan ? 'in-quote' : undefined;
              if (!s.mention) return <span key={s.start} className={cls} ref={ref}>{s.text}</span>;
              const m = s.mention;
              return (
                <span key={s.start} className={cls} ref={ref}>
                  <span
                    role="button"
                    tabIndex={0}
                    className={m.entity === selectedId ? 'mention active' : 'mention'}
                    data-entity-id={m.entity}
                    style={{ '--kind-color': kindStyle(m.kind).color } as React.CSSProperties}
                    title={`${m.name} (${kindStyle(m.kind).label}): select in the graph`}
                    onClick={() => onSelectEntity(m.entity, m.name)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onSelectEntity(m.entity, m.name);
                      }
                    }}
                  >
                    {s.text}
                  </span>
                </span>
              );
            })}
          </div>
          <SelectionRelation articleId={load.article.id} text={load.article.text} container={textRef} entities={mentioned} onAdded={() => undefined} />
        </div>
      )}
    </aside>
  );
}
