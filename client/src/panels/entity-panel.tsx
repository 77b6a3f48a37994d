/**
 * Side panel for the selected entity: who it is, the sanctions on it, every relation it takes part in with each
 * quote shown inside its sentence, the articles that mention it, and what to do next (trace, chains, expand, hide).
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError, getEntity, isAbort, type ArticleDetail, type EntityDetail } from '../api.js';
import { relationLabel, relationSpec, RELATIONS } from '../../../server/domain/relation-registry.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { useArticles } from '../data/article-cache.js';
import { useGraphVersion } from '../data/graph-version.js';
import { kindStyle } from '../graph/kind-styles.js';
import type { ArticleRef, Direction } from '../view-state.js';
import { EvidenceQuote } from './evidence-quote.js';
import { relationFacts } from './relation-facts.js';
import { EntityCorrections } from '../workbench/entity-corrections.js';

/** What the panel's action buttons ask the app to do with the entity. */
export type EntityAction =
  | { type: 'trace'; dir: Direction }
  | { type: 'chain-from' }
  | { type: 'chain-to' }
  | { type: 'expand' }
  | { type: 'hide' };

export interface EntityPanelProps {
  id: string;
  onClose: () => void;
  /** Select and centre another entity (a relation's other end). */
  onNavigate: (id: string, name: string) => void;
  onOpenArticle: (ref: ArticleRef) => void;
  onAction: (id: string, name: string, action: EntityAction) => void;
  /** Relation ids of the chosen chain: those relations come first and are marked. */
  chainEdges?: ReadonlySet<string>;
  /** Whether the entity is drawn (hide and expand need it drawn). */
  drawn: boolean;
}

type Load = { state: 'loading' } | { state: 'done'; detail: EntityDetail } | { state: 'error'; message: string; status: number };
type Relation = EntityDetail['relations'][number];

/** The relation's facts on one line. */
const propsLine = (r: Relation): string[] => relationFacts(r.props).map((f) => f.value);

const typeOrder = new Map<string, number>(RELATIONS.map((r, i) => [r.type, i]));

/** Quotes shown per relation before "show all": a well-sourced relation should not push the rest out of view. */
const QUOTES_SHOWN = 2;

interface QuoteProps {
  articles: ReadonlyMap<string, ArticleDetail>;
  titles: ReadonlyMap<string, string>;
  onOpenArticle: (ref: ArticleRef) => void;
}

function EvidenceList({ evidence, ...q }: { evidence: Relation['evidence'] } & QuoteProps) {
  const [all, setAll] = useState(false);
  const shown = all ? evidence : evidence.slice(0, QUOTES_SHOWN);
  return (
    <>
      {shown.map((ev, i) => (
        <EvidenceQuote
          key={`${ev.article}:${ev.start}:${i}`}
          ev={ev}
          article={q.articles.get(ev.article)}
          title={q.titles.get(ev.article)}
          onOpenArticle={q.onOpenArticle}
        />
      ))}
      {evidence.length > QUOTES_SHOWN && (
        <button type="button" className="link more" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? 'Show fewer quotes' : `Show all ${evidence.length} quotes`}
        </button>
      )}
    </>
  );
}

function RelationItem({ r, onChain, onNavigate, ...q }: { r: Relation; onChain: boolean; onNavigate: EntityPanelProps['onNavigate'] } & QuoteProps) {
  const spec = relationSpec(r.type);
  const label = relationLabel(r.type);
  const other = (
    <button type="button" className="link" onClick={() => onNavigate(r.other.id, r.other.name)}>
      {r.other.name}
    </button>
  );
  const extra = propsLine(r);
  return (
    <li className={onChain ? 'relation on-chain' : 'relation'} data-relation-id={r.id}>
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
      <EvidenceList evidence={r.evidence} {...q} />
    </li>
  );
}

export function EntityPanel({ id, onClose, onNavigate, onOpenArticle, onAction, chainEdges, drawn }: EntityPanelProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  // A correction anywhere may change this entity: read it again, keeping what is shown until the answer comes.
  const version = useGraphVersion();
  /** Bumped by "Try again" after a failed read. */
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const ctl = new AbortController();
    setLoad((l) => (l.state === 'done' && l.detail.entity.id === id ? l : { state: 'loading' }));
    getEntity(id, ctl.signal).then(
      (detail) => setLoad({ state: 'done', detail }),
      (err: unknown) => {
        if (isAbort(err)) return;
        const e = err instanceof ApiError ? err : new ApiError('unknown', 'Could not load this entity.');
        setLoad({ state: 'error', message: e.message, status: e.status });
      },
    );
    return () => ctl.abort();
  }, [id, version, attempt]);

  // Every article quoted as evidence, for the sentences around each quote (and the titles of articles that quote
  // the entity without naming it in a way the mention finder caught).
  const evidenceArticles = useMemo(
    () => (load.state === 'done' ? load.detail.relations.flatMap((r) => r.evidence.map((e) => e.article)) : []),
    [load],
  );
  const articles = useArticles(evidenceArticles);
  const titles = useMemo(
    () =>
      new Map([
        ...[...articles.values()].map((a) => [a.id, a.title] as const),
        ...(load.state === 'done' ? load.detail.articles.map((a) => [a.id, a.title] as const) : []),
      ]),
    [load, articles],
  );

  const groups = useMemo(() => {
    if (load.state !== 'done') return { chain: [], sanctions: [], rest: [] };
    const sorted = [...load.detail.relations].sort(
      (a, b) =>
        (typeOrder.get(a.type) ?? 99) - (typeOrder.get(b.type) ?? 99) ||
        (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
        b.sources - a.sources ||
        a.other.name.localeCompare(b.other.name),
    );
    const isSanction = (r: Relation) => r.type === 'SANCTIONED' && r.direction === 'in';
    const onChain = (r: Relation) => !!chainEdges?.has(r.id);
    return {
      chain: sorted.filter(onChain),
      sanctions: sorted.filter((r) => isSanction(r) && !onChain(r)),
      rest: sorted.filter((r) => !isSanction(r) && !onChain(r)),
    };
  }, [load, chainEdges]);

  const quoteProps: QuoteProps = { articles, titles, onOpenArticle };

  return (
    <aside className="entity-panel side-panel" aria-label="Entity details" data-testid="entity-panel" data-entity-id={id}>
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close details">×</button>
      {load.state === 'loading' && <p className="panel-note">Loading…</p>}
      {load.state === 'error' && (
        <div className="panel-note panel-error" role="alert">
          {load.status === 404 ? (
            'This entity is no longer in the graph.'
          ) : (
            <>
              {load.message}{' '}
              <button type="button" className="link" onClick={() => setAttempt((n) => n + 1)}>Try again</button>
            </>
          )}
        </div>
      )}
      {load.state === 'done' && (() => {
        const e = load.detail.entity;
        const act = (a: EntityAction) => onAction(e.id, e.name, a);
        return (
          <>
            <header className="panel-head">
              <KindSwatch kind={e.kind} sanctioned={e.sanctioned} size={22} />
              <div>
                <h2>{e.name}</h2>
                <p className="panel-sub" data-testid="entity-kind">
                  {kindStyle(e.kind).label}
                  {e.country ? ` · ${e.country}` : ''}
                  {` · ${e.degree} relation${e.degree === 1 ? '' : 's'}`}
                </p>
              </div>
            </header>
            {e.sanctioned && <p className="badge badge-sanctioned">Sanctioned</p>}
            <div className="panel-actions" role="toolbar" aria-label="Explore from this entity">
              <button type="button" className="chip-button" onClick={() => act({ type: 'trace', dir: 'up' })} title="Who supplies it, directly or through others">
                ← Trace upstream
              </button>
              <button type="button" className="chip-button" onClick={() => act({ type: 'trace', dir: 'down' })} title="Whom it supplies, directly or through others">
                Trace downstream →
              </button>
              <button type="button" className="chip-button" onClick={() => act({ type: 'chain-from' })} title="Use as the supplier in the path finder">
                Chains from here
              </button>
              <button type="button" className="chip-button" onClick={() => act({ type: 'chain-to' })} title="Use as the buyer in the path finder">
                Chains to here
              </button>
              <button type="button" className="chip-button" onClick={() => act({ type: 'expand' })} title="Add its neighbours to the graph (double-click a node does the same)">
                Expand
              </button>
              <button type="button" className="chip-button" onClick={() => act({ type: 'hide' })} disabled={!drawn} title="Hide it from the graph (undo brings it back)">
                Hide
              </button>
            </div>
            {e.aliases.length > 0 && (
              <div className="panel-section">
                <h3>Also known as</h3>
                <ul className="chips">
                  {e.aliases.map((a) => <li key={a}>{a}</li>)}
                </ul>
              </div>
            )}
            {e.notes && <p className="panel-notes">{e.notes}</p>}
            <EntityCorrections detail={load.detail} onGone={onClose} />
            {groups.chain.length > 0 && (
              <div className="panel-section" data-testid="chain-relations">
                <h3>On the chosen chain</h3>
                <ul className="relations">
                  {groups.chain.map((r) => <RelationItem key={r.id} r={r} onChain onNavigate={onNavigate} {...quoteProps} />)}
                </ul>
              </div>
            )}
            {groups.sanctions.length > 0 && (
              <div className="panel-section" data-testid="sanctions">
                <h3>Sanctions ({groups.sanctions.length})</h3>
                <ul className="relations">
                  {groups.sanctions.map((r) => <RelationItem key={r.id} r={r} onChain={false} onNavigate={onNavigate} {...quoteProps} />)}
                </ul>
              </div>
            )}
            <div className="panel-section">
              <h3>{groups.chain.length || groups.sanctions.length ? 'Other relations' : 'Relations'} ({groups.rest.length})</h3>
              {groups.rest.length === 0 && <p className="panel-note">No {groups.chain.length || groups.sanctions.length ? 'other ' : ''}relations recorded.</p>}
              <ul className="relations">
                {groups.rest.map((r) => <RelationItem key={r.id} r={r} onChain={false} onNavigate={onNavigate} {...quoteProps} />)}
              </ul>
            </div>
            {load.detail.articles.length > 0 && (
              <div className="panel-section">
                <h3>Mentioned in ({load.detail.articles.length})</h3>
                <ul className="articles">
                  {load.detail.articles.map((a) => (
                    <li key={a.id}>
                      <button type="button" className="link article-link" onClick={() => onOpenArticle({ id: a.id })}>
                        {a.title}
                      </button>
                      {(a.source || a.publishedAt || a.url) && (
                        <span className="article-meta">
                          {[a.source, a.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ')}
                          {a.url && (
                            <>
                              {a.source || a.publishedAt ? ' · ' : ''}
                              <a href={a.url} target="_blank" rel="noreferrer noopener">original</a>
                            </>
                          )}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        );
      })()}
    </aside>
  );
}
