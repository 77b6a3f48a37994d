/** A labelled text field with entity autocomplete: free text is allowed, a picked suggestion pins the entity's id. */
import { useEffect, useId, useRef, useState } from 'react';
import type { GraphNode } from '../api.js';
import { useEntitySearch } from '../hooks/use-entity-search.js';
import { SuggestionList } from './suggestion-list.js';

export interface EntityFieldValue {
  text: string;
  /** Set when the text is a picked entity's name. */
  id: string | null;
}

export interface EntityFieldProps {
  label: string;
  placeholder?: string;
  value: EntityFieldValue;
  onChange: (v: EntityFieldValue) => void;
  /** A suggestion was picked (click or Enter). */
  onPick?: (node: GraphNode) => void;
  /** Enter with no suggestion to take: submit what is typed. */
  onSubmit?: () => void;
  testId?: string;
}

export function EntityField({ label, placeholder, value, onChange, onPick, onSubmit, testId }: EntityFieldProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  // Once picked, the name is not a query: no suggestions until the reader types again.
  const results = useEntitySearch(value.id ? '' : value.text);
  const items = results.state === 'done' ? results.items : [];
  useEffect(() => setActive(0), [results]);

  /** `act` false fills the field only: the pick does not run what a pick runs (the form's next step). */
  const choose = (n: GraphNode, act = true) => {
    onChange({ text: n.name, id: n.id });
    setOpen(false);
    if (act) onPick?.(n);
  };

  const fresh = results.state === 'done' && results.q === value.text.trim();
  // Enter pressed before the suggestions for what is typed arrived: take the best one when they do. If the reader has
  // moved on to another field meanwhile, the late answer only fills this one: submitting then would run the form with
  // whatever is half typed in the field they are in.
  const [enterPending, setEnterPending] = useState(false);
  useEffect(() => {
    if (!enterPending) return;
    const stillHere = document.activeElement === inputRef.current;
    if (results.state === 'done' && results.q === value.text.trim()) {
      setEnterPending(false);
      if (results.items[0]) choose(results.items[0], stillHere);
      else {
        // Nothing to take: the list's "no entity matches" would only cover what the form says next.
        setOpen(false);
        if (stillHere) onSubmit?.();
      }
    } else if (results.state === 'error') {
      setEnterPending(false);
      if (stillHere) onSubmit?.();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [results, enterPending]);
  const showList = open && !value.id && value.text.trim() !== '' && results.state !== 'idle';
  const activeId = showList && items[active] ? `${listId}-opt-${active}` : undefined;

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + items.length) % items.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (showList && fresh && items[active]) choose(items[active]);
      else if (!value.id && value.text.trim() && !fresh && results.state !== 'error') setEnterPending(true);
      else {
        setOpen(false);
        onSubmit?.();
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  return (
    <div className="entity-field" data-testid={testId}>
      <label htmlFor={inputId}>{label}</label>
      <div className="entity-field-box">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={value.text}
          data-entity-id={value.id ?? ''}
          onChange={(e) => {
            setEnterPending(false);
            onChange({ text: e.target.value, id: null });
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {value.text && (
          <button type="button" className="field-clear" aria-label={`Clear ${label.toLowerCase()}`} onClick={() => onChange({ text: '', id: null })}>
            ×
          </button>
        )}
      </div>
      {showList && (
        <SuggestionList
          listId={listId} label={`${label} suggestions`} className="search-popup field-popup" results={results} items={items}
          active={active} setActive={setActive} choose={choose}
        />
      )}
    </div>
  );
}
