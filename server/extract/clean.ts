/**
 * Stage 1, clean-up: HTML to text, quotes/dashes/whitespace normalised, site boilerplate ("Read also" lists,
 * subscription and copyright footers) left out, and line breaks inside sentences joined — with a map from every
 * character of the cleaned text back to its offset in the article text, so evidence can quote the original.
 */
import { CONTINUATION_WORDS } from './lexicon.js';

export type BlockKind = 'text' | 'heading' | 'item';

/** A paragraph, heading or list item of the cleaned text. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** Most words capitalised ("Coastal Towns Brace for Winter Storms"): capitals carry no signal. */
  titleCase: boolean;
}

export interface CleanText {
  /** The article text exactly as given (plain text or HTML): evidence and mention offsets refer to it. */
  source: string;
  /** Normalised text for the NLP stages. */
  text: string;
  /** `map[i]` is the offset in `source` where the character `text[i]` comes from. */
  map: Int32Array;
  /** `mapEnd[i]` is the offset in `source` just after it (an HTML entity or a surrogate pair is longer than 1). */
  mapEnd: Int32Array;
  blocks: Block[];
  html: boolean;
}

/** Growable char buffer with a parallel offset map. */
class Builder {
  private parts: string[] = [];
  map: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.map = new Int32Array(Math.max(16, capacity));
  }
  private grow(n: number): void {
    if (this.length + n <= this.map.length) return;
    const next = new Int32Array(Math.max(this.map.length * 2, this.length + n + 16));
    next.set(this.map);
    this.map = next;
  }
  /** Appends `s`, all of whose chars map to `at`. */
  push(s: string, at: number): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.map[this.length + i] = at;
    this.parts.push(s);
    this.length += s.length;
  }
  /** Appends `s`, char i mapping to `from + i`. */
  pushRun(s: string, from: number): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.map[this.length + i] = from + i;
    this.parts.push(s);
    this.length += s.length;
  }
  /** Appends `s`, char i mapping to `offsets[i]`. */
  pushMapped(s: string, offsets: readonly number[]): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.map[this.length + i] = offsets[i];
    this.parts.push(s);
    this.length += s.length;
  }
  toString(): string {
    return this.parts.join('');
  }
  /** How many pieces have been appended: a mark for `textSince`. */
  get mark(): number {
    return this.parts.length;
  }
  /** The text appended since `mark` (joining only that, not everything before it). */
  textSince(mark: number): string {
    return this.parts.slice(mark).join('');
  }
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

const HTML_HINT = /<(?:!doctype|html|body|p|div|br|span|a|article|section|h[1-6]|li|ul|ol|table|td|strong|em)\b[^>]*>/gi;

/** True when the input is an HTML document or fragment rather than plain text. */
export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 20000);
  if (/^\s*<!doctype html/i.test(head) || /<html[\s>]/i.test(head)) return true;
  let n = 0;
  HTML_HINT.lastIndex = 0;
  while (HTML_HINT.exec(head) && n < 3) n++;
  return n >= 3;
}

/** Elements whose content is never article text. */
const SKIP_CONTENT = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'footer', 'aside', 'form', 'button', 'select',
  'iframe', 'object', 'canvas', 'figcaption',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table',
  'tr', 'td', 'th', 'blockquote', 'pre', 'dl', 'dt', 'dd', 'figure', 'hr', 'address', 'title', 'tbody', 'thead',
]);
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', laquo: '\u00ab',
  raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', middot: '\u00b7', bull: '\u2022',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', times: '\u00d7', shy: '\u00ad', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', sbquo: '\u201a', bdquo: '\u201e', prime: '\u2032',
};

/**
 * HTML to plain text: block elements become paragraph breaks, list items bullets, entities are decoded.
 * `start[i]`/`end[i]` give the span of `html` that produced `text[i]`.
 */
export function stripHtml(html: string): { text: string; start: Int32Array; end: Int32Array } {
  const out = new Builder(html.length);
  const ends: number[] = [];
  let lastNl = true;
  const emit = (s: string, at: number, len: number) => {
    out.push(s, at);
    for (let k = 0; k < s.length; k++) ends.push(at + len);
  };
  const nl = (s: string, at: number) => {
    if (lastNl && s !== '\n• ') return;
    emit(s, at, 1);
    lastNl = true;
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      if (html[i + 1] === '!' || html[i + 1] === '?') {
        // <!doctype ...>, <![CDATA[...]]>, <?xml ...?>
        const e = html.indexOf('>', i + 2);
        i = e < 0 ? n : e + 1;
        continue;
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/.exec(html.slice(i, i + 2000));
      if (!m) {
        emit('<', i, 1);
        lastNl = false;
        i++;
        continue;
      }
      const name = m[1].toLowerCase();
      const closing = m[0][1] === '/';
      const selfClosing = m[0].endsWith('/>');
      if (!closing && !selfClosing && SKIP_CONTENT.has(name)) {
        // Skip to the matching close tag, counting nested elements of the same name.
        const re = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
        re.lastIndex = i + m[0].length;
        let depth = 1;
        let end = n;
        for (let t = re.exec(html); t; t = re.exec(html)) {
          depth += t[1] ? -1 : 1;
          if (depth === 0) {
            end = t.index + t[0].length;
            break;
          }
        }
        i = end;
        nl('\n\n', i - 1);
        continue;
      }
      if (name === 'br') nl('\n', i);
      else if (name === 'li' && !closing) nl('\n• ', i);
      else if (BLOCK.has(name) || name === 'li') nl('\n\n', i);
      i += m[0].length;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/.exec(html.slice(i, i + 12));
      if (m) {
        const k = m[1];
        let s: string | undefined;
        if (k[0] === '#') {
          const cp = k[1] === 'x' || k[1] === 'X' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
          if (cp > 0 && cp <= 0x10ffff) s = String.fromCodePoint(cp);
        } else s = ENTITIES[k.toLowerCase()];
        if (s !== undefined) {
          emit(s, i, m[0].length);
          lastNl = false;
          i += m[0].length;
          continue;
        }
      }
    }
    if (c === '\n' || c === '\r' || c === '\t') {
      // Source line breaks inside HTML are plain whitespace.
      emit(' ', i, 1);
    } else {
      emit(c, i, 1);
      if (c !== ' ') lastNl = false;
    }
    i++;
  }
  return { text: out.toString(), start: out.map.slice(0, out.length), end: Int32Array.from(ends) };
}

// ---------------------------------------------------------------------------------------------------------------
// Normalisation

/** Single-char replacements applied to the text the NLP stages read. */
const CHAR_MAP: Record<string, string> = {
  // (U+02BC, the modifier letter apostrophe, is how some outlets' editors write "Russiaʼs".)
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'", '\u02bc': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...',
};
const isSpace = (c: number) =>
  c === 32 || c === 9 || c === 12 || c === 11 || c === 13 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
const isInvisible = (c: number) => (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0xad;
const BULLET = /^(?:[•●▪◦‣·∙○■□►▶➢✓✔]|[-*–—](?=\s))\s*/;
const SPECIAL = /[^\x20-\x7e]|\t| {2}|`/;

interface Line {
  text: string;
  map: number[] | null;
  /** Source offset of the first char when `map` is null (the line is an unmodified slice). */
  from: number;
  /** Source offset of the line's end (its line break). */
  srcEnd: number;
  item: boolean;
}

/** Normalises one source line: trimmed, inner whitespace collapsed, quotes and dashes made ASCII. */
function normLine(src: string, s: number, e: number): Line {
  const raw = src.slice(s, e);
  if (!SPECIAL.test(raw)) {
    // Fast path: plain ASCII with single spaces — only trimming to do.
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const b = BULLET.exec(text);
    if (b) return { text: text.slice(b[0].length), map: null, from: s + lead + b[0].length, srcEnd: e, item: true };
    return { text, map: null, from: s + lead, srcEnd: e, item: false };
  }
  let out = '';
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = s; i < e; i++) {
    const code = src.charCodeAt(i);
    let ch = src[i];
    if (isInvisible(code)) continue;
    if (isSpace(code)) {
      if (out.length && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // Keep surrogate pairs (emoji) whole.
    if (code >= 0xd800 && code <= 0xdbff) ch = src.slice(i, i + 2);
    if (pendingSpace >= 0) {
      out += ' ';
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    // ("three firms—A, B and C—are accused": an em dash sets an aside off, spaced or not; a space before it keeps it
    // apart from a hyphen, which joins words.)
    if ((code === 0x2014 || code === 0x2015) && out.length && !out.endsWith(' ')) {
      out += ' ';
      map.push(i);
    }
    const rep = code < 128 ? (code === 96 ? "'" : undefined) : CHAR_MAP[ch];
    const piece = rep ?? ch;
    out += piece;
    for (let k = 0; k < piece.length; k++) map.push(rep !== undefined ? i : i + k);
    if (ch.length === 2) i++;
  }
  const b = BULLET.exec(out);
  if (b) {
    // Emoji or symbols before the bullet are dropped together with it.
    return { text: out.slice(b[0].length), map: map.slice(b[0].length), from: 0, srcEnd: e, item: true };
  }
  return { text: out, map, from: 0, srcEnd: e, item: false };
}

// ---------------------------------------------------------------------------------------------------------------
// Boilerplate

/** Lines that are site furniture wherever they appear. */
const BOILERPLATE_LINE = new RegExp(
  [
    String.raw`copyright\b|©|all rights reserved`,
    String.raw`\bprivacy\b.{0,40}\b(?:policy|policies|notice)\b|\bcookie (?:policy|policies|settings|preferences)`,
    String.raw`^(?:share|tweet|email|print|save)(?: this)?(?: article| story| page)?\s*:?\s*$`,
    String.raw`\b(?:add|leave|post|write) a (?:comment|reply)\b|^\d+\s+comments?$|^comments?\s*(?:\(\d+\))?$`,
    String.raw`^(?:top|bottom) of (?:the )?page$|^back to top$|^skip to (?:main )?content$`,
    String.raw`\bclick here\b|\bctrl\s*\+\s*enter\b|\bpress ctrl\b`,
    String.raw`\bbecome a (?:patron|member|supporter|subscriber)\b|\bsupport (?:us|our (?:work|journalism|reporting))\b|\bjoin our community\b|\bdonate (?:now|today)\b`,
    String.raw`\bsuggest a correction\b|\bcorrections? here\b|\breport an? (?:error|typo)\b|\bif you (?:find|spot|notice) (?:any |a )?(?:mistake|error|typo)`,
    String.raw`^contact\s*:|\bnote to readers\b`,
    // (A notice's shape: the article or its material as the subject, "This material may not be published ... without
    // permission", "No part of this publication may be reproduced", "without the prior written permission of the
    // publisher". Not the story: "exported G to B without permission", "copied the design and exported it without
    // permission", "the rifles may not be redistributed to third countries"; nor a line naming where an article first
    // appeared, "reprinted with permission".)
    String.raw`\bactive hyperlink\b|\b(?:this|our)\s+(?:material|article|content|publication|story|site|page|report)\b.{0,60}?\b(?:may|must|can|should)\s*not\s+be\b.{0,80}?\bwithout\b.{0,40}?\bpermission\b`,
    String.raw`^no part of (?:this|our) (?:publication|article|material|site|report|content)\b.{0,80}?\b(?:reproduc|republish|redistribut|reprint|copied|stored|transmitted)\w*`,
    String.raw`\b(?:this|our)\s+(?:content|material|article|publication|story|site|page)\b.{0,80}?\b(?:without|requires?) (?:(?:the|our|its|prior|express) ){0,3}written permission\b|\b(?:without|requires?) (?:(?:the|our|its|prior|express) ){0,3}written permission (?:of|from) (?:the )?(?:publisher|copyright holder|author)s?\b`,
    String.raw`\[email\s*protected\]`,
    String.raw`^(?:advertisement|sponsored(?: content)?|ad|promoted)$`,
    String.raw`^(?:photo|image|video|illustration|picture)(?: credit)?\s*:|^(?:tags?|topics?|categories|filed under)\s*:`,
    String.raw`^(?:related|recommended|popular|most read|trending)(?: posts| articles| stories| news| video| videos| content| coverage)?\s*:?`,
    String.raw`^(?:read|see) (?:also|more)\b|^also read\b|^more (?:on this|from|stories)\b|^you (?:may|might) also (?:like|be interested)`,
  ].join('|'),
  'i',
);
/** Boilerplate that is only recognisable in a short line ("Subscribe to our channels"). */
const BOILERPLATE_SHORT = /\bsubscribe\b|\bnewsletter\b|\bsign (?:up|in)\b|\blog ?in\b|\bfollow us\b|\S+@\S+\.[a-z]{2,}/i;
/** Headers of link lists: the list after them is not content either. */
const LIST_MARKER =
  /^(?:read (?:also|more)|see also|also read|related(?: posts| articles| stories| news| coverage)?|recommended|more on this|you (?:may|might) also like|most read|popular)\s*:?\s*$/i;
/** Markers after which, near the end of a page, nothing is article text. */
const FOOTER_MARKER =
  /^(?:subscribe to (?:our|the)\b|related posts\b|add a comment\b|leave a (?:comment|reply)\b|bottom of (?:the )?page\b|you could close this page\b|become a patron\b|about the author\b|note to readers\b|share this (?:article|story)\b)/i;

const stripLeadingSymbols = (s: string) => s.replace(/^[^\p{L}\p{N}]+/u, '');

/** A link's words left at the end of a paragraph by the page it was copied from: "... on Friday. READ MORE". */
const TRAILING_LINK = /(?<=[.!?]["'\u201d)\]]?) +(?:read more|read also|see also|also read|continue reading)$/i;

/**
 * A photo credit left at the end of a line (a caption's): glued to its last word ("... against LaosImage: agency/J. Doe"),
 * after its last sentence ("... in May. Photo: Reuters"), or in parentheses ("... in May. (J. Doe/Agency Images)", the
 * slash and an agency's or a picture's word marking it; "Trade rose. (Laos/Vietnam customs data)" is the story's).
 */
const TRAILING_CREDIT = /(?:(?<=\p{Ll})|(?<=[.!?]["'\u201d)]? ))(?:Image|Photo|Picture|Foto)(?: credit)?: ?\S.{0,100}$| ?\([^()/]{2,60}\/[^()/]{0,40}\b(?:Images?|Photos?|Pictures?|Press|Agency|Getty|AFP|Reuters|AP|EPA|Shutterstock|Bloomberg|Xinhua|TASS|Sputnik|Anadolu|Yonhap|Kyodo|Alamy|NurPhoto|ZUMA|DPA|Pool)\)$/u;

function dropTrailingLink(line: Line): Line {
  const m = TRAILING_LINK.exec(line.text) ?? TRAILING_CREDIT.exec(line.text);
  if (!m) return line;
  const end = line.text.slice(0, m.index).trimEnd().length;
  return { ...line, text: line.text.slice(0, end), map: line.map ? line.map.slice(0, end) : null };
}

function isBoilerplate(text: string): boolean {
  // Site furniture comes in short lines; paragraphs of article text are not worth the regex.
  if (text.length > 400) return false;
  const t = stripLeadingSymbols(text);
  if (BOILERPLATE_LINE.test(t)) return true;
  return t.length < 160 && BOILERPLATE_SHORT.test(t);
}

// ---------------------------------------------------------------------------------------------------------------
// Line joining and blocks

const TERMINAL = /[.!?:;]["')\]]?$|["')\]]$/;
const LAST_WORD = /([A-Za-z']+)\W*$/;

/**
 * Whether the line after `prev` continues its sentence (a line break inside a sentence in scraped text). `width` is
 * the text's wrap width (wrapWidth), 0 when its lines are not hard-wrapped.
 */
function continues(prev: Line, next: Line, width = 0): boolean {
  if (next.item || prev.item) return false;
  const p = prev.text;
  const n = next.text;
  if (TERMINAL.test(p)) return false;
  if (/^[,;:)\]]/.test(n) || /^[-–—]\s/.test(n)) return true;
  if (/[,(&-]$/.test(p)) return true;
  const w = LAST_WORD.exec(p);
  if (w && CONTINUATION_WORDS.has(w[1].toLowerCase())) return true;
  if (/^[a-z]/.test(n)) return true;
  if (/^\d/.test(n) && /[a-z]$/.test(p)) return true;
  // A hard-wrapped text (a PDF's lines, a release typed at a fixed width) breaks a sentence before a capitalised word
  // too ("imposed by the Commerce" / "Department."): a line that fills the width and does not end a sentence goes on.
  if (width && p.length >= width * WRAP_FILL && p.length <= width) return true;
  return false;
}

/** How full a line must be, against the wrap width, to have been broken by the wrapping. */
const WRAP_FILL = 0.8;

/**
 * The width at which a text's lines were hard-wrapped, or 0: the longest of the lines the rules above already join
 * to a continuation in lower case, when at least three such breaks fill that width (a PDF's text comes a visual line
 * at a time; a scraped page breaks its lines at random widths, and a headline is no wrapped line).
 */
function wrapWidth(lines: Line[], keep: boolean[]): number {
  const broken: number[] = [];
  let prev: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    const l = lines[i];
    if (prev && !prev.item && !l.item && /^[a-z]/.test(l.text) && !TERMINAL.test(prev.text)) broken.push(prev.text.length);
    prev = l;
  }
  if (broken.length < 3) return 0;
  const width = broken.reduce((a, b) => Math.max(a, b), 0);
  return broken.filter((n) => n >= width * WRAP_FILL).length >= 3 ? width : 0;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'amid', 'as', 'is', 'it', 'its', 'vs', 'from', 'into', 'over']);

/** Headline-style capitalisation: most non-trivial words start with a capital. */
export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /^["'(]?[A-Za-z]/.test(w));
  const content = words.filter((w, i) => i > 0 && !SMALL_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
  if (content.length < 2) return false;
  const caps = content.filter((w) => /^["'(]?[A-Z]/.test(w)).length;
  // (A long run is held to more: a paragraph cut off before its full stop may be mostly firms' names, with the words
  // of its prose in lower case between them; a long headline capitalises every word.)
  return caps / content.length >= (words.length > 20 ? 0.9 : 0.75);
}

/**
 * What tells a list item's capitalisation: in "<Name>: accused of supplying drones." the gloss after the colon
 * (the name before it is capitalised as names are); the whole item otherwise.
 */
function itemGloss(text: string): string {
  const colon = text.indexOf(': ');
  const gloss = colon > 0 ? text.slice(colon + 2) : '';
  return gloss.split(/\s+/).length >= 3 ? gloss : text;
}

function blockKind(text: string, item: boolean): BlockKind {
  if (item) return 'item';
  // Words are counted only for a block without a full stop: splitting every paragraph took a fifth of cleaning.
  if (TERMINAL.test(text)) return 'text';
  // (A press release's headline can run past twenty words; prose is never capitalised word by word.)
  return text.split(/\s+/).length <= 20 || isTitleCase(text) ? 'heading' : 'text';
}

/** Cleans an article: see the module comment. Plain-text input is its own `source`. */
export function cleanArticle(raw: string): CleanText {
  const html = looksLikeHtml(raw);
  const stripped = html ? stripHtml(raw) : null;
  // Lines are read from `source` (the plain text: the input, or the text of the HTML); maps are composed below.
  const source = stripped ? stripped.text : raw;
  const n = source.length;

  // Physical lines, normalised.
  const lines: Line[] = [];
  for (let s = 0; s <= n; ) {
    let e = source.indexOf('\n', s);
    if (e < 0) e = n;
    const line = dropTrailingLink(normLine(source, s, e));
    if (line.text) lines.push(line);
    s = e + 1;
  }

  // Boilerplate: furniture lines, link lists after their header, and everything after a footer marker near the end.
  const keep = new Array<boolean>(lines.length).fill(true);
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = stripLeadingSymbols(l.text);
    const pos = l.map ? (l.map[0] ?? 0) : l.from;
    if (FOOTER_MARKER.test(t) && pos > n * 0.6) {
      for (let k = i; k < lines.length; k++) keep[k] = false;
      break;
    }
    if (LIST_MARKER.test(t)) {
      keep[i] = false;
      inList = true;
      continue;
    }
    if (inList) {
      if (l.item || (l.text.length < 140 && !TERMINAL.test(l.text))) {
        keep[i] = false;
        continue;
      }
      inList = false;
    }
    if (isBoilerplate(l.text)) keep[i] = false;
  }

  const width = wrapWidth(lines, keep);
  const out = new Builder(n + 64);
  const blocks: Block[] = [];
  let prev: Line | null = null;
  let blockStart = 0;
  // The block's first piece: a block's text is joined from there (joining the whole text per block was quadratic).
  let blockMark = 0;
  let blockItem = false;
  let prevKind: BlockKind | null = null;
  let prevAnnounced = false;
  let prevText = '';
  const closeBlock = () => {
    if (out.length > blockStart) {
      const text = out.textSince(blockMark);
      const kind = blockKind(text, blockItem);
      // An item of a list a colon announced ("sanctioned the following companies:") is a name, not a headline.
      const announced = kind === 'item' && (prevKind === 'item' ? prevAnnounced : prevText.trimEnd().endsWith(':'));
      blocks.push({ start: blockStart, end: out.length, kind, titleCase: kind !== 'text' && !announced && isTitleCase(kind === 'item' ? itemGloss(text) : text) });
      prevKind = kind;
      prevAnnounced = announced;
      prevText = text;
    }
  };
  for (let i = 0; i < lines.length; i++) {
    if (!keep[i]) continue;
    const l = lines[i];
    if (prev) {
      if (continues(prev, l, width)) out.push(' ', prev.srcEnd);
      else {
        closeBlock();
        out.push('\n\n', prev.srcEnd);
        blockStart = out.length;
        blockMark = out.mark;
        blockItem = l.item;
      }
    } else {
      blockStart = out.length;
      blockMark = out.mark;
      blockItem = l.item;
    }
    if (l.map) {
      out.pushMapped(l.text, l.map);
    } else out.pushRun(l.text, l.from);
    prev = l;
  }
  closeBlock();
  const text = out.toString();
  const map = new Int32Array(text.length + 1);
  const mapEnd = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const p = out.map[i];
    if (stripped) {
      map[i] = stripped.start[p];
      mapEnd[i] = stripped.end[p];
    } else {
      map[i] = p;
      mapEnd[i] = p + 1;
    }
  }
  map[text.length] = mapEnd[text.length] = raw.length;
  return { source: raw, text, map, mapEnd, blocks, html };
}

/** Maps a span of the cleaned text back to the article text: `[start, end)` in `source`. */
export function sourceSpan(c: CleanText, start: number, end: number): [number, number] {
  if (end <= start) return [c.map[start], c.map[start]];
  return [c.map[start], c.mapEnd[end - 1]];
}
