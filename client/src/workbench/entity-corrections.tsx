/**
 * Corrections from the entity panel: rename, change kind or country, merge another entity into this one, delete it,
 * reject one of its relations or one quote of a relation; and the corrections already made about it, with when, who
 * and why. Every change is recorded by the server before it answers.
 */
import { useEffect, useState } from 'react';
import { relationLabel } from '../../../server/domain/relation-registry.js';
import { ENTITY_KINDS, type EntityKind } from '../../../server/domain/types.js';
import { searchEntities, type CorrectionRequest, type EntityDetail, type GraphNode } from '../api.js';
import { CorrectionSection } from './correction-section.js';
import { RejectButton } from './relation-rejection.js';
import { useCorrection, useCorrectionLog } from './use-correction.js';

export interface EntityCorrectionsProps {
  detail: EntityDetail;
  /** The entity is gone (deleted). */
  onGone: () => void;
}

export function EntityCorrections({ detail, onGone }: EntityCorrectionsProps) {
  const e = detail.entity;
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(e.name);
  const [kind, setKind] = useState<EntityKind>(e.kind);
  const [country, setCountry] = useState(e.country ?? '');
  const [reason, setReason] = useState('');
  const [mergeQ, setMergeQ] = useState('');
  const [candidates, setCandidates] = useState<GraphNode[]>([]);
  const correction = useCorrection();
  const log = useCorrectionLog(e.id);

  useEffect(() => {
    setName(e.name);
    setKind(e.kind);
    setCountry(e.country ?? '');
  }, [e]);

  useEffect(() => {
    if (mergeQ.trim().length < 2) return setCandidates([]);
    const ctl = new AbortController();
    const t = setTimeout(() => searchEntities(mergeQ.trim(), 8, ctl.signal).then((xs) => setCandidates(xs.filter((x) => x.id !== e.id)), () => undefined), 150);
    return () => { clearTimeout(t); ctl.abort(); };
  }, [mergeQ, e.id]);

  // A correction made, every view of the graph (this panel too) reads it again.
  async function send(req: CorrectionRequest, then: () => void = () => undefined) {
    if (await correction.run(req, reason)) {
      setReason('');
      then();
    }
  }
  const rejected = () => setReason('');
  const update = () => {
    const req: CorrectionRequest = { kind: 'update-entity', target: e.id };
    if (name.trim() && name.trim() !== e.name) req.name = name.trim();
    if (kind !== e.kind) req.entityKind = kind;
    if (country.trim().toUpperCase() !== (e.country ?? '')) req.country = country.trim() ? country.trim() : null;
    if (Object.keys(req).length > 2) void send(req);
  };

  return (
    <CorrectionSection what="entity" log={log} correction={correction} open={open} onToggle={() => setOpen(!open)} reason={reason} onReason={setReason}
      testIds={{ section: 'entity-corrections', open: 'open-corrections', log: 'correction-log', reason: 'correction-reason' }}>
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
              <button type="button" data-testid={`merge-${c.id}`} onClick={() => void send({ kind: 'merge-entities', target: e.id, from: c.id }, () => setMergeQ(''))}>
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
              {r.direction === 'out' ? `${relationLabel(r.type)} ${r.other.name}` : `${r.other.name} ${relationLabel(r.type)} this`}
              {r.props?.curated === true && <em> (added by a person)</em>}{' '}
              <RejectButton relation={r} correction={correction} reason={reason} onDone={rejected} testId={`reject-${r.id}`} />
              {r.evidence.length > 1 && r.evidence.map((ev) => (
                <RejectButton key={`${ev.article}:${ev.start}`} relation={r} quote={ev} correction={correction} reason={reason} onDone={rejected} />
              ))}
            </li>
          ))}
        </ul>
      </div>
      <button type="button" className="danger" data-testid="correct-delete"
        onClick={() => { if (window.confirm(`Delete ${e.name} and its ${detail.relations.length} relations? Loading its articles again will not bring it back.`)) void send({ kind: 'delete-entity', target: e.id }, onGone); }}>
        Delete this entity
      </button>
    </CorrectionSection>
  );
}
