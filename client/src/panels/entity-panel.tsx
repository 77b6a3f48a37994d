/** Side panel for the selected entity: who it is, every relation it takes part in and the quotes that state them. */
import { useEffect, useMemo, useState } from 'react';
import { ApiError, getArticle, getEntity, isAbort, type EntityDetail } from '../api.js';
import { relationSpec, RELATIONS } from '../../../server/domain/relations.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { kindStyle } from '../graph/kind-styles.js';

export interface EntityPanelProps {
  id: string;
  onClose: () => void;
  /** Select and centre another entity (a relation's other end). */
  onNavigate: (id: string, name: string) => void;
}

type Load = { state: 'loading' } | { state: 'done'; detail: EntityDetail } | { state: 'error'; message: string; status: number };
type Relation = EntityDetail['relations'][number];

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });

function propsLine(r: Relation): string[] {
  const p = r.props ?? {};
  const out: string[] = [];
  if (Array.isArray(p.goods) && p.goods.length) out.push(p.goods.join(', '));
  if (typeof p.valueUsd === 'number') out.push(usd.format(p.valueUsd));
  if (typeof p.quantity === 'string' && p.quantity) out.push(p.quantity);
  if (typeof p.period === 'string' && p.period) out.push(p.period);
  if (typeof p.program === 'string' && p.program) out.push(p.program);
  if (typeof p.when === 'string' && p.when) out.push(p.when);
  return out;
}

/** Titles of articles quoted as evidence that the detail's `articles` (mentions) does not list. */
const MAX_TITLE_LOOKUPS = 20;

const typeOrder = new Map<string, number>(RELATIONS.map((r, i) => [r.type, i]));

/** Quotes shown per relation before "show all": a well-sourced relation should not push the rest out of view. */
const QUOTES_SHOWN = 2;

function EvidenceList({ evidence, titles }: { evidence: Relation['evidence']; titles: ReadonlyMap<string, string> }) {
  const [all, setAll] = useState(false);
  const shown = all ? evidence : evidence.slice(0, QUOTES_SHOWN);
  return (
    <>
      {shown.map((ev, i) => (
        <figure key={`${ev.article}:${ev.start}:${i}`} className="evidence">
          <blockquote>“{ev.quote}”</blockquote>
          <figcaption title={titles.get(ev.article) ?? ev.article}>{titles.get(ev.article) ?? ev.article}</figcaption>
        </figure>
      ))}
      {evidence.length > QUOTES_SHOWN && (
        <button type="button" className="link more" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer quotes' : `Show all ${evidence.length} quotes`}
        </button>
      )}
    </>
  );
}

export function EntityPanel({ id, onClose, onNavigate }: EntityPanelProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [extraTitles, setExtraTitles] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    const ctl = new AbortController();
    setLoad({ state: 'loading' });
    getEntity(id, ctl.signal).then(
      (detail) => setLoad({ state: 'done', detail }),
      (err: unknown) => {
        if (isAbort(err)) return;
        const e = err instanceof ApiError ? err : new ApiError('unknown', 'Could not load this entity.');
        setLoad({ state: 'error', message: e.message, status: e.status });
      },
    );
    return () => ctl.abort();
  }, [id]);

  // Evidence can cite an article that does not mention the entity by name; look up those titles separately.
  useEffect(() => {
    setExtraTitles(new Map());
    if (load.state !== 'done') return;
    const known = new Set(load.detail.articles.map((a) => a.id));
    const missing = [...new Set(load.detail.relations.flatMap((r) => r.evidence.map((e) => e.article)))]
      .filter((a) => !known.has(a))
      .slice(0, MAX_TITLE_LOOKUPS);
    if (!missing.length) return;
    const ctl = new AbortController();
    Promise.allSettled(missing.map((a) => getArticle(a, ctl.signal))).then((got) => {
      if (ctl.signal.aborted) return;
      setExtraTitles(new Map(got.flatMap((r) => (r.status === 'fulfilled' ? [[r.value.id, r.value.title] as const] : []))));
    });
    return () => ctl.abort();
  }, [load]);

  const titles = useMemo(
    () => new Map([...extraTitles, ...(load.state === 'done' ? load.detail.articles.map((a) => [a.id, a.title] as const) : [])]),
    [load, extraTitles],
  );
  const relations = useMemo(() => {
    if (load.state !== 'done') return [];
    return [...load.detail.relations].sort(
      (a, b) =>
        (typeOrder.get(a.type) ?? 99) - (typeOrder.get(b.type) ?? 99) ||
        (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
        b.sources - a.sources ||
        a.other.name.localeCompare(b.other.name),
    );
  }, [load]);

  return (
    <aside className="entity-panel" aria-label="Entity details" data-testid="entity-panel" data-entity-id={id}>
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close details">×</button>
      {load.state === 'loading' && <p className="panel-note">Loading…</p>}
      {load.state === 'error' && (
        <p className="panel-note panel-error" role="alert">
          {load.status === 404 ? 'This entity is no longer in the graph.' : load.message}
        </p>
      )}
      {load.state === 'done' && (
        <>
          <header className="panel-head">
            <KindSwatch kind={load.detail.entity.kind} sanctioned={load.detail.entity.sanctioned} size={22} />
            <div>
              <h2>{load.detail.entity.name}</h2>
              <p className="panel-sub">
                {kindStyle(load.detail.entity.kind).label}
                {load.detail.entity.country ? ` · ${load.detail.entity.country}` : ''}
                {` · ${load.detail.entity.degree} relation${load.detail.entity.degree === 1 ? '' : 's'}`}
              </p>
            </div>
          </header>
          {load.detail.entity.sanctioned && <p className="badge badge-sanctioned">Sanctioned</p>}
          {load.detail.entity.aliases.length > 0 && (
            <div className="panel-section">
              <h3>Also known as</h3>
              <ul className="chips">
                {load.detail.entity.aliases.map((a) => <li key={a}>{a}</li>)}
              </ul>
            </div>
          )}
          {load.detail.entity.notes && <p className="panel-notes">{load.detail.entity.notes}</p>}
          <div className="panel-section">
            <h3>Relations ({relations.length})</h3>
            {relations.length === 0 && <p className="panel-note">No relations recorded.</p>}
            <ul className="relations">
              {relations.map((r) => {
                const spec = relationSpec(r.type);
                const label = spec?.label ?? r.type.toLowerCase().replace(/_/g, ' ');
                const other = (
                  <button type="button" className="link" onClick={() => onNavigate(r.other.id, r.other.name)}>
                    {r.other.name}
                  </button>
                );
                const extra = propsLine(r);
                return (
                  <li key={r.id} className="relation" data-relation-id={r.id}>
                    <div className="relation-head">
                      <span className="relation-type" style={{ borderColor: spec?.style.color ?? '#adb5bd' }}>
                        {r.direction === 'out' || !spec?.directed ? (
                          <>{label} {other}</>
                        ) : (
                          <>{other} {label} <em>this</em></>
                        )}
                      </span>
                      <span className="relation-sources" title="Distinct articles stating it">
                        {r.sources} source{r.sources === 1 ? '' : 's'}
                      </span>
                    </div>
                    {extra.length > 0 && <p className="relation-props">{extra.join(' · ')}</p>}
                    <EvidenceList evidence={r.evidence} titles={titles} />
                  </li>
                );
              })}
            </ul>
          </div>
          {load.detail.articles.length > 0 && (
            <div className="panel-section">
              <h3>Mentioned in ({load.detail.articles.length})</h3>
              <ul className="articles">
                {load.detail.articles.map((a) => (
                  <li key={a.id}>
                    {a.url ? (
                      <a href={a.url} target="_blank" rel="noreferrer noopener">{a.title}</a>
                    ) : (
                      a.title
                    )}
                    {(a.source || a.publishedAt) && (
                      <span className="article-meta">{[a.source, a.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}</span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </aside>
  );
}
