/**
 * Stage 3, mentions: spans that name organisations, companies, government bodies, people, media, countries and
 * products. Candidates are runs of capitalised tokens ("name chunks"); each is classified by its own shape first
 * (country gazetteer, corporate suffix, head word such as "Ministry" or "Institute", a title before a personal
 * name, a model code) and then by the words around it ("the Turkish company X", "X reported", "said X").
 * A chunk nothing vouches for stays unclassified; the relation stage may still promote it when it fills an
 * actor's slot in a verb frame, and resolution drops what remains unclassified.
 */
import type { EntityKind } from '../domain/types.js';
import { foldAccents } from '../domain/names.js';
import { cityCountry, isCity, isTown } from './cities.js';
import { isEnglishWord } from './english-words.js';
import { givenNameFirst, isGivenName, koreanName } from './given-names.js';
import { surnameAfterName, surnameLast } from './surnames.js';
import { LOWERCASE_STYLE, matchPlace, type PlaceEntry } from './countries.js';
import {
  ACQUIRE_NOUNS, ACTOR_NOUNS, ARMS, MEASURE_NOUNS, SUPPLY_NOUNS,
  COMPANY_CUES, COMPANY_WORDS, CORPORATE_SUFFIXES, GOODS_NOUNS, GOVERNMENT_CUES, GOVERNMENT_HEADS, MEDIA_BY,
  CASE_PARTY_NOUNS, INSTITUTIONS, MEDIA_CUES, MEDIA_HEADS, MEDIA_VERBS, MODEL_CODE, NEVER_ALONE, NEVER_NAME, ORGANIZATION_CUES, ORGANIZATION_HEADS,
  PERSON_TITLES, PREPOSITIONS, REGIONS, SPEECH_VERBS, DETERMINERS, TECH_ABBREVIATIONS, MEASURE_ABBREVIATIONS,
  BASED_WORDS, CLOSE_QUOTES, LEGAL_FORMS_BEFORE_QUOTES, LEGAL_INSTRUMENTS, MONTH, OPEN_QUOTES,
} from './lexicon.js';
import type { Analysis, Token } from './sentences.js';

export type Cue = 'company' | 'media' | 'person' | 'government' | 'organization' | 'product' | 'place';
export type Form = 'name' | 'demonym' | 'capital';

export interface RawMention {
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  /** Token range `[first, last)`. */
  first: number;
  last: number;
  sent: number;
  surface: string;
  /** Kind fixed by the name's own shape; null when only context can tell. */
  kind: EntityKind | null;
  form: Form;
  /** ISO code: the country itself, or the stated country of a body or company. */
  country?: string;
  /** Government bodies: the body without its country ("ministry of defense"). */
  body?: string;
  cues: Cue[];
  /** Followed by "'s". */
  possessive: boolean;
  /** Directly modifies a goods noun ("Kavex drones", "Chinese drones"). */
  modifier: boolean;
  /** For "(KVX)" after a name: index of the mention it abbreviates. */
  defines?: number;
  /** Found by matching an already known name rather than by chunking. */
  known?: boolean;
  /** For known-name mentions: the article-level entity the name belongs to. */
  knownEntity?: number;
  /** Government bodies: the country is named in the body's name ("Ministry of Defense of Ukraine"). */
  countryNamed?: boolean;
  /** A demonym giving the nationality of a company or a person ("a Lithuanian company", "Belarusian owners"). */
  nationality?: boolean;
  /** A state's forces named through its demonym ("the Russian military"): an entity only where a relation names it. */
  standIn?: boolean;
}

/**
 * A mention with every field present, always in this order, so that all mentions share one hidden class: the readers
 * that run for every mention (context cues, resolution, the relation layers) then see one shape instead of a field
 * added here and there, and V8 stops throwing their optimised code away (measured: `npm run bench:extract`).
 */
function mention(m: RawMention): RawMention {
  return {
    start: m.start, end: m.end, first: m.first, last: m.last, sent: m.sent, surface: m.surface, kind: m.kind, form: m.form,
    country: m.country, body: m.body, cues: m.cues, possessive: m.possessive, modifier: m.modifier, defines: m.defines,
    known: m.known, knownEntity: m.knownEntity, countryNamed: m.countryNamed, nationality: m.nationality, standIn: m.standIn,
  };
}

/**
 * A new list of cues. Made from a list of strings and emptied, so it holds strings from the start: an empty literal
 * starts as a list of small integers, and the first cue pushed onto it cost the context-cue reader its optimised code
 * at each place that pushes one.
 */
function cueList(from: readonly Cue[] = []): Cue[] {
  const list: Cue[] = ['place'];
  list.length = 0;
  for (const cue of from) list.push(cue);
  return list;
}

const NUMERIC_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT', 'ORDINAL', 'EMAIL', 'URL', 'HASHTAG', 'MENTION', 'EMOJI', 'EMOTICON']);
const UPPER = /^\p{Lu}/u;
/**
 * A brand written in camel case ("eDrive", "iFlight", "easyJet"): a short lower-case head before a capital (a long one is
 * two words run together, "dronesiStock", as a photo credit glued to a caption).
 */
const CAMEL = /^[a-z]{1,5}\p{Lu}/u;
const ELISION = /^[dl]['’]\p{Lu}/u;
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
/** Nations' combining forms, written before a hyphen: "Sino-", "Indo-", "Anglo-". */
const COMBINING_FORMS = new Set(['Sino', 'Indo', 'Anglo', 'Franco', 'Russo', 'Afro', 'Austro', 'Greco', 'Italo', 'Judeo', 'Turco', 'Ibero', 'Nippo', 'Serbo', 'Hispano', 'Luso']);
const HYPHEN_CODE = /^[A-Z]{1,4}(?:-[A-Z0-9]{1,4})+$/;
const PERSON_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{Ll}'’-]*$|^\p{Lu}\.$|^(?:Mc|Mac|O')\p{Lu}\p{Ll}+$/u;
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.']);
/** Currency codes written before an amount. */
const CURRENCY_CODES = /^(?:GBP|USD|EUR|RUB|CNY|RMB|JPY|CHF|AED|INR|KRW|HKD|TRY|SGD)$/;
const CONNECT_OF = new Set(['of', 'for', 'on', 'de', 'du', 'des', 'del', 'da']);
/** Words a page labels its parts with, which may also be words of a body's name: "Centre for Analysis of ...". */
const PAGE_LABELS = /^(?:analysis|overview|background|implications)$/;
/** Heads that open a firm's or a body's name in Spanish, Portuguese, Italian or French: "Empresa de ...", "Consorcio ...". */
const ROMANCE_NAME_HEADS = new Set(['empresa', 'empresas', 'consorcio', 'compañía', 'compania', 'companhia', 'sociedad', 'sociedade', 'corporación', 'corporacion',
  'industrias', 'instituto', 'centro', 'banco', 'grupo', 'fábrica', 'fabrica', 'agencia', 'ministerio', 'fundación', 'fundacion', 'asociación', 'asociacion',
  'cooperativa', 'società', 'societa', 'azienda', 'compagnie', 'société', 'societe', 'entreprise', 'groupe', 'institut']);
/** The particles such names join their words with: "de", "del", "da", "dos", "di", "della", and "y" or "e" for "and". */
const ROMANCE_CONNECT = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di', 'della', 'des', 'du']);
const ROMANCE_AND = new Set(['y', 'e']);
const OPENERS = new Set(['"', "'", '(', '[', ':', '-', '•', '*']);

const DIGIT_OR_HYPHEN = /[\d-]/;
const UPPER_OR_DIGIT = /[A-Z\d]/;
const isModel = (s: string) => s.length <= 24 && DIGIT_OR_HYPHEN.test(s) && (MODEL_CODE.test(s) || HYPHEN_CODE.test(s));
// ("Refineries A and B were sanctioned": a plural noun for works that classes the names after it.)
const COMMON_OPENERS = new Set([...SUPPLY_NOUNS, ...ACQUIRE_NOUNS, ...GOODS_NOUNS, ...ACTOR_NOUNS, ...MEASURE_NOUNS, ...COMPANY_CUES, 'refineries']);
const clip = (s: string) => s.toLowerCase().replace(/\.$/, '');
/** `clip(t.text)` from the token's lower case, built once by the tokeniser (this ran for every word looked at). */
const clipTok = (t: Token) => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

interface Ctx {
  an: Analysis;
  tokens: Token[];
  text: string;
  /** Token index -> index of the mention covering it, or -1 (filled before context cues are read). */
  at?: Int32Array;
  mentions?: RawMention[];
  /** Memo of isNameToken per token: 0 unknown, 1 no, 2 yes. */
  nameMemo: Uint8Array;
  /** Memo of the gazetteer entry starting at each token (undefined: not looked up). */
  placeMemo: (PlaceEntry | null | undefined)[];
  /** Words written in lower case somewhere in the article (see lowerCaseWords). */
  lowerWords?: Set<string>;
  /** Names the article gives a ship with its prefix ("the M/V Orvanne" gives "Orvanne"). */
  vessels?: Set<string>;
  /** Words the article writes after "Mr", "Ms", "Dr" ... (see titledSurnames). */
  titledSurnames?: Set<string>;
  /** Tokens where a person's name starts that closed a body's or firm's name run (see personTailCut). */
  personTails?: Set<number>;
  /** How often each capitalised word occurs in the article (see capitalCount). */
  capitalCounts?: Map<string, number>;
  /** Capitalised words inside sentences (see articleCapitals). */
  capitals?: { pairs: Set<string>; afterCompanyNoun: Set<string> };
}

function makeCtx(an: Analysis): Ctx {
  return { an, tokens: an.tokens, text: an.text, nameMemo: new Uint8Array(an.tokens.length), placeMemo: new Array(an.tokens.length) };
}

/** Whether token k can be part of a name. */
function isNameToken(c: Ctx, k: number, sentFirst: number): boolean {
  const memo = c.nameMemo[k];
  if (memo) return memo === 2;
  const v = nameTokenUncached(c, k, sentFirst);
  c.nameMemo[k] = v ? 2 : 1;
  return v;
}

/** A weekday's short form, which a date may use and a name too. */
const WEEKDAY_SHORT = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/;

function nameTokenUncached(c: Ctx, k: number, sentFirst: number): boolean {
  const t = c.tokens[k];
  const ch = t.text.charCodeAt(0);
  // Fast exit for the common case: a lower-case word that is not camel-cased ("eDrive") or a code.
  if (ch >= 97 && ch <= 122 && !UPPER_OR_DIGIT.test(t.text)) return false;
  // ("9V Kestrova Avia & Trade": a number written together with a capital opens a name that goes on after it.)
  if (/^\d{1,2}$/.test(t.text) && /^\p{Lu}\p{L}*$/u.test(c.tokens[k + 1]?.text ?? '') && !c.tokens[k + 1].space &&
    /^\p{Lu}/u.test(c.tokens[k + 2]?.text ?? '') && c.tokens[k + 2].space) return true;
  // ("Jan Novak": the month's abbreviation is a given name before a capitalised word, never before a day.)
  const givenJan = t.text === 'Jan' && UPPER.test(c.tokens[k + 1]?.text ?? '') && !NEVER_NAME.has(c.tokens[k + 1].lower);
  // ("the Second Academy of Sciences", "Third Bureau": an ordinal opening a state body's name.)
  if (ORDINAL_WORDS.has(t.lower) && ORDINAL_BODY_HEADS.has(c.tokens[k + 1]?.lower ?? '') && UPPER.test(c.tokens[k + 1].text)) return true;
  // ("news portal Laos Today": "Today" written in capitals mid-sentence after a capitalised word ends a title; not
  // before a verb other than one of reporting: "Laos Today imposed sanctions".)
  const verbAfter = /^(?:VERB|AUX)$/.test(c.tokens[k + 1]?.pos ?? '') && !reportingAt(c.tokens, k + 1);
  const titleToday = t.text === 'Today' && k > sentFirst && UPPER.test(c.tokens[k - 1].text) && !OPENERS.has(c.tokens[k - 1].text) && !verbAfter;
  // ("Asia Sun Group", "Colonel Vestrik Thu": a weekday's short form after a capitalised word is a word of a name inside
  // it, or as the last word of a titled person's; else it dates the act: "sanctioned Brask Logistics Wed", "sanctioned
  // Irina Olskaya Fri".)
  const before = c.tokens[k - 1]?.text ?? '';
  const inside = /^\p{Lu}/u.test(c.tokens[k + 1]?.text ?? '') && !MONTH.test(c.tokens[k + 1].text);
  const titled = PERSON_TITLES.has(c.tokens[k - 2]?.lower ?? '');
  const nameDay = WEEKDAY_SHORT.test(t.text) && k > sentFirst && /^\p{Lu}\p{Ll}+$/u.test(before) && c.tokens[k - 1].num < 0 && (inside || titled);
  // ("Summer Brask Devices LLC", "Winter Orvel Trade": a season's word before a capitalised word opens a name; "in Spring
  // 2023" dates.)
  // (Not after a word that makes it a time: "In Summer Halvern Group sent ...".)
  const seasonName = /^(?:Spring|Summer|Autumn|Winter)$/.test(t.text) && /^\p{Lu}\p{L}/u.test(c.tokens[k + 1]?.text ?? '') && !MONTH.test(c.tokens[k + 1].text) &&
    !/^(?:in|during|this|last|next|by|until|till|since|early|late|mid|the|that|each|every|over|through|throughout|after|before)$/.test(c.tokens[k - 1]?.lower ?? '') &&
    // (Nor after a preposition opening the sentence: "From Autumn A sent G"; "bought G from Spring B LLC" is a name.)
    !(k - 1 === sentFirst && c.tokens[k - 1].pos === 'ADP');
  if (t.num >= 0 && NUMERIC_TYPES.has(c.an.numerics[t.num].type) && !isModel(t.text) && !givenJan && !titleToday && !nameDay && !seasonName) return false;
  // "HK$5 million", "US$2 billion": a currency's prefix, no name; nor "GBP12m", "EUR 5 million": a currency's code.
  if (c.tokens[k + 1]?.text === '$' && !c.tokens[k + 1].space) return false;
  if (CURRENCY_CODES.test(t.text) && /^\d/.test(c.tokens[k + 1]?.text ?? '')) return false;
  // ("the UN-designated X", "the Kremlin-backed Y": a name joined to a participle in one word is a modifier.)
  if (/^\p{Lu}[\p{L}.]*-(?:designated|sanctioned|listed|blacklisted|backed|controlled|funded|linked|owned)$/u.test(t.text)) return false;
  if (isModel(t.text)) return true;
  // ("Groupe d'Investissement", "Banque d'Orient": a French elision before a capitalised word goes on with the name.)
  if (!UPPER.test(t.text) && !CAMEL.test(t.text) && !(ELISION.test(t.text) && k > sentFirst && UPPER.test(c.tokens[k - 1].text))) return false;
  if (!/\p{L}/u.test(t.text)) return false;
  // "the Russian company I Lathe Technology", "to I Lathe Tools": a capital I before capitalised words that end in a
  // company word opens a name.
  // (Always before words that end in a company word: "the firm I Visited In Moscow" is the pronoun.)
  if (t.text === 'I' && UPPER.test(c.tokens[k + 1]?.text ?? '') && companyRunAfter(c.tokens, k)) return true;
  // ("the Centre for Analysis of Arms Trade": a word pages label their parts with is a word of a body's name after its
  // head's "for" or "of"; not a post's, "Head of Analysis".)
  const labelInName = PAGE_LABELS.test(t.lower) && k - 2 >= sentFirst && /^(?:for|of)$/.test(c.tokens[k - 1].lower) && ORGANIZATION_HEADS.has(clipTok(c.tokens[k - 2]));
  if (!ACRONYM.test(t.text) && !givenJan && !labelInName && (NEVER_NAME.has(t.lower) || NEVER_NAME.has(clipTok(t)))) return false;
  // ("Ex-head of K's engine plant charged": a former holder's post, capitalised, opens no name.)
  if (t.lower.startsWith('ex-') && PERSON_TITLES.has(t.lower)) return false;
  // "CNC machine tools", "FPV drones", "GPS and GLONASS receivers": a kind of technology names nothing, unless a name
  // goes on after it ("CNC Technologies").
  if (TECH_ABBREVIATIONS.has(t.lower) && !UPPER.test(c.tokens[k + 1]?.text ?? '')) return false;
  // ("issued TDOs on A": a measure's abbreviation; "three Thai Airlines – A, B and C": a counted description.)
  if (MEASURE_ABBREVIATIONS.has(t.lower)) return false;
  if (countedPlural(c.tokens, k, sentFirst)) return false;
  // "Sino-Russian firms", "Indo-Pacific", "Anglo-French": a nation's combining form before a hyphen names no one.
  if (COMBINING_FORMS.has(t.text) && c.tokens[k + 1]?.text === '-' && !c.tokens[k + 1].space && !c.tokens[k + 2]?.space && UPPER.test(c.tokens[k + 2]?.text ?? '')) return false;
  // ("Ka-Veng Innovations ...": a hyphenated capitalised compound opening a sentence is a name's start.)
  const compound = c.tokens[k + 1]?.text === '-' && !c.tokens[k + 1].space && !c.tokens[k + 2]?.space && UPPER.test(c.tokens[k + 2]?.text ?? '');
  const initial = (k === sentFirst || OPENERS.has(c.tokens[k - 1].text)) && !compound;
  // ("Near Eastern Halvern Bank was designated": a word that makes a region's adjective opens the name it opens.)
  if (initial && REGION_MODIFIERS.has(t.lower) && NEVER_ALONE.has(c.tokens[k + 1]?.lower ?? '') && UPPER.test(c.tokens[k + 1].text)) return true;
  // ("Sky Velkor itself receives ...": a sentence's first two words that the article writes in capitals mid-sentence
  // too, "the Sky Velkor company", open the same name.)
  const pairSeen = initial && articleCapitals(c).pairs.has(`${t.text} ${c.tokens[k + 1]?.text ?? ''}`);
  // ("River News previously reported ...": a common noun opening a sentence before an outlet's capitalised head word and
  // a verb of reporting opens the outlet's name.)
  const outlet = initial && t.pos === 'NOUN' && UPPER.test(c.tokens[k + 1]?.text ?? '') && MEDIA_HEADS.has(c.tokens[k + 1].lower) &&
    reportingAt(c.tokens, k + 2);
  // ("Justice For Laos welcomes ...": a campaign's name for a country opens the sentence.)
  const campaign = initial && CAUSE_WORDS.has(t.lower) && c.tokens[k + 1]?.lower === 'for' && !!placeAt(c, k + 2, k + 3);
  if (initial && t.pos !== 'PROPN' && !ACRONYM.test(t.text) && !CAMEL.test(t.text) && !pairSeen && !outlet && !campaign) return false;
  // ("Fresh U.S. sanctions show ...": an English word opening a sentence before a place's initials and a word in lower
  // case qualifies what follows, no name.)
  const next = c.tokens[k + 1];
  // (A noun, not a verb: "Apex US sold chips" opens with the firm.)
  if (initial && next && ACRONYM.test(next.text) && isEnglishWord(t.lower) && c.tokens[k + 2]?.pos === 'NOUN' && /^\p{Ll}/u.test(c.tokens[k + 2].text) && placeAt(c, k + 1, k + 2)) return false;
  // "Exports of ...", "Drones have ...": common trade words capitalised only because they open a sentence.
  // (Unless a capitalised line-of-business word follows a singular: "Device Consulting, C and D also fell under ...";
  // not "Exports Trading rose".)
  const firmWord = !t.lower.endsWith('s') && UPPER.test(c.tokens[k + 1]?.text ?? '') && COMPANY_WORDS.has(c.tokens[k + 1].lower);
  if (initial && COMMON_OPENERS.has(t.lower) && !firmWord) return false;
  // "Owners of the plant ...", "Customs data show ...": a word the article also writes in lower case is a common
  // word capitalised by its position.
  // (Unless a capitalised word that is no place follows: "Frontier Velcor Analytics, a research group" opens with a
  // word the article also writes in lower case.)
  if (initial && lowerCaseWords(c).has(t.lower) && !nameGoesOn(c, k) && !pairSeen) return false;
  // ("Police say a man was charged", "Prosecutors said": a word for a kind of body opening a sentence alone names none.)
  if (initial && STATE_ORGANS.has(t.lower) && !UPPER.test(c.tokens[k + 1]?.text ?? '')) return false;
  // ("Agency sources admitted", "Ministry officials said": a body's head word alone, opening a sentence before a word in
  // lower case, names no body.)
  // (Only before a word for its people or papers: "Treasury sanctioned A", "Department of Commerce added A" name bodies.)
  if (initial && (GOVERNMENT_HEADS.has(t.lower) || ORGANIZATION_HEADS.has(t.lower)) && BODY_PEOPLE.test(c.tokens[k + 1]?.text ?? '')) return false;
  // ("...: Experts", "Analysts say": people of a post, in the plural, alone where a sentence or a line after a colon opens.)
  // (At a line's end too, whatever opens the next: "...: Experts" before a new paragraph.)
  if (initial && t.lower.endsWith('s') && PERSON_TITLES.has(t.lower.slice(0, -1)) && !(c.tokens[k + 1]?.sent === t.sent && UPPER.test(c.tokens[k + 1].text))) return false;
  // "two Americans were arrested", "Russians bought": people of a nation, no name (nor a firm's). ("to the Russians"
  // is the nation, as before.)
  if (t.text.length > 4 && t.text.endsWith('s') && c.tokens[k - 1]?.lower !== 'the' && matchPlace(t.text.slice(0, -1), 0)?.form === 'demonym' &&
    !UPPER.test(c.tokens[k + 1]?.text ?? '')) return false;
  return true;
}

/** Plural nouns for a kind of firm or body, which a count before them makes a description: "three Thai Airlines". */
const COUNTED_KINDS = /^(?:airlines|carriers|companies|firms|banks|entities|enterprises|businesses|manufacturers|suppliers|plants|factories|institutes|agencies|organisations|organizations)$/;
const COUNTS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)$/;

/**
 * Whether token k is in a capitalised run that a count opens and a plural noun for firms or bodies ends: "three Thai
 * Airlines – A, B and C", "two Vietnamese Shipping Companies": the run describes the names that follow, it names none.
 */
function countedPlural(T: readonly Token[], k: number, sentFirst: number): boolean {
  let b = k;
  while (b - 1 >= sentFirst && b > k - 4 && UPPER.test(T[b - 1].text)) b--;
  const count = T[b - 1];
  // (A count, not a year or a day: "In 2021 Lao Airlines bought ...", "On May 5 Mekong Airlines received ...".)
  // (Nor a day before its month: "On 5 May Mekong Airlines ...".)
  if (!count || !COUNTS.test(count.lower) || count.text === '1' || /^\d{4,}$/.test(count.text) || MONTH.test(T[b - 2]?.text ?? '') ||
    T.slice(b, k + 1).some((t) => MONTH.test(t.text))) return false;
  let e = k;
  while (e + 1 < T.length && e < k + 4 && UPPER.test(T[e + 1].text) && T[e + 1].sent === T[k].sent) e++;
  // (The run is the phrase's head: "12 Mekong Airlines jets" counts jets of a named carrier.)
  const after = T[e + 1];
  return COUNTED_KINDS.test(T[e].lower) && !(after && after.sent === T[k].sent && /^\p{Ll}/u.test(after.text) && after.pos === 'NOUN');
}

/** Words for a body's people or sources, after its head word alone: "Agency sources", "Ministry officials". */
const BODY_PEOPLE = /^(?:sources|officials|spokesman|spokeswoman|spokesperson|staff|employees|insiders|representatives|documents|data)$/;

/**
 * Words for a state's organs: after its demonym they make the country a party ("Laotian police", "Vietnamese
 * prosecutors"); opening a sentence alone they name no body ("Police say ...", "Prosecutors said ...").
 */
const STATE_ORGANS = new Set(['police', 'prosecutors', 'prosecutor', 'government', 'military', 'army', 'navy', 'court', 'courts', 'authorities',
  'customs', 'officials', 'regulators', 'investigators']);

/** How often the article writes a capitalised word (counted once per article, on first need). */
function capitalCount(c: Ctx, w: string): number {
  if (!c.capitalCounts) {
    c.capitalCounts = new Map();
    for (const t of c.tokens) if (UPPER.test(t.text)) c.capitalCounts.set(t.text, (c.capitalCounts.get(t.text) ?? 0) + 1);
  }
  return c.capitalCounts.get(w) ?? 0;
}

/**
 * "Oleg and Irina Brask": a given name said once, joined to a person's full name, is another person of that family.
 * The end of the second name, or -1.
 */
function coupleAt(c: Ctx, k: number, j: number, sentFirst: number, sentLast: number): number {
  const T = c.tokens;
  if (j !== k + 1 || T[j]?.lower !== 'and' || !givenNameLike(T[k]) || placeAt(c, k, k + 1)) return -1;
  // (Not a list's last item, "A, B and C D", nor a place: "in P and C D".)
  if (k > sentFirst && (/^(?:,|and|or)$/.test(T[k - 1].lower) || T[k - 1].pos === 'ADP')) return -1;
  if (j + 3 > sentLast || growChunk(c, j + 1, sentFirst, sentLast) !== j + 3 || !personShaped(c, j + 1, j + 3)) return -1;
  return capitalCount(c, T[k].text) === 1 ? j + 3 : -1;
}

/** The words the article writes in lower case somewhere (built once per article, on first need). */
function lowerCaseWords(c: Ctx): Set<string> {
  if (!c.lowerWords) {
    c.lowerWords = new Set();
    for (const t of c.tokens) {
      const ch = t.text.charCodeAt(0);
      if (ch >= 97 && ch <= 122) c.lowerWords.add(t.text);
    }
  }
  return c.lowerWords;
}

/**
 * Capitalised words as the article writes them inside its sentences (built once per article, on first need): pairs in
 * a row ("the Sky Velkor company" gives "Sky Velkor"), and single names right after a company noun ("the Armenian
 * company Tarsline" gives "Tarsline").
 */
function articleCapitals(c: Ctx): { pairs: Set<string>; afterCompanyNoun: Set<string> } {
  if (!c.capitals) {
    const pairs = new Set<string>(), afterCompanyNoun = new Set<string>();
    const T = c.tokens;
    for (let k = 1; k + 1 < T.length; k++) {
      if (!/^\p{Lu}\p{Ll}/u.test(T[k].text) || /^\p{Lu}/u.test(T[k - 1].text) || T[k - 1].sent !== T[k].sent) continue;
      const nextCapital = /^\p{Lu}/u.test(T[k + 1].text);
      if (nextCapital && T[k + 1].sent === T[k].sent && !OPENERS.has(T[k - 1].text)) pairs.add(`${T[k].text} ${T[k + 1].text}`);
      if (!nextCapital && COMPANY_CUES.has(T[k - 1].text)) afterCompanyNoun.add(T[k].text);
    }
    c.capitals = { pairs, afterCompanyNoun };
  }
  return c.capitals;
}

/**
 * "the Security Council Resolution 4021": a council's or assembly's resolution, capitalised after its name, is the
 * body's act, neither a word of the body's name nor a name of its own.
 */
function isBodyResolution(T: Token[], k: number): boolean {
  return /^Resolutions?$/.test(T[k].text) && /^(?:Council|Assembly)$/.test(T[k - 1]?.text ?? '');
}

/** A token that starts a chunk: a name token, or a capitalised "The" before one (mid-sentence). */
function canStart(c: Ctx, k: number, sentFirst: number, sentLast: number): boolean {
  if (isBodyResolution(c.tokens, k)) return false;
  if (isNameToken(c, k, sentFirst)) return true;
  const t = c.tokens[k];
  return t.text === 'The' && k > sentFirst && !OPENERS.has(c.tokens[k - 1].text) && k + 1 < sentLast && isNameToken(c, k + 1, sentFirst);
}

const hasHead = (words: string[]) =>
  words.some((w, i) => (GOVERNMENT_HEADS.has(w) && !firmForce(words, i)) || ORGANIZATION_HEADS.has(w) || PERSON_TITLES.has(w) || w === 'republic' || w === 'bank');
/** Words before "Force" that make it a state's service: "Air Force", "Border Force", "Quds Force". */
const ARMED_SERVICES = /^(?:air|space|border|task|naval|rocket|defense|defence|self-defense|self-defence|police|armed|marine|quds|strike|security|reserve|expeditionary|ground|land)$/;
/** "Halvern Force LLC": "Force" in a firm's name, after no word of a service. */
const firmForce = (words: string[], i: number) => words[i] === 'force' && !ARMED_SERVICES.test(words[i - 1] ?? '');

/** Words of a region before "Union" in the names of unions of states: "African Union", "Eurasian Union". */
const REGION_WORDS = /^(?:african|arab|asian|eurasian|european|latin|baltic|nordic|andean|benelux|caribbean|pacific|atlantic|arctic|balkan|slavic|gulf|maghreb)$/;
/**
 * ("Kolvar Union": "Union" after a coined first word is a firm's name; "the Customs Union", "the African Union" and
 * a country's "Union" name a union of states or a body.)
 */
const firmUnion = (words: string[]) => words.length > 1 && !isEnglishWord(words[0]) && !REGION_WORDS.test(words[0]);

/** The place entry spanning tokens [k, j) exactly (the match must end on a token end), or null. */
function placeAt(c: Ctx, k: number, limit: number): { entry: PlaceEntry; end: number } | null {
  let e = c.placeMemo[k];
  if (e === undefined) {
    e = matchPlace(c.text, c.tokens[k].start);
    c.placeMemo[k] = e;
  }
  if (!e) return null;
  const endOff = c.tokens[k].start + e.surface.length;
  for (let j = k; j < limit; j++) {
    if (c.tokens[j].end === endOff) return { entry: e, end: j + 1 };
    if (c.tokens[j].end > endOff) return null;
  }
  return null;
}

/** The words of Turkic patronymics, "son of" and "daughter of", written between a given name and the father's. */
const PATRONYMIC_WORDS = new Set(['uulu', 'kyzy', 'ogly', 'oglu', 'ugli', 'qizi']);
/** Particles of personal names written in lower case: joined to the next part by a hyphen, or standing alone. */
const HYPHEN_PARTICLES = new Set(['al', 'el', 'ad', 'ash']);
const SPACED_PARTICLES = new Set(['van', 'von', 'bin', 'ibn', 'der', 'den', 'ter']);
const CAPITALISED_PART = /^\p{Lu}\p{Ll}/u;
/** Particles joining the parts of a town's name between hyphens: "Komsomolsk-na-Amur", "Rostov-on-Don". */
const PLACE_PARTICLES = new Set(['na', 'on', 'upon', 'am', 'an', 'sur', 'de', 'en']);

/** Where a name particle at token j and the capitalised part after it end ("al-Sisi", "von Ritter"), or -1. */
function nameParticleEnd(T: Token[], j: number, last: number): number {
  const t = T[j];
  if (HYPHEN_PARTICLES.has(t.text) && T[j + 1]?.text === '-' && !T[j + 1].space && j + 2 < last && !T[j + 2].space && CAPITALISED_PART.test(T[j + 2].text)) return j + 3;
  if (SPACED_PARTICLES.has(t.text) && j + 1 < last && CAPITALISED_PART.test(T[j + 1].text)) return j + 2;
  return -1;
}

/** Legal forms written after a comma and the firm's name: "Halvern Automation, Inc.", "Orvel Trading, LLC". */
const AFTER_COMMA_FORMS = /^(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Corp\.?|LLP)$/;

/** Grows a name chunk from token k: capitalised tokens, "&", inner hyphens, "of"/"for" inside institution names. */
function growChunk(c: Ctx, k: number, sentFirst: number, sentLast: number): number {
  const T = c.tokens;
  let j = k + 1;
  // A country name is one unit even when a word of it is never a name alone ("United Arab Emirates").
  const p = placeAt(c, k, sentLast);
  if (p) j = p.end;
  while (j < sentLast && j - k < 12) {
    const t = T[j];
    // ("the director of Kestrova S.V. Olskiy": two or three initials and a family name open a person's name.)
    if (MANY_INITIALS.test(t.text) && j + 1 < sentLast && PERSON_WORD.test(T[j + 1].text) && !CORPORATE_SUFFIXES.has(t.lower.replace(/\./g, '')) && !placeAt(c, j, j + 1)) break;
    if (isBodyResolution(T, j)) break;
    // ("Halvern GBP128 charges": capitals glued to a number are a model's designation after the maker's name.)
    if (/^\p{Lu}+$/u.test(t.text) && j + 1 < sentLast && !T[j + 1].space && /^\d/.test(T[j + 1].text)) break;
    if (isNameToken(c, j, sentFirst)) {
      j++;
      continue;
    }
    // "Ka-Veng", "CQ-A": a hyphen with no spaces joins two capitalised parts, unless both are countries.
    // ("QRT-iMotion": a camel-cased part too.)
    if (t.text === '-' && !t.space && j + 1 < sentLast && !T[j + 1].space && (/^[\p{Lu}\d]/u.test(T[j + 1].text) || CAMEL.test(T[j + 1].text))) {
      const left = placeAt(c, j - 1, j);
      const right = placeAt(c, j + 1, j + 2);
      if (left && right) break;
      if (right && !ACRONYM.test(T[j - 1].text)) break;
      j += 2;
      continue;
    }
    // ("Komsomolsk-na-Amur", "Rostov-on-Don": a town's name joined by a lower-case particle between two hyphens.)
    if (t.text === '-' && !t.space && PLACE_PARTICLES.has(T[j + 1]?.text ?? '') && !T[j + 1].space && T[j + 2]?.text === '-' && !T[j + 2].space &&
      j + 3 < sentLast && CAPITALISED_PART.test(T[j + 3].text)) {
      j += 4;
      continue;
    }
    // ("Orvan markt LLC", "Kesto handel GmbH": a lower-case word that is no English word, right before a legal form,
    // is a word of the firm's name in its own language.)
    if (/^\p{Ll}{3,}$/u.test(t.text) && j + 1 < sentLast && CORPORATE_SUFFIXES.has(clipTok(T[j + 1])) && /^\p{Lu}/u.test(T[j + 1].text) && !isEnglishWord(t.lower)) {
      j += 2;
      continue;
    }
    // "Ningbo 5G Tarsis", "Varno 3D Systems": a number glued to a capital is a word of the name.
    if (/^\d{1,3}$/.test(t.text) && j + 1 < sentLast && !T[j + 1].space && /^\p{Lu}[\p{L}]{0,2}$/u.test(T[j + 1].text) && j + 2 < sentLast && isNameToken(c, j + 2, sentFirst)) {
      j += 2;
      continue;
    }
    // ("Vientiane Optical Plant named after P.K. Somsak": a works or an institute named after a person, the person's
    // name a part of its own.)
    // (A person's name only: "a Factory named after Halvern Group founder B" is named after B, a firm's words no part.)
    if (t.lower === 'named' && T[j + 1]?.lower === 'after' && NAMED_AFTER_HEADS.test(T[j - 1].text) && j + 2 < sentLast && isNameToken(c, j + 2, sentFirst)) {
      let q = j + 2;
      while (q < sentLast && q < j + 6 && isNameToken(c, q, sentFirst)) q++;
      const words = T.slice(j + 2, q).map((x) => clipTok(x));
      if (!words.some((w) => COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w) || ORGANIZATION_HEADS.has(w) || GOVERNMENT_HEADS.has(w))) {
        j = q;
        break;
      }
    }
    // ("JSC 512 Optical Repair Plant": a works' number right after the legal form is a word of its name.)
    if (/^\d{1,4}$/.test(t.text) && j === k + 1 && LEGAL_FORMS_BEFORE_QUOTES.has(T[k].lower) && ACRONYM.test(T[k].text) && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst)) {
      j++;
      continue;
    }
    // ("Aircraft Repair Plant No. 12", "Shipyard No 7": a works' number after its head word ends the name.)
    if (/^(?:No\.?|№)$/.test(t.text) && j > k && NUMBERED_WORKS.test(T[j - 1].text) && /^\d{1,4}$/.test(T[j + 1]?.text ?? '') && j + 1 < sentLast) {
      j += 2;
      break;
    }
    // ("Department 12", "Bureau 7": a state's numbered unit, the word and its number the whole name.)
    if (/^\d{1,3}$/.test(t.text) && j - 1 === k && NUMBERED_UNITS.test(T[k].text)) {
      j++;
      break;
    }
    // ("the Orvan LNG 2 project", "the Kestra Stream 2 pipeline": a single digit before a word for a works or a project
    // numbers the name's phase; it ends the name.)
    if (/^\d$/.test(t.text) && j > k && /^(?:project|pipeline|terminal|plant|field|facility)$/.test(T[j + 1]?.text ?? '')) {
      j++;
      break;
    }
    // ("Tarsin Group 22 from ...", "Varno Group 7,": a short number after a company word ends the name, not a count.)
    if (/^\d{1,3}$/.test(t.text) && /^(?:Group|Holding|Holdings|Trading)$/.test(T[j - 1].text) && j - 1 > k &&
      (j + 1 >= sentLast || !/^[\p{L}\d]/u.test(T[j + 1].text) || PREPOSITIONS.has(T[j + 1].lower) || /^(?:and|or|is|was|has|had)$/.test(T[j + 1].lower))) {
      j++;
      break;
    }
    // "the Prosecutor's Office", "the U.S. Attorney's Office": a title's office is one body's name.
    // ("the Prosecutor General's Office": the title's second word.)
    const title = T[j - 1].text === 'General' && j - 2 >= k ? T[j - 2].text : T[j - 1].text;
    if (/^['’]s$/.test(t.text) && !t.space && T[j + 1]?.text === 'Office' && /^(?:Prosecutor|Attorney|President|Governor|Mayor|Ombudsman|Comptroller|Chancellor)$/.test(title)) {
      j += 2;
      continue;
    }
    // "the People's Liberation Army", "the Ministry of People's Supply": the people's possessive is a word of a
    // state institution's name when capitalised words go on after it.
    if (/^['’]s$/.test(t.text) && !t.space && T[j - 1].text === 'People' && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst)) {
      j++;
      continue;
    }
    // "Ryu Chol-su", "Pak Son-hui", "Ko Sun-byol": a Korean given name's second syllable after a hyphen, in lower case.
    if (t.text === '-' && !t.space && j - k >= 2 && j + 1 < sentLast && !T[j + 1].space && /^[a-z]{2,4}$/.test(T[j + 1].text) &&
      /^\p{Lu}\p{Ll}{1,4}$/u.test(T[j - 1].text) && !NOT_NAME_SYLLABLES.test(T[j + 1].text) && !(T[j + 2] && /^[\p{L}\d-]/u.test(T[j + 2].text) && !T[j + 2].space)) {
      j += 2;
      continue;
    }
    // "Abdel Rahim al-Kassar", "Karl von Ritter", "Zayed bin Tahnoun": a personal name's particle in lower case before
    // its capitalised part ("al-" joined by a hyphen; "von", "bin" by a space).
    if (j > k && PERSON_WORD.test(T[j - 1].text) && nameParticleEnd(T, j, sentLast) > 0) {
      j = nameParticleEnd(T, j, sentLast);
      continue;
    }
    // "Varto oy", "Kestrel gmbh": a legal form in lower case closes the name (only forms that are no English word).
    if (LOWER_LEGAL_FORMS.has(t.text)) {
      j++;
      break;
    }
    // "ABC/XY", "Halder/Wenning": acronyms or capitalised words joined by a slash without spaces are one name (not two
    // places: "Russia/Ukraine").
    // ("the M/V Orvanne": a vessel's prefix, two letters split by a slash.)
    const slashed = (a: Token, b: Token) => (ACRONYM.test(a.text) && ACRONYM.test(b.text)) || (a.text === 'M' && /^[VST]$/.test(b.text)) ||
      (/^\p{Lu}\p{Ll}+$/u.test(a.text) && /^\p{Lu}\p{Ll}+$/u.test(b.text) && !placeAt(c, j - 1, j) && !placeAt(c, j + 1, j + 2));
    if (t.text === '/' && !t.space && j + 1 < sentLast && !T[j + 1].space && slashed(T[j - 1], T[j + 1])) {
      j += 2;
      continue;
    }
    if (t.text === '&' && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst)) {
      j += 2;
      continue;
    }
    // "Varno Sp. z o.o.": the Polish legal form, with its inner space, ends the name ("Sp. z.o.o." is one lower-case
    // form, below; the sentence splitter keeps "Sp." one token: sentences.ts).
    if (t.text === 'z' && T[j - 1].text === 'Sp.' && j + 1 < sentLast && /^o\.o\.?$/.test(T[j + 1].lower)) {
      j += 2;
      break;
    }
    // "Dunav Tehnika d.o.o.", "Kovo s.r.o.": a legal form written in lower case with dots ends the name.
    if (/^[a-z](?:\.[a-z])+\.?$/.test(t.text) && CORPORATE_SUFFIXES.has(clipTok(t))) {
      j++;
      break;
    }
    // "Guanghe International (Hong Kong) Ltd": a place in parentheses before a legal form is part of the name.
    if (t.text === '(' && j + 2 < sentLast) {
      // ... and so is any short capitalised remark there: "Golden Crane Electronics (HK) Ltd.", "Acme (Shenzhen) Co."
      let close = j + 1;
      while (close < sentLast && close <= j + 4 && T[close].text !== ')' && /^\p{Lu}/u.test(T[close].text)) close++;
      // ("Morvex (Tianjin) Technology": before a word of the firm's line of business too.)
      // ("Kestrova Marine (OPC) Private Limited": before "Private" and a legal form too.)
      const privateForm = T[close + 1]?.lower === 'private' && CORPORATE_SUFFIXES.has(clipTok(T[close + 2] ?? T[close]));
      if (close > j + 1 && T[close]?.text === ')' && close + 1 < sentLast && (CORPORATE_SUFFIXES.has(clipTok(T[close + 1])) || COMPANY_WORDS.has(clipTok(T[close + 1])) || privateForm) &&
        /^\p{Lu}/u.test(T[close + 1].text)) {
        j = close + 2;
        continue;
      }
    }
    // "Acme Electronics Co., Limited", "Acme Co., Ltd.": a legal form after a comma belongs to the name.
    // (Not a legal form that opens the next name: "Kestrova JSC, JSC Brask Rocket Center".)
    // ("Halvern Automation, Inc.": an American form after a comma, whatever ends the name before it.)
    if (t.text === ',' && j + 1 < sentLast && CORPORATE_SUFFIXES.has(clipTok(T[j + 1])) && /^\p{Lu}/u.test(T[j + 1].text) && (CORPORATE_SUFFIXES.has(clipTok(T[j - 1])) || (AFTER_COMMA_FORMS.test(T[j + 1].text) && !placeAt(c, k, j))) &&
      !(j + 2 < sentLast && isNameToken(c, j + 2, sentFirst) && !CORPORATE_SUFFIXES.has(clipTok(T[j + 2])))) {
      j += 2;
      continue;
    }
    // ("the Foreign, Commonwealth & Development Office": policy areas listed with commas before a body's head.)
    if (t.text === ',' && POLICY_AREAS.has(clipTok(T[j - 1])) && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst)) {
      let e = j + 1;
      while (e < sentLast && e < j + 7 && (POLICY_AREAS.has(clipTok(T[e])) || /^(?:and|&|,)$/.test(T[e].lower))) e++;
      if (e > j + 1 && e < sentLast && GOVERNMENT_HEADS.has(clipTok(T[e])) && /^\p{Lu}/u.test(T[e].text)) {
        j = e + 1;
        continue;
      }
    }
    // ("Vientiane Optics And Precision Tooling Co. Ltd": a capitalised "And" inside a firm's registered name, which
    // goes on to its legal form.)
    if (t.text === 'And' && j > k && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst)) {
      let e = j + 1;
      while (e < sentLast && e < j + 8 && isNameToken(c, e, sentFirst) && !CORPORATE_SUFFIXES.has(clipTok(T[e]))) e++;
      if (e > j + 1 && e < sentLast && CORPORATE_SUFFIXES.has(clipTok(T[e]))) {
        j += 2;
        continue;
      }
    }
    // ('"Laotian Optical and Mechanical Association"': "and" inside a name set in quotation marks that close right after
    // the capitalised words following it, the last a body's or a firm's head; not a portal's title, '"Trade and
    // Sanctions"'.)
    if (t.lower === 'and' && OPEN_QUOTES.has(T[k - 1]?.text ?? '') && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst)) {
      let e = j + 1;
      while (e < sentLast && e < j + 5 && isNameToken(c, e, sentFirst)) e++;
      const head = clipTok(T[e - 1]);
      const heads = (w: string) => ORGANIZATION_HEADS.has(w) || GOVERNMENT_HEADS.has(w) || COMPANY_WORDS.has(w) || FACILITY_HEADS.has(w) || CORPORATE_SUFFIXES.has(w);
      // (Not two names in one pair of quotation marks, the first closed by its own head: '"A Optics and B Logistics"'.)
      const left = clipTok(T[j - 1]);
      const closedBefore = heads(left) && !ADJECTIVE_SHAPE.test(left);
      if (CLOSE_QUOTES.has(T[e]?.text ?? '') && heads(head) && !closedBefore) {
        j = e;
        break;
      }
    }
    // ("the Laotian Transactions and Sanctions Regulations": "and" inside a law's name, which its closing word gives.)
    if (t.lower === 'and' && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst)) {
      let e = j + 1;
      while (e < sentLast && e < j + 5 && isNameToken(c, e, sentFirst) && !LEGAL_INSTRUMENTS.has(T[e].lower)) e++;
      if (e < sentLast && LEGAL_INSTRUMENTS.has(T[e].lower) && /^\p{Lu}/u.test(T[e].text)) {
        j = e + 1;
        continue;
      }
    }
    // "Ministry of Trade and Integration": "and" inside the complement of an institution's head.
    if (t.lower === 'and' && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst) && !placeAt(c, j + 1, sentLast)) {
      const before = T.slice(k, j).map((x) => clipTok(x));
      const ofAt = before.findIndex((w) => CONNECT_OF.has(w));
      // (Not before a second body's own head: "Department of the Treasury and Department of State" are two.)
      const secondBody = GOVERNMENT_HEADS.has(clipTok(T[j + 1])) && CONNECT_OF.has(T[j + 2]?.lower ?? '');
      if (ofAt > 0 && hasHead(before.slice(0, ofAt)) && !placeAt(c, j - 1, j) && !secondBody) {
        j += 2;
        continue;
      }
      // "Kesari Trade and Logistics", "Volga Engineering and Trading LLC": a company's line-of-business words.
      // "<name> and Logistics Ltd": line-of-business words and a legal form after "and" name no firm of their
      // own, so they end the name before it.
      if (ofAt < 0) {
        const after: string[] = [];
        for (let q = j + 1; q < sentLast && q < j + 4 && isNameToken(c, q, sentFirst); q++) after.push(clipTok(T[q]));
        // ("A Technologies and Services Private Limited": "Private" of a legal form before "Limited".)
        const business = (ws: string[]) => ws.length > 0 && ws.every((w, i) => COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w) || (w === 'private' && ws[i + 1] === 'limited'));
        const lineOfBusiness = before.length >= 2 && COMPANY_WORDS.has(before[before.length - 1]) && business(after.slice(0, 2));
        const activity = activityJoin(c, j, sentFirst, sentLast, before, after) || materialsJoin(before, after);
        // ("X Science and Technology Researchers": the pair of fields many research bodies' names join.)
        const fields = before.length >= 2 && before[before.length - 1] === 'science' && /^(?:technology|engineering|industry|innovation)$/.test(after[0] ?? '');
        if (lineOfBusiness || activity || fields || (business(after) && CORPORATE_SUFFIXES.has(after[after.length - 1]))) {
          j += 2;
          continue;
        }
      }
      // "T and K Trading": initials joined by "and" are one name.
      if (ofAt < 0 && /^\p{Lu}$/u.test(T[j - 1].text) && /^\p{Lu}$/u.test(T[j + 1].text) && j + 2 < sentLast && isNameToken(c, j + 2, sentFirst)) {
        j += 2;
        continue;
      }
      // "National Security and Defense Council", "Foreign and Commonwealth Office": policy-area words joined by
      // "and" before a body's head.
      // ("Senate Energy and Natural Affairs Standing Subcommittee": a chamber before, and a standing
      // committee's words after.)
      const areas = LEGISLATURES.has(before[0]) ? before.slice(1) : before;
      if (ofAt < 0 && areas.length && areas.length <= 3 && areas.every((w) => POLICY_AREAS.has(w))) {
        const after: string[] = [];
        for (let q = j + 1; q < sentLast && q < j + 6 && isNameToken(c, q, sentFirst); q++) after.push(clipTok(T[q]));
        const head = after.findIndex((w) => GOVERNMENT_HEADS.has(w) || ORGANIZATION_HEADS.has(w));
        if (head >= 0 && after.slice(0, head).every((w) => POLICY_AREAS.has(w) || FIELD_WORDS.has(w) || COMMITTEE_KINDS.has(w))) {
          j += 2;
          continue;
        }
      }
    }
    // ("Consorcio Laosiano de Industrias Navales y Servicios Portuarios", "Empresa de Transporte del Norte": a name opened by
    // a Romance firm's or body's head goes on past its particles and its "y" or "e".)
    if ((ROMANCE_CONNECT.has(t.text) || ROMANCE_AND.has(t.text)) && j + 1 < sentLast && isNameToken(c, j + 1, sentFirst) && ROMANCE_NAME_HEADS.has(clipTok(T[k])) &&
      (!ROMANCE_AND.has(t.text) || T.slice(k, j).some((x) => ROMANCE_CONNECT.has(x.text)))) {
      j += 2;
      continue;
    }
    // ("the CEO of Halvern Group, B, said": an officer's post in a firm or body names neither; the name after "of" is the
    // firm's own.)
    // (Unless a person's name closes the run: "the Director of the X Agency Oleg Brask" is read as a titled name.)
    if (CONNECT_OF.has(t.lower) && j === k + 1 && OFFICER_TITLES.has(T[k].lower) && !personClosesRun(c, j + 1, sentFirst, sentLast)) break;
    // ("a Principal Deputy Spokesperson for the Department": a spokesperson speaks for the body, past the ranks.)
    if (CONNECT_OF.has(t.lower) && SPOKESPEOPLE.test(T[j - 1].lower) && T.slice(k, j - 1).every((x) => TITLE_RANKS.test(x.lower))) break;
    if (CONNECT_OF.has(t.lower) && j + 1 < sentLast) {
      let n = j + 1;
      if ((T[n].lower === 'the' || T[n].lower === 'a' || T[n].lower === 'an') && n + 1 < sentLast) n++;
      if (!isNameToken(c, n, sentFirst)) break;
      const before = T.slice(k, j).map((x) => clipTok(x));
      const after: string[] = [];
      let q = n;
      for (; q < sentLast && q < n + 6 && isNameToken(c, q, sentFirst); q++) after.push(clipTok(T[q]));
      // ("a grant from the X Office for a Laos-backed study": a name that only modifies what follows, by
      // a hyphenated participle, is no complement of the head.)
      if (q + 1 < sentLast && T[q].text === '-' && !T[q].space && /^(?:\p{Ll}+ed|made|built|run|led|owned)$/u.test(T[q + 1].text)) break;
      const acronymHead = j - k === 1 && ACRONYM.test(T[k].text);
      // ("Justice for Laos", "Justice For Laos": a campaign named for the country it speaks for.)
      const campaign = t.lower === 'for' && before.length === 1 && CAUSE_WORDS.has(before[0]) && q === n + 1 && !!placeAt(c, n, n + 1);
      // "Design and Manufacturing of Rotor Blades Company": activity words before "of" and a company after it.
      const activities = activitiesOf(before, after);
      // ("A Group of Companies LLC", "International Group of Entrepreneurs": the form a holding's name takes, "of" the
      // firms or business people it brings together.)
      const groupOfCompanies = before[before.length - 1] === 'group' && /^(?:compan(?:y|ies)|entrepreneurs|enterprises|industries|investors)$/.test(after[0]);
      // ("Voice of Laos": a state broadcaster named after its country.)
      const broadcaster = before.length === 1 && BROADCASTER_HEADS.has(before[0]) && !!placeAt(c, n, sentLast);
      // ("A Trading Company for Information Technology": a firm's head, then "for" and its line of business in common
      // words; not "B Trading Company for Halvern Technologies", a second firm.)
      const companyFor = t.lower === 'for' && before.length >= 2 && /^(?:company|corporation|establishment)$/.test(before[before.length - 1]) &&
        after.some((w) => COMPANY_WORDS.has(w)) && after.every((w) => isEnglishWord(w)) && !placeAt(c, n, sentLast);
      // ("Aviation Industry Corporation of Laos (AVIL)": a corporation's head, its country, and the short form the whole
      // name goes by.)
      const ofCountry = /^(?:corporation|company)$/.test(before[before.length - 1]) && q === n + 1 && !!placeAt(c, n, n + 1) &&
        T[q]?.text === '(' && ACRONYM.test(T[q + 1]?.text ?? '') && T[q + 2]?.text === ')';
      // ("the International Working Group on Laotian Sanctions": a panel's name.)
      const panel = before.slice(-2).join(' ') === 'working group';
      if ((hasHead(before) && !nameAfterTitle(T, j, before)) || (acronymHead && hasHead(after)) || activities || groupOfCompanies || broadcaster || companyFor || ofCountry || campaign || panel) {
        j = n + 1;
        continue;
      }
    }
    // ("Consortium for ... Cooperation in Industry (Vneshtorg KMP)": "in" goes on with a body's name when the capitalised
    // words after it run up to the short form in parentheses.)
    if (t.lower === 'in' && j + 2 < sentLast && isNameToken(c, j + 1, sentFirst) && !placeAt(c, j + 1, sentLast)) {
      let e = j + 1;
      while (e < sentLast && e < j + 4 && isNameToken(c, e, sentFirst)) e++;
      if (T[e]?.text === '(' && hasHead(T.slice(k, j).map((x) => clipTok(x)))) {
        j = e;
        break;
      }
    }
    break;
  }
  // Never end on a connector.
  while (j > k + 1 && (CONNECT_OF.has(T[j - 1].text) || ['&', '-', 'the', 'a', 'an'].includes(T[j - 1].text))) j--;
  return j;
}

/** Causes a campaign is named for before "for" and a country: "Justice for Laos". */
const CAUSE_WORDS = new Set(['justice', 'peace', 'freedom', 'democracy', 'solidarity', 'action']);

/** Heads of works and institutes that the old Soviet naming names after a person: "Plant named after P.K. Somsak". */
const NAMED_AFTER_HEADS = /^(?:Plant|Factory|Works|Shipyard|Enterprise|Combine|Institute|Bureau|Academy|University|Association)$/;

/** Heads of works that carry a number after "No.": "Plant No. 12", "Factory No 9". */
const NUMBERED_WORKS = /^(?:Plant|Factory|Works|Shipyard|Arsenal|Depot|Base|Enterprise|Combine)$/;

/** Heads of a state's units known by a number alone: "Department 12", "Bureau 7", "Office 4". */
const NUMBERED_UNITS = /^(?:Department|Bureau|Office|Directorate)$/;

/** A patronymic: the word between a given name and a family name ("Sergey Ivanovich Brasov"). */
const PATRONYMIC = /(?:vich|vych|ovna|evna|ichna)$/;

/**
 * Where a run of name words [k, j) should end when a person's name closes it, written right after the body or firm
 * the person heads ("head of the Ministry of Coastal Affairs Irvan Olskov", "chairman of Halvern PJSC Sergey
 * Brasov"): the two last words a given name and a family name by their shape, and the words before them a body's or
 * firm's name (a body's head or a legal form, no title). Not a person's own longer name ("Sergey Ivanovich Brasov",
 * "J. Oleg Varnov"), nor a titled name ("Treasury Secretary Jane Orr").
 */
function personTailCut(c: Ctx, k: number, j: number): number {
  const T = c.tokens;
  // ("the Laotian People's Army Pak Chol Min": a Korean name of three words after a body's name.)
  if (j - 3 - k >= 2 && koreanName(T.slice(j - 3, j).map((t) => t.text))) {
    const words = T.slice(k, j - 3).map((t) => clipTok(t));
    if (words.some((w) => GOVERNMENT_HEADS.has(w) || ORGANIZATION_HEADS.has(w)) && !words.some((w) => PERSON_TITLES.has(w))) {
      (c.personTails ??= new Set()).add(j - 3);
      return j - 3;
    }
  }
  // ("the Ministry of Trade Sergey Ivanovich Brasov": a patronymic takes the given name before it into the person's.)
  const start = PATRONYMIC.test(T[j - 2]?.text ?? '') ? j - 3 : j - 2;
  if (start - k < 1) return j;
  const [first, last, before] = [T[start].text, T[j - 1].text, T[start - 1].text];
  // (After a body's name a family name's ending is enough, even when the given name is also an English word: "Denis".)
  const person = givenNameFirst(first, last) || surnameAfterName(first, last);
  if (!person || isGivenName(before) || INITIALS.test(before) || !/^\p{Lu}/u.test(before)) return j;
  const words = T.slice(k, start).map((t) => clipTok(t));
  // (A title is the person's own: "Treasury Secretary Jane Orr" stays one titled name.)
  if (words.some((w) => PERSON_TITLES.has(w))) return j;
  const named = words.some((w) => GOVERNMENT_HEADS.has(w) || ORGANIZATION_HEADS.has(w)) || CORPORATE_SUFFIXES.has(words[words.length - 1]);
  if (!named) return j;
  (c.personTails ??= new Set()).add(start);
  return start;
}

type Head = { kind: EntityKind | null; head: string };

/** Whether the run of name words and connectors from token k ends in two words shaped as a person's name. */
function personClosesRun(c: Ctx, k: number, sentFirst: number, sentLast: number): boolean {
  const T = c.tokens;
  let e = k;
  while (e < sentLast && e < k + 14 && (isNameToken(c, e, sentFirst) || /^(?:of|the|and)$/.test(T[e].lower))) e++;
  return e - k >= 2 && personShaped(c, e - 2, e);
}


/** A ship's prefix before its name, written with its slash: "M/V", "M/T", "M/S" ("MV Agusta" may be a firm's). */
const VESSEL_PREFIX = /^(?:M\/V|M\/T|M\/S)\s/;

/** The names the article gives ships with their prefix, without it (built once per article, on first need). */
function vesselNames(c: Ctx, all: RawMention[]): Set<string> {
  if (!c.vessels) {
    c.vessels = new Set();
    for (const m of all) {
      if (VESSEL_PREFIX.test(m.surface)) c.vessels.add(m.surface.replace(VESSEL_PREFIX, ''));
      else if (describedAsVessel(c, m)) c.vessels.add(m.surface.replace(/^the\s+/i, ''));
    }
  }
  return c.vessels;
}

/** The capitalised words the article writes right after an honorific ("Mr Varno", "Ms. Olskaya"): people's surnames. */
function titledSurnames(c: Ctx): Set<string> {
  if (!c.titledSurnames) {
    c.titledSurnames = new Set();
    const T = c.tokens;
    for (let k = 0; k + 1 < T.length; k++) if (HONORIFICS.has(T[k].lower) && /^\p{Lu}\p{Ll}+$/u.test(T[k + 1].text)) c.titledSurnames.add(T[k + 1].text);
  }
  return c.titledSurnames;
}

/**
 * "Former minister for foreign affairs Peter Halloran", "the secretary of state for defence Jane Orr", "the director of
 * arms export control Jane Orr": a title and its portfolio in lower case (one to three words after "for" or "of",
 * no verb: "the minister of trade visited X"; no determiner: "the head of the firm X") right before the name.
 */
function portfolioTitled(c: Ctx, first: number): boolean {
  const T = c.tokens;
  for (let q = first - 1, n = 0; q > 0 && n <= 3 && T[q].sent === T[first].sent && /^\p{Ll}+$/u.test(T[q].text) && !/^(?:VERB|AUX|DET)$/.test(T[q].pos); q--, n++) {
    if (/^(?:for|of)$/.test(T[q].lower)) return n > 0 && PORTFOLIO_TITLES.test(T[q - 1].lower);
  }
  return false;
}
/** Titles whose portfolio may follow in lower case before the holder's name: "director of export control A". */
const PORTFOLIO_TITLES = /^(?:minister|secretary|commissioner|director|head|chief)$/;

/** The nouns of a ship in an apposition. */
const VESSEL_NOUNS = /^(?:ship|vessel|tanker|freighter)$/;

/**
 * "X, a Laotian-flagged cargo ship,": a name its apposition calls a ship, as a prefix would. (Not "According to X, the
 * cargo ship did not ...": the noun ends the apposition or opens what describes the ship.)
 */
function describedAsVessel(c: Ctx, m: RawMention): boolean {
  const T = c.tokens;
  if (m.possessive || T[m.last]?.text !== ',' || !/^(?:a|an|the)$/.test(T[m.last + 1]?.lower ?? '')) return false;
  for (let q = m.last + 2; q < m.last + 8 && q < T.length; q++) {
    if (VESSEL_NOUNS.test(T[q].lower)) {
      const next = T[q + 1];
      return !next || /^(?:[,.;)]|that|which|carrying|owned|operated|flagged|registered|bound|laden)$/.test(next.lower) || DASHES.test(next.text);
    }
    // (Only the words that describe the ship: "the captain of the ship" is a person.)
    if (!/^(?:ADJ|NOUN|PROPN|NUM)$/.test(T[q].pos) && !(T[q].text === '-' && !T[q].space) && !/ed$/.test(T[q].lower)) return false;
  }
  return false;
}

/** Words that make a group an armed one: "the militant group", "an armed group". */
const ARMED = /^(?:militant|armed|terrorist|rebel|paramilitary|extremist|jihadist|insurgent|islamist|separatist)$/;

/** Heads of a broadcaster's name before "of" and its country ("Voice of Laos"). */
const BROADCASTER_HEADS = new Set(['voice']);

/** Endings of places' names across the region the reporting covers: "-sk", "-grad", "-burg", "-abad", "-stan". */
const PLACE_SHAPED = /(?:sk|grad|burg|abad|stan|pol)$/;
/** Month names and their abbreviations: "May 3rd", "Sept. 1st". */
const MONTHS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;
/** An ordinal number written in figures: "312th", "1st". */
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;
/** Heads of a numbered unit's name: "the 312th Detachment", "the 3rd Brigade". */
const UNIT_HEADS = /^(?:detachment|unit|brigade|regiment|division|battalion|squadron|airlines|corps|army|fleet|flotilla|group|centre|center|institute|plant|factory)$/;
/** Whether the ordinal before token k is a day: "on the 3rd", "May 3rd". */
function dayBefore(T: Token[], k: number): boolean {
  return T[k - 2]?.lower === 'on' || (T[k - 2]?.lower === 'the' && T[k - 3]?.lower === 'on') || MONTHS.test(T[k - 2]?.lower ?? '');
}

/** Whether a name's last word heads a numbered unit's, a firm's or a body's name. */
function unitHead(w: string): boolean {
  return UNIT_HEADS.test(w) || COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w) || GOVERNMENT_HEADS.has(w);
}

/** Nouns for a firm as such, not for a site of it ("plant", "factory" are named after their towns). */
const FIRM_NOUNS = /^(?:company|firm|corporation|enterprise|concern|manufacturer|maker|producer|supplier|exporter|importer|distributor|contractor|conglomerate)$/;

/** Words that make "... Services" a public body rather than a firm. */
const PUBLIC_SERVICES = new Set(['federal', 'state', 'national', 'security', 'secret', 'intelligence', 'customs', 'tax', 'migration',
  'immigration', 'citizenship', 'special', 'emergency', 'public', 'social', 'health', 'human', 'civil', 'border', 'penitentiary', 'veterinary']);
/** What a commercial agency serves ("Ship Agency", "Travel Agency"). */
const COMMERCIAL_AGENCIES = new Set(['ship', 'shipping', 'travel', 'forwarding', 'trading', 'advertising', 'marketing', 'recruitment', 'freight']);

/** A legal form written out before a firm's name, in its words' lower case. */
const WRITTEN_LEGAL_FORM = /^(?:(?:public|open|closed|non-public|private) )?(?:joint(?: - | )stock|limited liability) company\b/;

/** Kind from the words of a name: legal form, head noun, outlet word. */
function kindFromWords(words: string[], raw: string[]): Head {
  if (!words.length) return { kind: null, head: '' };
  // ("Department 12", "Bureau 7": the unit's head before its number.)
  if (words.length === 2 && /^\d{1,3}$/.test(words[1]) && NUMBERED_UNITS.test(raw[0])) return { kind: 'government', head: words[0] };
  // ("Aircraft Repair Plant No. 12": the works' head before its number.)
  if (words.length > 3 && /^(?:no|№)$/.test(words[words.length - 2]) && NUMBERED_WORKS.test(raw[raw.length - 3])) return kindFromWords(words.slice(0, -2), raw.slice(0, -2));
  const last = words[words.length - 1];
  const ofAt = words.findIndex((w, i) => i > 0 && CONNECT_OF.has(w));
  const head = ofAt > 0 ? words[ofAt - 1] : last;
  if (CORPORATE_SUFFIXES.has(last) && words.length > 1) return { kind: 'company', head: last };
  if (head === 'bank' && words.length > 1) {
    // Development and multilateral banks are organisations, central banks governments, others companies.
    if (words.some((w) => ['central', 'national', 'reserve', 'federal'].includes(w))) return { kind: 'government', head };
    if (words.some((w) => ['development', 'reconstruction', 'investment', 'world', 'international', 'infrastructure'].includes(w))) return { kind: 'organization', head };
    return { kind: 'company', head };
  }
  // "<name> Trading House": a firm (the post-Soviet trading house), not a chamber.
  if (head === 'house' && words.length > 2 && words[words.length - 2] === 'trading') return { kind: 'company', head };
  // "<name> Design Bureau": a design house (the Soviet "OKB"), a company, not a government bureau.
  if (head === 'bureau' && words.length > 1 && words[words.length - 2] === 'design') return { kind: 'company', head };
  // "<name> Ship Agency", "<name> Shipping Agency": a firm that serves ships in port, not a government agency.
  if (head === 'agency' && words.length > 2 && COMMERCIAL_AGENCIES.has(words[words.length - 2])) return { kind: 'company', head };
  // "<name> Airport Services", "<name> Technical Services": a firm's trade in the plural; public bodies so named say
  // whose service they are ("Security Services", "Citizenship and Immigration Services").
  if (head === 'services' && words.length > 1 && !words.some((w) => PUBLIC_SERVICES.has(w))) return { kind: 'company', head };
  // ("the Laotian Air Force", "the Border Force": an armed or public service; "Halvern Force LLC" is a firm's name.)
  if (head === 'force' && firmForce(words, words.lastIndexOf('force'))) return { kind: 'company', head };
  if (head === 'union' && firmUnion(words)) return { kind: 'company', head };
  if (GOVERNMENT_HEADS.has(head)) return { kind: 'government', head };
  // ("the International Working Group on Laotian Sanctions": a panel, not a group of companies.)
  if (head === 'group' && words[ofAt - 2] === 'working') return { kind: 'organization', head };
  // ("Halvern Arms Research", "the Tessaly Monitoring Team": heads that name a body only after a name of their own.)
  if (ORGANIZATION_HEADS.has(head) && (words.length > 1 || !HEADS_AFTER_NAMES.has(head))) return { kind: 'organization', head };
  if (MEDIA_HEADS.has(last) && words.length > 1) return { kind: 'media', head: last };
  if (BROADCASTER_HEADS.has(head) && ofAt === 1) return { kind: 'media', head };
  const headIsAcronym = ofAt > 0 && ACRONYM.test(raw[ofAt - 1]);
  if (headIsAcronym || ofAt > 0) {
    if (words.some((w, i) => GOVERNMENT_HEADS.has(w) && !firmForce(words, i))) return { kind: 'government', head };
    if (words.some((w) => ORGANIZATION_HEADS.has(w))) return { kind: 'organization', head };
  }
  if (words.length > 1 && COMPANY_WORDS.has(last)) return { kind: 'company', head: last };
  // ("Aviation Industry Corporation of Laos": a corporation's head before its country.)
  if (ofAt > 1 && (head === 'corporation' || head === 'company')) return { kind: 'company', head };
  // ("X Shipping Lines", "Y Container Lines": a carrier's lines; "Front Lines" alone is none.)
  if (words.length > 2 && last === 'lines' && /^(?:shipping|container|ferry|cargo)$/.test(words[words.length - 2])) return { kind: 'company', head: last };
  // "<city> Heavy Machine Tool Plant", "<name> Aircraft Repair Works": an enterprise named after its works.
  if (words.length > 1 && FACILITY_HEADS.has(last)) return { kind: 'company', head: last };
  // "<name> Trading DOO <city> <district>": a legal form in capitals inside the name, the seat after it.
  if (words.slice(1, -1).some((w, i) => CORPORATE_SUFFIXES.has(w) && ACRONYM.test(raw[i + 1]))) return { kind: 'company', head };
  // ("Orvanne & Kestrova": two names joined by an ampersand are a firm's, a partnership's; not a section's heading of
  // common words, "Crime & Justice".)
  // (Nor two places: "Laos & Vietnam".)
  if (raw.length >= 3 && raw.slice(1, -1).includes('&') && !raw.every((w, i) => w === '&' || (isEnglishWord(words[i]) && !ACRONYM.test(w))) &&
    !raw.some((w) => matchPlace(w, 0)?.surface === w)) return { kind: 'company', head };
  // ("Radio Free Laos", "Radio Orvanne": a station named after the word; "Radio Electronics Corp" is a firm, above.)
  if (words[0] === 'radio' && words.length > 1 && ofAt < 0) return { kind: 'media', head: 'radio' };
  return { kind: null, head };
}

/** A government body without its country, in one canonical wording: "Defence Ministry" -> "ministry of defense". */
export function canonicalBody(words: string[]): string {
  let w = words.filter((x) => x !== 'the').map((x) => (x === 'defence' ? 'defense' : x));
  const heads = ['ministry', 'department'];
  if (w.length >= 2 && heads.includes(w[w.length - 1]) && !w.includes('of')) {
    w = [w[w.length - 1], 'of', ...w.slice(0, -1)];
  }
  let s = w.join(' ');
  s = s.replace(/^ministry of foreign$/, 'ministry of foreign affairs');
  if (s === 'treasury' || s === 'department of treasury') s = 'department of the treasury';
  return s;
}

/** One to three initials, each with its full stop ("A.", "J.L."). */
const INITIALS = /^(?:[A-Z]\.){1,3}$/;
/** Two or three initials ("S.V."): a middle initial alone ("John J. Smith") goes on within a name. */
const MANY_INITIALS = /^(?:[A-Z]\.){2,3}$/;

/** A capitalised word that could be a given name: no word of a body's, firm's, outlet's or place's name, no title. */
function givenNameLike(t: Token): boolean {
  const w = clipTok(t);
  return PERSON_WORD.test(t.text) && !GOVERNMENT_HEADS.has(w) && !ORGANIZATION_HEADS.has(w) && !MEDIA_HEADS.has(w) && !CORPORATE_SUFFIXES.has(w) &&
    !COMPANY_WORDS.has(w) && !PERSON_TITLES.has(w) && !NEVER_NAME.has(w) && !REGIONS.has(w) && !GOODS_NOUNS.has(w) && !LABELLED_PARTS.has(w);
}

/** Posts written before a family name alone ("President Varno", "Minister Olskaya"), as an honorific is. */
const SURNAME_TITLES = /^(?:president|minister|chancellor|premier|senator|governor|mayor|ambassador|secretary|congressman|congresswoman|commissioner)$/;

/** Words a letter labels ("Appendix A.", "Plan B.", "Type C."): no given names. */
const LABELLED_PARTS = new Set(['annex', 'appendix', 'exhibit', 'schedule', 'section', 'article', 'figure', 'table', 'chart', 'plan',
  'option', 'type', 'class', 'category', 'phase', 'stage', 'grade', 'list', 'part', 'vitamin', 'model', 'series', 'version', 'level']);

function personShaped(c: Ctx, first: number, last: number, placeFirst = false): boolean {
  // ("Ryu Chol-su": the hyphenated syllable is part of the given name.)
  const hyphened = last - first >= 4 && c.tokens[last - 2].text === '-' && /^[a-z]{2,4}$/.test(c.tokens[last - 1].text) && !NOT_NAME_SYLLABLES.test(c.tokens[last - 1].text);
  if (hyphened) last -= 2;
  if (last - first < 2) return false;
  // ("Der Morgen", "Die Woche": a German article opens a title, not a personal name.)
  if (/^D(?:er|ie|as)$/.test(c.tokens[first].text)) return false;
  let words = 0;
  for (let k = first; k < last; k++) {
    // ("Abdel Rahim al-Kassar", "Karl von Ritter": a particle and its hyphen are no word of their own; the capitalised
    // part after them is checked as a word.)
    const particleEnd = k > first ? nameParticleEnd(c.tokens, k, last) : -1;
    if (particleEnd > 0) k = particleEnd - 1;
    // ("Bertrand Jean-Olskiy", "Irina Olskaya-Brask": a double-barrelled name is one word.)
    // ("Mei-Ling Olskaya": a double-barrelled given name too, a family name after it; not "Orvan-Kestrova" alone.)
    if (c.tokens[k].text === '-' && (k - 1 > first || (k - 1 === first && k + 2 < last)) && k + 1 < last && !c.tokens[k].space && !c.tokens[k + 1].space && PERSON_WORD.test(c.tokens[k + 1].text)) continue;
    if (++words > 4) return false;
    const t = c.tokens[k].text;
    const w = clipTok(c.tokens[k]);
    // ("S.V. Olskiy": initials before the family name, no legal form or place such as "S.A." or "U.S.".)
    const initials = k < last - 1 && INITIALS.test(t) && !CORPORATE_SUFFIXES.has(w.replace(/\./g, '')) && !placeAt(c, k, k + 1);
    if (!PERSON_WORD.test(t) && !initials) return false;
    if (GOVERNMENT_HEADS.has(w) || ORGANIZATION_HEADS.has(w) || MEDIA_HEADS.has(w) || CORPORATE_SUFFIXES.has(w) || COMPANY_WORDS.has(w)) return false;
    if (PERSON_TITLES.has(w) || NEVER_NAME.has(w) || REGIONS.has(w)) return false;
  }
  if (words < 2) return false;
  // ("Kazan Helicopters", "Orlan Drones": a name ending in goods is a maker's.)
  if (GOODS_NOUNS.has(clipTok(c.tokens[last - 1]))) return false;
  // (With `placeFirst`, a place may open the name, not be all of it: "Douglas Reid" after "55-year-old".)
  const place = placeAt(c, first, last);
  return !place || (placeFirst && place.end < last);
}

/** Words naming a policy area in a body's name ("National Security and Defense Council"). */
const POLICY_AREAS = new Set(['national', 'security', 'homeland', 'governmental', 'defense', 'defence', 'foreign', 'commonwealth', 'trade', 'industry',
  'economic', 'economy', 'development', 'finance', 'justice', 'home', 'internal', 'interior', 'state', 'federal', 'public',
  'energy', 'science', 'technology', 'education', 'health', 'labour', 'labor', 'social', 'agriculture', 'export', 'control',
  'military', 'technical', 'cooperation', 'investment', 'integration', 'customs', 'revenue', 'scientific', 'studies', 'research',
  // ("Scientific and Production Association", "Research and Production Enterprise": the names of research-and-production firms.)
  'production']);

/** Chambers that name their committees first ("Senate ... Committee", "House ... Committee"). */
const LEGISLATURES = new Set(['senate', 'house', 'congressional', 'parliamentary']);
/** Words for the standing of a committee before its head ("Permanent Subcommittee", "Select Committee"). */
const COMMITTEE_KINDS = new Set(['permanent', 'select', 'standing', 'joint', 'special']);
/** Words that close the field of an official's title ("Deputy Minister for Trade and Intelligence <name>"). */
const FIELD_WORDS = new Set(['intelligence', 'terrorism', 'affairs', 'commerce', 'policy', 'operations', 'enforcement', 'sanctions']);

/** Heads of a body of water's or a passage's name ("the X Canal", "the Y Strait"), and seas named by one word; after "the". */
// (Not "bay", "river", "lake" or "channel": firms are named so, "X Bay Trading" shortened to "X Bay".)
const WATER_HEADS = new Set(['canal', 'sea', 'ocean', 'strait', 'straits']);
const SEAS = new Set(['mediterranean', 'baltic', 'adriatic', 'aegean', 'pacific', 'atlantic', 'arctic', 'bosphorus', 'dardanelles']);
/**
 * Heads of a landform's name ("the X Peninsula", "Y's Z Peninsula", an isthmus, an archipelago), and of a country's
 * division ("a source in Orvanne Province told ...": a place, never the one who speaks): a place whichever word comes
 * before it.
 */
const LAND_HEADS = new Set(['peninsula', 'isthmus', 'archipelago', 'province', 'oblast', 'krai', 'prefecture', 'governorate']);
function landform(surface: string): boolean {
  const words = surface.toLowerCase().split(/\s+/);
  return words.length > 1 && LAND_HEADS.has(words[words.length - 1]);
}
function waterBody(surface: string): boolean {
  const words = surface.replace(/^the\s+/i, '').toLowerCase().split(/\s+/);
  return (words.length > 1 && WATER_HEADS.has(words[words.length - 1])) || (words.length === 1 && SEAS.has(words[0]));
}

/** After a sentence's first word k: a capitalised word that is no place and no common word goes on with the name. */
function nameGoesOn(c: Ctx, k: number): boolean {
  const t = c.tokens[k], n = c.tokens[k + 1];
  return /^(?:NOUN|PROPN)$/.test(t.pos) && !!n && /^\p{Lu}\p{Ll}+$/u.test(n.text) && n.sent === t.sent && !lowerCaseWords(c).has(n.lower) &&
    !placeAt(c, k + 1, k + 2) && !NEVER_NAME.has(n.lower);
}

/** Whether token k is the end of a place's name (a dateline's city or country: "Washington, USA (X)"). */
function placeBefore(c: Ctx, k: number): boolean {
  const mi = c.at?.[k] ?? -1;
  if (mi < 0 || !c.mentions) return false;
  const p = c.mentions[mi];
  return p.kind === 'country' || p.cues.includes('place') || isCity(p.surface.replace(/^the\s+/i, ''));
}

/** Heads of an apposition that make the name a body of research or advocacy ("a think tank", "a research centre"). */
const STUDY_BODIES = new Set(['organisation', 'organization', 'foundation', 'centre', 'center', 'tank', 'initiative', 'project']);

/** Trades whose "agency" is a private business: "a shipping agency", "a recruitment agency". */
const PRIVATE_AGENCIES = /^(?:shipping|travel|recruitment|recruiting|employment|advertising|marketing|news|press|talent|insurance|estate|modelling|modeling|design|creative|translation|staffing|consulting|collection|credit|rating|ratings|booking|tour|manning|crewing|forwarding)$/;

/** Last words of an enterprise's name that are its works. */
const FACILITY_HEADS = new Set(['plant', 'works', 'factory', 'shipyard', 'refinery', 'complex']);
/** Words after a hyphen that make a modifier, never a syllable of a name ("Hong Kong-based", "Tula-made"). */
const NOT_NAME_SYLLABLES = /^(?:based|made|owned|run|led|big|born|backed|linked|built|held|era|style|type|class|like|wide|free|level|scale|sized|bound|area|zone|side|only|time|year|day|old|new|long|high|low|grade|range|world)$/;
/** The status the SDN list gives, under its full name or in the singular: no party's name (domain vocabulary, like "Entity List"). */
const LIST_STATUS = /^specially designated nationals?(?: and blocked persons)?$/;
/** Heads of a state firm's name that may open with its nation's demonym ("the <demonym> Automobile Plant"). */
const NAMED_BY_NATION_HEADS = new Set(['plant', 'works', 'factory', 'shipyard', 'refinery', 'combine', 'mill', 'bank']);
/** Words for an industry or a purpose, none a name by itself ("Metallurgical", "Tractor", "Development"). */
const INDUSTRY_DESCRIPTORS = new Set(`metallurgical automobile automotive tractor development cable chemical optical optics
  mechanical machine-building machine steel aircraft aviation electronics electronic instrument radio engine motor tyre tire
  powder gunpowder cartridge ammunition explosives shipbuilding electromechanical armoured armored tank helicopter arms
  defence defense industrial export import foreign trade commercial savings investment agricultural railway nuclear space
  missile rocket wheel pipe tube metal metalworking engineering precision repair and of`.split(/\s+/));

/** Legal forms written in lower case after a name that are no English word. */
const LOWER_LEGAL_FORMS = new Set(['oy', 'oyj', 'gmbh', 'ltd', 'llc', 'srl', 'spa', 'sro', 'doo', 'ooo', 'jsc', 'pjsc', 'sia', 'uab']);

/** A dash as punctuation (with spaces around it in the text): an apposition's, a dateline's, a headline credit's. */
const DASHES = /^(?:-|--|–|—)$/;

/** Words that open a headline or a caption before a colon as its kind, not its source. */
const HEADLINE_LABELS = new Set(['exclusive', 'analysis', 'breaking', 'breaking news', 'update', 'updated', 'opinion', 'photograph', 'photo',
  'video', 'watch', 'explainer', 'live', 'interview', 'editorial', 'comment', 'review', 'feature', 'factbox', 'insight', 'media', 'source',
  'sources', 'read more', 'related', 'investigation', 'report', 'special report', 'in depth', 'fact check']);

/**
 * Where a company noun stands that a name after a comma or a copula is given by: "a Slovak company with Russian
 * owners, X", "The firm named here is X"; -1 when there is none. The noun's phrase opens with an article and
 * holds only common words and demonyms after the noun (no verb, no other name, no punctuation).
 */
function describedBefore(c: Ctx, m: RawMention): number {
  const T = c.tokens;
  const last = m.first - 2;
  for (let q = last; q >= 0 && q > last - 6; q--) {
    const t = T[q];
    if (t.sent !== m.sent || /^[,.;:()"“”—–-]$/.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') return -1;
    const mi = c.at?.[q] ?? -1;
    if (mi >= 0 && c.mentions?.[mi].form !== 'demonym') return -1;
    if (COMPANY_CUES.has(t.lower) && q < last && t.lower === t.lemma) {
      // Back over demonyms and adjectives to the article ("a Czech company").
      let d = q - 1;
      while (d > q - 3 && d >= 0 && (T[d].pos === 'ADJ' || (c.at?.[d] ?? -1) >= 0 && c.mentions?.[c.at![d]].form === 'demonym')) d--;
      if (!/^(?:a|an|the)$/.test(T[d]?.lower ?? '')) return -1;
      // (Only a phrase that opens its clause: "... sold to a company in Riga, X" names X the buyer's, so not past a verb.)
      const before = T[d - 1];
      return !before || before.sent !== m.sent || /^[,.;:(—–]$/.test(before.text) || before.pos === 'ADP' || before.pos === 'SCONJ' || before.pos === 'CCONJ' ? q : -1;
    }
    if (mi < 0 && !/^[a-z]+$/.test(t.text)) return -1;
  }
  return -1;
}

/** Heads of bodies' names that say nothing alone ("Research", "Team", "Panel"). */
const HEADS_AFTER_NAMES = new Set(['research', 'team', 'panel']);

/** Whether a verb of reporting stands at k, or right after an adverb of time there ("previously reported"). */
function reportingAt(T: Token[], k: number): boolean {
  const at = REPORTED_WHEN.test(T[k]?.lower ?? '') ? k + 1 : k;
  return k > 0 && T[at]?.sent === T[k - 1].sent && MEDIA_VERBS.has(T[at].lower);
}
const REPORTED_WHEN = /^(?:previously|first|earlier|also|recently|exclusively|originally)$/;

/** A newsroom's kinds of work, after its name: "a Halvern investigation". */
const NEWSROOM_WORK = /^(?:investigation|analysis|review|documentary|podcast|interview|story)$/;

/** Titles held in a business ("the firm's CEO"), not in a public body. */
const CORPORATE_TITLES = new Set(['ceo', 'cfo', 'cto', 'chairman', 'chairwoman', 'founder', 'co-founder', 'owner', 'executive']);
/** Posts an officer holds in a firm or a body: never a name of their own before "of" (a business's titles and more). */
const OFFICER_TITLES = new Set([...CORPORATE_TITLES, 'coo', 'chairperson', 'director', 'commander']);
/** A spokesperson's post, which speaks for a body: "a Deputy Spokesperson for the X Department" names no one. */
const SPOKESPEOPLE = /^(?:spokesperson|spokesman|spokeswoman)$/;
/** Ranks before a spokesperson's post: "Principal Deputy Spokesperson". */
const TITLE_RANKS = /^(?:principal|deputy|chief|senior|acting|assistant|associate|executive|first|vice)$/;

/** Participles whose agent makes goods. */
const MAKING_PARTICIPLES = new Set(['made', 'manufactured', 'produced', 'built']);

/**
 * "control systems made by X", "engines manufactured by <country>'s X": the agent of a making participle, past a
 * country in the possessive before the name. A maker is a firm (a country has its kind already; a personal name is a
 * person's).
 */
function makerAgent(c: Ctx, m: RawMention): boolean {
  let k = m.first - 1;
  const T = c.tokens;
  if (T[k]?.lower === "'s" && k >= 1) {
    const owner = c.at?.[k - 1] ?? -1;
    if (owner < 0 || c.mentions![owner].kind !== 'country') return false;
    k = c.mentions![owner].first - 1;
  }
  return k >= 1 && T[k].lower === 'by' && T[k].sent === m.sent && MAKING_PARTICIPLES.has(T[k - 1].lower) && T[k - 1].sent === m.sent;
}

/**
 * "X is a Chinese company", "X is actually a private engineering firm", "X was also one of the largest suppliers":
 * after the name a copula (adverbs either side), an article, a few modifiers, and a company noun as the head: that
 * noun, or null.
 */
function copularCompany(c: Ctx, m: RawMention): string | null {
  // ('"X" is a large industrial company': past the quote that closes a quoted name.)
  let a = OPEN_QUOTES.has(prevTok(c, m, 1)?.text ?? '') && CLOSE_QUOTES.has(nextTok(c, m, 0)?.text ?? '') ? 1 : 0;
  const tok = () => nextTok(c, m, a);
  const adverbs = () => {
    for (let n = 0; n < 3; n++) {
      if (tok()?.pos === 'ADV' && /^[a-z]+$/.test(tok()!.text)) a++;
      else if (tok()?.lower === 'in' && nextTok(c, m, a + 1)?.lower === 'fact') a += 2;
      else break;
    }
  };
  adverbs();
  if (!COPULA.has(low(tok()))) return null;
  a++;
  adverbs();
  if (low(tok()) === 'one' && low(nextTok(c, m, a + 1)) === 'of') a += 2;
  if (!/^(?:a|an|the)$/.test(low(tok()))) return null;
  a++;
  for (let n = 0; n < 6; n++, a++) {
    const t = tok();
    if (!t || (t.text !== '-' && !/^[\p{L}\d]/u.test(t.text))) return null;
    if (COMPANY_CUES.has(t.lower)) {
      const after = nextTok(c, m, a + 1);
      // (Not "the company's founder", "a company director".)
      return !after || !((after.pos === 'NOUN' && /^[a-z]/.test(after.text)) || /^(?:'s|’s|'|’)$/.test(after.lower)) ? t.lower : null;
    }
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'NUM' && t.text !== '-' && !(t.pos === 'VERB' && /ed$/.test(t.lower) && nextTok(c, m, a - 1)?.text === '-')) return null;
  }
  return null;
}

/** Nouns only a firm is called by: "X is a front company", not "X is a major supplier". */
const FIRM_HEADS = /^(?:company|firm|corporation|enterprise|conglomerate|subsidiary)$/;

/** "X (has) reached out to / contacted ... for comment / a response": the formula an outlet reports its questions with. */
function askedForComment(c: Ctx, m: RawMention): boolean {
  let a = 0;
  if (/^(?:has|had|have)$/.test(nextTok(c, m, a)?.lower ?? '')) a++;
  const v = nextTok(c, m, a)?.lower;
  if (!(v === 'contacted' || (v === 'reached' && nextTok(c, m, a + 1)?.lower === 'out'))) return false;
  for (let b = a + 1; b < a + 16; b++) {
    const t = nextTok(c, m, b);
    if (!t) break;
    if (t.lower === 'for' && /^(?:comment|comments|response|responses|a)$/.test(nextTok(c, m, b + 1)?.lower ?? '')) return true;
  }
  return false;
}

/** Kinds of news organisation after "news" ("the X news agency"). */
const NEWS_KINDS = new Set(['agency', 'service', 'site', 'website', 'portal', 'outlet', 'network', 'channel']);
/** Verbs of making and trading whose subject, in a relative clause after a name, is a company. */
const BUSINESS_VERBS = new Set(['develop', 'produce', 'manufacture', 'make', 'build', 'supply', 'sell', 'export', 'import', 'distribute']);

/** Forms of "to be" that link a role and a name ("its director is X", "X was the founder of"). */
const COPULA = new Set(['is', 'was', 'are', 'were']);

/** Verbs that introduce a name: "a company called X", "a firm named X". */
const NAMING_VERB = /^(?:called|named|dubbed)$/;

/** Where a quoted name after a legal form ends (the index of the closing quote), or -1. */
function quotedCompanyAt(T: Token[], k: number, last: number): number {
  if (k + 2 >= last || !LEGAL_FORMS_BEFORE_QUOTES.has(T[k].lower) || !/^[A-Z]/.test(T[k].text) || !OPEN_QUOTES.has(T[k + 1].text)) return -1;
  if (!/^[\p{Lu}\p{N}]/u.test(T[k + 2].text)) return -1;
  for (let q = k + 3; q < last && q <= k + 9; q++) {
    if (CLOSE_QUOTES.has(T[q].text)) return q;
    if (/^[.;:!?]$/.test(T[q].text)) return -1;
  }
  return -1;
}

/**
 * A quoted name after "called", "named", "dubbed" ("a company called “Sky Tinker,”"): the end of the name (its last
 * capitalised word, a comma before the closing quote left out) and of the quote; or null. After "meaning" the quote
 * is a gloss ("Ardan Tur, meaning “Blue Falcon,”"): it names nothing, and `end` is -1.
 */
function quotedAfterCue(T: Token[], k: number, last: number): { end: number; close: number } | null {
  // ("a branch called 'Orvanne Kang Office,'": single quotes, as British papers write them, after a naming verb only.)
  const single = T[k].text === "'" && NAMING_VERB.test(T[k - 1]?.lower ?? '');
  if ((!OPEN_QUOTES.has(T[k].text) && !single) || k + 1 >= last) return null;
  const cue = T[k - 1]?.lower ?? '';
  // ('a company called "X"', 'the company "X"', 'the plant "X"': the whole quoted name, whatever its first word.)
  const naming = NAMING_VERB.test(cue) || COMPANY_CUES.has(cue);
  const gloss = /^(?:meaning|means|literally)$/.test(cue);
  if (!naming && !gloss) return null;
  const closes = (x: Token | undefined) => !!x && (single ? x.text === "'" : CLOSE_QUOTES.has(x.text));
  let end = k + 1;
  for (let q = k + 1; q < last && q <= k + 7; q++) {
    if (closes(T[q]) && q > k + 1) return gloss ? { end: -1, close: q } : end > k + 1 ? { end, close: q } : null;
    if (/^[.;:!?]$/.test(T[q].text)) return null;
    if (T[q].text === ',' && closes(T[q + 1])) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(T[q].text) && !(T[q].text === '-' || T[q].text === '&')) return null;
    end = q + 1;
  }
  return null;
}

/**
 * Where the other name after ", aka", ", a.k.a.", "(also known as", ", formerly known as" begins, or -1: the tokens from
 * `j` (a comma or an opening parenthesis right after a name).
 */
export function aliasAfter(T: Token[], j: number, last: number): number {
  if (j + 2 >= last || (T[j].text !== ',' && T[j].text !== '(')) return -1;
  const w = T[j + 1].lower;
  if (w === 'aka' || w === 'a.k.a.' || w === 'a.k.a') return j + 2;
  // ("A, which was formerly known as B": the same through a relative clause.)
  const r = w === 'which' ? j + 2 : j;
  const v = T[r + 1]?.lower ?? '';
  if ((v === 'also' || v === 'formerly' || v === 'previously') && T[r + 2]?.lower === 'known' && T[r + 3]?.lower === 'as' && r + 4 < last) return r + 4;
  // ("A, formerly B", "A (formerly B)": the name the firm went by before; not "formerly B's unit", a tie to B.)
  if ((v === 'formerly' || v === 'previously') && /^\p{Lu}/u.test(T[r + 2]?.text ?? '')) {
    let e = r + 2;
    while (e < last && e < r + 8 && /^\p{Lu}/u.test(T[e].text)) e++;
    return /^['’]s$/.test(T[e]?.text ?? '') ? -1 : r + 2;
  }
  return -1;
}

/** Lower-case words of a name, for comparing a short form with it. */
const nameWords = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * Where a short form defined in parentheses right after a name ends (the index of ")"), or -1: an acronym
 * ("(OFAC)"), a few words with an acronym among them after a longer name ("(Vneshtorg KMP)"), or one to four capitalised
 * words all taken from the name ("(Yenisei Optical)", "(Li)").
 */
function shortFormAfter(T: Token[], j: number, last: number, longSurface: string): number {
  if (j >= last || T[j].text !== '(') return -1;
  let close = j + 1;
  while (close < last && close - j <= 7 && T[close].text !== ')') close++;
  if (close >= last || T[close].text !== ')' || close === j + 1 || close - j > 7) return -1;
  let inner = T.slice(j + 1, close);
  // ("Kelvaro Trading Limited (“Kelvaro”)": legal and official texts quote the short form.)
  if (inner.length >= 3 && OPEN_QUOTES.has(inner[0].text) && CLOSE_QUOTES.has(inner[inner.length - 1].text)) inner = inner.slice(1, -1);
  if (inner.length > 4) return -1;
  if (inner.length === 1 && /^[A-Z][A-Za-z]{1,7}$/.test(inner[0].text) && /[A-Z].*[A-Z]/.test(inner[0].text)) return close;
  // ("Office of Export Monitoring (Ofem)": the initials written as a word, as some outlets write every acronym.)
  if (inner.length === 1 && /^[A-Z][a-z]{2,7}$/.test(inner[0].text) && initialsOf(longSurface, inner)) return close;
  // ("Empresa de Transporte Maritimo del Norte (Emtranor)": a word built of the openings of the name's words.)
  if (inner.length === 1 && /^\p{Lu}\p{Ll}{4,11}$/u.test(inner[0].text) && syllablesOf(longSurface, inner[0].text)) return close;
  if (!inner.every((t) => /^[A-Z]/.test(t.text) || t.text === '-' || t.text === '&')) return -1;
  // ("Consortium for Foreign Trade (Vneshtorg KMP)": an acronym among a few words, the name's own in the
  // language it was registered in.)
  if (inner.length <= 3 && inner.some((t) => /^[A-Z]{2,6}$/.test(t.text)) && nameWords(longSurface).length >= 3) return close;
  const long = new Set(nameWords(longSurface));
  const short = nameWords(inner.map((t) => t.text).join(' '));
  return short.length && short.length < long.size && short.every((w) => long.has(w)) ? close : -1;
}

/** Whether a short form is the initials of a name's words ("UAE" for "United Arab Emirates"), or a word of it. */
function initialsOf(longSurface: string, inner: Token[]): boolean {
  const words = nameWords(longSurface).filter((w) => w !== 'of' && w !== 'the' && w !== 'and');
  const short = inner.map((t) => t.text).join('').replace(/\./g, '').toLowerCase();
  return short === words.map((w) => w[0]).join('') || words.includes(short);
}

/**
 * Whether a short form is made of the openings of a name's words, in order, from the first word on: "Emtranor"
 * (EMpresa de TRAnsporte Maritimo del NORte), "Conlaservi".
 */
function syllablesOf(longSurface: string, short: string): boolean {
  const words = nameWords(foldAccents(longSurface));
  const sh = foldAccents(short).toLowerCase();
  // Can sh[i..] be cut into openings of words, the first of word w, the rest of words after it?
  const fits = (i: number, w: number): boolean => {
    for (let n = Math.min(sh.length - i, words[w].length); n >= 1; n--) {
      if (!words[w].startsWith(sh.slice(i, i + n))) continue;
      if (i + n === sh.length) return true;
      for (let v = w + 1; v < words.length; v++) if (fits(i + n, v)) return true;
    }
    return false;
  };
  return words.length > 0 && fits(0, 0);
}

/** Prepositions that make a city a place: "a court in Brussels", "flights from Brussels to K". */
const LOCATIVE = /^(?:in|at|near|from|to|into|outside|around|via|through)$/;

/**
 * Whether the place at token k is Brussels standing for the European Union, as a capital stands for its state:
 * "Brussels (also) widened the ban on A", "Brussels' sanctions", "by Washington and Brussels" (a stand-in, kept only
 * where a relation names it). Not a place: "based in Brussels", "to Hanoi and Brussels" (a list of places after a
 * preposition of place), "a Brussels firm", "Brussels-based" (before a noun it places).
 */
function unionSeat(T: readonly Token[], k: number, entry: PlaceEntry): boolean {
  if (entry.form !== 'capital' || entry.code !== 'BE') return false;
  const next = T[k + 1];
  if (next && next.sent === T[k].sent && ((next.text === '-' && !next.space) || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)))) return false;
  // (The subject of a verb is the Union wherever it stands: "shipped G to A, and Brussels sanctioned it".)
  let v = k + 1;
  while (T[v]?.pos === 'ADV' && v < k + 3) v++;
  if (T[v]?.sent === T[k].sent && (T[v].pos === 'VERB' || T[v].pos === 'AUX')) return true;
  let q = k - 1;
  while (q >= 0 && q > k - 10 && T[q].sent === T[k].sent && (T[q].text === ',' || /^(?:and|or)$/.test(T[q].lower) || /^\p{Lu}/u.test(T[q].text))) q--;
  return !(q >= 0 && T[q].sent === T[k].sent && LOCATIVE.test(T[q].lower));
}

/**
 * Where the city of a dateline opening a sentence ends ("LONDON (Reuters) –", "KUALA LUMPUR:"), else `first`: the city a
 * report was filed from names no party to it (the agency after it is still read).
 */
function datelineEnd(an: Analysis, first: number, last: number): number {
  const T = an.tokens;
  let k = first;
  while (k < last && /^\p{Lu}{2,}$/u.test(T[k].text)) k++;
  if (k === first || !T.slice(first, k).some((t) => t.text.length >= 4)) return first;
  // (A place's name in capitals, not a firm's: "ZALA – the drone maker –" is no dateline.)
  const name = T.slice(first, k).map((t) => t.text[0] + t.text.slice(1).toLowerCase()).join(' ');
  if (!isCity(name) && !matchPlace(name, 0)) return first;
  let q = k;
  if (T[q]?.text === '(') {
    while (q < last && q < k + 6 && T[q].text !== ')') q++;
    if (T[q]?.text !== ')') return first;
    q++;
  }
  return /^(?:[-–—:])$/.test(T[q]?.text ?? '') ? k : first;
}

/** Finds mentions in an analysed article (first pass: chunks and their shapes; then context cues). */
export function findMentions(an: Analysis): RawMention[] {
  const c = makeCtx(an);
  const T = an.tokens;
  const out: RawMention[] = [];
  const add = (first: number, last: number, kind: EntityKind | null, form: Form, extra: Partial<RawMention> = {}): number => {
    let f = first;
    if (T[f].text === 'The' && last - f > 1) f++;
    const start = T[f].start;
    const end = T[last - 1].end;
    out.push(mention({
      start, end, first: f, last, sent: T[f].sent, surface: an.text.slice(start, end), kind, form,
      possessive: last < T.length && T[last].lower === "'s" && !T[last].space, modifier: false, ...extra,
      cues: cueList(extra.cues),
    }));
    return out.length - 1;
  };
  const addPlace = (k: number, p: { entry: PlaceEntry; end: number }) =>
    unionSeat(T, k, p.entry) ? add(k, p.end, 'government', 'name', { surface: 'European Union', standIn: true }) :
      add(k, p.end, 'country', p.entry.form, { country: p.entry.code });

  for (const s of an.sentences) {
    if (s.titleCase) {
      // Headline capitals say nothing: only countries here; known names are added in the second pass.
      for (let k = s.first; k < s.last; k++) {
        if (!UPPER.test(T[k].text)) continue;
        const p = placeAt(c, k, s.last);
        if (p) {
          addPlace(k, p);
          k = p.end - 1;
        }
      }
      continue;
    }
    for (let k = datelineEnd(an, s.first, s.last); k < s.last; k++) {
      // OOO "Tekhnopribor", AO «Kamsky Zavod», JSC "Meridian-Radioprom": a legal form and a quoted name.
      const quoted = quotedCompanyAt(T, k, s.last);
      if (quoted > 0) {
        add(k + 2, quoted, 'company', 'name');
        k = quoted;
        // (LLC “A” and “B”: the legal form serves the quoted names joined to the first.)
        while (/^(?:and|,)$/.test(T[k + 1]?.lower ?? '') && OPEN_QUOTES.has(T[k + 2]?.text ?? '') && /^[\p{Lu}\p{N}]/u.test(T[k + 3]?.text ?? '')) {
          let close = -1;
          for (let q = k + 4; q < s.last && q <= k + 10 && close < 0; q++) if (CLOSE_QUOTES.has(T[q].text)) close = q;
          if (close < 0) break;
          add(k + 3, close, 'company', 'name');
          k = close;
        }
        continue;
      }
      const quote = quotedAfterCue(T, k, s.last);
      if (quote) {
        // (The quoted name's own head gives its kind: 'a branch called "Orvanne Supply Office"'.)
        const words = T.slice(k + 1, quote.end);
        if (quote.end > 0) add(k + 1, quote.end, kindFromWords(words.map((x) => clipTok(x)), words.map((x) => x.text)).kind, 'name');
        k = quote.close;
        continue;
      }
      if (!canStart(c, k, s.first, s.last)) {
        // "russia", "moscow": a place some outlets write in lower case on purpose (countries.ts).
        const p = LOWERCASE_STYLE.has(T[k].text) ? placeAt(c, k, s.last) : null;
        if (p) addPlace(k, p);
        continue;
      }
      // ("Major American providers supplied ...": a common word capitalised by opening the sentence, before a demonym and
      // a word in lower case, is no name of its own.)
      // (Not a name the demonym goes on in: "Royal Thai Army", "General Thai Motors".)
      const demonym = k === s.first && k + 1 < s.last && /^\p{Lu}\p{Ll}+$/u.test(T[k].text) && isEnglishWord(T[k].lower) && !placeAt(c, k, s.last) ? placeAt(c, k + 1, s.last) : null;
      if (demonym?.entry.form === 'demonym' && /^\p{Ll}/u.test(T[demonym.end]?.text ?? '')) continue;
      const j = personTailCut(c, k, growChunk(c, k, s.first, s.last));
      const couple = coupleAt(c, k, j, s.first, s.last);
      if (couple > 0) {
        add(k, j, 'person', 'name', { surface: `${T[k].text} ${T[couple - 1].text}` });
        add(j + 1, couple, 'person', 'name');
        k = couple - 1;
        continue;
      }
      // "Kaveh R.", "Varan J.L.": a given name and the initial of a family name, as court reports in some countries
      // give the accused.
      const initialsEnd = j === k + 1 && j < s.last && INITIALS.test(T[j].text) ? j + 1 : j === k + 2 && INITIALS.test(T[k + 1].text) ? j : -1;
      const initials = initialsEnd > 0 ? T[initialsEnd - 1].text : '';
      // ("Varnex S.A.", "Merlo L.P.", "Varnex U.K.": a legal form or a country, not a family name's initial.)
      // ("Kestrova S.V. Olskiy": initials before a family name open the next name.)
      const notInitial = !initials || CORPORATE_SUFFIXES.has(initials.toLowerCase().replace(/\./g, '')) || !!placeAt(c, initialsEnd - 1, initialsEnd) ||
        (MANY_INITIALS.test(initials) && PERSON_WORD.test(T[initialsEnd]?.text ?? ''));
      if (initialsEnd > 0 && initialsEnd < s.last && !notInitial && givenNameLike(T[k])) {
        add(k, initialsEnd, 'person', 'name');
        k = initialsEnd - 1;
        continue;
      }
      // ("312th Flight Unit Airlines", "the 312th Detachment": an ordinal opens a unit's or a firm's name.)
      const ordinal = k - 1 >= s.first && ORDINAL.test(T[k - 1].text) && !dayBefore(T, k) && unitHead(clipTok(T[j - 1]));
      // (The tokenizer may split "312th" into "3" and "12th": the digits glued before it belong to the number.)
      const from = !ordinal ? k : k - 2 >= s.first && /^\d+$/.test(T[k - 2].text) && !T[k - 1].space ? k - 2 : k - 1;
      const idx = analyseChunk(c, from, j, s.last, add, addPlace);
      // "Long Name (ACR)": the acronym abbreviates the chunk. "Long Name Trading LLC (Long Name)", "Li Wenhao (Li)":
      // a short form defined in parentheses, every word of it taken from the name.
      // ('"Laotian Optical Association" ("LOA")': past the quoted name's closing mark.)
      const at = CLOSE_QUOTES.has(T[j]?.text ?? '') && OPEN_QUOTES.has(T[from - 1]?.text ?? '') && T[j + 1]?.text === '(' ? j + 1 : j;
      const close = idx >= 0 ? shortFormAfter(T, at, s.last, out[idx].surface) : -1;
      // "Hebei Tongda Machine Tool Co., Ltd. (PRC)" says where the company is, not what it is called.
      // ("the Center for Strategic Studies in Moscow (CSSM)": a place's short form is its initials, "(UAE)".)
      if (close > 0 && !placeAt(c, at + 1, close) && !(out[idx].kind === 'country' && !initialsOf(out[idx].surface, T.slice(at + 1, close)))) {
        const long = out[idx];
        const quoted = OPEN_QUOTES.has(T[at + 1].text) ? 1 : 0;
        add(at + 1 + quoted, close - quoted, long.kind, 'name', { defines: idx, country: long.kind === 'country' ? long.country : undefined });
        // ("Voice of Laos (VOL) News said": an outlet's head word after its short form closes its name.)
        k = long.kind === 'media' && MEDIA_HEADS.has(T[close + 1]?.lower ?? '') && UPPER.test(T[close + 1].text) ? close + 1 : close;
        continue;
      }
      // "Lin Wei, aka Lily Lin;", "A (also known as B)": another name of the same entity.
      const alias = idx >= 0 ? aliasAfter(T, j, s.last) : -1;
      if (alias > 0) {
        let e = alias;
        while (e < s.last && e < alias + 6 && isNameToken(c, e, s.first)) e++;
        if (e > alias) {
          add(alias, e, out[idx].kind, 'name', { defines: idx });
          k = e - 1;
          continue;
        }
      }
      // "the Tabriz Aircraft Manufacturing Company, or TAMCO,": an acronym given as the long name's other name.
      if (idx >= 0 && T[j]?.text === ',' && T[j + 1]?.lower === 'or' && j + 2 < s.last && ACRONYM.test(T[j + 2].text) &&
        (j + 3 >= s.last || /^[,.;)]$/.test(T[j + 3].text)) && out[idx].last - out[idx].first >= 3 && out[idx].kind !== 'country' && out[idx].kind !== 'person') {
        add(j + 2, j + 3, out[idx].kind, 'name', { defines: idx });
        k = j + 2;
        continue;
      }
      k = j - 1;
    }
  }
  const merged = sharedBodyHeads(c, attachPossessiveCountries(c, lowercaseBodies(c, out)));
  c.at = coverage(T.length, merged);
  c.mentions = merged;
  for (let i = 0; i < merged.length; i++) contextCues(c, merged, i);
  propagateInLists(c, merged);
  return merged;
}

/** Whether the article names a person by m's words elsewhere: with a person's cue, or as a person's family name. */
function personNamed(c: Ctx, ms: RawMention[], m: RawMention): boolean {
  return ms.some((o) => o !== m && o.surface === m.surface && o.cues.includes('person')) || familyNameOf(c, ms, m);
}

/** Heads of public bodies' names that firms' names use too ("Maxjet Service", "Kolvar Union"). */
const BODY_HEADS_FIRMS_USE = new Set(['service', 'union', 'office', 'bureau', 'agency']);

/** "three Chinese companies, A, B and C": a cue on one element of a list of names holds for all of them. */
function propagateInLists(c: Ctx, ms: RawMention[]): void {
  const T = c.tokens;
  let run: number[] = [];
  const flush = () => {
    // "A, B and other Dutch firms", "A and other companies": the description that closes the list says what its
    // names are.
    if (run.length && closedByOthers(c, ms[run[run.length - 1]].last)) {
      for (const i of run) if (ms[i].kind === null && !ms[i].cues.some((q) => q !== 'company')) ms[i].cues.push('company');
    }
    if (run.length > 1) {
      const open = run.filter((i) => ms[i].kind === null);
      const cued = run.filter((i) => ms[i].cues.includes('company') || ms[i].kind === 'company');
      // ("A Solutions, B Services and C Service": a name whose head also names public bodies is a firm among firms.)
      if (cued.length >= 2) {
        for (const i of run) {
          const m = ms[i];
          const words = m.surface.toLowerCase().split(/\s+/);
          // (Not a public body by its words: "Federal Security Service", "Customs Union".)
          if (m.kind === 'government' && !m.country && BODY_HEADS_FIRMS_USE.has(words[words.length - 1]) && !words.some((w) => PUBLIC_SERVICES.has(w) || GOVERNMENT_HEADS.has(w) && w !== words[words.length - 1])) {
            ms[i] = mention({ ...m, kind: 'company' });
          }
        }
      }
      // (Not to a name its own context calls something else: "seen by <outlet>, A and B".)
      if (cued.length && open.length) {
        for (const i of open) if (!ms[i].cues.some((q) => q !== 'company')) ms[i].cues.push('company');
      } else if (run.some((i) => ms[i].cues.includes('person'))) {
        // "A and B, who sell spare parts": a person's cue holds for the other personal names of the list.
        for (const i of open) if (!ms[i].cues.length && personShaped(c, ms[i].first, ms[i].last)) ms[i].cues.push('person');
      } else if (run.some((i) => ms[i].cues.includes('media') || ms[i].kind === 'media')) {
        // "reporting by A, B, and C": the outlets of a list are all outlets.
        // ("sanctions on the Vientiane Daily, A and B": an outlet named by its own shape holds for the list too.)
        // (Not a name the article gives a person elsewhere: "In an interview with the X Press, Varno said".)
        for (const i of open) if (!ms[i].cues.length && !personShaped(c, ms[i].first, ms[i].last) && !personNamed(c, ms, ms[i])) ms[i].cues.push('media');
      }
    }
    run = [];
  };
  // The last mention of the run, or a product code inside it ("brands such as A, Q3X, B and C": the list goes on).
  let prev: RawMention | null = null;
  // "made by A's X and B's Y": a country in the possessive right before a name stands in the list at that name's place.
  let owner = -1;
  const joinedToPrev = (m: RawMention, first: number): boolean => {
    if (!prev || prev.sent !== m.sent || first - prev.last > 5 || first === prev.last) return false;
    let k = prev.last;
    while (k < first && (T[k].lower === ',' || T[k].lower === 'and' || T[k].lower === 'or')) k++;
    if (k === prev.last || k - prev.last > 2) return false;
    // ("Under Mr A, B sold ...": a name closing a preposition's phrase, set off by its comma before the next name and
    // its verb, lists nothing.)
    const head = HONORIFICS.has(T[prev.first - 1]?.lower ?? '') ? prev.first - 2 : prev.first - 1;
    if (k === prev.last + 1 && T[prev.last].text === ',' && T[head]?.pos === 'ADP' && /^(?:VERB|AUX)$/.test(T[m.last]?.pos ?? '')) return false;
    // ("A, B, state-owned C and D": a member's own modifier in lower case, an adjective or a hyphenated one.)
    const lower = (q: number) => /^[a-z]+$/.test(T[q]?.text ?? '');
    const hyphen = (q: number) => T[q]?.text === '-' && !T[q].space && !T[q + 1]?.space;
    for (; k < first; k++) {
      const modifier = lower(k) && (T[k].pos === 'ADJ' || hyphen(k + 1) || hyphen(k - 1)) || hyphen(k) && lower(k - 1) && lower(k + 1);
      if (!modifier) return false;
    }
    return true;
  };
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    const first = owner >= 0 ? owner : m.first;
    owner = -1;
    if (m.kind === 'country' && m.possessive && ms[i + 1]?.first === m.last + 1 && ms[i + 1].kind === null) {
      owner = m.first;
      continue;
    }
    if (m.kind === 'product' && run.length && joinedToPrev(m, first)) {
      prev = m;
      continue;
    }
    if (m.kind === 'country' || m.kind === 'product' || m.kind === 'person') {
      flush();
      prev = null;
      continue;
    }
    if (run.length && !joinedToPrev(m, first)) flush();
    run.push(i);
    prev = m;
  }
  flush();
}

/** Whether "and other" and a plural company noun (past a few modifiers) follow token k: "... and other Dutch firms". */
function closedByOthers(c: Ctx, k: number): boolean {
  const T = c.tokens;
  if (!/^(?:and|or)$/.test(T[k]?.lower ?? '') || T[k + 1]?.lower !== 'other' || T[k].sent !== T[k + 1].sent) return false;
  for (let q = k + 2; q < Math.min(T.length, k + 6) && T[q].sent === T[k].sent; q++) {
    const t = T[q];
    if (COMPANY_CUES.has(t.lower) && (t.lower !== t.lemma || t.lower.endsWith('s'))) return true;
    if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.text === '-')) return false;
  }
  return false;
}

function coverage(n: number, mentions: RawMention[]): Int32Array {
  const at = new Int32Array(n).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.first; k < m.last; k++) at[k] = i;
  });
  return at;
}

/** "China's Foreign Ministry": a country in the possessive before a body without a country is that body's. */
function attachPossessiveCountries(c: Ctx, ms: RawMention[]): RawMention[] {
  const drop = new Set<number>();
  for (let i = 1; i < ms.length; i++) {
    const m = ms[i];
    const p = ms[i - 1];
    if (m.kind !== 'government' || m.country || p.kind !== 'country' || p.form === 'demonym' || !p.possessive) continue;
    if (p.last + 1 !== m.first) continue;
    m.first = p.first;
    m.start = p.start;
    m.surface = c.text.slice(m.start, m.end);
    m.country = p.country;
    m.countryNamed = true;
    drop.add(i - 1);
  }
  if (!drop.size) return ms;
  const keep = ms.filter((_, i) => !drop.has(i));
  // `defines` indices shift with the removal.
  const newIndex = new Map<number, number>();
  let n = 0;
  ms.forEach((_, i) => {
    if (!drop.has(i)) newIndex.set(i, n++);
  });
  for (const m of keep) if (m.defines !== undefined) m.defines = newIndex.get(m.defines);
  return keep;
}

/**
 * Whether the "and" at token j joins words inside one organisation's name: "<name> Research and Self-Reliance Defence
 * Organization", "Design and Manufacturing of <goods> Company". After an activity word the name's own head must
 * follow (an organisation's or a body's; a legal form only after business words alone), and after a line-of-business
 * word only business words may lead to it: "Duskmoor Electronics and Ferrowind LLC", "Acme Development and Borel
 * LLC" are two firms each.
 */
function activityJoin(c: Ctx, j: number, sentFirst: number, sentLast: number, before: string[], after: string[]): boolean {
  const T = c.tokens;
  const left = before[before.length - 1];
  // "Design and Manufacturing of ...": one activity word on each side, "of" after.
  if (before.length === 1 && plain(left) && after.length === 1 && plain(after[0]) && T[j + 2]?.lower === 'of') return true;
  if (!ACTIVITY_WORDS.has(left) && !COMPANY_WORDS.has(left)) return false;
  let allPlain = true;
  for (let q = j + 1, n = 0; q < sentLast && q < j + 9 && (isNameToken(c, q, sentFirst) || (T[q].text === '-' && !T[q].space)); q++) {
    if (T[q].text === '-') continue;
    const w = clipTok(T[q]);
    // ("Advanced Weapons and Research Complex": a facility's head closes it too.)
    if (n > 0 && (ORGANIZATION_HEADS.has(w) || GOVERNMENT_HEADS.has(w) || FACILITY_HEADS.has(w))) return allPlain || ACTIVITY_WORDS.has(left);
    if (n > 0 && CORPORATE_SUFFIXES.has(w)) return allPlain;
    if (!plain(w)) allPlain = false;
    n++;
  }
  return false;
}

/** Word endings of adjectives that open firms' names ("Pacific", "United", "General", "National", "Eastern"). */
const ADJECTIVE_SHAPE = /(?:al|ic|ed|ive|ous|ern|an|ish|ese)$/;

/**
 * "Tessaly Carbon and Graphite Manufacturing", "Brask Coal and Steel Industries Ltd": a distinctive name, then two
 * common words (materials, products) joined by "and" and a company word after them: one firm's name. Not "Kestrova
 * Carbon and Tessaly Manufacturing", whose second part opens with a name of its own.
 */
function materialsJoin(before: string[], after: string[]): boolean {
  const left = before[before.length - 1];
  const [right, head, suffix] = after;
  // (The second common word no adjective: "... and General Industries", "... and Pacific Shipping", "... and United
  // Industries" are second firms.)
  return before.length >= 2 && isEnglishWord(left) && !COMPANY_WORDS.has(left) && !!right && isEnglishWord(right) && !ADJECTIVE_SHAPE.test(right) &&
    !COMPANY_WORDS.has(right) && COMPANY_WORDS.has(head ?? '') && (suffix === undefined || CORPORATE_SUFFIXES.has(suffix));
}

/** "Design and Manufacturing of <goods> Company": activity words before "of", a company's legal form closing what follows. */
function activitiesOf(before: string[], after: string[]): boolean {
  if (after.length < 2 || !CORPORATE_SUFFIXES.has(after[after.length - 1])) return false;
  for (const w of before) if (w !== 'and' && !plain(w)) return false;
  return before.length > 0;
}

/**
 * "Attorney General <first> <last> of the Justice Department": a title, then a personal name ending right before "of"
 * at token j; the person ends at the name and "of" names the employer.
 */
function nameAfterTitle(T: Token[], j: number, before: string[]): boolean {
  let titled = -1;
  for (let i = 0; i < before.length && titled < 0; i++) if (PERSON_TITLES.has(before[i])) titled = i;
  if (titled < 0 || before.length - titled <= 2) return false;
  for (let q = j - 2; q < j; q++) if (!PERSON_WORD.test(T[q].text) || PERSON_TITLES.has(clipTok(T[q]))) return false;
  for (let i = Math.max(0, before.length - 2); i < before.length; i++) {
    const w = before[i];
    if (GOVERNMENT_HEADS.has(w) || ORGANIZATION_HEADS.has(w) || COMPANY_WORDS.has(w)) return false;
  }
  return true;
}

/** Words for what an organisation does, which "and" may join inside its name ("Research and Production Association"). */
const ACTIVITY_WORDS = new Set(['research', 'scientific', 'production', 'manufacturing', 'design', 'development', 'testing', 'construction', 'repair', 'maintenance', 'supply', 'procurement', 'weapons']);
const plain = (w: string): boolean => COMPANY_WORDS.has(w) || ACTIVITY_WORDS.has(w);

const HIS_HER = /^(?:his|her)$/;
/** Whether one to three capitalised words after token k end in a company word ("I Lathe Technology"). */
function companyRunAfter(T: Token[], k: number): boolean {
  for (let q = k + 1; q <= k + 3 && q < T.length && T[q].sent === T[k].sent && UPPER.test(T[q].text); q++) {
    const w = clipTok(T[q]);
    if (COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w) || FIRM_ENDINGS.has(w)) return true;
  }
  return false;
}
/** Words that make a region's name of a compass word ("Far Eastern", "Near East", "Upper Volga"). */
const REGION_MODIFIERS = new Set(['far', 'near', 'upper', 'lower', 'greater']);
/** Ordinals that may open a state body's name ("the Second Academy of ..."). */
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);
/** Heads of a state body's name that an ordinal may open. */
const ORDINAL_BODY_HEADS = new Set(['academy', 'bureau', 'directorate', 'department', 'institute', 'bank']);
/** Last words of firms' names that are no line of business of their own ("Machine Tools", "Steel Works"). */
const FIRM_ENDINGS = new Set(['tools', 'works', 'holding', 'holdings']);
const pluralCompanyNoun = (t: Token | null): boolean => !!t && (COMPANY_CUES.has(t.lower) || t.lower === 'brands') && t.pos === 'NOUN' && t.lower.endsWith('s');

/**
 * Whether the words `back` tokens before a mention are a plural company noun announcing it ("companies, including X"),
 * and no noun for people is announced with it ("traders and their firms, such as A and his firm B").
 */
function announcedByCompanies(c: Ctx, m: RawMention, back: number): boolean {
  const announced = pluralCompanyNoun(prevTok(c, m, back)) || (low(prevTok(c, m, back)) === ',' && pluralCompanyNoun(prevTok(c, m, back + 1)));
  if (!announced) return false;
  for (let b = 2; b <= 7; b++) if (PEOPLE_NOUNS.test(low(prevTok(c, m, b)))) return false;
  return true;
}

/** Whether "led by" before the mention follows a plural company noun closely: "firms in K – led by X". */
function ledFirms(c: Ctx, m: RawMention): boolean {
  for (let b = 3; b <= 9; b++) if (pluralCompanyNoun(prevTok(c, m, b))) return true;
  return false;
}

/**
 * Whether the list a mention stands in opens with a dash or colon right after a plural noun for people: "three
 * men — A, B and C", "two individuals: A and B".
 */
function listOpenedByPeople(c: Ctx, m: RawMention): boolean {
  const T = c.tokens;
  let q = m.first - 1;
  while (q > 1 && q > m.first - 30 && ((c.at?.[q] ?? -1) >= 0 || /^(?:,|and)$/.test(T[q]?.lower ?? ''))) {
    const at = c.at?.[q] ?? -1;
    q = at >= 0 ? (c.mentions?.[at].first ?? q) - 1 : q - 1;
  }
  const dash = /^(?:[―—–:]|--)$/.test(T[q]?.text ?? '') || (T[q]?.text === '-' && T[q].space);
  return dash && PEOPLE_NOUNS.test(T[q - 1]?.lower ?? '');
}

/** Whether the word `back` tokens before a mention (or before its comma) is a plural noun for people. */
function announcedByPeople(c: Ctx, m: RawMention, back: number): boolean {
  return PEOPLE_NOUNS.test(low(prevTok(c, m, back))) || (low(prevTok(c, m, back)) === ',' && PEOPLE_NOUNS.test(low(prevTok(c, m, back + 1))));
}

/** The verb or preposition after a noun that announces the members of a list ("firms including A", "the firms include A"). */
const INCLUDING = /^(?:including|include|includes|included)$/;

/** Plural nouns for people, announcing a list that may name persons. */
const PEOPLE_NOUNS = /^(?:individuals|men|women|businessmen|businesswomen|businesspeople|executives|people|persons|owners|nationals|citizens|officials|directors|managers|associates|billionaires|millionaires|oligarchs|tycoons|magnates|entrepreneurs|engineers|officers)$/;

/** The first token in [from, to) that is neither a title nor a title's qualifier ("Deputy Minister of ..." -> "of"); `to` if none. */
function titleWords(T: Token[], from: number, to: number): number {
  for (let q = from; q < to; q++) {
    const w = clipTok(T[q]);
    if (!PERSON_TITLES.has(w) && !TITLE_MODIFIERS.has(w)) return q;
  }
  return to;
}
/** Whether [ofAt, to) is "of" and the words of a state body or a country: "of Defense of Iran", "of the Treasury". */
function postOfState(c: Ctx, ofAt: number, to: number): boolean {
  const T = c.tokens;
  for (let q = ofAt; q < to; q++) {
    const w = clipTok(T[q]);
    if (w === 'of' || w === 'the' || w === 'and') continue;
    const place = placeAt(c, q, to);
    if (place && place.end === to) return true;
    // ("Chief of the General Staff", "Chief of Staff": the staff an officer heads.)
    const staff = w === 'staff' || (w === 'general' && clipTok(T[q + 1]) === 'staff');
    if (!(POLICY_AREAS.has(w) || BODY_MODIFIERS.has(w) || GOVERNMENT_HEADS.has(w) || FIELD_WORDS.has(w) || staff)) return false;
  }
  return true;
}
function hasPostTitle(T: Token[], from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (POST_TITLES.has(clipTok(T[q]))) return true;
  return false;
}

/** Titles of a post in a government or a company ("Minister of Defense", "Secretary of State", "Director of ..."). */
const POST_TITLES = new Set(['minister', 'secretary', 'director', 'chief', 'head', 'commander', 'chairman', 'president', 'governor', 'undersecretary']);

/** Words that qualify a title ("General Director", "Managing Director", "Chief Executive"). */
const TITLE_MODIFIERS = new Set(['managing', 'general', 'executive', 'deputy', 'assistant', 'acting', 'senior', 'chief', 'first', 'former', 'technical', 'commercial', 'financial', 'operating']);

/**
 * Roles only a person holds, as an apposition names them right after a name ("A, head of the agency,"): no role a firm
 * can hold too (owner, shareholder, founder, leader, supplier).
 */
const PERSONAL_ROLES = new Set(['head', 'director', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'secretary', 'chairman',
  'chairwoman', 'president', 'ceo', 'cfo', 'cto', 'analyst', 'researcher', 'economist', 'professor', 'fellow', 'journalist', 'reporter',
  'lawmaker', 'senator', 'ambassador', 'commander', 'adviser', 'advisor', 'envoy', 'editor', 'investigator', 'prosecutor', 'governor',
  'mayor', 'lawyer', 'diplomat', 'official', 'executive', 'officer', 'coordinator']);
/** Kin words: "A, daughter of B" makes A a person ("daughter" alone may name a subsidiary). */
export const KIN: ReadonlySet<string> = new Set(['daughter', 'son', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'widow']);
/** Words before such a role ("senior research fellow", "deputy head", "chief executive officer"). */
const ROLE_MODIFIERS = new Set([...TITLE_MODIFIERS, 'research', 'vice', 'press', 'program', 'programme', 'policy', 'project', 'sales']);
/** Words that may follow the role: its organisation or field, or the end of the apposition. */
const ROLE_FOLLOWERS = new Set(['of', 'at', 'for', 'to', 'in', 'with', ',', '.', ')', ';']);

/**
 * At token k: up to two modifiers, a personal role, then what may follow a role ("senior research fellow at"); the
 * role's organisation may open it ("the Trade Ministry's deputy minister", "Commerce Department deputy secretary").
 */
function roleApposition(c: Ctx, k: number): boolean {
  const T = c.tokens;
  const sent = T[k - 1]?.sent;
  let q = k;
  // (Past the organisation's capitalised words, and its possessive ending, to a role in lower case.)
  while (q < k + 5 && T[q]?.sent === sent && UPPER.test(T[q].text) && !PERSONAL_ROLES.has(T[q].lower)) q++;
  if (q > k && /^['’]s$/.test(T[q]?.text ?? '')) q++;
  // ("UK Trade Department Sanctions Coordinator": a role in capitals after its body's name, closing it.)
  if (q > k && !/^[a-z]/.test(T[q]?.text ?? '') && !(PERSONAL_ROLES.has(T[q]?.lower ?? '') && ROLE_FOLLOWERS.has(T[q + 1]?.lower ?? ''))) return false;
  const roleFirst = q;
  while (q < roleFirst + 2 && T[q]?.sent === sent && ROLE_MODIFIERS.has(T[q].lower) && !PERSONAL_ROLES.has(T[q].lower)) q++;
  // (A modifier that is also a role, "chief executive officer": the last role word counts.)
  while (T[q + 1]?.sent === sent && PERSONAL_ROLES.has(T[q].lower) && PERSONAL_ROLES.has(T[q + 1].lower)) q++;
  const role = T[q];
  if (!role || role.sent !== sent || !PERSONAL_ROLES.has(role.lower) || !/^[a-zA-Z]+$/.test(role.text)) return false;
  const after = T[q + 1];
  return !after || after.sent !== sent || ROLE_FOLLOWERS.has(after.lower);
}

/** Plural heads a coordination of bodies can share, with the singular each body's name takes. */
const SHARED_BODY_HEADS = new Map([['departments', 'Department'], ['ministries', 'Ministry']]);

/**
 * "the Treasury and State departments", "the Commerce, State and Treasury departments": names coordinated before one
 * plural head are each a body of that head. Each becomes a government mention named with the head in the singular
 * ("State Department"); the last one's span takes the head. A name with a corporate form, a country or a person's
 * shape is left alone ("the Moscow and Tula plants" are no bodies: only the heads above are read).
 */
function sharedBodyHeads(c: Ctx, ms: RawMention[]): RawMention[] {
  const T = c.tokens;
  for (let i = 0; i < ms.length; i++) {
    const last = ms[i];
    const head = SHARED_BODY_HEADS.get(T[last.last]?.text ?? '');
    if (!head || T[last.last].sent !== last.sent) continue;
    // Back over "A, B and", "A and": the coordinated names, each one or two words.
    const group = [i];
    for (let j = i - 1; j >= 0; j--) {
      const between = T.slice(ms[j].last, ms[group[0]].first).map((t) => t.lower);
      const joined = between.length === 1 && (between[0] === ',' || between[0] === 'and') || (between.length === 2 && between[0] === ',' && between[1] === 'and');
      if (!joined || ms[j].sent !== last.sent) break;
      group.unshift(j);
    }
    if (group.length < 2 || !group.every((g) => bodyCandidate(ms[g]))) continue;
    for (const g of group) {
      const m = ms[g];
      const words = m.surface.replace(/^the\s+/i, '').split(/\s+/);
      ms[g] = mention({
        ...m, kind: 'government', form: 'name', cues: cueList(), modifier: false, surface: `${words.join(' ')} ${head}`,
        body: canonicalBody([...words.map((w) => w.toLowerCase()), head.toLowerCase()]),
        ...(g === i ? { last: m.last + 1, end: T[m.last].end, possessive: T[m.last + 1]?.lower === "'s" } : {}),
      });
    }
  }
  return ms;
}

/**
 * A name that may be a body's in "the A and B departments": one or two words, each a field of government ("Treasury",
 * "State", "Homeland Security"); a company's "Sales and Marketing departments" are no bodies.
 */
function bodyCandidate(m: RawMention): boolean {
  if (m.last - m.first > 2 || m.possessive || m.country || !(m.kind === null || m.kind === 'government' || m.kind === 'company')) return false;
  for (const w of m.surface.replace(/^the\s+/i, '').toLowerCase().split(/\s+/)) if (!DEPARTMENT_FIELDS.has(w)) return false;
  return true;
}
/** Fields of government a department or ministry is named after. */
const DEPARTMENT_FIELDS = new Set(['treasury', 'state', 'commerce', 'justice', 'defense', 'defence', 'energy', 'homeland', 'security',
  'interior', 'labor', 'labour', 'agriculture', 'transportation', 'transport', 'finance', 'foreign', 'affairs', 'economy', 'economic',
  'trade', 'industry', 'health', 'education', 'emergencies', 'war']);

/** Policy words and heads of a government body written in lower case after its country ("the Russian defence ministry"). */
const BODY_MODIFIERS = new Set(['foreign', 'defence', 'defense', 'trade', 'commerce', 'economy', 'economic', 'finance', 'interior',
  'justice', 'industry', 'emergencies', 'energy', 'customs', 'agriculture', 'transport', 'health', 'treasury', 'state']);
const LOWERCASE_BODY_HEADS = new Set(['ministry', 'embassy', 'government', 'department']);
/**
 * A state's forces in lower case after its country ("the Russian military", "the Russian armed forces"): often only a
 * way of naming the country. Every such word names one body, the country's military ("the army" and "the armed
 * forces" of one article are the same buyer). ("Russian forces" alone is left to the country: reporting uses it as
 * often for the country at war as for its armed forces as a buyer.)
 */
const LOWERCASE_FORCES = new Set(['military', 'army']);
/** Two-word forms of LOWERCASE_FORCES. */
const LOWERCASE_FORCES_PAIRS = new Set(['armed forces', 'air force']);
/** Two-word heads of a state body written in lower case ("the Russian central bank"). */
const LOWERCASE_BODY_PAIRS = new Set(['central bank']);

/**
 * "the Russian defence ministry", "China's foreign ministry", "the Chinese embassy": a government body named in lower
 * case after its country. The country mention and the words after it become one government mention.
 */
function lowercaseBodies(c: Ctx, ms: RawMention[]): RawMention[] {
  const T = c.tokens;
  return ms.map((p) => {
    // "the <leader> administration": a government named after its head, one name of its own.
    const adm = T[p.last];
    if (p.kind !== 'country' && p.last - p.first <= 2 && !p.possessive && adm?.sent === p.sent && adm.text === 'administration' && T[p.first - 1]?.lower === 'the') {
      return mention({ ...p, last: p.last + 1, end: adm.end, surface: c.text.slice(p.start, adm.end), kind: 'government', form: 'name', cues: cueList(), modifier: false });
    }
    if (p.kind !== 'country' || !p.country || c.an.sentences[p.sent].titleCase) return p;
    let q = p.last + (p.possessive ? 1 : 0);
    const words: string[] = [];
    while (q < T.length && T[q].sent === p.sent && BODY_MODIFIERS.has(T[q].text) && words.length < 2) words.push(T[q++].text);
    const pair = q + 1 < T.length && T[q + 1].sent === p.sent && LOWERCASE_BODY_PAIRS.has(`${T[q].text} ${T[q + 1].text}`);
    // ("the Myanmar military", "Myanmar's military": a country's name used as a modifier after "the", or in the
    // possessive, is as good as its demonym.)
    const attributive = p.form === 'demonym' || (p.form === 'name' && (p.possessive || T[p.first - 1]?.lower === 'the'));
    const forcesPair = attributive && !pair && !words.length && q + 1 < T.length && T[q + 1].sent === p.sent &&
      LOWERCASE_FORCES_PAIRS.has(`${T[q].text} ${T[q + 1].text}`);
    if (forcesPair) q++;
    // ("the military junta", "the military regime": the forces as rulers are the same body.)
    const rulers = LOWERCASE_FORCES.has(T[q]?.text ?? '') && /^(?:junta|regime)$/.test(T[q + 1]?.text ?? '');
    const forces = attributive && !pair && !words.length && q < T.length && T[q].sent === p.sent &&
      (forcesPair || LOWERCASE_FORCES.has(T[q].text)) && ((T[q + 1]?.pos !== 'NOUN' && T[q + 1]?.text !== '-') || rulers);
    if (forces && rulers) q++;
    if (forcesPair && !forces) return p;
    // ("the US treasury department", "the US treasury": house styles that write a treasury in lower case.)
    const treasury = words.length === 1 && words[0] === 'treasury' && !LOWERCASE_BODY_HEADS.has(T[q]?.text ?? '');
    if (treasury) q--;
    else if (pair) words.push(T[q++].text);
    // ("the US government" names the country as its annotators and its sanctions do; "the Iranian government" a body.)
    else if (!forces && !(q < T.length && T[q].sent === p.sent && LOWERCASE_BODY_HEADS.has(T[q].text) && (T[q].text !== 'government' || p.form === 'demonym'))) return p;
    if (!treasury) words.push(T[q].text);
    const end = T[q].end;
    return mention({
      ...p, last: q + 1, end, surface: c.text.slice(p.start, end), kind: 'government', form: 'name', body: forces ? 'military' : canonicalBody(words),
      // The forces' demonym names their country as an actor's nationality does ("a Russian company").
      countryNamed: p.form !== 'demonym' || forces, possessive: T[q + 1]?.lower === "'s", modifier: false, cues: cueList(),
      // ("the Iranian government", like the forces, is often a way of naming the country: kept where a relation needs it.)
      standIn: forces || (p.form === 'demonym' && T[q].text === 'government'),
    });
  });
}

/** The country of a demonym or possessive country within the noun phrase before token k ("the Turkish company"). */
function countryBefore(c: Ctx, k: number, sent: number): string | undefined {
  if (!c.at || !c.mentions) return undefined;
  for (let q = k; q >= 0 && q > k - 6; q--) {
    const t = c.tokens[q];
    if (t.sent !== sent || /^[.;:!?"]$/.test(t.text)) return undefined;
    const mi = c.at[q];
    if (mi >= 0) {
      const m = c.mentions[mi];
      return m.kind === 'country' && (m.form === 'demonym' || m.possessive) ? m.country : undefined;
    }
    if (PREPOSITIONS.has(t.lower)) return undefined;
  }
  return undefined;
}

/** The country of the place named by the mention at token k: a country, or a large city ("Bishkek" → KG). */
function placeCountryAt(c: Ctx, k: number): string | undefined {
  const mi = c.at?.[k] ?? -1;
  if (mi < 0 || !c.mentions) return undefined;
  const p = c.mentions[mi];
  return p.kind === 'country' ? p.country : cityCountry(p.surface.replace(/^the\s+/i, ''));
}

/**
 * Where the text says an actor is: "X, based in Bishkek", "X, a trader headquartered in Dubai", "Moscow-based X".
 * After the name, only up to the next name, so "A sold to B, based in Almaty" locates B alone.
 */
function statedPlace(c: Ctx, m: RawMention): string | undefined {
  for (let a = 0; a < 8; a++) {
    const t = nextTok(c, m, a);
    if (!t || /^[.;:]$/.test(t.text)) break;
    if (a > 0 && (c.at?.[m.last + a] ?? -1) >= 0) break;
    if (LOCATED.test(t.lower) && nextTok(c, m, a + 1)?.lower === 'in') return placeCountryAt(c, m.last + a + 2);
  }
  const p1 = c.tokens[m.first - 1];
  const p2 = c.tokens[m.first - 2];
  if (p1 && p2?.text === '-' && !p2.space && p1.sent === m.sent && LOCATED.test(p1.lower)) return placeCountryAt(c, m.first - 3);
  return undefined;
}

const LOCATED = /^(based|headquartered|registered|located|incorporated)$/;

/** Words for where a story comes from: "cited officials", "citing sources familiar with". */
const SOURCE_NOUNS = /^(?:officials?|sources?|people|diplomats?|documents?|data)$/;

/** Whether a name goes on with "cited" or ", citing" and, past a few modifiers, the story's sources. */
function citesSources(c: Ctx, m: RawMention): boolean {
  // ("X, citing", "X said, citing", "X reported, citing".)
  let a = /^(?:said|says|reported)$/.test(nextTok(c, m, 0)?.lower ?? '') ? 1 : 0;
  if (nextTok(c, m, a)?.text === ',') a++;
  const verb = nextTok(c, m, a)?.lower;
  if (!(a === 0 ? verb === 'cited' || verb === 'cites' : verb === 'citing')) return false;
  for (let k = a + 1; k <= a + 4; k++) {
    const t = nextTok(c, m, k);
    if (!t) return false;
    if (SOURCE_NOUNS.test(t.lower)) return true;
    if (!(/^(?:ADJ|PROPN|DET|NUM|NOUN)$/.test(t.pos) || (c.at?.[m.last + k] ?? -1) >= 0)) return false;
  }
  return false;
}

/** The country whose people a plural demonym names ("Iranians" → Iran), or null. */
function nationOfPeople(word: string): PlaceEntry | null {
  if (word.length < 5 || !word.endsWith('s')) return null;
  const singular = word.slice(0, -1);
  const e = matchPlace(singular, 0);
  return e && e.form === 'demonym' && e.surface === singular ? e : null;
}

type AddFn = (first: number, last: number, kind: EntityKind | null, form: Form, extra?: Partial<RawMention>) => number;

/** Last words of a facility's name ("Tarvo Airport"), a place where a route goes through it. */
const FACILITY_PLACES = /^(?:airport|airfield|seaport|checkpoint|crossing)$/;
/** Words before a facility that make it a point on a route ("through Tarvo Airport"). */
const ROUTE_WORDS = /^(?:through|via|at|from|to|into|in)$/;

/** Last words that make a name with a code in it a firm's ("K7 Microsystems"), not a product ("Varlan-10 UAV"). */
const FIRM_LAST_WORDS = /^(?:microsystems|technologies|technology|systems|electronics|industries|solutions|semiconductors?|engineering|trading|airlines|airways|aviation|logistics|shipping)$/;

/** "(the Ukrainian) NGO Tracewatch": a kind written in capitals before a name, no part of it. */
const kindWordBefore = (T: Token[], k: number, j: number): boolean => T[k].text === 'NGO' && j - k > 1;

/** Measures a body imposes, as the head after its adjective: "sanctions", "embargo", "export controls", "restrictive measures". */
const MEASURE_HEADS = /^(?:sanctions?|embargo(?:es)?)$/;
const MEASURE_PAIRS = new Set(['export controls', 'restrictive measures']);

/**
 * Whether a measure's head follows token k, directly or after other bodies joined to the first ("European and US
 * sanctions", "European, British and US sanctions").
 */
function measureAfter(T: Token[], k: number, last: number): boolean {
  for (let q = k; q < last && q <= k + 6; q++) {
    const w = T[q].lower;
    if (MEASURE_HEADS.test(w) || (q + 1 < last && MEASURE_PAIRS.has(`${w} ${T[q + 1].lower}`))) return true;
    if (!(w === 'and' || w === ',' || /^\p{Lu}/u.test(T[q].text))) return false;
  }
  return false;
}

/** Classifies the chunk [k, j) by its shape and records one or more mentions; returns the main one or -1. */
function analyseChunk(
  c: Ctx, k: number, j: number, sentLast: number, add: AddFn,
  addPlace: (k: number, p: { entry: PlaceEntry; end: number }) => number,
): number {
  const T = c.tokens;
  let from = k;
  if (T[from].text === 'The' && j - from > 1) from++;
  if (kindWordBefore(T, from, j)) return add(from + 1, j, null, 'name', { cues: ['organization'] });
  // "UK Trade Department Sanctions Coordinator", "Trade Ministry Deputy Secretary": a post after its body's name names
  // no one (the person is named apart); the body is named all the same.
  if (j - from >= 3 && PERSON_TITLES.has(clipTok(T[j - 1]))) {
    let h = j - 1;
    while (h - 1 > from && (PERSON_TITLES.has(clipTok(T[h - 1])) || TITLE_MODIFIERS.has(clipTok(T[h - 1])) || FIELD_WORDS.has(clipTok(T[h - 1])))) h--;
    if (h - 1 > from && GOVERNMENT_HEADS.has(clipTok(T[h - 1]))) return analyseChunk(c, k, h, sentLast, add, addPlace);
  }
  // ("Justice for Laos": a campaign named for a country is an organisation.)
  if (j - from === 3 && CAUSE_WORDS.has(T[from].lower) && T[from + 1].lower === 'for' && placeAt(c, from + 2, j)) return add(from, j, 'organization', 'name');
  const place = placeAt(c, from, j);
  if (place && place.end === j) return addPlace(from, place);
  // ("sent radar sets to the North": in a text on North Korea, "the North" is the country; "the South" alike.)
  const korea = j - from === 1 && T[from - 1]?.lower === 'the' && /^(?:North|South)$/.test(T[from].text) && c.text.includes(`${T[from].text} Korea`);
  if (korea) return add(from, j, 'country', 'name', { country: T[from].text === 'North' ? 'KP' : 'KR' });
  // "the Iranians", "to the Russians": a nation's people, with the article, stand for the nation.
  const people = j - from === 1 && T[from - 1]?.lower === 'the' ? nationOfPeople(T[from].text) : null;
  if (people) return add(from, j, 'country', 'name', { country: people.code });
  // "European sanctions", "European and UK sanctions on B": the Union's measures, named by the adjective alone. A
  // stand-in under the Union's own name, kept only where a relation names it ("European officials", "European firms"
  // name no body).
  if (j - from === 1 && T[from].text === 'European' && measureAfter(T, j, sentLast)) {
    return add(from, j, 'government', 'name', { surface: 'European Union', standIn: true });
  }
  if (T.slice(from, j).every((t) => NEVER_ALONE.has(t.lower))) return -1;
  // ("designated A as a Specially Designated National, ...": a status the list gives, no one's name.)
  if (LIST_STATUS.test(T.slice(from, j).map((t) => t.lower).join(' '))) return -1;
  // "its General Director, <name>", "the Managing Director": a title alone names no one.
  // "the First Deputy Minister of Trade of X, <name>": a post names no one either; a country closing it is one.
  const post = titleWords(T, from, j);
  if (post === j) return -1;
  // (Only a post of a body or a state: "Chief Executive of Acme Technologies Inc, A" names the company, "Secretary of
  // State A B" the person, both read below.)
  if (post > from && T[post].lower === 'of' && hasPostTitle(T, from, post) && postOfState(c, post, j)) {
    let lastOf = post;
    for (let q = post + 1; q < j; q++) if (T[q].lower === 'of') lastOf = q;
    const country = placeAt(c, lastOf + 1, j);
    if (country && country.end === j) addPlace(lastOf + 1, country);
    return -1;
  }
  // "Central Asia", "the South Caucasus": places, never actors.
  if (REGIONS.has(c.text.slice(T[from].start, T[j - 1].end).toLowerCase())) return add(from, j, null, 'name', { cues: ['place'] });
  // "through Tarvo Airport", "via the Tarvo checkpoint": a facility on the route is a place, not a trader ("A owns Tarvo
  // Airport" names a company).
  const before = T[from - 1]?.lower === 'the' ? T[from - 2] : T[from - 1];
  if (j - from > 1 && FACILITY_PLACES.test(clipTok(T[j - 1])) && ROUTE_WORDS.test(before?.lower ?? '')) return add(from, j, null, 'name', { cues: ['place'] });
  const institution = INSTITUTIONS.get(c.text.slice(T[from].start, T[j - 1].end).toLowerCase().replace(/\./g, ''));
  if (institution) return add(from, j, institution, 'name');

  // Model codes: "Velo Models A140 & A900", "Chinese Kestro-5", "HW52V", "CQ-A".
  const codes: [number, number][] = [];
  for (let q = from; q < j; q++) {
    let r = q;
    let w = T[q].text;
    while (r + 2 < j && T[r + 1].text === '-' && !T[r + 1].space && !T[r + 2].space) {
      w += '-' + T[r + 2].text;
      r += 2;
    }
    if (isModel(w)) {
      codes.push([q, r + 1]);
      q = r;
    }
  }
  // "K7 Microsystems", "Q3 Technologies Ltd": a code inside a firm's name that ends in a company word.
  const lastWord = clipTok(T[j - 1]);
  if (codes.length && codes[codes.length - 1][1] < j && (FIRM_LAST_WORDS.test(lastWord) || CORPORATE_SUFFIXES.has(lastWord))) return add(from, j, 'company', 'name');
  // (A code that is the whole phrase.)
  const lone = codes.length === 1 && codes[0][0] === from && codes[0][1] === j;
  // "a Chinese company Velkor999", "the firm ZX-7": a code right after a company noun is the firm's name.
  if (lone && COMPANY_CUES.has(T[from - 1]?.lower ?? '')) return add(from, j, 'company', 'name');
  // ("a Laotian front company, ZX-7, and": the same in an apposition closed by a comma or the sentence's end.)
  const closed = /^[,.;)]$/.test(T[j]?.text ?? '') || T[j]?.sent !== T[from].sent;
  if (lone && T[from - 1]?.text === ',' && COMPANY_CUES.has(T[from - 2]?.lower ?? '') && closed) return add(from, j, 'company', 'name');
  // ("companies such as Velkor999 and B", "firms including ZX-7": a code a list of firms opens with is a firm.)
  const example = T[from - 1]?.lower === 'as' && T[from - 2]?.lower === 'such' ? from - 3 : /^(?:including|like)$/.test(T[from - 1]?.lower ?? '') ? from - 2 : -1;
  if (lone && example >= 0 && /^(?:companies|firms|suppliers|manufacturers|makers|traders|exporters)$/.test(T[example]?.lower ?? '')) return add(from, j, 'company', 'name');
  if (codes.length) {
    let ownerEnd = codes[0][0];
    while (ownerEnd > from && ['&', '-', ','].includes(T[ownerEnd - 1].text)) ownerEnd--;
    let main = -1;
    if (ownerEnd > from) {
      const p = placeAt(c, from, ownerEnd);
      if (p) addPlace(from, p);
      const start = p ? p.end : from;
      // The name before a model code is its maker.
      if (start < ownerEnd) main = add(start, ownerEnd, null, 'name', { cues: ['company'], country: p?.entry.code });
    }
    for (const [q, r] of codes) add(q, r, 'product', 'name');
    return main;
  }

  // ("US Attorney for the Eastern District of Orvania Martin Varno said": the place closing a title's "of" phrase, then
  // the officer's name; the place is no word of the person's.)
  if (j - from >= 3 && T[from - 1]?.lower === 'of' && titleBefore(T, from - 1) && givenNameFirst(T[j - 2].text, T[j - 1].text) && personShaped(c, j - 2, j)) {
    add(from, j - 2, null, 'name', { cues: ['place'] });
    return add(j - 2, j, 'person', 'name');
  }
  // Title and personal name: "Russian President <name>", "US Secretary of State Dana Whitlow".
  const words = T.slice(from, j).map((t) => clipTok(t));
  const raw = T.slice(from, j).map((t) => t.text);
  // "LLC <name>", "JSC <name>": a legal form in capitals before the name.
  if (j - from >= 2 && LEGAL_FORMS_BEFORE_QUOTES.has(words[0]) && ACRONYM.test(raw[0])) return add(from, j, 'company', 'name');
  // ("Joint Stock Company <name>", "Public Joint Stock Company <name>", "Limited Liability Company <name>": the legal form
  // written out before the name.)
  // (Not a law on such firms: "the Limited Liability Company Law".)
  if (WRITTEN_LEGAL_FORM.test(words.join(' ')) && lastWord !== 'law' && !LEGAL_INSTRUMENTS.has(lastWord)) return add(from, j, 'company', 'name');
  // ("the company National Orvel Card System": a nationality noun in capitals starts a name; it is no title.)
  const titleAt = words.findIndex((w, i) => PERSON_TITLES.has(w) && !HONORIFICS.has(w + '.') && !(DESCRIPTORS.has(w) && /^\p{Lu}/u.test(raw[i])));
  const honor = HONORIFICS.has(T[from].lower);
  if ((titleAt >= 0 || honor) && j - from >= 2) {
    // (The family name with its particle: "al-Kassar", "von Ritter".)
    const shift = j - 4 >= from && T[j - 2].text === '-' && HYPHEN_PARTICLES.has(T[j - 3].text) ? 2 : j - 3 >= from && SPACED_PARTICLES.has(T[j - 2].text) ? 1 : 0;
    const e = j - shift;
    let pStart = e - 2;
    // A third word of the name, unless it ends the title's field ("Deputy Minister for Trade and Economic Security
    // <first> <last>", "Director for Policy and Intelligence <first> <last>").
    const field = POLICY_AREAS.has(words[e - 3 - from]) || FIELD_WORDS.has(words[e - 3 - from]);
    // (Not the body a title names: "Secretary of the Treasury <first> <last>".)
    const body = T[e - 4]?.lower === 'the' || GOVERNMENT_HEADS.has(words[e - 3 - from]);
    if (e - 3 > from + Math.max(titleAt, 0) && PERSON_WORD.test(T[e - 3].text) && !CONNECT_OF.has(T[e - 4]?.lower ?? '') && !PERSON_TITLES.has(words[e - 3 - from]) && !field && !body) pStart = e - 3;
    // ("urged President Varno to ...": a head of state's or an official's post before a family name alone.)
    if ((honor || (SURNAME_TITLES.test(words[0]) && !isEnglishWord(words[1]))) && j - from === 2) pStart = j - 1;
    const tail = [...T.slice(pStart, e - 1), T[j - 1]].map((t) => t.text);
    // "National Security and Defense Council" ends on a body's head: no title and name in it.
    // Nor does a name ending in a legal form ("King <name> Technology Co Ltd" is a company, not a king).
    // (Nor a region's name: "Governor of Kestrova Province" governs a place.)
    const bodyHead = GOVERNMENT_HEADS.has(words[words.length - 1]) || ORGANIZATION_HEADS.has(words[words.length - 1]) || CORPORATE_SUFFIXES.has(words[words.length - 1]) ||
      LAND_HEADS.has(words[words.length - 1]);
    // (Nor a name of company words: "Head Orbital Technology" is a firm, not the head of one.)
    // (Nor a name after "the": "Attorney for the Southern District" names a court's district.)
    // (Nor the second of two fields joined by "and": "Deputy Director for Customs and Export Intelligence", a
    // title's whole name, which names no one.)
    if (!bodyHead && titleAt === 0 && pStart > from && T[pStart - 1].lower === 'and' && isEnglishWord(T[j - 1].lower)) return -1;
    if (!bodyHead && pStart > from + Math.max(titleAt, 0) && T[pStart - 1].lower !== 'the' && tail.every((w) => PERSON_WORD.test(w)) && !tail.some((w) => PERSON_TITLES.has(clip(w)) || COMPANY_WORDS.has(clip(w)))) {
      const pre = placeAt(c, from, pStart);
      if (pre) addPlace(from, pre);
      else {
        // "NATO Secretary General X", "OFAC Director Y": an acronym before the title names the employer.
        // ("VBI Cyber Branch Deputy Director X": the acronym alone, past its unit's words.)
        // ("Halvern CEO X": one word, no English one, before a business's title names the business.)
        const corporate = titleAt === 1 && CORPORATE_TITLES.has(words[titleAt]);
        if (titleAt >= 1 && ACRONYM.test(raw[0])) add(from, from + 1, null, 'name', { cues: [corporate ? 'company' : 'organization'] });
        else if (corporate && !isEnglishWord(words[0])) add(from, from + 1, null, 'name', { cues: ['company'] });
      }
      return add(pStart, j, 'person', 'name', { country: pre?.entry.code });
    }
  }

  if (place) {
    const rest = T.slice(place.end, j);
    const rw = rest.map((t) => clipTok(t));
    const h = kindFromWords(rw, rest.map((t) => t.text));
    const code = place.entry.code;
    // ("the Laos Chief of the General Staff, B": a country before a post; the post names no one, the country stays.)
    const post = titleWords(T, place.end, j);
    if (rest.length >= 2 && (post === j || (post > place.end && T[post].lower === 'of' && hasPostTitle(T, place.end, post) && postOfState(c, post, j)))) {
      addPlace(from, place);
      return -1;
    }
    // "US CIA", "UK MoD": an abbreviated country before an acronym names a national body.
    const agency = rest.length === 1 && ACRONYM.test(rest[0].text) && place.entry.exactCase && !GOODS_NOUNS.has(c.tokens[j]?.lower ?? '');
    if (h.kind === 'government' || agency) {
      return add(from, j, 'government', 'name', { country: code, body: canonicalBody(rw), countryNamed: place.entry.form !== 'demonym' });
    }
    // "the Varnian Institute of Science", "the Osrian Academy of Physics": a demonym opening an institution's name.
    if (place.entry.form === 'demonym' && h.kind === 'organization' && ORGANIZATION_HEADS.has(rw[0]) && rw[1] === 'of') {
      return add(from, j, 'organization', 'name', { country: code });
    }
    // ("Korean Air", "Turkish Airlines": a demonym and one company word alone are the firm's whole name.)
    if (place.entry.form === 'demonym' && rest.length === 1 && COMPANY_WORDS.has(rw[0]) && !CORPORATE_SUFFIXES.has(rw[0])) return add(from, j, 'company', 'name');
    // ("the Varnian Metallurgical Plant", "the Osrian Development Bank": after "the", a demonym before nothing but words
    // for an industry and a plant or a bank is the first word of the name; the rest alone names nothing.)
    if (place.entry.form === 'demonym' && T[from - 1]?.lower === 'the' && rest.length >= 2 && NAMED_BY_NATION_HEADS.has(rw[rw.length - 1]) &&
      rw.slice(0, -1).every((w) => INDUSTRY_DESCRIPTORS.has(w))) {
      return add(from, j, h.kind ?? 'company', 'name', { country: code });
    }
    // ("Laotian Helicopters", "Laotian Institute": a demonym and one common word capitalised inside a sentence, a word
    // the article also writes in lower case, are a name together; the word alone names nothing.)
    // ("Laotian Helicopters" in a list of firms: a word for goods capitalised inside a sentence in lower case alike.)
    if (place.entry.form === 'demonym' && rest.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(rest[0].text) &&
      (lowerCaseWords(c).has(rw[0]) || (GOODS_NOUNS.has(rw[0]) && !c.an.sentences[T[from].sent].titleCase))) {
      return add(from, j, h.kind, 'name', { country: code });
    }
    // ("the Laotian Resistance Center": a demonym before common words and an organisation's head opens its name; the
    // rest alone names nothing.)
    // (Two or three words only: "the Laotian Royal United Trade Institute" is a longer name the adjective describes.)
    if (place.entry.form === 'demonym' && h.kind === 'organization' && rest.length >= 2 && rest.length <= 3 && rw.every((w) => isEnglishWord(w))) {
      return add(from, j, 'organization', 'name', { country: code });
    }
    // ("The Laotian Insider reported", "according to the Laotian Times": after "the", a demonym before an outlet's
    // capitalised head word is the first word of the outlet's name; not before a noun: "the Laotian TV channel X".)
    if (place.entry.form === 'demonym' && T[from - 1]?.lower === 'the' && rest.length <= 2 && MEDIA_HEADS.has(rw[rw.length - 1]) &&
      rest.every((t) => UPPER.test(t.text)) && !(T[j]?.pos === 'NOUN' && /^\p{Ll}/u.test(T[j].text))) {
      return add(from, j, 'media', 'name', { country: code });
    }
    // ('"Laotian Optical and Mechanical Association"': a whole name in quotation marks keeps its demonym; not one word
    // after it, a project's title more often: 'the "Laotian Secrets" investigation'.)
    // (Nor a title before the noun of a text: 'the "Thai Defence Leaks" report'.)
    const titled = T[j + 1]?.pos === 'NOUN' && /^\p{Ll}/u.test(T[j + 1].text);
    if (place.entry.form === 'demonym' && OPEN_QUOTES.has(T[from - 1]?.text ?? '') && CLOSE_QUOTES.has(T[j]?.text ?? '') && rest.length >= 2 && !titled) {
      return add(from, j, h.kind ?? 'company', 'name', { country: code });
    }
    if (place.entry.form === 'demonym') {
      // A demonym modifies the name after it: "Chinese Kavex", "Russian Oboronsnab".
      addPlace(from, place);
      if (kindWordBefore(T, place.end, j)) return add(place.end + 1, j, null, 'name', { country: code, cues: ['organization'] });
      return add(place.end, j, h.kind, 'name', { country: code });
    }
    // A country or city opening a longer name is part of it: "China Eastern Machinery Group", "Washington Courier".
    const whole = kindFromWords(words, raw);
    const kind = whole.kind ?? h.kind;
    if (kind) return add(from, j, kind, 'name', { country: kind === 'company' && place.entry.form === 'name' ? code : undefined });
    // A capital city opening an unknown name is part of it too ("Beijing Tianyu Avionics").
    if (place.entry.form === 'capital') return add(from, j, null, 'name');
    addPlace(from, place);
    return add(place.end, j, null, 'name');
  }

  const h = kindFromWords(words, raw);
  if (h.kind === 'government') {
    // "Ministry of Defense of Ukraine": a trailing "of <country>" names the body's country.
    let country: string | undefined;
    let bodyWords = words;
    const ofIdx = words.lastIndexOf('of');
    if (ofIdx > 0) {
      const p = placeAt(c, from + ofIdx + 1, j);
      if (p && p.end === j) {
        country = p.entry.code;
        bodyWords = words.slice(0, ofIdx);
      }
    }
    return add(from, j, 'government', 'name', { country, body: canonicalBody(bodyWords), countryNamed: !!country });
  }
  return add(from, j, h.kind, 'name');
}

const prevTok = (c: Ctx, m: RawMention, back: number): Token | null => {
  const k = m.first - back;
  return k >= 0 && c.tokens[k].sent === m.sent ? c.tokens[k] : null;
};
const nextTok = (c: Ctx, m: RawMention, ahead: number): Token | null => {
  const k = m.last + ahead;
  return k < c.tokens.length && c.tokens[k].sent === m.sent ? c.tokens[k] : null;
};

const lem = (t: Token | null) => (t ? t.lemma.toLowerCase() : '');
const low = (t: Token | null) => (t ? t.lower : '');

/** Adds context cues ("company X", "X reported", "said X") to mention i. */
const prefixCache = new WeakMap<RawMention[], { n: number; map: Map<string, RawMention[]> }>();

/**
 * The mentions whose surface begins with a given word run followed by a space ("Izhevsk" and "Izhevsk
 * Electromechanical" lead to "Izhevsk Electromechanical Plant"), built once per mention list: asking each mention
 * against all others was quadratic.
 */
function mentionsStartingWith(all: RawMention[]): Map<string, RawMention[]> {
  const hit = prefixCache.get(all);
  if (hit && hit.n === all.length) return hit.map;
  const map = new Map<string, RawMention[]>();
  for (const o of all) {
    let at = o.surface.indexOf(' ');
    while (at > 0) {
      const key = o.surface.slice(0, at);
      const list = map.get(key);
      if (list) list.push(o);
      else map.set(key, [o]);
      at = o.surface.indexOf(' ', at + 1);
    }
  }
  prefixCache.set(all, { n: all.length, map });
  return map;
}

/** Nouns that describe a person by status rather than office ("a PRC national", "a US citizen"): titles only in lower case. */
const DESCRIPTORS = new Set(['national', 'citizen', 'individual', 'resident']);

/** Lower-case nouns for people and groups of them that a demonym before them gives a nationality to. */
const NATIONALS = new Set(['businessman', 'businessmen', 'businesswoman', 'owner', 'owners', 'citizen', 'citizens', 'national',
  'nationals', 'entrepreneur', 'entrepreneurs', 'individual', 'individuals', 'group', 'network', 'oligarch', 'oligarchs']);

/** A firm's trading partners, which a name in apposition may give: "its Laotian customer, X". */
const TRADING_PARTNERS = /^(?:customer|client|buyer|partner|counterparty|supplier)$/;

/**
 * Whether the demonym m heads a noun phrase about a company or a person: "a Lithuanian company", "the German tool
 * maker", "Belarusian businessmen". The country then stands in the article as an actor's nationality; before an
 * outlet or a think tank ("the British daily", "a German publication") it does not.
 */
function nationalityOf(c: Ctx, m: RawMention): boolean {
  let head: Token | null = null;
  for (let a = 0; a < 4; a++) {
    const t = nextTok(c, m, a);
    if (!t || (c.at?.[m.last + a] ?? -1) >= 0) break;
    if (t.text === '-' && !t.space) continue;
    if (!/^[a-z]/.test(t.text) || !(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'VERB')) break;
    head = t;
    if (t.pos === 'NOUN' && !(nextTok(c, m, a + 1)?.pos === 'NOUN')) break;
  }
  if (!head || head.pos !== 'NOUN') return false;
  if (MEDIA_CUES.has(head.lower) || ORGANIZATION_CUES.has(head.lower)) return false;
  return COMPANY_CUES.has(head.lower) || ACTOR_NOUNS.has(head.lower) || NATIONALS.has(head.lower) || STATE_ORGANS.has(head.lower);
}

/** Whether a person's title stands a few words before token k in its sentence, no verb between: "Attorney for the District (of)". */
function titleBefore(T: Token[], k: number): boolean {
  for (let d = k - 1; d >= 0 && d > k - 10 && T[d].sent === T[k].sent; d--) {
    if (PERSON_TITLES.has(T[d].lower) || PERSON_TITLES.has(T[d].lemma)) return true;
    if (T[d].pos === 'VERB' || /^[,;:.]$/.test(T[d].text)) return false;
  }
  return false;
}

/**
 * Whether the noun at k heads a phrase that a preposition joins to a person's title before it: "company" in "a former
 * engineer for a semiconductor company".
 */
function ofPersonsTitle(c: Ctx, k: number): boolean {
  const T = c.tokens;
  let d = k - 1;
  while (d > k - 4 && d >= 0 && /^(?:NOUN|ADJ)$/.test(T[d].pos) && /^[a-z-]+$/.test(T[d].text)) d--;
  if (!/^(?:a|an|the)$/.test(T[d]?.lower ?? '')) return false;
  return T[d - 1]?.pos === 'ADP' && T[d - 1].sent === T[k].sent && T[d - 2]?.sent === T[k].sent && PERSON_TITLES.has(T[d - 2].lower);
}

/**
 * Cues that place a name a firm by what stands around it: a country's possessive or demonym before one word, "X of
 * <country>", a place's "-based" before the name.
 */
function placedFirm(c: Ctx, all: RawMention[], m: RawMention, shaped: boolean): void {
  const single = m.last - m.first === 1;
  const p1 = prevTok(c, m, 1);
  const n0 = nextTok(c, m, m.possessive ? 1 : 0), n1 = nextTok(c, m, m.possessive ? 2 : 1);
  // ("Vietnam's Halvern", "the Laos's Tessaly": one word that a country's possessive owns is a firm of that country, when
  // it is no English word, given name, family name of the text or place, and the sentence is no headline in title case.)
  // (Not before a noun or a model's hyphen, which the possessive owns: "K's Halvern platform", "K's Tessaly region".)
  // ("Vietnamese Tessaly": after a demonym alike; "Orvanne of Vietnam": before "of" and a country.)
  // ("the Laotian Halvern or Tessaly database": nor before a noun past a name joined to it.)
  const beforeNoun = commonNounOrHyphen(n0) || (/^(?:and|or)$/.test(low(n0)) && !!n1 && /^\p{Lu}/u.test(n1.text) && commonNounOrHyphen(nextTok(c, m, 2)));
  // (Not after "the": "the Assembly of Laos" is the country's own body.)
  const ofCountry = low(n0) === 'of' && low(p1) !== 'the' && (c.at?.[m.last + 1] ?? -1) >= 0 && c.mentions?.[c.at![m.last + 1]].kind === 'country' && c.mentions[c.at![m.last + 1]].form === 'name';
  if (single && (countryPossessed(c, m) || (demonymBefore(c, m) && !ACRONYM.test(m.surface)) || ofCountry) && !c.an.sentences[m.sent].titleCase &&
    !isEnglishWord(m.surface.toLowerCase()) && !beforeNoun &&
    !isGivenName(m.surface) && !isTown(m.surface) && !REGIONS.has(m.surface.toLowerCase()) && !familyNameOf(c, all, m)) {
    m.cues.push('company');
    return;
  }
  // ("the Laos-based Tessaly", "the Hanoi-based Halvern": a name right after a place's "-based" or "-registered".)
  // (Not a person's family name the text gives in full: "Laos-based Brask faces charges" after "Oleg Brask".)
  if (!shaped && basedBefore(c, m) && !beforeNoun && !familyNameOf(c, all, m)) m.cues.push('company');
}

/**
 * The participle of "-based", "-registered" or "-headquartered" joined to a place right before the mention, past a
 * quote that opens the name ('the Laos-based "Tessaly"'), or null.
 */
function basedBefore(c: Ctx, m: RawMention): Token | null {
  const quoteLen = OPEN_QUOTES.has(prevTok(c, m, 1)?.text ?? '') ? 1 : 0;
  const based = prevTok(c, m, 1 + quoteLen), hyphen = prevTok(c, m, 2 + quoteLen);
  return BASED_WORDS.test(low(based)) && !based!.space && hyphen?.text === '-' && !hyphen.space ? based : null;
}

/** Whether a token is a common noun or a hyphen joined to the word before it (what a name before it modifies). */
function commonNounOrHyphen(t: Token | null | undefined): boolean {
  return !!t && ((/^[a-z]/.test(t.text) && t.pos === 'NOUN') || (t.text === '-' && !t.space));
}

/** Whether a country's demonym comes right before a mention ("Vietnamese" in "Vietnamese Tessaly"). */
function demonymBefore(c: Ctx, m: RawMention): boolean {
  const k = c.at?.[m.first - 1] ?? -1;
  const o = k >= 0 ? c.mentions?.[k] : undefined;
  return !!o && o.kind === 'country' && o.form === 'demonym' && o.last === m.first;
}

/** Whether a country's possessive comes right before a mention ("Vietnam's" in "Vietnam's Halvern"). */
function countryPossessed(c: Ctx, m: RawMention): boolean {
  const k = c.at?.[m.first - 2] ?? -1;
  const o = k >= 0 ? c.mentions?.[k] : undefined;
  return !!o && o.kind === 'country' && o.form === 'name' && o.possessive && o.last === m.first - 1 && /^['’]s$/.test(c.tokens[m.first - 1].text);
}

/**
 * Whether a one-word mention is the last word of a person-shaped name the article gives in full, or with `orFirst` its
 * first word too (family names come first in some).
 */
function familyNameOf(c: Ctx, all: RawMention[], m: RawMention, orFirst = false): boolean {
  return all.some((o) => o.last - o.first >= 2 && (c.tokens[o.last - 1].text === m.surface || (orFirst && c.tokens[o.first].text === m.surface)) &&
    personShaped(c, o.first, o.last));
}

function contextCues(c: Ctx, all: RawMention[], i: number): void {
  const m = all[i];
  const p1 = prevTok(c, m, 1), p2 = prevTok(c, m, 2), p3 = prevTok(c, m, 3);
  const n0 = nextTok(c, m, m.possessive ? 1 : 0), n1 = nextTok(c, m, m.possessive ? 2 : 1);
  // Goods modifier: "Kavex drones", "Chinese-made drones", "Chinese military equipment".
  // ("German, Italian and even Swiss-made machine tools": past the other demonyms of a list before the goods.)
  let listed = 0;
  for (let a = 0, seen = 0; a < 4 + listed && seen < 3; a++) {
    const t = nextTok(c, m, a + (m.possessive ? 1 : 0));
    if (!t) break;
    if (t.text === '-' && a === 0) continue;
    const other = c.at?.[m.last + a + (m.possessive ? 1 : 0)] ?? -1;
    if (m.form === 'demonym' && listed < 16 && (/^(?:,|and|or|even|-)$/.test(t.lower) || (other >= 0 && (c.mentions?.[other].kind === 'country' || c.mentions![other].last - c.mentions![other].first === 1)) ||
      (other < 0 && t.pos === 'ADJ' && /^\p{Lu}\p{Ll}+$/u.test(t.text)))) {
      listed++;
      continue;
    }
    if (GOODS_NOUNS.has(t.lower) && t.pos !== 'VERB') {
      // ... unless the goods word itself modifies an actor noun ("Istanbul electronics distributor").
      const after = nextTok(c, m, a + 1 + (m.possessive ? 1 : 0));
      if (!(after && (COMPANY_CUES.has(after.lower) || GOODS_NOUNS.has(after.lower) && COMPANY_CUES.has(nextTok(c, m, a + 2 + (m.possessive ? 1 : 0))?.lower ?? '')))) m.modifier = true;
      break;
    }
    if (!/^[a-z]/.test(t.text) || !(t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && (t.lower === 'made' || (/^(?:produced|manufactured|built)$/.test(t.lower) && nextTok(c, m, a - 1 + (m.possessive ? 1 : 0))?.text === '-'))))) break;
    seen++;
  }
  if (m.kind === 'country' && m.form === 'demonym' && !m.possessive) m.nationality = nationalityOf(c, m);
  if (m.kind === 'country' || m.kind === 'product') return;
  const cues = m.cues;
  // "shipped to Almaty", "a Shenzhen resident": a large city is a place unless something else says otherwise.
  if (m.kind === null && !m.possessive && isCity(m.surface.replace(/^the\s+/i, ''))) cues.push('place');
  // "the X Canal", "the Y Strait", "the Adriatic": a body of water or a passage is a place a ship passes.
  if (m.kind === null && !m.possessive && (low(p1) === 'the' || /^the\s/i.test(m.surface)) && waterBody(m.surface)) cues.push('place');
  if (m.kind === null && !m.possessive && landform(m.surface)) cues.push('place');
  // ("the Orvanne desert", "the Kestrova region": a name before a landform's or region's noun in lower case names the place.)
  if (m.kind === null && !m.possessive && /^(?:desert|peninsula|mountains|valley|coast|region|province)$/.test(n0?.text ?? '')) cues.push('place');
  // ("the Orvanne border crossing", "the Orvanne checkpoint": a place where goods cross a border; not "trucks hired by
  // Orvanne crossing into Laos", a verb.)
  if (m.kind === null && !m.possessive && (low(p1) === 'the' || /^the\s/i.test(m.surface)) && /^(?:border|checkpoint|crossing)$/.test(n0?.text ?? '')) cues.push('place');
  // ("the M/V Kestrova": a ship carries goods; it is no party to their trade, nor is "the Kestrova" the article then
  // calls it.)
  // ("the Lady K." at a sentence's end is the ship too.)
  const vessels = vesselNames(c, all);
  const bare = m.surface.replace(/^the\s+/i, '');
  if ((m.kind === null || m.kind === 'person') && (VESSEL_PREFIX.test(m.surface) || vessels.has(bare) || vessels.has(bare.replace(/\.$/, '')))) {
    m.kind = null;
    cues.push('place');
  }
  const single = m.last - m.first === 1;
  const shaped = personShaped(c, m.first, m.last);
  // "Bertrand Olskiy", "Yury Olskiy": a person-shaped name (no country opens one) that opens with a common given name
  // or ends in a surname's ending; "S.V. Olskiy": initials and a family name; "Parven Olsk" where the article also
  // writes "Mr Olsk".
  const [firstWord, lastWord] = [c.tokens[m.first].text, c.tokens[m.last - 1].text];
  const initialled = m.last - m.first === 2 && INITIALS.test(firstWord);
  // ("Azamat Uulu Bekov", "Aigul Kyzy Asanova": a Turkic patronymic's word, "son of" or "daughter of", between the names.)
  const patronymic = m.last - m.first === 3 && PATRONYMIC_WORDS.has(c.tokens[m.first + 1].lower);
  // ("Aliaksei Ivanavich Olskau": a Slavic patronymic between two names makes a person, whatever the list around it.)
  if (shaped && m.kind === null && m.last - m.first === 3 && PATRONYMIC.test(c.tokens[m.first + 1].text) && /^\p{Lu}\p{Ll}+$/u.test(c.tokens[m.first + 1].text)) m.kind = 'person';
  if (shaped && m.kind === null && !cues.length && (givenNameFirst(firstWord, lastWord) || surnameLast(firstWord, lastWord) || initialled ||
    titledSurnames(c).has(lastWord) || !!c.personTails?.has(m.first) || patronymic || koreanName(c.tokens.slice(m.first, m.last).map((t) => t.text)))) cues.push('person');

  // ("16% from Orvanne Devices, 5% from KMD": a supplier's share of the goods counted; not a change, "Exports rose 12%
  // from K", "fell by 8 percent from K".)
  const changed = prevTok(c, m, p2?.text === '%' || low(p2) === 'percent' ? 4 : 5);
  const share = p2?.text === '%' || /^(?:percent|cent)$/.test(low(p2));
  if (m.kind === null && !shaped && low(p1) === 'from' && share && changed?.pos !== 'VERB' && !/^(?:up|down|by)$/.test(low(changed))) cues.push('company');
  // Company: "the Turkish company Kalvex", "a company called X", "procurement company, OKB Sever",
  // "X, a company cooperating with ...", "Orsk arms firm".
  let cueAt = -1;
  // (Not "the news aggregator X", an outlet: see below.)
  const newsAggregator = /^aggregators?$/.test(low(p1)) && low(p2) === 'news';
  if (COMPANY_CUES.has(low(p1)) && !newsAggregator) cueAt = m.first - 1;
  else if (NAMING_VERB.test(low(p1)) && [p2, p3].some((t) => COMPANY_CUES.has(low(t)))) cueAt = m.first - 2;
  // (A quoted name: 'a company called "X"'.)
  else if (OPEN_QUOTES.has(p1?.text ?? '') && NAMING_VERB.test(low(p2)) && (COMPANY_CUES.has(low(p3)) || COMPANY_CUES.has(low(prevTok(c, m, 4))))) cueAt = m.first - 3;
  // ("A one-time engineer at a chip company, X,": not a company noun in a preposition's phrase after a person's title,
  // which X holds.)
  else if ((low(p1) === ',' || (!!p1 && DASHES.test(p1.text) && p1.space)) && COMPANY_CUES.has(low(p2)) && !ofPersonsTitle(c, m.first - 2)) cueAt = m.first - 2;
  // ("misled by its Laotian customer, X": a firm's trading partner, given its nationality, named in apposition; not a
  // person's name, "its customer, Martin Varno".)
  else if (low(p1) === ',' && TRADING_PARTNERS.test(low(p2)) && !shaped && (!!countryBefore(c, m.first - 3, m.sent) || /^(?:its|their)$/.test(low(p3)))) cueAt = m.first - 2;
  // "The companies are X and Y", "The two firms were X, Y and Z": a plural company noun given by a copula (the list's
  // other names take the cue from the first).
  // ("The Laotian companies are X": a demonym or adjective before the noun too.)
  else if (/^(?:are|were)$/.test(low(p1)) && COMPANY_CUES.has(low(p2)) && p2!.lower !== p2!.lemma &&
    (low(p3) === 'the' || (prevTok(c, m, 3)?.pos === 'NUM' || prevTok(c, m, 3)?.pos === 'ADJ' || p3?.lower !== p3?.text) && low(prevTok(c, m, 4)) === 'the')) cueAt = m.first - 2;
  // "a Slovak company with Russian owners, X,", "The firm named here is X": the noun's phrase before a comma or
  // a copula, a few common words after the noun.
  else if ((low(p1) === ',' || COPULA.has(low(p1))) && !m.possessive) cueAt = describedBefore(c, m);
  // ('the company "X"': a quoted name after the noun.)
  else if (OPEN_QUOTES.has(p1?.text ?? '') && COMPANY_CUES.has(low(p2))) cueAt = m.first - 2;
  if (cueAt >= 0) {
    cues.push('company');
    m.country ??= countryBefore(c, cueAt - 1, m.sent);
  }
  // "A and his company B", "A and her firm": "his" or "her" refers back to a person.
  // ("A and two of his companies": past a count.)
  if (shaped && !m.possessive && low(n0) === 'and' && (HIS_HER.test(low(n1)) ||
    (n1?.pos === 'NUM' && low(nextTok(c, m, 2)) === 'of' && HIS_HER.test(low(nextTok(c, m, 3)))))) cues.push('person');
  // "five sanctioned billionaires, including X and Y": a list of personal names that a plural noun for people announces.
  if (shaped && ((INCLUDING.test(low(p1)) && announcedByPeople(c, m, 2)) || (low(p1) === 'as' && low(p2) === 'such' && announcedByPeople(c, m, 3)))) cues.push('person');
  // ("three men — A, B and C —", "two individuals: A and B": names a plural noun for people sets off, each of them.)
  else if (shaped && listOpenedByPeople(c, m)) cues.push('person');
  // "four Chinese companies, including X", "firms such as X", "the firms include X": a list that a plural company
  // noun announces.
  if (cueAt < 0 && ((INCLUDING.test(low(p1)) && announcedByCompanies(c, m, 2)) || (low(p1) === 'as' && low(p2) === 'such' && announcedByCompanies(c, m, 3)))) cues.push('company');
  // ("the biggest firms in the trade – led by X, Y and Z": the leaders a plural company noun's group names.)
  else if (cueAt < 0 && !shaped && low(p1) === 'by' && low(p2) === 'led' && ledFirms(c, m)) cues.push('company');
  m.country ??= statedPlace(c, m);
  const n1Country = (c.at?.[m.last + 1] ?? -1) >= 0 && c.mentions?.[c.at![m.last + 1]].kind === 'country';
  // "Rakesh Menon, Gulf Meridian's managing director, said": an apposition opening with an employer's possessive.
  const n1Possessive = (c.at?.[m.last + 1] ?? -1) >= 0 && !!c.mentions?.[c.at![m.last + 1]].possessive;
  // ("X -- a leading drone maker -- said": an apposition set off by dashes.)
  const dash = !!n0 && DASHES.test(n0.text) && n0.space;
  // ("supporting 'X', a company that": a quoted name, its apposition after the closing quote.)
  const quoted = !m.possessive && !!p1 && !!n0 && /^['"“‘«]$/.test(p1.text) && /^['"”’»]$/.test(n0.text) && low(n1) === ',';
  const lead = (m.possessive ? 1 : 0) + (quoted ? 1 : 0);
  const appoAt = (a: number) => nextTok(c, m, a + lead);
  if ((low(n0) === ',' || dash || quoted) && (['a', 'an', 'the'].includes(low(appoAt(1))) || n1Country || n1Possessive)) {
    for (let a = 2; a < 8; a++) {
      const t = appoAt(a);
      if (!t || /^[,.;:]$/.test(t.text) || (dash && t.text === n0!.text)) break;
      // "X, a British research institute,", "X, a Paris-based group tracking arms sales,": a body that studies or
      // campaigns ("group" only so described: "a Chinese group" is a firm's).
      const next = appoAt(a + 1);
      const studyGroup = t.lower === 'group' && (/^(?:research|monitoring|advocacy|investigative|watchdog|campaign)$/.test(appoAt(a - 1)?.lower ?? '') ||
        /^(?:monitoring|tracking|investigating|researching|documenting)$/.test(next?.lower ?? ''));
      if (studyGroup || ((ORGANIZATION_CUES.has(t.lower) || STUDY_BODIES.has(t.lower)) && !(next && next.pos === 'NOUN' && /^[a-z]/.test(next.text)))) {
        // (A person is no institute: the shape of the name does not matter here.)
        cues.push('organization');
        break;
      }
      // ("X, Laos's chief exporter entity,": a sanctions notice's word for a firm, in an apposition.)
      if (COMPANY_CUES.has(t.lower) || t.lower === 'entity') {
        // "According to data seen by A, the firms supplied ...": one name is no apposition to a plural noun.
        // ("A, the firms' main supplier,": a possessive is not the head.)
        const possessed = /^['’]/.test(nextTok(c, m, a + lead + 1)?.text ?? '');
        if (t.lower !== t.lemma && t.lower.endsWith('s') && !possessed && low(p1) !== ',' && low(p1) !== 'and') break;
        // "Example Asia, the Japanese firm Hanto Denki": the noun belongs to the name after it.
        const nextName = (c.at?.[m.last + a + lead + 1] ?? -1) >= 0;
        if (!nextName) {
          cues.push('company');
          // "X, a Russian distributor": the demonym in the apposition is X's country.
          m.country ??= countryBefore(c, m.last + a + lead - 1, m.sent);
        }
        break;
      }
      // ("X, Laos's national airline,": "national" before a noun is no person's nationality.)
      if ((PERSON_TITLES.has(t.lemma) || PERSON_TITLES.has(t.lower)) && !(t.lower === 'national' && next?.pos === 'NOUN' && /^[a-z]/.test(next.text))) {
        if (shaped) cues.push('person');
        break;
      }
      // ("X, the EU law enforcement authority,": a public body; not "X, the agency said", the speaker of the sentence, nor
      // one the apposition only names in passing ("X, the agency's former director").)
      const ofUn = () => { for (let b = 1; b < a; b++) if (/^(?:un|u\.n\.)$/.test(appoAt(b)?.lower ?? '')) return true; return false; };
      if (GOVERNMENT_CUES.has(t.lower) && !(next && next.pos === 'NOUN' && /^[a-z]/.test(next.text)) && !SPEECH_VERBS.has(next?.lower ?? '') &&
        !/^['’]s$/.test(next?.text ?? '')) {
        // (A private trade's agency is a business; the UN's, an international body.)
        cues.push(PRIVATE_AGENCIES.test(appoAt(a - 1)?.lower ?? '') ? 'company' : ofUn() ? 'organization' : 'government');
        break;
      }
      // ("X, a Laotian newspaper,", "X, an international broadcaster and news outlet in Laos": an outlet.)
      if (MEDIA_CUES.has(t.lower) && !(next && next.pos === 'NOUN' && /^[a-z]/.test(next.text))) {
        cues.push('media');
        break;
      }
    }
  }
  // "X is in fact a private engineering firm", "X was a major supplier of": a copula that says what X is.
  // ("Brask Orvel is a front company": two capitalised words too, where the noun is a firm's own; "Martin Varno is a
  // major supplier" may be a person.)
  const described = !m.possessive && m.kind === null ? copularCompany(c, m) : null;
  if (described && (!shaped || FIRM_HEADS.test(described))) cues.push('company');
  // ("X, owned by A, buys parts": what an owner holds is a business.)
  if (!m.possessive && !shaped && m.kind === null && low(n0) === ',' && /^(?:owned|controlled)$/.test(low(n1)) && low(nextTok(c, m, 2)) === 'by') cues.push('company');
  // "X, maker of Russian bombers", "X, a supplier of": an apposition naming a maker without a determiner.
  if (low(n0) === ',' && n1 && COMPANY_CUES.has(n1.lower) && low(nextTok(c, m, (m.possessive ? 1 : 0) + 2)) === 'of' && !shaped) cues.push('company');
  // "X owner Y said", "X founder Y": a name modifying the owner of a named person is a business.
  if (!m.possessive && n0 && /^(?:owner|co-owner|founder|co-founder|ceo|shareholder)$/.test(n0.lower) && n1 && /^\p{Lu}/u.test(n1.text) && !shaped) cues.push('company');
  // ("at Orvanne shipyard", "with Orvanne plant": a name before a works noun is the works' own, a business; "the Tula
  // plant", a town's, has its place cue besides.)
  if (!m.possessive && !shaped && m.kind === null && /^(?:shipyard|plant|factory|works|refinery|arsenal)$/.test(low(n0))) cues.push('company');
  // ("whose X subsidiary makes", "the X affiliate in P": a name modifying a firm's unit is the firm's, a business.)
  if (!m.possessive && !shaped && /^(?:subsidiary|subsidiaries|affiliate|affiliates)$/.test(low(n0))) cues.push('company');
  // "X, founded by Y,", "X, owned by Y": a reduced relative that only a business takes.
  if (low(n0) === ',' && n1 && /^(?:founded|established|incorporated|registered)$/.test(n1.lower) && low(nextTok(c, m, (m.possessive ? 1 : 0) + 2)) === 'by' && !shaped) cues.push('company');
  // "X, which develops missile defence systems": a relative clause with a business verb.
  if (low(n0) === ',' && low(n1) === 'which' && BUSINESS_VERBS.has(lem(nextTok(c, m, (m.possessive ? 1 : 0) + 2)))) cues.push('company');
  // "the Yekaterinburg company", "the Tula plant" (no name after the noun): a place the company is in. A company's
  // own name does not take "the" before a noun like this; "the Turkish company Ozkan" is a demonym, handled above.
  // ("a Luebeck trading company": the indefinite article alike.)
  if (single && !m.possessive && /^(?:the|a|an)$/.test(low(p1)) && m.kind === null) {
    const nounAt = n0 && COMPANY_CUES.has(n0.lower) ? 0 : n0 && /^[a-z]/.test(n0.text) && COMPANY_CUES.has(low(n1)) ? 1 : -1;
    if (nounAt >= 0) {
      const after = nextTok(c, m, nounAt + 1);
      const named = (c.at?.[m.last + nounAt + 1] ?? -1) >= 0 || (after?.text === ',' && (c.at?.[m.last + nounAt + 2] ?? -1) >= 0);
      // "the Izhevsk plant" after "the Izhevsk Electromechanical Plant" is that plant's short form, not a place.
      const shortForm = (mentionsStartingWith(all).get(m.surface) ?? []).some((o) => o !== m);
      // ("the Tarsline company" where the article also writes "the Armenian company Tarsline": the firm's own name.)
      // (Nor "the ORMIK company": no town is written in capitals.)
      // ("the Kestrovtekh company", in translated reporting: a word no town, region or English word is, before a
      // firm's noun, is the firm's own name.)
      // (Nor a word shaped like a place's name: "the Sverdlovsk company", "the Kaliningrad firm".)
      const ownName = () => FIRM_NOUNS.test(nextTok(c, m, nounAt)?.lower ?? '') && !REGIONS.has(m.surface.toLowerCase()) &&
        !isEnglishWord(m.surface.toLowerCase()) && !PLACE_SHAPED.test(m.surface) && !isTown(m.surface);
      if (!named && !shortForm && !articleCapitals(c).afterCompanyNoun.has(m.surface) && !ACRONYM.test(m.surface)) cues.push(ownName() ? 'company' : 'place');
    }
  }
  // "Orsk arms firm" (but not "an Istanbul electronics distributor, Korfez": there the noun is the other name's).
  if (!m.possessive && n0 && /^[a-z]/.test(n0.text) && !COMPANY_CUES.has(n0.lower) && COMPANY_CUES.has(low(n1)) && n0.pos !== 'VERB') {
    const after = nextTok(c, m, 2);
    const named = after && (c.at?.[m.last + 2] ?? -1) >= 0 || (after?.text === ',' && (c.at?.[m.last + 3] ?? -1) >= 0);
    if (!named) cues.push('company');
  }
  if (m.possessive && n0 && isModel(n0.text)) cues.push('company');
  if (!shaped && m.kind === null && makerAgent(c, m)) cues.push('company');
  // (The cues that place a name are read only for a mention nothing has classified yet.)
  if (m.kind === null && !cues.length) placedFirm(c, all, m, shaped);
  // ("the Halvern group of companies": a group the text says is of companies.)
  if (single && m.kind === null && !cues.length && low(n0) === 'group' && low(n1) === 'of' && /^(?:companies|firms|enterprises)$/.test(low(nextTok(c, m, 2)))) cues.push('company');
  // ("the research director at Halvern Genius": the employer of a title.)
  if (m.kind === null && !cues.length && !shaped && low(p1) === 'at' && !!p2 && (PERSON_TITLES.has(p2.lower) || PERSON_TITLES.has(p2.lemma))) cues.push('company');
  // ("managing director of HB Marine", "one of three directors of X", "chief executive of X": a firm's officer; no
  // one holds such a post of a person, so a name shaped like one's is the firm's too.)
  if (m.kind === null && !cues.length && !m.possessive && low(p1) === 'of' && /^(?:directors?|ceo|chairman|chairwoman|founder|co-founder|executive|owner|co-owner)$/.test(low(p2))) cues.push('company');

  // Media: "The Courier reported", "cited by Examplewire", "writes The Courier", "the German publication Der Beispiel".
  // ("X previously reported", "X first revealed": past an adverb of time.)
  if (!m.possessive && reportingAt(c.tokens, m.last) && !shaped) cues.push('media');
  // ("X cited senior officials", "X, citing sources": an outlet names where its story comes from.)
  else if (n0 && !m.possessive && !shaped && m.kind === null && citesSources(c, m)) cues.push('media');
  // ('the German "Tagblatt" magazine reported': a quoted name before the outlet's own noun.)
  if (n0 && CLOSE_QUOTES.has(n0.text) && n1 && MEDIA_CUES.has(n1.lower)) cues.push('media');
  // ("As X previously reported", "X first reported": past an adverb; only after "as", where the report is cited.)
  else if (n0?.pos === 'ADV' && /ly$|^first$/.test(n0.lower) && n1 && MEDIA_VERBS.has(n1.lower) && low(p1) === 'as' && !m.possessive && !shaped) cues.push('media');
  if (low(p1) === 'by' && MEDIA_BY.has(low(p2))) cues.push('media');
  // ("Laos-based X was listed as the consignee": a name right after where it is based is a business's; not one that
  // opens with a given name or is a named person's family name, nor one the text calls a citizen: "Laotian citizen X".)
  if (m.kind === null && low(basedBefore(c, m)) === 'based' && !givenNameFirst(c.tokens[m.first].text, c.tokens[m.last - 1].text) &&
    !familyNameOf(c, all, m) && !all.some((o) => o.surface === m.surface && DESCRIPTORS.has(low(prevTok(c, o, 1))))) cues.push('company');
  // ("The owner, surnamed X, said": only a person has a surname.)
  if (low(p1) === 'surnamed') cues.push('person');
  // "founded by X", "headed by X": a personal name after a verb only people take.
  if (shaped && low(p1) === 'by' && /^(?:founded|co-founded|headed|chaired)$/.test(low(p2))) cues.push('person');
  // "reporting by X", "investigative reporting by X": journalism's agent is an outlet.
  // A credit line opening with "Reporting by" names journalists instead.
  if (low(p1) === 'by' && p2?.text === 'reporting') cues.push('media');
  // "first published in X", "the article appeared in X": where writing is published is an outlet, whatever the shape
  // of its name (two capitalised words are no person here).
  if (!m.possessive && m.kind === null && low(p1) === 'in' && /^(?:published|appeared|printed)$/.test(low(p2))) cues.push('media');
  if (MEDIA_VERBS.has(low(p1)) && (low(p2) === ',' || !p2)) cues.push('media');
  // ("the news outlets The Courant and ...": past a "The" that opens the outlet's own name.)
  // ('the web publication "The Courier"': past the quotation's opening mark too.)
  // (The whole quotation only: not 'its portal "War and Sanctions"', a title the name reader splits.)
  const wholeQuote = CLOSE_QUOTES.has(n0?.text ?? '');
  const [o1, o2] = wholeQuote && OPEN_QUOTES.has(p1?.text ?? '') ? [p2, p3] : wholeQuote && p1?.text === 'The' && OPEN_QUOTES.has(p2?.text ?? '') ? [p3, null] : [p1, p2];
  if (MEDIA_CUES.has(low(o1)) || (o1?.text === 'The' && MEDIA_CUES.has(low(o2))) || newsAggregator) cues.push('media');
  // "an investigation by X", "a journalistic investigation by X and Y": journalism's agent is an outlet (a body that
  // investigates has a kind of its own already; a personal name is a reporter's).
  // ("an investigation by The Wire": past a "The" that opens the outlet's own name.)
  const [b1, b2] = p1?.text === 'The' ? [p2, p3] : [p1, p2];
  if (!shaped && m.kind === null && low(b1) === 'by' && /^(?:investigation|probe)$/.test(low(b2))) cues.push('media');
  // ("investigative reports from X", "a report from X": the outlet a report comes from; a name of two English words,
  // "Hidden Stories", is a title, not a reporter's name.)
  // (A report with its article or adjective: not "Reports from K suggest", nor "reporting from K", where K is a place.)
  if (m.kind === null && low(b1) === 'from' && /^(?:report|reports)$/.test(low(b2)) && /^(?:DET|ADJ)$/.test(prevTok(c, m, p1?.text === 'The' ? 4 : 3)?.pos ?? '') &&
    (!shaped || c.tokens.slice(m.first, m.last).every((t) => isEnglishWord(t.lower)))) cues.push('media');
  // "Source: X", a credit line; "with reference to X", wire copy's attribution.
  if (!shaped && p1?.text === ':' && /^sources?$/i.test(p2?.text ?? '') && m.first - 2 === c.an.sentences[m.sent].first) cues.push('media');
  if (!shaped && low(p1) === 'to' && low(p2) === 'reference' && low(p3) === 'with') cues.push('media');
  // A dateline's agency: "Washington (X) — ...", "New Delhi, Mar 31 (X) ...".
  if (!shaped && p1?.text === '(' && n0?.text === ')' && m.first - c.an.sentences[m.sent].first <= 10 &&
    (!n1 || DASHES.test(n1.text) || placeBefore(c, m.first - 2) || prevTok(c, m, 2)?.pos === 'NUM')) cues.push('media');
  // A headline's credit: "Drones reach Russia via the Caspian - X", "X: China sold ...".
  const heading = c.an.sentences[m.sent].kind === 'heading' || m.sent === 0;
  if (!shaped && heading && !!p1 && DASHES.test(p1.text) && p1.space && (!n0 || n0.sent !== m.sent)) cues.push('media');
  // (Not a label: "Exclusive:", "Analysis:", "Photograph:".)
  if (!shaped && heading && m.first === c.an.sentences[m.sent].first && n0?.text === ':' && m.last - m.first <= 3 && !HEADLINE_LABELS.has(m.surface.toLowerCase())) cues.push('media');
  // "the Polish radio station X", "the news agency X", "the TV channel X".
  // ("the Laotian news agency, X, and ...": the name set off by commas; not "According to the news agency, X sold ...".)
  const [k1, k2] = low(p1) === ',' ? (/^(?:,|and)$/.test(low(n0)) ? [p2, p3] : [null, null]) : [p1, p2];
  if (/^(?:station|agency|portal|service)$/.test(low(k1)) && /^(?:radio|tv|television|news|broadcasting)$/.test(low(k2))) cues.push('media');
  // "the German media A, B and C" (not "told media A had shipped ...": there "media" is the audience).
  if (low(p1) === 'media' && p2 && (c.at?.[m.first - 2] ?? -1) >= 0 && c.mentions?.[c.at![m.first - 2]].form === 'demonym') cues.push('media');
  // "X has reached out to the company for comment": the news formula's subject is the outlet.
  // (A lone surname may be a reporter's: only an acronym or a longer name counts.)
  if (!m.possessive && !shaped && n0 && (!single || ACRONYM.test(m.surface)) && askedForComment(c, m)) cues.push('media');
  // "X journalists found", "the X reporters": the name of their outlet.
  const staff = n0 && CLOSE_QUOTES.has(n0.text) ? n1 : n0;
  if (!m.possessive && staff && /^(?:journalists|reporters|correspondents|editors)$/.test(staff.lower)) cues.push('media');
  // "the X news agency", "X news site": a name before a kind of news organisation.
  // ("the X state news agency": past the word for who owns it.)
  const [w0, w1] = /^(?:state|national|official|private|independent)$/.test(low(n0)) ? [n1, nextTok(c, m, (m.possessive ? 1 : 0) + 2)] : [n0, n1];
  if (!m.possessive && low(w0) === 'news' && w1 && NEWS_KINDS.has(w1.lower)) cues.push('media');
  if (!m.possessive && n0 && MEDIA_CUES.has(n0.lower) && low(p1) === 'the') cues.push('media');
  const teller = low(p1) === 'the' ? low(p2) : low(p1);
  // ("told Daily Orvanne": a longer name that opens with an outlet's word.)
  const outletFirst = !single && MEDIA_HEADS.has(c.tokens[m.first].lower);
  if ((teller === 'told' || teller === 'telling' || teller === 'tells') && (single || outletFirst) && !shaped) cues.push('media');
  // ("chips from TSMicrodevices, based in Vientiane": a bare name that a participle of seat places is a business's; not
  // a word of a person's name the article gives: "Varno, based in Vientiane, owns ...".)
  if (m.kind === null && !cues.length && !shaped && !m.possessive && low(n0) === ',' && (BASED_WORDS.test(low(n1)) || low(n1) === 'incorporated') &&
    /^(?:in|at)$/.test(low(nextTok(c, m, 2))) && !familyNameOf(c, all, m, true)) cues.push('company');
  // ("a document leaked to The Courier": what is leaked goes to a newsroom.)
  // (The name ends its phrase: not "leaked to the Orvanne authorities"; nor is it a word of a person's name.)
  const [leakTo, leakVerb] = low(p1) === 'the' ? [low(p2), low(p3)] : [low(p1), low(p2)];
  if (!m.possessive && !shaped && m.kind === null && leakTo === 'to' && /^(?:leaked|leaks)$/.test(leakVerb) && !(n0 && /^\p{Ll}/u.test(n0.text) && n0.pos === 'NOUN') &&
    !familyNameOf(c, all, m, true)) cues.push('media');
  if (m.possessive && n0 && (n0.lower === 'report' || n0.lower === 'reporting' || n0.lower === 'investigation') && single) cues.push('media');
  // ("A Halvern investigation", "a Tessaly analysis": one word, no English one, between an article and a newsroom's
  // kind of work is the newsroom.)
  if (single && !m.possessive && m.kind === null && /^(?:a|an|the)$/.test(low(p1)) && n0 && NEWSROOM_WORK.test(n0.lower) && !isEnglishWord(m.surface.toLowerCase())) cues.push('media');
  // "According to Examplewire": a one-word source is most often an outlet (not the family name of a person the
  // article names: "According to Novak, ...").
  if (low(p1) === 'to' && low(p2) === 'according' && single && !ACRONYM.test(m.surface) && !familyNameOf(c, all, m)) cues.push('media');

  // Person: titles, speech verbs, appositions.
  // (A title or an age before the name makes it a person's even when its first word is also a place's: "the minister
  // Douglas Reid", "55-year-old Douglas Reid".)
  const titled = PERSON_TITLES.has(low(p1)) || PERSON_TITLES.has(lem(p1)) || portfolioTitled(c, m.first);
  const aged = low(p1) === 'old' && low(p2) === '-' && /^(?:year|years)$/.test(low(p3));
  const personBehind = (titled || aged) && (shaped || personShaped(c, m.first, m.last, true));
  if (titled && personBehind) cues.push('person');
  // ("suspects Tarsen Vey and Ilan Vey were in custody", "defendant Parven Olsk": a party to a case named after its noun;
  // not the object of the verb "accused".)
  if (shaped && m.kind === null && CASE_PARTY_NOUNS.test(low(p1)) && !(low(p1) === 'accused' && p1?.pos === 'VERB')) cues.push('person');
  if (shaped) {
    if (n0 && (SPEECH_VERBS.has(n0.lower) || (n0.text === ',' && n1 && SPEECH_VERBS.has(n1.lower)))) cues.push('person');
    // "said Tomas Novak" names the speaker; "said Moravia Komponenty sold ..." opens a reported clause.
    const clauseFollows = n0 && (n0.pos === 'VERB' || n0.pos === 'AUX');
    if ((SPEECH_VERBS.has(low(p1)) || (low(p1) === ',' && SPEECH_VERBS.has(low(p2)))) && !clauseFollows) cues.push('person');
    if (low(p1) === 'to' && low(p2) === 'according') cues.push('person');
    // ("a spokesman of the State Committee on Foreign Trade, A": past a body's long name.)
    if (low(p1) === ',') {
      for (let b = 2; b < 12; b++) {
        const t = prevTok(c, m, b);
        if (!t || /^[.;:]$/.test(t.text)) break;
        if (PERSON_TITLES.has(t.lower) || PERSON_TITLES.has(t.lemma)) {
          // (Not an honorific whose own holder's name follows it: "Under Mr A, B sold G" names B after A's.)
          if (!HONORIFICS.has(t.lower) || !UPPER.test(prevTok(c, m, b - 1)?.text ?? '')) cues.push('person');
          break;
        }
      }
    }
  }
  if (shaped && !m.possessive) {
    const title = (t: Token | null | undefined) => !!t && (PERSON_TITLES.has(t.lower) || PERSON_TITLES.has(t.lemma));
    // "Its director is Denis Shestakov", "the owner was Irina Lobanova".
    if (p1 && COPULA.has(p1.lower) && title(p2)) cues.push('person');
    // "a Shenzhen resident named Huang Jiaming".
    if (p1 && (p1.lower === 'named' || p1.lower === 'called') && [p2, p3].some(title)) cues.push('person');

    // "Denis Shestakov, 34;", "Rustam Nazarov (Nazarov) is the founder of", "Li Wenhao (Li), a PRC national".
    let a = 0;
    if (n0?.text === '(') {
      for (let q = 1; q <= 5; q++) {
        const t = nextTok(c, m, q);
        if (!t || /^[.;:]$/.test(t.text)) break;
        if (t.text === ')') {
          a = q + 1;
          break;
        }
      }
    }
    const at = (k: number) => nextTok(c, m, a + k);
    if (at(0)?.text === ',' && /^\d{2}$/.test(at(1)?.text ?? '') && /^[,;.)]$/.test(at(2)?.text ?? '')) cues.push('person');
    if (COPULA.has(low(at(0))) && (title(at(1)) || (DETERMINERS.has(low(at(1))) && title(at(2))))) cues.push('person');
    if (a > 0 && at(0)?.text === ',' && DETERMINERS.has(low(at(1))) && [at(2), at(3)].some(title)) cues.push('person');
    // "Jana Kovar, head of the customs inquiry, told", "Tomas Berg, senior research fellow at": a role only people hold,
    // in apposition without an article.
    if (at(0)?.text === ',' && roleApposition(c, m.last + a + 1)) cues.push('person');
    // "A, daughter of B,", "A, the son of B": a relative by blood or marriage of someone is a person.
    const kinAt = DETERMINERS.has(low(at(1))) ? 2 : 1;
    if (at(0)?.text === ',' && KIN.has(low(at(kinAt))) && low(at(kinAt + 1)) === 'of') cues.push('person');
    // "A, who served as minister": "who" refers to people.
    if (at(0)?.text === ',' && low(at(1)) === 'who') cues.push('person');
    // "lists A as the new owner of": a role given with "as".
    if (low(at(0)) === 'as' && [at(1), at(2), at(3)].some(title)) cues.push('person');
  }
  // "26-year-old Yerlan Sadvakasov".
  if (aged && personBehind && !m.possessive) cues.push('person');
  if (p1 && HONORIFICS.has(p1.lower)) cues.push('person');
  // Byline: "By Aigerim Bekova".
  if (shaped && p1?.text === 'By' && m.first - 1 === c.an.sentences[m.sent].first && c.an.sentences[m.sent].last - m.last <= 1) cues.push('person');
  // "St. Petersburg", "Saint Louis": a saint's name is a place's.
  if (p1 && /^(?:St\.?|Saint|Sankt)$/.test(p1.text)) cues.push('place');
  // "shipped them to Almaty, where ...": a place.
  if (n0?.text === ',' && n1?.lower === 'where' && !m.possessive) cues.push('place');
  // ("shipped fuel to Tartavia, Syria for use ...": a town with its country after a comma.)
  // (After a preposition, the country by its name: not "According to A, Laos was ...", "According to the research group
  // A, Laos was ...", "A, Laotian export data show"; nor a list going on, "sold drones to A, Laos and Vietnam", nor an
  // apposition, "to A, Laos's state firm".)
  const townsCountry = m.kind === null && !m.possessive && /^(?:to|in|from|at|near|via|through)$/.test(low(p1)) && low(prevTok(c, m, 2)) !== 'according' && n0?.text === ','
    ? placeAt(c, m.last + 1, c.an.sentences[m.sent].last) : null;
  // (Nor the country's report: "to A, Laos said".)
  const afterTown = c.tokens[townsCountry?.end ?? -1];
  if (townsCountry?.entry.form === 'name' && !/^(?:and|or|,|['’]s?)$/.test(afterTown?.lower ?? '') && !/^(?:VERB|AUX)$/.test(afterTown?.pos ?? '')) cues.push('place');
  // "Shenzhen-based X", "Dubai-registered Y": the name before is a place.
  if (n0?.text === '-' && !n0.space && n1 && /^(based|registered|headquartered|incorporated|listed)$/.test(n1.lower)) cues.push('place');
  // ("India's Varnapur based tech firm": the same without its hyphen, before the noun it describes, not "A based in P".)
  if (!m.possessive && n0?.lower === 'based' && n1 && /^[a-z]/.test(n1.text) && (n1.pos === 'NOUN' || n1.pos === 'ADJ') && !PREPOSITIONS.has(n1.lower)) cues.push('place');
  // "a New Jersey man", "two Riga residents": where people come from is a place (not "a Siemens engineer": a firm's staff).
  if (!m.possessive && n0 && /^(?:man|woman|men|women|businessman|businesswoman|businessmen|resident|residents|native|natives|couple)$/.test(n0.lower) &&
    p1 && (/^(?:a|an|two|three|four|several)$/.test(p1.lower))) cues.push('place');

  // Government and organisation cues.
  if (n0 && !m.possessive && (n0.lower === 'sanctions' || n0.lower === 'sanction') && ACRONYM.test(m.surface.replace(/\./g, '')))
    cues.push('government');
  if (n0 && n0.lower === 'and' && ACRONYM.test(m.surface.replace(/\./g, ''))) {
    // "EU and U.S. sanctions": look one conjunct further.
    const n2 = nextTok(c, m, 2), n3 = nextTok(c, m, 3);
    if (n2 && n3 && (n3.lower === 'sanctions') && placeAt(c, m.last + 1, m.last + 2)) cues.push('government');
  }
  if (low(p1) === 'and' && p2 && n0 && n0.lower === 'sanctions' && ACRONYM.test(m.surface.replace(/\./g, ''))) cues.push('government');
  if (GOVERNMENT_CUES.has(low(p1))) cues.push('government');
  // "the EU says", "NATO said": an acronym speaking is an institution (titles such as "CEO" are not names).
  if (ACRONYM.test(m.surface.replace(/\./g, '')) && !PERSON_TITLES.has(m.surface.toLowerCase()) && n0 && !m.possessive && (SPEECH_VERBS.has(n0.lower) || n0.lower === 'say' || n0.lower === 'says')) cues.push('organization');
  if (ORGANIZATION_CUES.has(low(p1)) || (low(p1) === 'tank' && low(p2) === 'think')) cues.push('organization');
  // ("the powerful X militia", "X militants": a name before a word for an armed movement.)
  // ("to rearm X forces": an armed group's; a country's or a firm's kind, fixed by its name, outweighs the cue.)
  if (!m.possessive && /^(?:militia|militias|movement|rebels|insurgents|militants|forces)$/.test(low(n0))) cues.push('organization');
  // ("the militant group X", "the armed group X", "Iran's proxy X": a name after a word for an armed movement.)
  if ((low(p1) === 'group' && ARMED.test(low(p2))) || /^(?:militia|proxy)$/.test(low(p1))) cues.push('organization');
  // ("Laotian-made Long Range Rockets", "Tula-built Heavy Trucks": a name after a maker's hyphened participle is goods.)
  if (p1 && MAKING_PARTICIPLES.has(p1.lower) && p2?.text === '-' && !p2.space) cues.push('product');
  // ("a new drone called X", "a missile named Y": the name a weapon's noun introduces; not "a report on missiles named
  // X as the supplier", where the verb names a party.)
  if (NAMING_VERB.test(low(p1)) && ARMS.test(low(p2)) && low(n0) !== 'as') cues.push('product');
  // "Kondor drones" names a product; "Guanghe cameras", where "Guanghe" begins a company's name, names a maker.
  // (Not a nation's adjective a name run split from its country: "supplied to Russia American electronics".)
  const demonym = single && matchPlace(m.surface, 0)?.form === 'demonym';
  if (m.modifier && !m.possessive && n0 && GOODS_NOUNS.has(n0.lower) && (single || isModel(m.surface)) && !demonym) {
    const beginsAName = single && (mentionsStartingWith(all).get(m.surface) ?? []).some((o) => o !== m && (o.kind === 'company' || o.cues.includes('company')));
    if (!beginsAName) cues.push('product');
  }
}

/** A word that may open a known name: a capital or a lower-case Latin letter first (ASCII decided without a regex). */
function opensKnownName(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return /^\p{Lu}/u.test(w);
}

/** A word up to its first apostrophe or hyphen (`w.split(/['-]/)[0]` without the array, for every token). */
function firstPart(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === 39 || c === 45) return w.slice(0, i);
  }
  return w;
}

/**
 * Second pass: occurrences of names already classified elsewhere in the article (in headlines, after a
 * sentence-initial position, inside longer chunks) become mentions too.
 */
export function addKnownMentions(
  an: Analysis, mentions: RawMention[], known: Map<string, Pick<RawMention, 'kind' | 'form' | 'country' | 'body' | 'knownEntity'>>,
): RawMention[] {
  if (!known.size) return mentions;
  const T = an.tokens;
  const covered = new Uint8Array(T.length);
  for (const m of mentions) for (let k = m.first; k < m.last; k++) covered[k] = 1;
  const byFirst = new Map<string, string[]>();
  for (const s of known.keys()) {
    const f = s.split(/[\s'-]/)[0].toLowerCase();
    if (!byFirst.has(f)) byFirst.set(f, []);
    byFirst.get(f)!.push(s);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const added: RawMention[] = [];
  for (let k = 0; k < T.length; k++) {
    if (covered[k] || !opensKnownName(T[k].text)) continue;
    const list = byFirst.get(firstPart(T[k].lower));
    if (!list) continue;
    for (const s of list) {
      if (an.text.slice(T[k].start, T[k].start + s.length) !== s) continue;
      const endOff = T[k].start + s.length;
      let j = k;
      while (j < T.length && T[j].end < endOff) j++;
      if (j >= T.length || T[j].end !== endOff || T[j].sent !== T[k].sent) continue;
      let free = true;
      for (let q = k; q <= j; q++) if (covered[q]) free = false;
      if (!free) continue;
      const info = known.get(s)!;
      added.push(mention({
        start: T[k].start, end: endOff, first: k, last: j + 1, sent: T[k].sent, surface: s, kind: info.kind,
        form: info.form, country: info.country, body: info.body, knownEntity: info.knownEntity, cues: cueList(),
        possessive: j + 1 < T.length && T[j + 1].lower === "'s", modifier: false, known: true,
      }));
      for (let q = k; q <= j; q++) covered[q] = 1;
      k = j;
      break;
    }
  }
  if (!added.length) return mentions;
  const all = [...mentions, ...added].sort((a, b) => a.start - b.start);
  const newIdx = new Map(all.map((m, i) => [m, i]));
  for (const m of all) if (m.defines !== undefined) m.defines = newIdx.get(mentions[m.defines]);
  const c = makeCtx(an);
  c.at = coverage(T.length, all);
  c.mentions = all;
  for (const m of added) contextCues(c, all, newIdx.get(m)!);
  return all;
}
