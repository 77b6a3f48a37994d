/**
 * Stage 6, relation properties: money normalised to USD ("$12 million", "12 million dollars", "$ 10 mln"),
 * quantities ("1,000 assault rifles", "12 tons"), dates and periods ("since 2024", "from June to December 2022")
 * and the goods named by an object phrase.
 */
import { GOODS_NOUNS, MEASURE_NOUNS, PREPOSITIONS } from './lexicon.js';
import type { Analysis, Token } from './sentences.js';

const SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, ml: 1e6, m: 1e6, mil: 1e6, billion: 1e9, bln: 1e9, bn: 1e9,
  b: 1e9, trillion: 1e12, tn: 1e12,
};
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const UNIT = String.raw`(thousand|million|billion|trillion|mln|bln|mil|mn|ml|bn|tn|[kmb])?`;
const DOLLAR_BEFORE = new RegExp(String.raw`(?:US\s?\$|USD\s?|\$)\s?${NUM}\s?${UNIT}(?![a-z])`, 'i');
const DOLLAR_AFTER = new RegExp(String.raw`${NUM}\s?${UNIT}\s?(?:US\s)?(?:dollars|usd)\b`, 'i');

/** A USD amount in a money expression, or undefined when there is none (or it is in another currency). */
export function parseUsd(s: string): number | undefined {
  const m = DOLLAR_BEFORE.exec(s) ?? DOLLAR_AFTER.exec(s);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  const scale = m[2] ? SCALE[m[2].toLowerCase()] ?? 1 : 1;
  return Math.round(n * scale);
}

/**
 * Indexes of the numeric entities that overlap tokens [from, to), in text order. `an.numerics` is in text order and
 * its entities do not overlap, so a binary search finds the first: scanning them all for every relation made
 * extraction quadratic in the number of numbers.
 */
function* numericsIn(an: Analysis, from: number, to: number): Generator<number> {
  const ns = an.numerics;
  let lo = 0;
  let hi = ns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ns[mid].last <= from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < ns.length && ns[i].first < to; i++) yield i;
}

/** The first USD amount among the numeric entities and text of tokens [from, to), if any. */
export function valueIn(an: Analysis, from: number, to: number): number | undefined {
  for (const i of numericsIn(an, from, to)) {
    const n = an.numerics[i];
    if (n.type !== 'MONEY') continue;
    // Read a little past the entity: wink stops before scale words it does not know ("$100 ml").
    const start = an.tokens[n.first].start;
    const v = parseUsd(an.text.slice(start, Math.max(an.tokens[n.last - 1].end, Math.min(an.text.length, start + 24))));
    if (v !== undefined) return v;
  }
  if (to <= from) return undefined;
  // wink does not always tag money ("$100 ml"); read the text as well.
  return parseUsd(an.text.slice(an.tokens[from].start, an.tokens[to - 1].end));
}

const PERIOD_TYPES = new Set(['DATE', 'DURATION']);
/** Words of a penalty beside a length of time: "sentenced to four years", "three years in prison", "a two-year term". */
const PENALTY_WORDS = /^(?:sentenced|sentence|sentences|jailed|jail|prison|imprisonment|imprisoned|bars|probation|term)$/;
/** Verbs of a penalty right before its date: "was jailed in 2023", "sentenced in March 2023". */
const PENALTY_VERBS = /^(?:sentenced|jailed|imprisoned|convicted)$/;

/** Whether the date at tokens [first, last) is when a penalty was handed down, not when the trade took place. */
function penaltyDate(T: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 3) && T[k].sent === T[first].sent; k--) if (PENALTY_VERBS.test(T[k].lower)) return true;
  return false;
}

/** Whether tokens [first, last) are the length of a penalty, not a time the trade took place. */
function penaltyLength(T: readonly Token[], first: number, last: number): boolean {
  const sent = T[first].sent;
  for (let k = Math.max(0, first - 3); k < last + 3 && k < T.length; k++) {
    if ((k < first || k >= last) && T[k].sent === sent && PENALTY_WORDS.test(T[k].lower)) return true;
  }
  return false;
}

/** The first date or period among tokens [from, to): "since 2024", "from June to December 2022", "in 2020". */
export function periodIn(an: Analysis, from: number, to: number): string | undefined {
  const T = an.tokens;
  const found: string[] = [];
  for (const i of numericsIn(an, from, to)) {
    const n = an.numerics[i];
    if (!PERIOD_TYPES.has(n.type)) continue;
    const s = an.text.slice(T[n.first].start, T[n.last - 1].end);
    // Relative words alone ("now", "today") say nothing about when.
    if (!/\d|january|february|march|april|may|june|july|august|september|october|november|december|year|month/i.test(s)) continue;
    if (n.type === 'DURATION' ? penaltyLength(T, n.first, n.last) : penaltyDate(T, n.first)) continue;
    let prefix = '';
    const p = T[n.first - 1];
    if (p && p.sent === T[n.first].sent && /^(since|in|from|until|by|between|during|as of|before|after)$/i.test(p.text) && !/^(since|from|by|in)\b/i.test(s)) {
      prefix = p.lower + ' ';
    }
    found.push(prefix + s);
    // "in November and December 2022": join coordinated dates.
    const a = T[n.last];
    const next = an.numerics[i + 1];
    const b = next && next.first === n.last + 1 && PERIOD_TYPES.has(next.type) ? next : undefined;
    if (a && a.lower === 'and' && b) {
      found[found.length - 1] += ' and ' + an.text.slice(T[b.first].start, T[b.last - 1].end);
    }
    break;
  }
  return found[0]?.replace(/^(since|from|by|in)\b/i, (w) => w.toLowerCase());
}

/** A counted quantity of goods among tokens [from, to): "1,000 assault rifles", "12 tons". */
export function quantityIn(an: Analysis, from: number, to: number): string | undefined {
  const T = an.tokens;
  for (const i of numericsIn(an, from, to)) {
    const n = an.numerics[i];
    if (n.first < from || n.type !== 'CARDINAL') continue;
    const words: string[] = [an.text.slice(T[n.first].start, T[n.last - 1].end)];
    if (/^(one|1)$/i.test(words[0])) continue;
    let k = n.last;
    let nouns = 0;
    while (k < to && k < n.last + 4) {
      const t = T[k];
      if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') break;
      if (PREPOSITIONS.has(t.lower)) break;
      words.push(t.text);
      if (t.pos === 'NOUN') nouns++;
      k++;
      if (MEASURE_NOUNS.has(t.lower)) break;
    }
    if (nouns > 0 && !/^(percent|times|years?|months?|days?|%)$/i.test(words[1] ?? '')) return words.join(' ');
  }
  return undefined;
}

const GOODS_SKIP = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'such', 'some', 'any', 'all', 'more', 'most',
  'than', 'worth', 'enough', 'significant', 'large', 'small', 'various', 'many', 'several', 'other', 'different',
  'multiple', 'total', 'of', 'over', 'almost', 'nearly', 'about', 'around', 'up', 'least', 'at',
]);
const GOODS_BREAK = new Set(['that', 'which', 'who', 'to', 'for', 'from', 'via', 'through', 'by', 'in', 'into', 'with', 'worth', 'valued', 'since', 'after', 'before', 'during', 'on', 'at', 'as']);

/**
 * Goods named in tokens [from, to): comma/"and" lists of noun phrases whose head is a goods word
 * ("drones and spare parts" -> ["drones", "spare parts"]); quantities, determiners and measures dropped.
 */
export function goodsIn(an: Analysis, from: number, to: number, isEntityToken: (k: number) => boolean = () => false): string[] {
  const T = an.tokens;
  const out: string[] = [];
  let cur: string[] = [];
  let headOk = false;
  const flush = () => {
    if (cur.length && headOk && cur.length <= 5) {
      const phrase = cur.join(' ').replace(/ - /g, '-');
      if (!out.includes(phrase)) out.push(phrase);
    }
    cur = [];
    headOk = false;
  };
  for (let k = from; k < to; k++) {
    const t = T[k];
    const w = t.lower;
    if (w === ',' || w === 'and' || w === 'or' || w === '&' || w === 'including' || w === ';') {
      flush();
      continue;
    }
    if (w === 'worth' && T[k + 1]?.lower === 'of') {
      // "$4.5 million worth of microcontrollers".
      cur = [];
      headOk = false;
      k++;
      continue;
    }
    if (w === 'of' && cur.length && MEASURE_NOUNS.has(cur[cur.length - 1].toLowerCase())) {
      // "80 tons of vests", "significant amounts of equipment": the goods follow "of".
      cur = [];
      headOk = false;
      continue;
    }
    if (GOODS_BREAK.has(w) || t.pos === 'VERB' || t.pos === 'AUX' || /^[.!?:"()]$/.test(w)) {
      flush();
      if (w !== 'of' && w !== 'for') break;
      continue;
    }
    if (t.num >= 0 || /^\$|^\d/.test(w) || GOODS_SKIP.has(w) || isEntityToken(k)) {
      if (cur.length && !GOODS_SKIP.has(w)) flush();
      continue;
    }
    if (w === '-' && cur.length) {
      cur.push('-');
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || /^[a-z][a-z-]*$/.test(w)) {
      cur.push(t.pos === 'PROPN' ? t.text : w);
      headOk = GOODS_NOUNS.has(w) || GOODS_NOUNS.has(t.lemma);
    }
  }
  flush();
  return out.slice(0, 8);
}
