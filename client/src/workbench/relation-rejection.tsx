/**
 * Rejecting a relation, or one quote of it, wherever the relation is shown (the entity panel's corrections, the
 * relation panel). The rejection is recorded and re-applied after every re-load, so the extractor cannot bring it back.
 */
import type { CorrectionRequest, EntityDetail, Evidence } from '../api.js';
import type { Correction } from './use-correction.js';

type Relation = Pick<EntityDetail['relations'][number], 'id'>;

export const rejectRelation = (r: Relation): CorrectionRequest => ({ kind: 'reject-relation', target: r.id });
export const rejectQuote = (r: Relation, ev: Evidence): CorrectionRequest =>
  ({ kind: 'reject-evidence', target: r.id, article: ev.article, start: ev.start, end: ev.end });

export interface RejectButtonProps {
  relation: Relation;
  /** The quote to reject; without it the whole relation. */
  quote?: Evidence;
  correction: Correction;
  reason?: string;
  /** Called once the rejection is recorded. */
  onDone: () => void;
  label?: string;
  testId?: string;
}

export function RejectButton({ relation, quote, correction, reason, onDone, label, testId }: RejectButtonProps) {
  const send = async () => {
    if (await correction.run(quote ? rejectQuote(relation, quote) : rejectRelation(relation), reason)) onDone();
  };
  return (
    <button type="button" className="reject-button" disabled={correction.busy} title={quote?.quote} data-testid={testId} onClick={() => void send()}>
      {label ?? (quote ? `Reject quote “${quote.quote.slice(0, 30)}…”` : 'Reject')}
    </button>
  );
}
