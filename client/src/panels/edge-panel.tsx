/**
 * Side panel for a clicked relation: its type, its two ends, what it states (goods, value, quantity, period) and every
 * piece of evidence, each quote shown inside its sentence with the article it comes from; and the corrections a person
 * can make to it (reject it, or one of its quotes) with those already made.
 */
import { useEffect, useMemo, useState } from 'react';
import { ApiError, getEntity, isAbort, type EntityDetail } from '../api.js';
import { relationLabel, relationSpec } from '../../../server/domain/relation-registry.js';
import { KindSwatch } from '../components/kind-swatch.js';
import { useArticles } from '../data/article-cache.js';
import { useGraphVersion } from '../data/graph-version.js';
import type { ArticleRef } from '../view-state.js';
import { CorrectionSection } from '../workbench/correction-section.js';
import { RejectButton } from '../workbench/relation-rejection.js';
import { useCorrection, useCorrectionLog } from '../workbench/use-correction.js';
import { EvidenceQuote } from './evidence-quote.js';
import { relationFacts } from './relation-facts.js';

export interface EdgePanelProps {
  /** The relation's id. */
  id: string;
  /** Its source entity: the relation is read from that entity's detail, which carries every relation's evidence. */
  source: string;
  onClose: () => void;
  onNavigate: (id: string, name: string) => void;
  onOpenArticle: (ref: ArticleRef) => void;
  /** The relation was rejected (it is gone from the graph); `label` says which, as the panel named it. */
  onRejected: (label: string) => void;
}

type Relation = EntityDetail['relations'][number];
type Load = { state: 'loading' } | { state: 'done'; entity: EntityDetail['entity']; relation: Relation | null } | { state: 'error'; message: string };

export function EdgePanel({ id, source, onClose, onNavigate, onOpenArticle, onRejected }: EdgePanelProps) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [correcting, setCorrecting] = useState(false);
  const [reason, setReason] = useState('');
  const correction = useCorrection();
  const log = useCorrectionLog(id);
  // A correction (here or in another panel) may change this relation: read it again, keeping it shown meanwhile.
  const version = useGraphVersion();
  useEffect(() => {
    const ctl = new AbortController();
    setLoad((l) => (l.state === 'done' && l.relation?.id === id ? l : { state: 'loading' }));
    getEntity(source, ctl.signal).then(
      (d) => setLoad({ state: 'done', entity: d.entity, relation: d.relations.find((r) => r.id === id) ?? null }),
      (err: unknown) => {
        if (isAbort(err)) return;
        setLoad({ state: 'error', message: err instanceof ApiError ? err.message : 'Could not load this relation.' });
      },
    );
    return () => ctl.abort();
  }, [id, source, version]);

  const r = load.state === 'done' ? load.relation : null;
  const articles = useArticles(useMemo(() => r?.evidence.map((e) => e.article) ?? [], [r]));
  const spec = r ? relationSpec(r.type) : undefined;

  return (
    <aside className="entity-panel side-panel edge-panel" aria-label="Relation details" data-testid="edge-panel" data-edge-id={id}>
      <button type="button" className="panel-close" onClick={onClose} aria-label="Close details">×</button>
      {load.state === 'loading' && <p className="panel-note">Loading…</p>}
      {load.state === 'error' && <p className="panel-note panel-error" role="alert">{load.message}</p>}
      {load.state === 'done' && !r && <p className="panel-note panel-error" role="alert">This relation is no longer in the graph.</p>}
      {load.state === 'done' && r && (() => {
        // The detail is read from the source's side; an undirected relation may list its source as "other".
        const from = r.direction === 'out' ? load.entity : r.other;
        const to = r.direction === 'out' ? r.other : load.entity;
        const facts = relationFacts(r.props);
        const label = relationLabel(r.type);
        const end = (n: { id: string; name: string; kind: string }) => (
          <button type="button" className="link edge-end" onClick={() => onNavigate(n.id, n.name)} data-entity-id={n.id}>
            <KindSwatch kind={n.kind} size={12} /> {n.name}
          </button>
        );
        const rejectQuotes = correcting && r.evidence.length > 1;
        return (
          <>
            <header className="panel-head">
              <div>
                <p className="eyebrow" data-testid="edge-type" style={{ borderLeft: `3px solid ${spec?.style.color ?? '#adb5bd'}`, paddingLeft: 6 }}>
                  {label}
                </p>
                <h2 className="edge-ends" data-testid="edge-ends">
                  {end(from)} <span className="hop-arrow" aria-label={spec?.directed === false ? 'with' : 'to'}>{spec?.directed === false ? '↔' : '→'}</span> {end(to)}
                </h2>
                <p className="panel-sub">
                  {r.sources} source{r.sources === 1 ? '' : 's'} · {r.evidence.length} quote{r.evidence.length === 1 ? '' : 's'}
                  {r.props?.curated === true && ' · added by a person'}
                </p>
              </div>
            </header>
            {facts.length > 0 && (
              <dl className="edge-facts" data-testid="edge-facts">
                {facts.map((f) => (
                  <div key={f.label}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
              </dl>
            )}
            <CorrectionSection what="relation" log={log} correction={correction} open={correcting} onToggle={() => setCorrecting(!correcting)}
              reason={reason} onReason={setReason}
              testIds={{ section: 'edge-corrections', open: 'open-edge-corrections', log: 'edge-correction-log', reason: 'edge-correction-reason' }}>
              <div className="correction-row">
                <RejectButton relation={r} correction={correction} reason={reason} testId="edge-reject" label="Reject this relation"
                  onDone={() => onRejected(`${from.name} ${label} ${to.name}`)} />
                {rejectQuotes && <span className="panel-note">or one of its quotes, below.</span>}
              </div>
            </CorrectionSection>
            <div className="panel-section">
              <h3>Evidence ({r.evidence.length})</h3>
              <div data-testid="edge-evidence">
                {r.evidence.map((ev, i) => (
                  <EvidenceQuote key={`${ev.article}:${ev.start}:${i}`} ev={ev} article={articles.get(ev.article)} onOpenArticle={onOpenArticle}>
                    {rejectQuotes && (
                      <RejectButton relation={r} quote={ev} correction={correction} reason={reason} testId="edge-reject-quote" label="Reject this quote"
                        onDone={() => setReason('')} />
                    )}
                  </EvidenceQuote>
                ))}
              </div>
            </div>
          </>
        );
      })()}
    </aside>
  );
}
