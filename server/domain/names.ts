/** Name normalisation shared by extraction, resolution against the store and search. */

/** Corporate and legal-form suffixes that do not distinguish one entity from another. */
const CORPORATE_SUFFIXES = new Set([
  'co', 'ltd', 'limited', 'corporation', 'corp', 'inc', 'incorporated', 'llc', 'llp', 'jsc', 'pjsc', 'ojsc', 'cjsc',
  'plc', 'group', 'company', 'gmbh', 'sa', 'ag', 'oao', 'ooo', 'pao', 'zao', 'ao', 'lp', 'bv', 'nv', 'srl', 'spa',
  'pte', 'pty', 'kg', 'fze', 'fzco', 'fzc', 'fz', 'dmcc', 'as', 'ab', 'oy', 'sarl', 'sas',
]);

// The same names recur across mentions, articles, ids (slug) and the store lookups of a load: each distinct string is
// normalised once (NFKD and six regular expressions are most of a batch resolution's string work).
const KEY_CACHE_SIZE = 200_000;
const keyCache = new Map<string, string>();

/** Lower-case, ASCII-folded form without possessives, punctuation, a leading "the" or trailing legal forms. */
export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    if (keyCache.size > KEY_CACHE_SIZE) keyCache.clear();
    k = computeNameKey(s);
    keyCache.set(s, k);
  }
  return k;
}

/** A text without its diacritics: "Gdańsk" → "Gdansk", "Nicolás" → "Nicolas", "İstanbul" (a dotted capital I) → "Istanbul". */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function computeNameKey(s: string): string {
  const t = foldAccents(s)
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  let words = t.split(' ').filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words = words.slice(1);
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** A URL-safe stable id for a resolved name: `kind-prefix` is not included, so ids stay readable. */
export function slug(s: string): string {
  const k = nameKey(s).replace(/ /g, '-');
  return k || 'x' + Array.from(s).map((c) => c.codePointAt(0)!.toString(16)).join('').slice(0, 24);
}

/** Keys under which an entity can be found: its normalised name and aliases, each once. */
export function entityKeys(name: string, aliases: string[]): string[] {
  return [...new Set([name, ...aliases].map(nameKey).filter(Boolean))];
}
