/**
 * The frame of a panel's corrections (an entity's, a relation's): a heading that opens the form and counts the
 * corrections made, their log, the refusal of the last one, and the optional reason every correction carries.
 */
import type { ReactNode } from 'react';
import type { CorrectionEntry } from '../api.js';
import { CorrectionLog } from './correction-log.js';
import type { Correction } from './use-correction.js';

export interface CorrectionSectionProps {
  /** "entity" or "relation": what the heading offers to correct. */
  what: string;
  log: readonly CorrectionEntry[];
  correction: Correction;
  open: boolean;
  onToggle: () => void;
  reason: string;
  onReason: (reason: string) => void;
  testIds: { section: string; open: string; log: string; reason: string };
  /** The form's controls. */
  children: ReactNode;
}

export function CorrectionSection({ what, log, correction, open, onToggle, reason, onReason, testIds, children }: CorrectionSectionProps) {
  return (
    <div className="panel-section panel-corrections" data-testid={testIds.section}>
      <h3>
        <button type="button" className="link" onClick={onToggle} aria-expanded={open} data-testid={testIds.open}>
          {open ? '▾' : '▸'} Correct this {what}{log.length ? ` (${log.length} correction${log.length === 1 ? '' : 's'} made)` : ''}
        </button>
      </h3>
      <CorrectionLog entries={log} testId={testIds.log} />
      {open && (
        <div className="correction-form">
          {correction.error && <p className="panel-error" role="alert">{correction.error}</p>}
          <label>Why (optional)<input value={reason} onChange={(ev) => onReason(ev.target.value)} data-testid={testIds.reason} /></label>
          {children}
        </div>
      )}
    </div>
  );
}
