/** The corrections made about something, one line each: when, who, what, and why when given. */
import type { CorrectionEntry } from '../api.js';

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

export function CorrectionLog({ entries, testId }: { entries: readonly CorrectionEntry[]; testId: string }) {
  if (!entries.length) return null;
  return (
    <ul className="correction-log" data-testid={testId}>
      {entries.map((c) => <li key={c.id}>{describeCorrection(c)}</li>)}
    </ul>
  );
}
