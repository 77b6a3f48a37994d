/**
 * Stage 2, sentences and tokens: one wink-nlp pass over the cleaned text gives tokens with part-of-speech tags
 * and lemmas, sentence boundaries and numeric/date entities (MONEY, DATE, DURATION, CARDINAL). Offsets are
 * recovered from wink's lossless token stream (preceding whitespace + value).
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { BlockKind, CleanText } from './clean.js';
import { CORPORATE_SUFFIXES } from './lexicon.js';

export interface Token {
  text: string;
  lower: string;
  lemma: string;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, ADP, ...). */
  pos: string;
  start: number;
  end: number;
  /** Whitespace precedes the token (so "Ka-Veng" is three tokens without spaces). */
  space: boolean;
  sent: number;
  /** Index into `Analysis.numerics` of the wink entity covering this token, or -1. */
  num: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range `[first, last)`. */
  first: number;
  last: number;
  block: number;
  kind: BlockKind;
  /** Headline capitalisation: capitals are not evidence of names here. */
  titleCase: boolean;
}

/** A wink entity: MONEY, DATE, DURATION, CARDINAL, PERCENT, ORDINAL, TIME, EMAIL, URL, ... */
export interface Numeric {
  type: string;
  value: string;
  first: number;
  /** Exclusive. */
  last: number;
}

export interface Analysis {
  clean: CleanText;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  numerics: Numeric[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;
const TLD = 'com|net|org|info|news|media|io|co|kz|ua|ru|rf|su|uk|in|de|fr|cn|by|am|ge|az|uz|kg|tv|online|today|eu';
const DOMAIN = new RegExp(`\\b([A-Za-z][A-Za-z0-9-]*)\\.(${TLD})\\b(?!\\.\\w)`, 'i');
const DOMAIN_G = new RegExp(DOMAIN.source, 'gi');
const LONG_RUN_G = /\S{81,}/g;
/** An ellipsis followed by a full stop, before the capital that opens the next sentence. */
const ELLIPSIS_STOP_G = /\.{3}\.(?=\s+["“]?[A-Z])/g;
/**
 * An ellipsis before a capitalised closed-class word that opens a sentence ("popular here... This means"): the ellipsis
 * ends the sentence. (Not before a name or another word: "the deal with ... Russia" may be a cut inside one.)
 */
const ELLIPSIS_BEFORE_OPENER_G = /\.{3}(?=\s+(?:This|That|These|Those|The|It|He|She|We|They|There|But|And|So|Yet|If|When|While|In|On|At|For|With|As|Its|His|Her|Their|Our|What|Who|How|Why)\b)/g;
/** A legal form's abbreviation before the rest of the name or the sentence's own words ("Pvt. Ltd.", "Sdn. Bhd. and", "Sp. z o.o."). */
const LEGAL_ABBREVIATION = /\b(Pvt|Pte|Sdn|Pty|Bhd|Sp)\.(?=\s+(?:Ltd\b|Limited\b|Bhd\b|[a-z,(]))/;
const LEGAL_ABBREVIATION_G = new RegExp(LEGAL_ABBREVIATION.source, 'g');
const LONG_RUN_CHARS = 81;
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/;
const EXTENDED_LATIN_G = new RegExp(EXTENDED_LATIN.source, 'g');

/** A Latin letter without its marks ("č" -> "c", "Ş" -> "S"); a letter with no base form becomes x or X by case. */
function baseLetter(ch: string): string {
  const base = ch.normalize('NFD')[0];
  if (base.charCodeAt(0) < 128) return base;
  return ch === ch.toLowerCase() ? 'x' : 'X';
}

/** What `\s` matches in a JavaScript regular expression, by character code. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether `text` holds a run of LONG_RUN_CHARS or more non-space characters: one pass by character code (the
 * regex /\S{81,}/ starts over at every character of every word, a tenth of the tokenising time).
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) run = 0;
    else if (++run >= LONG_RUN_CHARS) return true;
  }
  return false;
}

/** Abbreviations of a million or a billion written against a number: "$119mn", "$2bn", "5mln". */
const SCALE_ABBREVIATIONS = /^(?:mn|bn|mln|bln)$/i;

/** "in May", "since May 2021": the month (a date's token, or capitalised past the sentence's start), not the modal. */
export function isMonthMay(T: Token[], q: number, first: number): boolean {
  const t = T[q];
  return t.lower === 'may' && (t.num >= 0 || (t.text === 'May' && q > first));
}

/**
 * Longest sentence, in tokens. News sentences run to 60 or 80 tokens; the longest in the fixtures is well under this.
 * Longer ones are cut (see softCut), which keeps every later per-sentence stage linear in the text's length.
 */
export const MAX_SENTENCE_TOKENS = 200;

/** Where to cut tokens [first, limit): after the last ; : , ) ] in its second half, else at the limit. */
function softCut(tokens: Token[], first: number, limit: number): number {
  for (let t = limit - 1; t > first + (limit - first) / 2; t--) {
    if (/^[;:,)\]]$/.test(tokens[t].text)) return t + 1;
  }
  return limit;
}

/** A short form of a body joined to a participle of listing or owning in one word: "UN-designated". */
const BODY_PARTICIPLE = /^([A-Z]{2,5})-(designated|sanctioned|listed|blacklisted|owned|controlled)$/;
const PARTICIPLE_LEMMAS: Record<string, string> = { designated: 'designate', sanctioned: 'sanction', listed: 'list', blacklisted: 'blacklist', owned: 'own', controlled: 'control' };
/** A word with a possessive ending glued on: "Iran's", "Halvern’s". */
const POSSESSIVE_END = /^[\p{L}\p{N}][\p{L}\p{N}.&-]*['’][sS]$/u;

/** The wink pipeline, loaded once per process. */
function getNlp(): ReturnType<typeof winkNLP> {
  if (!nlp) nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  return nlp;
}

/** A legal form's abbreviation with its dot, which wink takes for the middle of a sentence: "Ltd.", "Inc.", "Corp.". */
const legalStop = (t: Token): boolean => t.text.endsWith('.') && (CORPORATE_SUFFIXES.has(t.lower) || CORPORATE_SUFFIXES.has(t.lower.slice(0, -1)));
/** Words that go on after a firm's name in one sentence: its officers ("A Inc. CEO B said"). */
const AFTER_FIRM = /^(?:ceo|cfo|coo|chairman|chairwoman|chair|president|director|founder|owner|head|chief|spokesman|spokeswoman|spokesperson|executive|boss|shares|stock)$/;

/**
 * "... shipped chips to A Ltd. B Ltd then forwarded them": a legal form's abbreviation ends the sentence before a
 * capitalised word that neither continues the legal form ("Co. Ltd.") nor names the firm's officers.
 */
function nameAfterLegalStop(tokens: Token[], t: number): boolean {
  const prev = tokens[t - 1];
  const next = tokens[t];
  if (!legalStop(prev) || !/^\p{Lu}/u.test(next.text) || !next.space) return false;
  const w = next.lower.replace(/\.$/, '');
  return !CORPORATE_SUFFIXES.has(w) && !CORPORATE_SUFFIXES.has(`${w}.`) && !AFTER_FIRM.test(w);
}

/** British forms of function words, read as the common ones: "amongst" as "among", "whilst" as "while". */
const SPELLINGS = new Map([['amongst', 'among'], ['whilst', 'while'], ['amidst', 'amid']]);
function spelling(lower: string): string {
  return SPELLINGS.get(lower) ?? lower;
}

/** Tokenises, tags and splits the cleaned text into sentences (never across block boundaries). */
export function analyse(clean: CleanText): Analysis {
  const text = clean.text;
  const w = getNlp();
  const its = w.its;
  // wink's tokenizer slows down badly on very long unbroken runs (base64, URLs, garbage); they hold no names,
  // so they are blanked out for wink. Blanking keeps the length, so offsets still match `text`.
  let input = hasLongRun(text) ? text.replace(LONG_RUN_G, (m) => ' '.repeat(m.length)) : text;
  // "Example.Info", "Newsite.kz": wink would end a sentence at the dot; a letter in its place keeps one token.
  // Token texts are read back from `text`, so the name keeps its dot.
  if (DOMAIN.test(input)) input = input.replace(DOMAIN_G, (m, a: string, b: string) => `${a}x${b}`);
  // "Pvt. Ltd.", "Sdn. Bhd.", "Pte. Ltd.": legal forms wink does not know as abbreviations end no sentence inside a name.
  if (LEGAL_ABBREVIATION.test(input)) input = input.replace(LEGAL_ABBREVIATION_G, (m, a: string) => `${a}x`);
  // "Prices kept rising.... The report": an ellipsis and a full stop end the sentence (wink reads four dots as one
  // ellipsis); the ellipsis is blanked for wink, the full stop kept.
  if (input.includes('....')) input = input.replace(ELLIPSIS_STOP_G, '   .');
  if (input.includes('...')) input = input.replace(ELLIPSIS_BEFORE_OPENER_G, '  .');
  // wink splits words at letters beyond Latin-1 ("Ozoliņš" -> "Ozoli" "ņ" "š"): each such letter reaches wink as
  // its base letter, one code unit for one, so names in Latvian, Czech, Polish or Turkish spelling stay one token.
  if (EXTENDED_LATIN.test(input)) input = input.replace(EXTENDED_LATIN_G, baseLetter);
  const doc = w.readDoc(input);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const poses = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as never) as string[];

  // wink token index -> our token index (whitespace tokens are dropped); `oursLast` the last of ours a wink token
  // became (a split possessive gives two).
  const ours = new Int32Array(values.length + 1).fill(-1);
  const oursLast = new Int32Array(values.length + 1).fill(-1);
  const tokens: Token[] = [];
  let off = 0;
  let pendingSpace = false;
  for (let i = 0; i < values.length; i++) {
    off += spaces[i].length;
    const v = values[i];
    const start = off;
    off += v.length;
    if (poses[i] === 'SPACE' || !v.trim()) {
      pendingSpace = true;
      continue;
    }
    ours[i] = tokens.length;
    // ("Iran's" as one token: wink splits the possessive off a word it has not seen so, but keeps a form it once met
    // whole, so the same text would tokenise by what was read before; the possessive is always split off here.)
    const poss = v.length > 2 && POSSESSIVE_END.test(v) ? v.length - 2 : 0;
    if (poss) {
      tokens.push({
        text: text.slice(start, start + poss), lower: text.slice(start, start + poss).toLowerCase(), lemma: v.slice(0, poss).toLowerCase(), pos: poses[i],
        start, end: start + poss, space: spaces[i].length > 0 || pendingSpace, sent: -1, num: -1,
      });
      tokens.push({ text: text.slice(start + poss, off), lower: text.slice(start + poss, off).toLowerCase(), lemma: "'s", pos: 'PART', start: start + poss, end: off, space: false, sent: -1, num: -1 });
      oursLast[i] = tokens.length - 1;
      pendingSpace = false;
      continue;
    }
    // ("(a Thai national sanctioned in 2024); and B": wink reads ");" as one emoticon; the bracket and the semicolon are
    // two marks.)
    if (/^[)\]][;:,]$/.test(v)) {
      for (let c = 0; c < 2; c++) {
        const t = text.slice(start + c, start + c + 1);
        tokens.push({ text: t, lower: t, lemma: t, pos: 'PUNCT', start: start + c, end: start + c + 1, space: c === 0 && (spaces[i].length > 0 || pendingSpace), sent: -1, num: -1 });
      }
      oursLast[i] = tokens.length - 1;
      pendingSpace = false;
      continue;
    }
    // ("the UN-designated A": wink keeps a word after the prefix "un-" whole; a short form of a body joined to a
    // participle of listing or owning is three tokens, as "US-designated" is.)
    const joined = v.includes('-') ? BODY_PARTICIPLE.exec(text.slice(start, off)) : null;
    if (joined) {
      const [, body, participle] = joined;
      const pieces: [string, string, string][] = [[body, body.toLowerCase(), 'PROPN'], ['-', '-', 'PUNCT'], [participle, PARTICIPLE_LEMMAS[participle], 'VERB']];
      let at = start;
      for (const [piece, lemma, pos] of pieces) {
        tokens.push({ text: piece, lower: piece.toLowerCase(), lemma, pos, start: at, end: at + piece.length, space: at === start && (spaces[i].length > 0 || pendingSpace), sent: -1, num: -1 });
        at += piece.length;
      }
      oursLast[i] = tokens.length - 1;
      pendingSpace = false;
      continue;
    }
    const real = text.slice(start, off);
    tokens.push({
      text: real,
      lower: spelling(real.toLowerCase()),
      lemma: lemmas[i] ?? v.toLowerCase(),
      // ("$119mn", "€2bn": an abbreviated million or billion is a number, as "million" is.)
      pos: SCALE_ABBREVIATIONS.test(real) ? 'NUM' : poses[i],
      start,
      end: off,
      space: spaces[i].length > 0 || pendingSpace,
      sent: -1,
      num: -1,
    });
    pendingSpace = false;
  }
  ours[values.length] = tokens.length;
  const mapIdx = (i: number, forward: boolean): number => {
    // The nearest kept token at or after (forward) / at or before wink index i.
    if (forward) {
      for (let k = i; k <= values.length; k++) if (ours[k] >= 0) return ours[k];
      return tokens.length;
    }
    for (let k = i; k >= 0; k--) if (ours[k] >= 0) return oursLast[k] >= 0 ? oursLast[k] : ours[k];
    return -1;
  };

  const numerics: Numeric[] = [];
  const ents = doc.entities();
  const spans = ents.out(its.span) as unknown as [number, number][];
  // wink's typings do not cover `its.detail` on entity collections.
  const details = ents.out(its.detail as never) as unknown as { value: string; type: string }[];
  for (let k = 0; k < spans.length; k++) {
    const first = mapIdx(spans[k][0], true);
    const lastIncl = mapIdx(spans[k][1], false);
    if (first < 0 || lastIncl < first) continue;
    const n = numerics.length;
    numerics.push({ type: details[k].type, value: details[k].value, first, last: lastIncl + 1 });
    for (let t = first; t <= lastIncl; t++) tokens[t].num = n;
  }

  // Sentences from wink, cut again at block boundaries.
  const blocks = clean.blocks;
  const sentences: Sentence[] = [];
  const sentSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  let b = 0;
  const push = (first: number, last: number) => {
    if (last <= first) return;
    // An over-long "sentence" (no full stop for pages: a list, a run of names, a bracket maze) is cut into pieces:
    // relation rules look across a sentence for each verb and name, so one unbounded sentence makes them quadratic.
    while (last - first > MAX_SENTENCE_TOKENS) {
      const cut = softCut(tokens, first, first + MAX_SENTENCE_TOKENS);
      pushOne(first, cut);
      first = cut;
    }
    pushOne(first, last);
  };
  const pushOne = (first: number, last: number) => {
    const start = tokens[first].start;
    while (b < blocks.length - 1 && blocks[b].end <= start) b++;
    const blk = blocks[b];
    const index = sentences.length;
    sentences.push({
      index, start, end: tokens[last - 1].end, first, last, block: b,
      kind: blk ? blk.kind : 'text', titleCase: blk ? blk.titleCase : false,
    });
    for (let t = first; t < last; t++) tokens[t].sent = index;
  };
  // Block boundaries cut sentences: a token starting at or after its block's end opens a new sentence.
  let bb = 0;
  const blockOf = (off: number) => {
    while (bb < blocks.length - 1 && blocks[bb].end <= off) bb++;
    return bb;
  };
  for (const [s, e] of sentSpans) {
    const first = mapIdx(s, true);
    const last = mapIdx(e, false) + 1;
    let from = first;
    let cur = first < tokens.length ? blockOf(tokens[first].start) : 0;
    for (let t = first + 1; t < last; t++) {
      const nb = blockOf(tokens[t].start);
      if (nb === cur && nameAfterLegalStop(tokens, t)) {
        push(from, t);
        from = t;
      } else if (nb === cur && tokens[t].text === '|') {
        // ("Laos | Dozens of firms ...": a bar parts a section's label from the headline, which opens after it.)
        push(from, t + 1);
        from = t + 1;
      } else if (nb !== cur) {
        push(from, t);
        from = t;
        cur = nb;
      }
    }
    push(from, last);
  }
  return { clean, text, tokens, sentences, numerics };
}
