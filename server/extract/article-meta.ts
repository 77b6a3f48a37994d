/**
 * What an article says about itself when the caller did not: its headline, the outlet that published it and the
 * date it carries. Scraped pages open with site furniture (copyright lines, funding notices, "top of page"), so the
 * headline is the first block that reads like one, never a notice or a footer.
 */
import { optionalMeta, type ArticleMeta } from '../domain/types.js';
import type { CleanText } from './clean.js';

/** Blocks looked at for the headline and the dateline: they come first. */
const HEAD_BLOCKS = 12;
const MAX_TITLE = 200;
/** Longest line read as a dateline. */
const MAX_DATELINE = 40;
/** Headline candidates looked at: the first, and the first few headings after it. */
const MAX_CANDIDATES = 4;

/** Site furniture: funding and copyright notices, reprint terms, cookie banners, navigation. */
const NOTICE = new RegExp(
  [
    'copyright', '©', 'all rights reserved', 'is supported by', 'supported by the', 'when referencing', 'please include',
    'reprint', 'privacy', 'cookie', 'subscribe', 'newsletter', 'sign up', 'log in', 'top of page', 'skip to',
    'advertisement', 'read also', 'read more', 'follow us', 'share this', 'terms of use',
  ].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'i',
);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** "Jul 26, 2023", "July 26 2023", "26 July 2023", "2023-07-26", optionally with a time after it. */
const DATELINE = [
  new RegExp(`^(?:[A-Z][a-z]+day,?\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
  new RegExp(`^(?:[A-Z][a-z]+day,?\\s+)?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'),
  /^(\d{4})-(\d{2})-(\d{2})\b/,
];

/** "By Staff Writer", "By Lena Varga and Tom Hale | 21/10/2024". */
const BYLINE = /^by\s+[A-Z]/i;
/** Section navigation: "World | Europe | Business", "BEN TV · News · World". */
const NAV = /\s[|·•]\s.*\s[|·•]\s|^[^|·•]{0,40}\s[|·•]\s[^|·•]{0,40}$/;
/** A line mostly in capitals is a masthead or a department name, not a headline. */
function shouting(s: string): boolean {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (!(c >= 97 && c <= 122)) continue;
    letters++;
  }
  return upper > 0.7 * (letters || 1);
}

/** Whether text[start, end) has more than n non-space characters (its one-line form is then longer than n). */
function moreThan(text: string, start: number, end: number, n: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : /\s/.test(text[i]);
    if (!space && ++count > n) return true;
  }
  return false;
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.split(' ').filter(Boolean).length;

/** A date on a line of its own near the top, as YYYY-MM-DD; undefined when there is none. */
function dateOf(line: string): string | undefined {
  if (line.length > MAX_DATELINE) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  let m = DATELINE[0].exec(line);
  if (m) return valid(Number(m[3]), MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1, Number(m[2]));
  m = DATELINE[1].exec(line);
  if (m) return valid(Number(m[3]), MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1, Number(m[1]));
  m = DATELINE[2].exec(line);
  if (m) return valid(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
  function valid(y: number, mo: number, d: number): string | undefined {
    return y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? `${y}-${pad(mo)}-${pad(d)}` : undefined;
  }
}

/** The outlet a copyright line names ("Copyright © 2024 Examplepress.com"). */
function outletOf(source: string): string | undefined {
  const m = /(?:[Cc]opyright\s*(?:©|\([Cc]\))?|©)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([A-Z][\w&'.-]*(?:[ \t]+[A-Z][\w&'.-]*){0,3})/.exec(source.slice(0, 4000));
  if (!m) return undefined;
  const name = m[1].replace(/\s+(All|Rights|Reserved)\b.*$/i, '').replace(/[.,]+$/, '').replace(/\s(?:LLC|Inc|Ltd|L\.P)\.?$/, '').trim();
  return name.length >= 3 && !/^all$/i.test(name) ? name : undefined;
}

/** The article's headline, outlet and date as far as its text gives them. */
export function articleMeta(clean: CleanText): Omit<ArticleMeta, 'url'> {
  let publishedAt: string | undefined;
  const candidates: (CleanText['blocks'][number] & { line: string })[] = [];
  // Lines are built and tested only while they can still matter: a block too long to be a dateline, once enough
  // candidates are in, is passed over (articles are short and many; this ran for every block of the head).
  for (const b of clean.blocks.slice(0, HEAD_BLOCKS)) {
    const full = candidates.length >= MAX_CANDIDATES;
    if (full && (publishedAt || moreThan(clean.text, b.start, b.end, MAX_DATELINE))) continue;
    const line = oneLine(clean.text.slice(b.start, b.end));
    const date = dateOf(line);
    if (date) {
      publishedAt ??= date;
      continue;
    }
    if (full) continue;
    if (words(line) >= 5 && !NOTICE.test(line) && !BYLINE.test(line) && !NAV.test(line) && !shouting(line)) candidates.push({ ...b, line });
  }
  // A line repeated further down is the page's headline printed twice (page title and article header); a heading
  // in title case near the top is a headline under a lede.
  const lede = candidates[0] && candidates[0].kind === 'text' && /[.!?]["”']?$/.test(candidates[0].line);
  const headline =
    candidates.slice(0, MAX_CANDIDATES).find((b) => b.kind === 'heading' && b.line.length <= MAX_TITLE && clean.text.indexOf(clean.text.slice(b.start, b.end), b.end) >= 0) ??
    (lede ? candidates.slice(1, 3).find((b) => b.kind === 'heading' && b.titleCase) : undefined) ??
    candidates[0];
  const title = headline ? headline.line.slice(0, MAX_TITLE).trim() : oneLine(clean.text).slice(0, MAX_TITLE);
  return { title, ...optionalMeta({ source: outletOf(clean.source), publishedAt }) };
}
