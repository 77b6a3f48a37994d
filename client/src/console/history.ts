/** The console's history: the queries run in this browser, newest first, kept in localStorage. */

export interface HistoryEntry {
  query: string;
  params: Record<string, unknown>;
  at: string;
}

export const HISTORY_KEY = 'supply-graph:cypher-history';
export const HISTORY_SIZE = 50;

/** The saved history; anything unreadable counts as empty. */
export function loadHistory(storage: Pick<Storage, 'getItem'> = localStorage): HistoryEntry[] {
  try {
    const raw: unknown = JSON.parse(storage.getItem(HISTORY_KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (e): e is HistoryEntry => !!e && typeof e.query === 'string' && typeof e.at === 'string' && !!e.params && typeof e.params === 'object',
    );
  } catch {
    return [];
  }
}

/** Adds a run on top; running the same query and parameters again moves it up instead of repeating it. */
export function addToHistory(list: HistoryEntry[], entry: HistoryEntry, size = HISTORY_SIZE): HistoryEntry[] {
  const key = (e: HistoryEntry) => `${e.query.trim()}\u0000${JSON.stringify(e.params)}`;
  const k = key(entry);
  return [entry, ...list.filter((e) => key(e) !== k)].slice(0, size);
}

/** Writes the history; a full or disabled storage only loses the history. */
export function saveHistory(list: HistoryEntry[], storage: Pick<Storage, 'setItem'> = localStorage): void {
  try {
    storage.setItem(HISTORY_KEY, JSON.stringify(list));
  } catch {
    /* the history is a convenience */
  }
}
