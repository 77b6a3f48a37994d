/**
 * Country gazetteer built from the world-countries package: common and official names, alternative spellings,
 * demonyms ("Chinese", "Turkish") and capitals used as metonyms ("Moscow" for Russia), with a few English
 * exonyms and abbreviations the package lacks.
 */
import countries from 'world-countries';

export type PlaceForm = 'name' | 'demonym' | 'capital';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  demonym?: string;
}

export interface PlaceEntry {
  surface: string;
  code: string;
  form: PlaceForm;
  /** All-caps abbreviations ("US", "UAE") must match with their exact case. */
  exactCase: boolean;
}

/** English forms in common use that the package does not list (exonyms, dotted abbreviations, metonyms). */
const EXTRA: readonly [string, string, PlaceForm][] = [
  ['US', 'U.S.', 'name'], ['US', 'U.S.A.', 'name'], ['US', 'America', 'name'], ['US', 'Washington', 'capital'],
  ['GB', 'U.K.', 'name'], ['GB', 'Britain', 'name'], ['TR', 'Turkey', 'name'], ['CZ', 'Czech Republic', 'name'],
  ['UA', 'Kiev', 'capital'], ['CN', 'PRC', 'name'], ['CN', 'Mainland China', 'name'], ['MK', 'Macedonia', 'name'],
  ['SZ', 'Swaziland', 'name'], ['SA', 'KSA', 'name'], ['KR', 'ROK', 'name'], ['KR', 'Korean', 'demonym'], ['KZ', 'Kazakh', 'demonym'],
  ['UZ', 'Uzbek', 'demonym'], ['KG', 'Kyrgyz', 'demonym'], ['TJ', 'Tajik', 'demonym'], ['TM', 'Turkmen', 'demonym'],
  ['AZ', 'Azeri', 'demonym'], ['SA', 'Saudi', 'demonym'], ['PH', 'Filipino', 'demonym'], ['BY', 'Belarussian', 'demonym'],
  ['BY', 'Belorussian', 'demonym'], ['IL', 'Israeli', 'demonym'], ['US', 'U.S.', 'demonym'],
  ['KG', 'Kyrgyzstani', 'demonym'], ['KZ', 'Kazakhstani', 'demonym'], ['UZ', 'Uzbekistani', 'demonym'],
  ['TJ', 'Tajikistani', 'demonym'], ['IR', 'Islamic Republic of Iran', 'name'], ['IR', 'Islamic Republic', 'name'],
  ['SK', 'Slovakian', 'demonym'], ['SI', 'Slovenian', 'demonym'], ['BA', 'Bosnian', 'demonym'], ['LU', 'Luxembourgish', 'demonym'],
  // (Wire copy abbreviates the Koreas' first word: "N. Korea", "S. Korean".)
  ['KP', 'N. Korea', 'name'], ['KP', 'N. Korean', 'demonym'], ['KR', 'S. Korea', 'name'], ['KR', 'S. Korean', 'demonym'],
];

/** Package spellings that are ordinary English words or names far more often than countries. */
const SKIP = new Set(['Vatican', 'American Islander', 'Emirates', 'Georgian', 'Kiwi']);

const LATIN = /^[A-Za-z\u00C0-\u024F .'’()-]+$/;

function buildEntries(): { entries: PlaceEntry[]; byCode: Map<string, Country> } {
  const raw: PlaceEntry[] = [];
  const byCode = new Map<string, Country>();
  const sovereign = new Set(countries.filter((c) => c.unMember || c.independent).map((c) => c.cca2));
  const add = (code: string, surface: string, form: PlaceForm) => {
    const s = surface.replace(/[’]/g, "'").trim();
    if (!s || SKIP.has(s) || !LATIN.test(s) || s.includes(',')) return;
    if (/^[A-Z]{2}$/.test(s) && s !== 'US' && s !== 'UK' && s !== 'HK') return; // ISO codes collide with words ("IT", "IN"); "HK" is Hong Kong in firms' names
    raw.push({ surface: s, code, form, exactCase: /^[A-Z.]+$/.test(s) });
  };
  for (const c of countries) {
    const code = c.cca2;
    const dem = c.demonyms?.eng?.m;
    byCode.set(code, { code, name: c.name.common, demonym: dem });
    add(code, c.name.common, 'name');
    if (c.name.official.split(' ').length <= 6) add(code, c.name.official, 'name');
    // (An alternative spelling that is the demonym, "Thai", is read as the demonym: "Thai firms", "a Thai court".)
    for (const a of c.altSpellings ?? []) if (a !== dem && a !== c.demonyms?.eng?.f) add(code, a, 'name');
    if (dem) add(code, dem, 'demonym');
    if (c.demonyms?.eng?.f && c.demonyms.eng.f !== dem) add(code, c.demonyms.eng.f, 'demonym');
    for (const cap of c.capital ?? []) if (cap.split(' ').length <= 3) add(code, cap, 'capital');
  }
  for (const [code, surface, form] of EXTRA) add(code, surface, form);
  // A surface shared by several countries names the one sovereign state among them ("American": US, not the
  // Northern Mariana Islands), or none when that is still ambiguous ("Congolese").
  const codes = new Map<string, Set<string>>();
  for (const e of raw) {
    const k = e.surface.toLowerCase();
    if (!codes.has(k)) codes.set(k, new Set());
    codes.get(k)!.add(e.code);
  }
  const owner = (k: string): string | null => {
    const all = [...codes.get(k)!];
    if (all.length === 1) return all[0];
    const sov = all.filter((c) => sovereign.has(c));
    return sov.length === 1 ? sov[0] : null;
  };
  const seen = new Set<string>();
  const entries: PlaceEntry[] = [];
  for (const e of raw) {
    const k = e.surface.toLowerCase();
    if (owner(k) !== e.code) continue;
    const dedupe = `${k}|${e.form === 'demonym' ? 'd' : 'n'}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    entries.push(e);
  }
  return { entries, byCode };
}

const built = buildEntries();

const firstWord = (s: string) => (s.toLowerCase().match(/^[\p{L}\p{N}]+/u) ?? [''])[0];

const index = new Map<string, PlaceEntry[]>();
for (const e of built.entries) {
  const k = firstWord(e.surface);
  if (!index.has(k)) index.set(k, []);
  index.get(k)!.push(e);
}
for (const list of index.values()) list.sort((a, b) => b.surface.length - a.surface.length);

/** The country with this ISO alpha-2 code. */
export function countryByCode(code: string): Country | undefined {
  return built.byCode.get(code);
}

const WORDCHAR = /[\p{L}\p{N}]/u;

/**
 * Names some outlets write in lower case on purpose (Ukrainian media's style for the aggressor: "russia", "moscow").
 * No other word is spelled this way, so they are read as the place.
 */
export const LOWERCASE_STYLE: ReadonlySet<string> = new Set(['russia', 'russian', 'moscow']);

/** A currency's sign or name after a place's name: " $10", " dollars". */
const CURRENCY_AFTER = /^\.?\s(?:\$\s?\d|dollars?\b)/;

/**
 * The longest gazetteer entry that starts at `pos` in `text` and ends on a word boundary, or null.
 * The text must start with a capital there; abbreviations must match their case exactly.
 */
export function matchPlace(text: string, pos: number): PlaceEntry | null {
  const c0 = text[pos];
  if (!c0) return null;
  let e0 = pos;
  while (e0 < text.length && e0 - pos < 40 && WORDCHAR.test(text[e0])) e0++;
  if (e0 === pos) return null;
  const word = text.slice(pos, e0);
  if (c0 === c0.toLowerCase() && !(LOWERCASE_STYLE.has(word) && !WORDCHAR.test(text[pos - 1] ?? ''))) return null;
  const list = index.get(word.toLowerCase());
  if (!list) return null;
  for (const e of list) {
    const end = pos + e.surface.length;
    const piece = text.slice(pos, end);
    if (e.exactCase ? piece !== e.surface : piece.toLowerCase() !== e.surface.toLowerCase()) continue;
    const after = text[end];
    if (after && WORDCHAR.test(after)) continue;
    // "U.S" inside "U.S.A." or a dotted abbreviation cut short.
    if (after === '.' && /^[A-Z]$/.test(text[end + 1] ?? '')) continue;
    // "HK$5 million", "US$2 million": a currency, not a place.
    if (after === '$') continue;
    // ("U.S. $10 million", "40 million Hong Kong dollars": nor with a space before the sign, or before the word.)
    if (CURRENCY_AFTER.test(text.slice(end, end + 12))) return null;
    return e;
  }
  return null;
}
