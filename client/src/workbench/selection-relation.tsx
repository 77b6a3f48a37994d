/**
 * Adding a relation from the article view: the person selects the words that state it, picks its two ends and its
 * type, and the selection becomes the relation's evidence with exact offsets into the article's text.
 */
import { useEffect, useState, type RefObject } from 'react';
import { RELATIONS, type RelationType } from '../../../server/domain/relation-registry.js';
import { CorrectionLog } from './correction-log.js';
import { useCorrection, useCorrectionLog } from './use-correction.js';

export interface SelectionRelationProps {
  articleId: string;
  text: string;
  /** The element whose text content is exactly the article's text. */
  container: RefObject<HTMLElement | null>;
  /** Entities the article mentions, offered as ends. */
  entities: { id: string; name: string }[];
  onAdded: (relationId: string) => void;
}

/** Offsets of the current selection inside `el`'s text, or null when it is not inside it. */
export function selectionOffsets(el: HTMLElement): { start: number; end: number } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!el.contains(range.startContainer) || !el.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(el);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

export function SelectionRelation({ articleId, text, container, entities, onAdded }: SelectionRelationProps) {
  const [span, setSpan] = useState<{ start: number; end: number } | null>(null);
  const [source, setSource] = useState('');
  const [target, setTarget] = useState('');
  const [type, setType] = useState<RelationType>(RELATIONS[0].type);
  const [message, setMessage] = useState<string | null>(null);
  const correction = useCorrection();
  // The corrections that concern this article (relations added from it, quotes of it rejected), shown under its text.
  const log = useCorrectionLog(articleId);
  const made = <CorrectionLog entries={log} testId="article-corrections" />;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const read = () => {
      const s = selectionOffsets(el);
      if (s && s.end > s.start) {
        setSpan(s);
        setMessage(null);
      }
    };
    el.addEventListener('mouseup', read);
    el.addEventListener('keyup', read);
    return () => {
      el.removeEventListener('mouseup', read);
      el.removeEventListener('keyup', read);
    };
  }, [container]);

  if (!span) {
    return (
      <>
        <p className="panel-note">Select the words that state a relation to add it.{message && <> <span role="status">{message}</span></>}</p>
        {made}
      </>
    );
  }
  const quote = text.slice(span.start, span.end);
  const add = async () => {
    const made = await correction.run({ kind: 'add-relation', type, source, target, article: articleId, start: span.start, end: span.end });
    if (!made) return;
    setSpan(null);
    setMessage(`Added ${made.target}`);
    onAdded(made.target);
  };
  const pick = (value: string, set: (v: string) => void, testid: string) => (
    <select value={value} onChange={(e) => set(e.target.value)} data-testid={testid}>
      <option value="">choose…</option>
      {entities.map((e) => <option key={e.id} value={e.id}>{e.name}</option>)}
    </select>
  );
  return (
    <div className="selection-relation" data-testid="selection-relation" data-start={span.start} data-end={span.end}>
      <span>“{quote.length > 120 ? quote.slice(0, 120) + '…' : quote}” states that</span>
      {pick(source, setSource, 'sel-source')}
      <select value={type} onChange={(e) => setType(e.target.value as RelationType)} data-testid="sel-type">
        {RELATIONS.map((r) => <option key={r.type} value={r.type}>{r.label}</option>)}
      </select>
      {pick(target, setTarget, 'sel-target')}
      <button type="button" disabled={!source || !target} onClick={() => void add()} data-testid="sel-add">Add relation</button>
      <button type="button" className="link" onClick={() => setSpan(null)}>Cancel</button>
      {correction.error && <span role="alert">{correction.error}</span>}
      {made}
    </div>
  );
}
