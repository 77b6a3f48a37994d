/**
 * Finds a model's quote in the text it was given: exactly, or else after both sides are normalised (whitespace runs
 * to one space, curly quotes to straight ones, dashes to a hyphen, an ellipsis to three dots), with every character
 * of the normalised text mapped back to its offset in the original, so the span found is exact in the original.
 */

export interface Normalised {
  text: string;
  /** `map[i]`: offset in the original of normalised character i; `map[text.length]` is the original's length. */
  map: Int32Array;
}

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/;

/** The normalised form of `s` with its offset map (see the module comment). */
export function normalise(s: string): Normalised {
  const out: string[] = [];
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (SPACE.test(c)) {
      if (!space && out.length) {
        out.push(' ');
        map.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    if (c === '\u2026') {
      out.push('.', '.', '.');
      map.push(i, i, i);
      continue;
    }
    out.push(SINGLE_QUOTES.test(c) ? "'" : DOUBLE_QUOTES.test(c) ? '"' : DASHES.test(c) ? '-' : c);
    map.push(i);
  }
  if (out[out.length - 1] === ' ') {
    out.pop();
    map.pop();
  }
  const m = new Int32Array(map.length + 1);
  m.set(map);
  m[map.length] = s.length;
  return { text: out.join(''), map: m };
}

/** The first index i in [0, length) with valueAt(i) >= x (length when none), for values ascending with i. */
export function firstAtOrAfter(length: number, valueAt: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (valueAt(mid) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Quotation marks a model may wrap around its quote, and the trailing dots of a quote cut short. */
function unwrap(q: string): string {
  return q.replace(/^["'\u201C\u201D\u2018\u2019«]+|["'\u201C\u201D\u2018\u2019»]+$/g, '').replace(/\s*(?:\.\.\.|\u2026)$/, '').trim();
}

/** Index of `needle` in `hay`, preferring an occurrence at or after `from` and before `to`. */
function find(hay: string, needle: string, from: number, to: number): number {
  const near = hay.indexOf(needle, from);
  if (near >= 0 && near < to) return near;
  return hay.indexOf(needle);
}

/**
 * `[start, end)` of `quote` in `text`, or null when it is not there. `hint` is the part of the text the quote was
 * drawn from: an occurrence there wins over an earlier one elsewhere.
 */
export function locateQuote(
  text: string, quote: string, hint: { start: number; end: number } = { start: 0, end: text.length }, norm?: Normalised,
): [number, number] | null {
  const q = quote.trim();
  if (!q) return null;
  const exact = find(text, q, hint.start, hint.end);
  if (exact >= 0) return [exact, exact + q.length];
  const n = norm ?? normalise(text);
  // The hint in normalised offsets: the first normalised character at or after it.
  const at = (x: number) => firstAtOrAfter(n.text.length, (i) => n.map[i], x);
  for (const candidate of new Set([q, unwrap(q)])) {
    const nq = normalise(candidate).text;
    if (nq.length < 2) continue;
    const i = find(n.text, nq, at(hint.start), at(hint.end));
    if (i >= 0) return [n.map[i], n.map[i + nq.length - 1] + 1];
  }
  return null;
}
