/**
 * Corrections from the entity panel: rename, change kind or country, merge another entity into this one, delete it,
 * reject one of its relations or one quote of a relation; and the corrections already made about it, with when, who
 * and why. Every change is recorded by the server before it answers.
 */
import { useEffect, useState } from 'react';
import { ENTITY_KINDS, type EntityKind } from '../../../server/domain/types.js';
import { ApiError, correct, listCorrections, searchEntities, type CorrectionEntry, type CorrectionRequest, type EntityDetail, type GraphNode } from '../api.js';

export interface EntityCorrectionsProps {
  detail: EntityDetail;
  /** The entity changed: load it again (or the one it was merged into). */
  onChanged: (id: string, name: string) => void;
  /** The entity is gone (deleted). */
  onGone: () => void;
}

const KIND_NAMES: Record<string, string> = {
  'merge-entities': 'merged', 'update-entity': 'changed', 'delete-entity': 'deleted', 'reject-relation': 'rejected a relation',
  'reject-evidence': 'rejected a quote', 'add-relation': 'added a relation',
};

/** One line about a correction, as a reader would say it. */
export function describeCorrection(c: CorrectionEntry): string {
  const d = c.data as Record<string, unknown>;
  const what = c.kind === 'merge-entities' ? `merged "${String(d.from)}" into "${c.target}"`
    : c.kind === 'update-entity' ? `set ${Object.entries(d).map(([k, v]) => `${k === 'entityKind' ? 'kind' : k} to ${v === null ? '(none)' : String(v)}`).join(', ')}`
      : c.kind === 'add-relation' ? `added ${c.target} from a selection: “${String((d.evidence as { quote?: string })?.quote ?? '')}”`
        : `${KIND_NAMES[c.kind] ?? c.kind}: ${c.target}`;
  return `${c.at.slice(0, 16).replace('T', ' ')}${c.by ? ` · ${c.by}` : ''} · ${what}${c.reason ? ` — ${c.reason}` : ''}`;
}

export function EntityCorrections({ detail, onChanged, onGone }: EntityCorrectionsProps) {
  const e = detail.entity;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(e.name);
  const [kind, setKind] = useState<EntityKind>(e.kind);
  const [country, setCountry] = useState(e.country ?? '');
  const [reason, setReason] = useState('');
  const [mergeQ, setMergeQ] = useState('');
  const [candidates, setCandidates] = useState<GraphNode[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [log, setLog] = useState<CorrectionEntry[]>([]);

  useEffect(() => {
    setName(e.name);
    setKind(e.kind);
    setCountry(e.country ?? '');
    const ctl = new AbortController();
    listCorrections(e.id, ctl.signal).then(setLog, () => setLog([]));
    return () => ctl.abort();
  }, [e]);

  useEffect(() => {
    if (mergeQ.trim().length < 2) return setCandidates([]);
    const ctl = new AbortController();
    const t = setTimeout(() => searchEntities(mergeQ.trim(), 8, ctl.signal).then((xs) => setCandidates(xs.filter((x) => x.id !== e.id)), () => undefined), 150);
    return () => { clearTimeout(t); ctl.abort(); };
  }, [mergeQ, e.id]);

  async function send(req: CorrectionRequest, then: () => void) {
    setError(null);
    try {
      await correct({ ...req, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setReason('');
      then();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }

  const changed = () => onChanged(e.id, name);
  const update = () => {
    const req: CorrectionRequest = { kind: 'update-entity', target: e.id };
    if (name.trim() && name.trim() !== e.name) req.name = name.trim();
    if (kind !== e.kind) req.entityKind = kind;
    if (country.trim().toUpperCase() !== (e.country ?? '')) req.country = country.trim() ? country.trim() : null;
    if (Object.keys(req).length > 2) void send(req, changed);
  };

  return (
    <div className="panel-section entity-corrections" data-testid="entity-corrections">
      <h3>
        <button type="button" className="link" onClick={() => setOpen(!open)} aria-expanded={open} data-testid="open-corrections">
          {open ? '▾' : '▸'} Correct this entity{log.length ? ` (${log.length} correction${log.length === 1 ? '' : 's'} made)` : ''}
        </button>
      </h3>
      {log.length > 0 && (
        <ul className="correction-log" data-testid="correction-log">
          {log.map((c) => <li key={c.id}>{describeCorrection(c)}</li>)}
        </ul>
      )}
      {open && (
        <div className="correction-form">
          {error && <p className="panel-error" role="alert">{error}</p>}
          <label>Why (optional)<input value={reason} onChange={(ev) => setReason(ev.target.value)} data-testid="correction-reason" /></label>
          <div className="correction-row">
            <label>Name<input value={name} onChange={(ev) => setName(ev.target.value)} data-testid="correct-name" /></label>
            <label>Kind
              <select value={kind} onChange={(ev) => setKind(ev.target.value as EntityKind)} data-testid="correct-kind">
                {ENTITY_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
              </select>
            </label>
            <label>Country<input value={country} onChange={(ev) => setCountry(ev.target.value)} maxLength={2} size={3} placeholder="XX" data-testid="correct-country" /></label>
            <button type="button" onClick={update} data-testid="correct-save">Save</button>
          </div>
          <div className="correction-row">
            <label>Merge into this: <input value={mergeQ} onChange={(ev) => setMergeQ(ev.target.value)} placeholder="another entity's name" data-testid="merge-search" /></label>
            <ul className="merge-candidates">
              {candidates.map((c) => (
                <li key={c.id}>
                  {c.name} ({c.kind}){' '}
                  <button type="button" data-testid={`merge-${c.id}`} onClick={() => void send({ kind: 'merge-entities', target: e.id, from: c.id }, () => { setMergeQ(''); changed(); })}>
                    Merge into {e.name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
          <div className="correction-row">
            <span>Relations:</span>
            <ul className="reject-list">
              {detail.relations.map((r) => (
                <li key={r.id}>
                  {r.direction === 'out' ? `${r.type.toLowerCase().replace(/_/g, ' ')} ${r.other.name}` : `${r.other.name} ${r.type.toLowerCase().replace(/_/g, ' ')} this`}
                  {r.props?.curated === true && <em> (added by a person)</em>}{' '}
                  <button type="button" data-testid={`reject-${r.id}`} onClick={() => void send({ kind: 'reject-relation', target: r.id }, changed)}>Reject</button>
                  {r.evidence.length > 1 && r.evidence.map((ev) => (
                    <button key={`${ev.article}:${ev.start}`} type="button" title={ev.quote} onClick={() => void send({ kind: 'reject-evidence', target: r.id, article: ev.article, start: ev.start, end: ev.end }, changed)}>
                      Reject quote “{ev.quote.slice(0, 30)}…”
                    </button>
                  ))}
                </li>
              ))}
            </ul>
          </div>
          <button type="button" className="danger" data-testid="correct-delete"
            onClick={() => { if (window.confirm(`Delete ${e.name} and its ${detail.relations.length} relations? Loading its articles again will not bring it back.`)) void send({ kind: 'delete-entity', target: e.id }, onGone); }}>
            Delete this entity
          </button>
        </div>
      )}
    </div>
  );
}
