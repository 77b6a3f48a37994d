/** Header search: finds entities by name or alias through the API and hands the chosen one to the app. */
import { useEffect, useId, useRef, useState } from 'react';
import type { GraphNode } from '../api.js';
import { SuggestionList } from '../components/suggestion-list.js';
import { useEntitySearch } from '../hooks/use-entity-search.js';

export interface SearchBoxProps {
  /** Called with the entity the user chose. */
  onPick: (node: GraphNode) => void;
  /** Ids drawn right now, to flag results the current view does not show. */
  visibleIds: ReadonlySet<string>;
}

export function SearchBox({ onPick, visibleIds }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useEntitySearch(text);
  useEffect(() => setActive(0), [results]);

  // "/" jumps to the search box from anywhere but another text field.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.key !== '/' || e.ctrlKey || e.metaKey || t?.closest('input, textarea, [contenteditable="true"]')) return;
      e.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const items = results.state === 'done' ? results.items : [];
  const choose = (node: GraphNode) => {
    setText(node.name);
    setOpen(false);
    onPick(node);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setActive((i) => (i - 1 + items.length) % items.length);
    } else if (e.key === 'Enter') {
      // Only act on results for what is typed now, not on a stale answer.
      if (results.state === 'done' && results.q === text.trim() && items[active]) {
        e.preventDefault();
        choose(items[active]);
      }
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && results.state !== 'idle' && text.trim() !== '';
  const activeId = showList && items[active] ? `${listId}-opt-${active}` : undefined;

  return (
    <div className="search" role="search">
      <svg className="search-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        className="search-input"
        placeholder="Search entities by name or alias"
        aria-label="Search entities by name or alias"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <kbd className="search-hint" aria-hidden="true">/</kbd>
      {showList && (
        <SuggestionList
          listId={listId} label="Matching entities" className="search-popup" results={results} items={items}
          active={active} setActive={setActive} choose={choose} note={(n) => (visibleIds.has(n.id) ? '' : ' · not in view')}
        />
      )}
    </div>
  );
}
