/**
 * A saved view, read-only: the elements where they were drawn, with the citations the server froze when it was saved,
 * so it reads the same after the graph has changed. Nothing here queries the live graph.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError, getSnapshot, isAbort, snapshotHtmlHref, type Snapshot, type SnapshotEdge } from '../api.js';
import { Brand } from '../components/brand.js';
import { GraphView } from '../graph/graph-view.js';
import { fromSnapshot } from '../graph/snapshot-view.js';
import { NO_INSETS } from '../graph/viewport.js';
import { useMediaQuery } from '../hooks/use-media-query.js';
import { NARROW, SHEET_SHARE } from '../layout.js';
import { relationSpec } from '../../../server/domain/relation-registry.js';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** The explorer link of the view the snapshot was taken from, when it kept one. */
function liveHref(query: unknown): string {
  return typeof query === 'string' && !query.includes('snapshot=') ? `/${query ? `?${query.replace(/^\?/, '')}` : ''}` : '/';
}

export default function SnapshotPage({ id }: { id: string }) {
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Until the reader clicks, the selection is the saved one (an entity or a relation).
  const [picked, setPicked] = useState<{ node: string | null; edge: string | null } | null>(null);

  useEffect(() => {
    const c = new AbortController();
    getSnapshot(id, c.signal).then(
      (s) => setSnap(s),
      (e: unknown) => {
        if (isAbort(e)) return;
        setError(e instanceof ApiError && e.status === 404 ? 'There is no snapshot with this link.' : e instanceof Error ? e.message : String(e));
      },
    );
    return () => c.abort();
  }, [id]);

  const view = useMemo(() => (snap ? fromSnapshot(snap.view) : null), [snap]);
  const sel = picked ?? { node: view?.selected ?? null, edge: view?.selectedEdge ?? null };
  const setSelected = (id: string | null) => setPicked({ node: id, edge: null });
  const names = useMemo(() => new Map(view?.data.nodes.map((n) => [n.id, n.name]) ?? []), [view]);
  const node = sel.node ? view?.data.nodes.find((n) => n.id === sel.node) : undefined;
  const edge = !node && sel.edge ? view?.data.edges.find((e) => e.id === sel.edge) : undefined;
  const relations = node ? view!.data.edges.filter((e) => e.source === node.id || e.target === node.id) : edge ? [edge] : [];
  const title = node?.name ?? (edge ? `${names.get(edge.source)} → ${names.get(edge.target)}` : '');
  // On a phone the panel is a sheet over the lower part of the graph: the saved view is shown above it.
  const narrow = useMediaQuery(NARROW);
  const insets = useMemo(
    () => ({ ...NO_INSETS, bottom: narrow && (node || edge) ? Math.round(window.innerHeight * SHEET_SHARE) : 0 }),
    [narrow, node, edge],
  );

  return (
    <div className="app snapshot-page">
      <header className="app-header">
        <Brand />
      </header>
      <div className="snapshot-banner" role="status" data-testid="snapshot-banner">
        {snap ? (
          <>
            <strong>Snapshot of {when.format(new Date(snap.createdAt))} — read-only</strong>
            {snap.view.title && <span className="muted"> · {snap.view.title}</span>}
            <span className="toolbar-gap" />
            <a href={snapshotHtmlHref(snap.id)} download>Download HTML</a>
            <a href={liveHref(snap.view.query)} data-testid="back-to-live">Open the live graph</a>
          </>
        ) : error ? (
          <>
            <strong>{error}</strong>
            <span className="toolbar-gap" />
            <a href="/">Open the live graph</a>
          </>
        ) : (
          <span>Loading the snapshot…</span>
        )}
      </div>
      <main className="app-main">
        <div className="graph-area">
          {view && view.data.nodes.length > 0 && (
            <GraphView
              data={view.data}
              selectedId={sel.node}
              selectedEdgeId={sel.edge}
              onSelectEdge={(id) => setPicked({ node: null, edge: id })}
              highlight={view.highlight}
              focus={null}
              layout="preset"
              positions={view.positions}
              savedViewport={snap?.view.viewport}
              fitInsets={insets}
              extraClasses={view.classes}
              onSelect={setSelected}
            />
          )}
          {view && view.data.nodes.length === 0 && <p className="snapshot-empty muted">This snapshot holds no entities.</p>}
        </div>
        {(node || edge) && (
          <aside className="side-panel snapshot-panel" aria-label={title} data-testid="snapshot-panel">
            <div className="snapshot-panel-head">
              <h2>{title}</h2>
              <button type="button" className="notice-close" onClick={() => setSelected(null)} aria-label="Close">×</button>
            </div>
            {node && <p className="muted">{node.kind}{node.country ? ` · ${node.country}` : ''} · as saved</p>}
            {relations.map((e) => {
              const out = !node || e.source === node.id;
              const label = relationSpec(e.type)?.label ?? e.type;
              return (
                <section key={e.id} className="snapshot-relation">
                  <div>
                    {out ? (
                      <>{node ? null : <>{names.get(e.source)} </>}<strong>{label}</strong> {names.get(e.target)}</>
                    ) : (
                      <>{names.get(e.source)} <strong>{label}</strong> {names.get(e.target)}</>
                    )}
                    <span className="muted"> · {e.sources} source{e.sources === 1 ? '' : 's'}</span>
                  </div>
                  {((e.evidence ?? []) as NonNullable<SnapshotEdge["evidence"]>).map((ev, i) => (
                    <blockquote key={i}>
                      “{ev.quote}”
                      <footer className="muted">
                        {ev.url ? <a href={ev.url} target="_blank" rel="noreferrer">{ev.title || ev.article}</a> : (ev.title || ev.article)}
                        {[ev.source, ev.publishedAt?.slice(0, 10)].filter(Boolean).map((x) => ` · ${x}`).join('')}
                      </footer>
                    </blockquote>
                  ))}
                </section>
              );
            })}
          </aside>
        )}
      </main>
    </div>
  );
}
