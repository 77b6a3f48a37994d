/**
 * Grammar layer 1, chunks: the noun phrases of a sentence. A chunk is a run of determiners, modifiers, numbers,
 * nouns and names; coordination ("A, B and C", "A as well as B") joins phrases into one chunk with several
 * conjuncts; a parenthetical after a name ("(KRH)", "(PRC)") stays inside it; a possessive ("A's", "its") marks
 * the possessor of the head; an apposition (", a subsidiary of B,") is read by the clause layer from the chunk
 * that follows the comma. Names come from the mention stage; legal forms belong to them already.
 */
import type { EntityKind } from '../../domain/types.js';
import { BASED_WORDS, CLOSE_QUOTES, CORPORATE_SUFFIXES, FRONTED_SUBORDINATORS, industryModifier, LEGAL_FORMS_BEFORE_QUOTES, LEGAL_INSTRUMENTS, MODALS, MONTH, OPEN_QUOTES, PERSON_TITLES, reportingVerb } from '../lexicon.js';
import { aliasAfter, KIN, type RawMention } from '../mentions.js';
import type { LocalResolution } from '../resolve.js';
import type { Analysis, Sentence, Token } from '../sentences.js';
import { ingBase, PAPER_NOUNS, SANCTION_NOUNS, TRADER_NOUNS, triggerClasses } from './frames.js';
import { knownGoods } from './goods.js';

/** What the grammar layers read about one article: tokens, names and their entities. */
export interface GrammarInput {
  an: Analysis;
  mentions: RawMention[];
  res: LocalResolution;
  /** Token index -> index of the mention covering it, or -1. */
  at: Int32Array;
  /** Token index -> whether the clause layer reads it as a verb: 0 not asked yet, 1 yes, 2 no (clauses.ts). */
  verbs: Uint8Array;
}

export function grammarInput(an: Analysis, mentions: RawMention[], res: LocalResolution): GrammarInput {
  const at = new Int32Array(an.tokens.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.first; k < m.last; k++) at[k] = i;
  });
  return { an, mentions, res, at, verbs: new Uint8Array(an.tokens.length) };
}

export interface Chunk {
  /** Token span `[first, last)`, conjuncts included. */
  first: number;
  last: number;
  /** Head word of the last conjunct, lower case ("company", "sanctions", "subsidiary"); '' for a bare name. */
  noun: string;
  /** Entities named as conjuncts of the phrase (not those in modifiers or possessors). */
  ents: number[];
  /** Entities named as modifiers: "US sanctions", "Chinese companies" (countries, bodies before the head). */
  mods: number[];
  /** The last common noun before the named conjunct: "its subsidiary A" -> "subsidiary". */
  pre: string;
  /** Possessor: an entity ("A's exports"), -2 for a possessive pronoun ("its subsidiary"), or -1. */
  poss: number;
  pronoun: string | null;
  /** Determiner of the phrase ("the", "these", "a", "its"), lower case, or ''. */
  det: string;
  plural: boolean;
  /** A count before the head: "four companies". */
  count: number;
  /** Bodies named in a "<body>-sanctioned" modifier: "the US-sanctioned firm A". */
  sanctionedBy: number[];
  /** Owners named in a "<owner>-owned" modifier: "the B-owned plant A". */
  ownedBy: number[];
  /** "parent" among the modifiers: "its parent company A" names the owner. */
  parent: boolean;
}

const ACTOR_KINDS = new Set<EntityKind>(['company', 'country', 'government', 'organization', 'person']);
const NP_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const PRONOUNS = new Set(['it', 'they', 'them', 'he', 'she', 'him', 'her', 'both']);
/** Participles after "<body>-" that make the body the one that listed or owns what follows: "US-sanctioned A". */
const HYPHEN_PARTICIPLE = /^(?:sanctioned|blacklisted|designated|listed|owned|controlled)$/;

/**
 * Where a run of names whose hyphens are left open before "and", "or" or a comma ends ("the UN- and EU-listed A", "the
 * US-, EU- and UN-designated A"): the last name's end, at its own hyphen, for the participle they share; -1 where no
 * such run opens at token q.
 */
export function sharedHyphenEnd(T: readonly Token[], at: Int32Array, mentions: readonly { last: number }[], q: number): number {
  let end = -1;
  for (let r = q, guard = 0; guard < 4 && T[r]?.text === '-' && !T[r].space && /^(?:and|or|,)$/.test(T[r + 1]?.lower ?? ''); guard++) {
    const next = at[r + 2] ?? -1;
    if (next < 0) break;
    r = end = mentions[next].last;
  }
  return end;
}

/**
 * Records the body of "<body>-sanctioned" or the owner of "<body>-owned" on the phrase; a place's "-listed" ("Hong
 * Kong-listed A", "a Vietnam- and Singapore-listed firm") is a listing of shares, no body's sanctions list.
 */
function addHyphenBody(g: GrammarInput, c: Chunk, e: number, participle: string): void {
  if (e < 0 || (participle === 'listed' && g.res.entities[e]?.kind === 'country')) return;
  (/^(?:owned|controlled)$/.test(participle) ? c.ownedBy : c.sanctionedBy).push(e);
}

/** Words of time that may follow an object pronoun: "sanctioned her months before". */
const TIME_AFTER_OBJECT = /^(?:days?|weeks?|months?|years?|decades?|times?|today|yesterday)$/;
const POSS_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
// A Map, not an object literal: looking every word up as an object key interned each new word (a tenth of the chunker's
// time), and an object answers for "constructor" too.
const NUMBER_WORDS = new Map(Object.entries({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2 }));

/** The number a counting word gives ("two", "12", "1,200"), or 0. */
export function countOf(t: Token | undefined): number {
  if (!t) return 0;
  return NUMBER_WORDS.get(t.lower) ?? (t.pos === 'NUM' ? Number(t.lower.replace(/,/g, '')) || 0 : 0);
}
/** Words wink tags as nouns or adjectives that still end a phrase. */
const NOT_IN_NP = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when', 'according', 'including']);

/** An entity that can take part in trade: a known actor kind, or a capitalised name the relation stage may promote. */
export function isActor(g: GrammarInput, e: number): boolean {
  return isActorEntity(g.res, e);
}

/** A law's name: capitalised words closed by the kind of instrument it is ("the Trade Act"). */
const lawName = (name: string) => /\S\s+\p{Lu}\p{Ll}+$/u.test(name) && LEGAL_INSTRUMENTS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());

/** `isActor` over a resolution alone (the older relation rules use it too). */
export function isActorEntity(res: LocalResolution, e: number): boolean {
  const le = res.entities[e];
  if (!le) return false;
  if (le.kind) return ACTOR_KINDS.has(le.kind);
  if (le.cues.has('product') || le.cues.has('place')) return false;
  // ("the Export Control Regulations (ECR)", "the Trade Act": a law the text names, under any of its names, acts for no
  // one; not a name the text gives a kind, "Martin Law".)
  if ([...le.surfaces.keys()].some(lawName)) return false;
  // "UAVs", "Drones" capitalised: goods, not a trader.
  if ([...le.surfaces.keys()].every((x) => knownGoods(x.toLowerCase()))) return false;
  // A capitalised word opening a sentence proves little; a two-word name there still counts ("Hexa Parts was ...").
  if (le.initialOnly && ![...le.surfaces.keys()].some((s) => /\S\s+\S/.test(s))) return false;
  return [...le.surfaces.keys()].some((s) => /\p{Lu}/u.test(s) && s.length > 1);
}

function commonWord(g: GrammarInput, e: number, first: number, last: number): boolean {
  if (g.res.entities[e]?.kind) return false;
  const t = g.an.tokens[first];
  // ("Sanctions imposed on A ...": a measure's noun opening a sentence, which the tagger may read as a name.)
  return last - first === 1 && (t.pos === 'NOUN' || SANCTION_NOUNS.has(t.lower));
}

/** Verbs the tagger reads as nouns after a plural subject: "the sanctions target A", "its customers include B". */
const NOUN_TAGGED_VERBS = new Set(['target', 'include', 'cover', 'hit', 'show', 'reveal', 'indicate', 'suggest', 'confirm']);
/**
 * Whether the name ending at token k closes a measure's "by" phrase: "sanctions by B", "the measures imposed by B" (a
 * plural measure, so that a bare verb can follow; not "the sanctions condemned by B").
 */
function measureByBefore(g: GrammarInput, T: Token[], k: number): boolean {
  if (g.at[k] < 0) return false;
  let q = g.mentions[g.at[k]].first - 1;
  if (T[q]?.lower === 'the') q--;
  if (T[q]?.lower !== 'by') return false;
  q--;
  if (IMPOSED.test(T[q]?.lower ?? '')) q--;
  return /s$/.test(T[q]?.lower ?? '') && SANCTION_NOUNS.has(T[q].lower);
}

/** Participles of putting a measure in place, between the measure and its "by" phrase: "sanctions imposed by B". */
const IMPOSED = /^(?:imposed|adopted|announced|issued|introduced|approved|levied|enacted|unveiled|taken|placed)$/;

/** Whether a verb is one of using or holding goods (the frame table's "use" and "hold" classes). */
function usedOrHeld(w: string): boolean {
  for (const cls of triggerClasses(w)) if (cls === 'use' || cls === 'hold') return true;
  return false;
}
/** Forms of trade and ownership verbs that are never nouns, which the tagger does not know ("resold", "co-owns"). */
const ONLY_VERBS = /^(?:resold|re-sold|re-exported|reexported|transshipped|trans-shipped|re-shipped|reshipped|co-owns|co-controls)$/;
/** One measure as a subject: "the package targets A". */
const ONE_MEASURE = /^(?:package|list|blacklist|measure|round|tranche|action|order|designation|decision)$/;
/** Trade verbs the tagger reads as nouns after a name or an aside's comma: "A and B, controlled by C, supply pulp", "A imports parts". */
const NOUN_TAGGED_SUPPLY = new Set(['supply', 'supplies', 'export', 'exports', 'ship', 'ships', 'sell', 'sells', 'provide', 'provides', 'resold', 'resells', 'resell', 'imports', 'buys', 'purchases', 'procures', 'sources',
  'funnel', 'funnels', 'send', 'sends', 'deliver', 'delivers', 'smuggle', 'smuggles', 'transfers', 'transport', 'transports']);
const NOUN_TAGGED_OWN = new Set(['owns', 'controls', 'holds']);
/** "A and B, including C, face sanctions": the tagger's noun "face" before a measure. */
const NOUN_TAGGED_FACE = new Set(['face', 'faces']);
const MEASURE_AHEAD = /^(?:sanctions|restrictions|penalties|measures|bans)$/;
/** A constant, not a literal: verbTaggedNoun runs for every noun the chunker and the clause layer look at. */
const WHICH_THAT = /^(?:which|that)$/;
const NOT_AFTER_SUPPLY = /^(?:chains?|lines?|routes?|side|deals?|contracts?|networks?|of|for|from|to)$/;

/** Whether a verb's base is one of supplying or acquiring. */
function tradeVerb(base: string | null): boolean {
  if (!base) return false;
  for (const c of triggerClasses(base)) if (c === 'supply' || c === 'acquire') return true;
  return false;
}

/**
 * ("A smuggled G to B": a past form the tagger reads as an adjective, right after a name that is no nation's
 * adjective, is the name's verb; not "Laotian smuggled goods".)
 */
function pastAfterName(g: GrammarInput, T: Token[], k: number): boolean {
  const m = g.mentions[g.at[k - 1]];
  return g.at[k] < 0 && !!m && m.form !== 'demonym' && /ed$/.test(T[k].lower);
}

/** The base of a regular past form: "smuggled" -> "smuggle", "shipped" -> "ship", "supplied" -> "supply". */
function pastBase(w: string): string | null {
  if (!/ed$/.test(w)) return null;
  for (const b of [w.slice(0, -1), w.slice(0, -2), w.replace(/ied$/, 'y'), w.replace(/(\w)\1ed$/, '$1')]) if (tradeVerb(b)) return b;
  return null;
}

/**
 * ("misled the officials and smuggled advanced optics to B": a past form of supply the tagger reads as an
 * adjective, after "and", is the joined verb where the goods and the recipient's "to" follow; not "weapons and
 * smuggled goods".)
 */
function joinedPastOfSupply(g: GrammarInput, T: Token[], k: number): boolean {
  if (g.at[k] >= 0 || !/^(?:and|then)$/.test(T[k - 1]?.lower ?? '') || !pastBase(T[k].lower)) return false;
  let j = k + 1;
  while (j < k + 7 && g.at[j] < 0 && (/^(?:ADJ|NOUN|NUM)$/.test(T[j]?.pos ?? '') || (T[j]?.pos === 'VERB' && /ed$/.test(T[j].lower)))) j++;
  // (A place's "to", not an infinitive's: "weapons and smuggled goods to be destroyed".)
  if (j <= k + 1 || !/^(?:to|into)$/.test(T[j]?.lower ?? '') || /^(?:VERB|AUX)$/.test(T[j + 1]?.pos ?? '')) return false;
  // (Nor goods that are the subject of a verb after their destination: "sanctioned A and smuggled drones to B were seized".)
  let e = j + 1;
  while (e < j + 8 && (g.at[e] >= 0 || /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(T[e]?.pos ?? ''))) e++;
  // (Unless a relative clause holds the two verbs: "firms that bought engines and smuggled drones to B were fined".)
  let r = k - 2;
  while (r > k - 16 && r >= 0 && T[r].sent === T[k].sent && !/^(?:that|which|who)$/.test(T[r].lower)) r--;
  return !/^(?:was|were|is|are|have|has|had)$/.test(T[e]?.lower ?? '') || (r >= 0 && /^(?:that|which|who)$/.test(T[r].lower));
}

/** "charged with", "indicted in K with": a charge's participle before the "with" at token w, past a place's phrase. */
function chargedBefore(g: GrammarInput, T: Token[], w: number): boolean {
  let q = w - 1;
  // (Past the whole of a place's name: "charged in New Orvanne with ...".)
  const place = g.at[q] >= 0 ? g.mentions[g.at[q]] : undefined;
  if (place && T[place.first - 1]?.lower === 'in') q = place.first - 2;
  return /^(?:charged|indicted)$/.test(T[q]?.lower ?? '');
}

/** Whether a country's name starts at token k: the gerund's object ("of supplying Russia") or its goods' origin ("of smuggling US-origin technology"). */
function countryStarts(g: GrammarInput, k: number): boolean {
  const m = g.mentions[g.at[k]];
  return !!m && m.kind === 'country' && m.first === k;
}

/** Whether the comma at c closes an aside of a few words after a name: "A, a Laotian financier(,)". */
function closesApposition(g: GrammarInput, T: Token[], c: number): boolean {
  for (let q = c - 1; q > c - 9 && q > 0; q--) if (T[q].text === ',') return q + 1 < c - 1 && g.at[q - 1] >= 0;
  return false;
}

/** Whether token k is in a name that opens its sentence. */
function inOpeningName(g: GrammarInput, T: Token[], k: number): boolean {
  return g.mentions[g.at[k]]?.first === g.an.sentences[T[k].sent].first;
}

/**
 * "Laos will also subject A to sanctions": a word of the trade frames right after a modal (an adverb between) is the
 * modal's verb, whatever the tagger made of it.
 */
function bareVerbAfterModal(T: Token[], k: number): boolean {
  const m = T[k - 1]?.pos === 'ADV' ? T[k - 2] : T[k - 1];
  // (Written in lower case: "In May supply of G ..." names a month.)
  return !!m && MODALS.has(m.text) && triggerClasses(T[k].lower).length > 0;
}

/**
 * Token k is a verb tagged as a noun (one of those words after a plural noun and before a phrase or a name), or as an
 * adjective after a name (see pastAfterName).
 */
export function verbTaggedNoun(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  if (t && (t.pos === 'ADJ' || t.pos === 'NOUN') && g.at[k] < 0 && bareVerbAfterModal(T, k)) return true;
  if (t?.pos === 'ADJ') return pastAfterName(g, T, k) || joinedPastOfSupply(g, T, k);
  if (!t || t.pos !== 'NOUN' || g.at[k] >= 0) return false;
  const p = T[k - 1];
  const n = T[k + 1];
  if (!p || !n) return false;
  // ("B purchases its products": a possessive pronoun opens the object too.)
  const objectFollows = g.at[k + 1] >= 0 || n.pos === 'DET' || n.pos === 'NUM' || n.pos === 'PROPN' || /^(?:its|their)$/.test(n.lower);
  // "a package which targets A", "the measure that designates B": a frame's verb in the present after a relative pronoun.
  // ("a company that ships drone parts", "which supplies electronic components": before a bare goods phrase too.)
  const sForm = /[^s]s$/.test(t.lower) && (triggerClasses(t.lower.slice(0, -1)).length > 0 || (/ies$/.test(t.lower) && triggerClasses(t.lower.slice(0, -3) + 'y').length > 0));
  // ("firms that ship drone parts": the plural form after a plural antecedent.)
  const plForm = triggerClasses(t.lower).length > 0 && /s$/.test(T[k - 2]?.lower ?? '') && T[k - 2]?.pos === 'NOUN';
  if (WHICH_THAT.test(p.lower) && (sForm || plForm) && (objectFollows || ((n.pos === 'NOUN' || n.pos === 'ADJ') && g.at[k + 1] < 0))) return true;
  // ("Laos blacklists Vietnamese firms", "Laos sanctions two firms": a headline's verb of the frames after the name that
  // opens it, before its object.)
  if (sForm && objectFollows && inOpeningName(g, T, k - 1)) return true;
  // "charged for smuggling sophisticated electronics": a gerund of trade after a preposition, before its object.
  // ("of smuggling US-origin technology", "of supplying Russia": before a country's name too.)
  // ("charged (in K) with smuggling engines": "with" after a charge.)
  if (/ing$/.test(t.lower) && (/^(?:for|of|by|in)$/.test(p.lower) || (p.lower === 'with' && chargedBefore(g, T, k - 1))) && (objectFollows || n.pos === 'ADJ' || n.pos === 'NOUN') &&
    (g.at[k + 1] < 0 || countryStarts(g, k + 1)) && tradeVerb(ingBase(t.lower))) return true;
  // ("The buyer then resold them to C": a past form that is never a noun, whatever the tagger says; after an auxiliary the
  // clause reader keeps the passive of the goods before: "pumps shipped from A were resold to B".)
  if (ONLY_VERBS.test(t.lower) && !/^(?:is|are|was|were|be|been|being)$/.test(p.lower)) return objectFollows || n.pos === 'PRON' || n.pos === 'ADP' || n.pos === 'NOUN' || n.pos === 'ADJ';
  // ("the firm had A ship them to B": a bare verb of supply after a name that a causative verb's object is.)
  if (g.at[k - 1] >= 0 && /^(?:had|have|has|made|make|makes|let|lets)$/.test(T[g.mentions[g.at[k - 1]].first - 1]?.lower ?? '') &&
    triggerClasses(t.lower).includes('supply') && (objectFollows || n.pos === 'PRON')) return true;
  // ("A, a Laotian financier, controls B": a verb of the trade frames after the comma closing a name's apposition.)
  if (p.text === ',' && sForm && objectFollows && closesApposition(g, T, k - 1)) return true;
  // ("The sanctions, announced by B on Thursday, target A": after the comma closing an aside, before a name.)
  // ("The sanctions imposed by B target A", "the new sanctions by B hit A": after the body closing a measure's "by" phrase.)
  if (NOUN_TAGGED_VERBS.has(t.lower) && objectFollows && measureByBefore(g, T, k - 1)) return true;
  if (NOUN_TAGGED_VERBS.has(t.lower)) return (p.pos === 'NOUN' && /s$/.test(p.lower) && (objectFollows || n.pos === 'ADJ')) || (p.text === ',' && g.at[k + 1] >= 0);
  // ("Russian drones use chips made by A", "the missiles contain Laotian parts": weapons holding or using goods.)
  // ("Russian drones use chips from A", "B's factories use chips": after a plural, before goods; "equipment use" is a
  // compound.)
  if (usedOrHeld(t.lower)) return p.pos === 'NOUN' && /s$/.test(p.lower) && (objectFollows || n.pos === 'ADJ' || n.pos === 'NOUN');
  // ("the EU's 14th package targets A", "the new list names B": the present of such a verb after one measure.)
  if (NOUN_TAGGED_VERBS.has(t.lower.replace(/s$/, '')) && /s$/.test(t.lower)) return p.pos === 'NOUN' && ONE_MEASURE.test(p.lower) && objectFollows;
  // ("firms July 8 accused of supplying": a participle of accusation before "of" and a gerund.)
  if (/^(?:accused|suspected|alleged)$/.test(t.lower) && n.lower === 'of' && /ing$/.test(T[k + 2]?.lower ?? '')) return true;
  // ("B lists A among its suppliers", "A counts B among its clients": after a name, before another.)
  if (/^(?:lists|counts)$/.test(t.lower) && g.at[k - 1] >= 0 && g.at[k + 1] >= 0) return true;
  // ("The statement lists A and B as ...", "the notice names C": a body's paper naming its targets.)
  if (/^(?:lists|names)$/.test(t.lower)) return p.pos === 'NOUN' && PAPER_NOUNS.test(p.lower) && objectFollows;
  // "A, which B controls,", "B owns A": an ownership verb right after a name.
  if (NOUN_TAGGED_OWN.has(t.lower)) return g.at[k - 1] >= 0 && (objectFollows || n.text === ',' || n.pos === 'ADJ');
  if (NOUN_TAGGED_FACE.has(t.lower) && (g.at[k - 1] >= 0 || p.text === ',' || (p.pos === 'NOUN' && /s$/.test(p.lower)))) {
    // ("face new US sanctions": over a modifier or two to the measure.)
    for (let q = k + 1; q <= k + 3 && T[q]; q++) {
      if (MEASURE_AHEAD.test(T[q].lower)) return true;
      if (!(T[q].pos === 'ADJ' || T[q].pos === 'PROPN' || g.at[q] >= 0)) break;
    }
  }
  if (NOUN_TAGGED_SUPPLY.has(t.lower)) {
    // ("Chinese companies supply equipment": after a plural trader noun too.)
    const traders = p.pos === 'NOUN' && /s$/.test(p.lower) && TRADER_NOUNS.test(p.lower);
    // ("A produces and ships to B ...": a verb joined to the verb before it.)
    const joined = p.lower === 'and' && T[k - 2]?.pos === 'VERB' && g.at[k - 2] < 0;
    // ("A supplies nearly 90% of B's imports": a quantity's hedge before the object.)
    const hedgedCount = n.pos === 'ADV' && T[k + 2]?.pos === 'NUM';
    return (g.at[k - 1] >= 0 || p.text === ',' || traders || joined) && ((joined && n.pos === 'ADP') || ((objectFollows || hedgedCount || n.pos === 'NOUN' || n.pos === 'ADJ') && !NOT_AFTER_SUPPLY.test(n.lower)));
  }
  return false;
}

/** Is token k where a phrase may go on (a word of a noun phrase or a name)? */
/** "its authorized distributor", "the designated entities", "of restricted technology": a past participle before its noun. */
/** Participles that take no object, so before a noun they only describe it: "weapons and related materials", "unnamed buyers". */
export const ADJECTIVE_PARTICIPLES = /^(?:related|unrelated|associated|affiliated|unnamed|unidentified|specialized|specialised)$/;

export function determinerParticiple(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  const d = T[k - 1];
  // ("shipments of restricted technology": after a preposition too.)
  // (Not after a floating quantifier: "A and B both procured G".)
  if (!(t.pos === 'VERB' && /ed$/.test(t.lower) && !!d && g.at[k - 1] < 0)) return false;
  // ("A's continued supply of G": after a possessive's "'s" too; "to armed groups": after "to", which no infinitive in
  // -ed follows.)
  // ("its purported chief director": before an adjective of the noun too.)
  const head = T[k + 1]?.pos === 'ADJ' && T[k + 2]?.pos === 'NOUN' && g.at[k + 2] < 0 ? k + 2 : k + 1;
  if (((d.pos === 'DET' && !/^(?:that|both|all|each)$/.test(d.lower)) || d.pos === 'ADP' || /^(?:its|their|his|her|our|'s|’s|to)$/.test(d.lower)) &&
    T[head]?.pos === 'NOUN' && g.at[head] < 0) return true;
  // ("the sub-sanctioned C", "the sanctioned A": between "the" and a name.)
  if (d.lower === 'the' && g.at[k + 1] >= 0) return true;
  // ("arms and related materiel": a participle that only describes, after "and" between two nouns.)
  if (d.lower === 'and' && ADJECTIVE_PARTICIPLES.test(t.lower) && T[k - 2]?.pos === 'NOUN' && T[k + 1]?.pos === 'NOUN' && g.at[k + 1] < 0) return true;
  // "four designated Belarusian state-run plants": after a count, before a demonym or an adjective of the phrase.
  if (d.pos !== 'NUM' || !/^[a-z]/.test(d.text)) return false;
  const n = T[k + 1];
  const demonym = g.at[k + 1] >= 0 && g.mentions[g.at[k + 1]].form === 'demonym';
  return !!n && (demonym || n.pos === 'ADJ' || (n.pos === 'NOUN' && g.at[k + 1] < 0));
}

/** Whether token k opens or closes quotes around one to five tokens before a lower-case noun: '“dual-use” chips'. */
function quotedModifierMark(T: Token[], k: number): boolean {
  // (Most words are no quote: answered before any helper is made, as this runs on every word of a phrase.)
  const mark = T[k].text;
  if (mark !== '"' && mark !== '“' && mark !== '”') return false;
  const quote = (q: number) => T[q]?.text === '"' || T[q]?.text === '“' || T[q]?.text === '”';
  const inside = (q: number) => /^[\p{L}\d]+$/u.test(T[q]?.text ?? '') || (T[q]?.text === '-' && !T[q].space);
  const around = (open: number, close: number) => close - open >= 2 && close - open <= 6 && T[close + 1]?.pos === 'NOUN' && /^[a-z]/.test(T[close + 1].text);
  for (let q = k - 1; q >= k - 6 && inside(q); q--) if (quote(q - 1)) { if (around(q - 1, k)) return true; break; }
  for (let q = k + 1; q <= k + 6 && inside(q); q++) if (quote(q + 1)) return around(k, q + 1);
  return false;
}

/** A firm's own people, named after ", along with its": "A, along with its director B", "B and his father C". */
const OWN_POSTS = /^(?:director|directors|owner|owners|founder|chairman|chairwoman|president|executive|manager)$/;
const ownPeople = (w: string): boolean => OWN_POSTS.test(w) || KIN.has(w);
const DEGREE_ADVERBS = /^(?:more|most|less|very|highly|increasingly)$/;
function npWord(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  if (g.at[k] >= 0) return true;
  if (verbTaggedNoun(g, T, k)) return false;
  if (NOT_IN_NP.has(t.lower)) return false;
  // ('“dual-use” technology transfers': the quotes around a lower-case modifier, its head after them.)
  if (quotedModifierMark(T, k)) return true;
  if (OPEN_QUOTES.has(t.text) && possessedHead(g, T, k + 1)) return true;
  // ("components such as chips": "such as" opens the examples, after the phrase.)
  if (t.lower === 'such' && T[k + 1]?.lower === 'as') return false;
  // "A's main buyer this year was B": a time phrase after the head ends the phrase.
  if (TIME_DEICTIC.test(t.lower) && TIME_NOUNS.test(T[k + 1]?.lower ?? '') && T[k - 1]?.pos === 'NOUN' && g.at[k - 1] < 0) return false;
  if (dateAfterHead(g, T, k)) return false;
  // ("to Laos days after the coup": a span of time before "after" or "later" dates the clause.)
  if (SPAN_UNITS.test(t.lower) && SPAN_RELATIONS.test(T[k + 1]?.lower ?? '') && k > 0 && g.at[k - 1] >= 0) return false;
  // ("Between March and August more than 1,000 shipments": a count's comparison opens a phrase of its own.)
  if (/^(?:more|fewer|less)$/.test(t.lower) && T[k + 1]?.lower === 'than' && (T[k + 2]?.pos === 'NUM' || T[k + 2]?.num >= 0) && g.at[k] < 0) return false;
  if (measureAfterModifier(T, k)) return true;
  // ("with more severe sanctions", "highly sensitive parts": an adverb of degree before the modifier of a head.)
  // (After a preposition only: right after a verb the clause layer steps past the adverb to the object.)
  if (t.pos === 'ADV' && DEGREE_ADVERBS.test(t.lower) && T[k - 1]?.pos === 'ADP' && T[k + 1]?.pos === 'ADJ' && /^(?:NOUN|ADJ)$/.test(T[k + 2]?.pos ?? '')) return true;
  // "new us sanctions": a lower-case country abbreviation between a modifier and a noun.
  if (t.lower === 'us' && T[k - 1]?.pos === 'ADJ' && T[k + 1]?.pos === 'NOUN') return true;
  if (t.text === '-' && !t.space) return true;
  if (NP_POS.has(t.pos)) return true;
  if (possessedHead(g, T, k)) return true;
  // "the remaining shares", "the following entities", "heavy lifting gear".
  if (t.pos === 'VERB' && /ing$/.test(t.lower) && g.at[k - 1] < 0 && ((T[k - 1]?.pos === 'DET' && T[k - 1].lower !== 'that') || (T[k - 1]?.pos === 'ADJ' && T[k + 1]?.pos === 'NOUN'))) return true;
  if (t.text === '%' && T[k - 1]?.pos === 'NUM') return true;
  // ("a 50 per cent stake": the British spelling of the sign, two words, inside the phrase.)
  if (t.lower === 'per' && T[k - 1]?.pos === 'NUM' && T[k + 1]?.lower === 'cent') return true;
  // "its managing director": a title, not a verb.
  if (t.lower === 'managing' && /^(?:directors?|partners?|editors?)$/.test(T[k + 1]?.lower ?? '')) return true;
  if (t.lower === 'end' && /^users?$/.test(T[k + 1]?.lower ?? '')) return true;
  // ("wires, printed circuit boards and connectors": the trade's name for the boards, no participle.)
  if (t.lower === 'printed' && /^circuits?$/.test(T[k + 1]?.lower ?? '')) return true;
  // "Belarusian shipping companies": an industry's name before a word for firms.
  if (industryModifier(t.lower, T[k + 1]?.lower)) return true;
  // "-based", "state-owned": hyphenated modifiers wink tags as verbs.
  if (t.pos === 'VERB' && T[k - 1]?.text === '-' && !t.space) return true;
  if (mistaggedHead(g, T, k)) return true;
  // "a state-owned holding": an -ing form after a hyphenated participle is the phrase's head.
  if (t.pos === 'VERB' && /ing$/.test(t.lower) && T[k - 2]?.text === '-' && /(?:ed|en)$/.test(T[k - 1]?.lower ?? '') && g.at[k - 1] < 0) return true;
  // "imposing targeted financial sanctions": a participle after a verb of measures, before the noun it modifies.
  if (adjectivalParticiple(g, T, k) || determinerParticiple(g, T, k)) return true;
  // ("its specially designated nationals list": the list's title in lower case.)
  if (listStatusAt(T, k) || listStatusAt(T, k - 1)) return true;
  // "its Specially Designated Nationals list": capitalised words of a title the tagger read as an adverb or a verb.
  if ((t.pos === 'ADV' || t.pos === 'VERB') && TITLE_WORD.test(t.text) && T[k - 1]?.sent === t.sent && T[k - 1]?.pos !== 'PUNCT' && k > 0 &&
    TITLE_WORD.test(T[k + 1]?.text ?? '') && T[k + 1]?.sent === t.sent) return true;
  return false;
}
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Whether "specially designated national(s)", a sanctions list's status in lower case, opens at token q. */
const listStatusAt = (T: readonly Token[], q: number): boolean =>
  T[q]?.lower === 'specially' && T[q + 1]?.lower === 'designated' && /^nationals?$/.test(T[q + 2]?.lower ?? '');
/** The days of the week, lower case. */
export const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const DAY_OR_YEAR = /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{4})$/;

/** A day named by its weekday or its month ("Tuesday", "July 8", "8 July 2024"): when something happened, no party. */
export function isTimeChunk(T: Token[], c: Chunk): boolean {
  if (c.ents.length || c.poss !== -1 || c.pronoun) return false;
  let named = false;
  for (let q = c.first; q < c.last; q++) {
    const t = T[q];
    if (WEEKDAYS.test(t.lower) || MONTH.test(t.text)) named = true;
    else if (!DAY_OR_YEAR.test(t.lower) && t.text !== ',') return false;
  }
  return named;
}

/** "travel bans", "asset freezes": a measure named by what it bars or freezes (a noun, whatever the tagger says). */
function measureAfterModifier(T: Token[], k: number): boolean {
  return /^(?:freezes|bans)$/.test(T[k].lower) && /^(?:asset|assets|travel|export|import|entry|visa)$/.test(T[k - 1]?.lower ?? '');
}

/** Whether a month and its day ("July 8") start at token q. */
export function monthDay(T: Token[], q: number): boolean {
  return MONTH.test(T[q]?.text ?? '') && /^\d{1,2}$/.test(T[q + 1]?.text ?? '');
}

/** "companies July 8 accused of ...": a month and its day after a common noun are a time phrase, not part of the noun's. */
function dateAfterHead(g: GrammarInput, T: Token[], k: number): boolean {
  // (The month itself, or the day after it; a closure-free test, as this runs on every word of a phrase.)
  const m = /^\d/.test(T[k].text) ? k - 1 : k;
  return monthDay(T, m) && T[m - 1]?.pos === 'NOUN' && g.at[m - 1] < 0;
}
const TIME_DEICTIC = /^(?:last|this|next|past)$/;
/** Units of a span of time, and the words after one that date a clause by it ("days after", "weeks earlier"). */
const SPAN_UNITS = /^(?:hours|days|weeks|months|years)$/;
const SPAN_RELATIONS = /^(?:after|before|later|earlier|ago)$/;
/**
 * At a semicolon (`from`): whether names, not clauses, run from it to a closing "; and" or "; or" ("from China-based A
 * and B; Hong Kong-based C; and D", "accuses A, aka X; B; and C of ..."; but "to B; C and D bought ..." is two clauses).
 */
function closedBySemicolonAnd(T: Token[], s: Sentence, from: number): boolean {
  if (T[from]?.text !== ';') return false;
  // (Only names and their modifiers up to it: "to B; C and D bought engines; and E sold chips" holds clauses.)
  for (let q = from; q < s.last - 1; q++) {
    if (T[q].pos === 'VERB' && !/^(?:based|registered|owned|controlled|known)$/.test(T[q].lower)) return false;
    if (T[q].text === ';' && /^(?:and|or)$/.test(T[q + 1].lower)) return true;
  }
  return false;
}
const LIST_OPENERS = /^(?:are|were|is|was|include|includes|included|including|:)$/;
const TIME_NOUNS = /^(?:year|month|week|quarter)$/;
/** Trigger classes of verbs that give or take goods: a participle right after one opens their object. */
const GIVING_CLASSES = new Set(['supply', 'give', 'acquire']);
/** Verbs after which an -ed word before a noun is adjectival: "imposing targeted sanctions", "announced expanded sanctions". */
const ADJECTIVAL_AFTER = /^(?:imposing|imposed|imposes|impose|announced|announcing|announces|introduced|introducing|adopted|adopting|approved|unveiled|unveiling)$/;

/**
 * Token k is a participle modifying the noun after it, right after the clause's own verb of measures: "is imposing
 * targeted financial sanctions", "the EU announced expanded sanctions", "has adopted revised measures". Not after a
 * reduced relative ("the sanctions imposed targeted Russian banks": there "targeted" is the verb): the verb before
 * must be in -ing, follow an auxiliary or follow a name.
 */
export function adjectivalParticiple(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  // ("imposed new targeted financial sanctions": past a word of novelty after the verb.)
  const at = /^(?:new|fresh|additional|further)$/.test(T[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  const v = T[at];
  // ("gave banned ballistic missile systems to K", "sold used engines", "bought advanced chips": after a verb of giving
  // or getting goods, whose object a participle only describes.)
  // ("smuggled advanced optical equipment": after a past form of supply the tagger read as an adjective too.)
  const giving = !!v && at === k - 1 && ((v.pos === 'VERB' && triggerClasses(v.lemma.toLowerCase()).some((c) => GIVING_CLASSES.has(c))) ||
    (v.pos === 'ADJ' && !!pastBase(v.lower) && verbTaggedNoun(g, T, at)));
  if (!t || !v || t.pos !== 'VERB' || !/ed$/.test(t.lower) || !(ADJECTIVAL_AFTER.test(v.lower) || giving)) return false;
  // ("bought advanced Thai chips", "advanced US chips": a country's name or adjective after the participle opens the
  // goods' phrase too.)
  const country = g.at[k + 1] >= 0 && (g.mentions[g.at[k + 1]].form === 'demonym' || g.mentions[g.at[k + 1]].kind === 'country');
  if (giving && country) return true;
  if (!/^(?:ADJ|NOUN)$/.test(T[k + 1]?.pos ?? '') || g.at[k + 1] >= 0) return false;
  if (giving) return true;
  const before = T[at - 1];
  return v.lower.endsWith('ing') || (!!before && (before.pos === 'AUX' || g.at[at - 1] >= 0));
}

/**
 * The comma before token q, also one a quoted name's closing quote follows in the American style: the comma itself
 * for 'the firm A, a maker', q - 1 for 'the firm "A," a maker' (q is the quote after it); -1 where none is.
 */
export function commaBefore(g: GrammarInput, T: readonly Token[], q: number): number {
  if (T[q]?.text === ',') return q;
  if (!CLOSE_QUOTES.has(T[q]?.text ?? '') || T[q - 1]?.text !== ',') return -1;
  // (The quotation is a name's: an opening quote right before a name that ends at the comma.)
  const mi = g.at[q - 2] ?? -1;
  return mi >= 0 && g.mentions[mi].last === q - 1 && OPEN_QUOTES.has(T[g.mentions[mi].first - 1]?.text ?? '') ? q - 1 : -1;
}

/** "A's transfer of G": a bare form the tagger read as a verb, after a name's possessive and before "of", is a noun. */
export function possessedHead(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  // ('B\'s “transfer of G': a quotation opened between the possessive and its noun.)
  const poss = OPEN_QUOTES.has(T[k - 1]?.text ?? '') ? k - 2 : k - 1;
  // ("A's transfer to B of G": the recipient's name between the noun and its "of".)
  const to = T[k + 1]?.lower === 'to' && g.at[k + 2] >= 0 ? g.mentions[g.at[k + 2]].last : -1;
  return !!t && t.pos === 'VERB' && /^['’]s$/.test(T[poss]?.text ?? '') && g.at[poss - 1] >= 0 && (T[k + 1]?.lower === 'of' || T[to]?.lower === 'of') && !/(?:ed|ing)$/.test(t.lower);
}

/**
 * A noun the tagger took for another word class: the head of "a Moscow-based firm" (an adverb), "sanctions" after "to",
 * "address" after "an".
 */
export function mistaggedHead(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  if (g.at[k] >= 0) return false;
  // ("to an address in Laos": a bare form right after an article.)
  if (t.pos === 'VERB' && /^(?:a|an|the)$/.test(T[k - 1]?.lower ?? '') && t.lower === t.lemma && !/(?:ed|ing|en)$/.test(t.lower)) return true;
  // ("A and B are sources of G for C": an -s form the tagger took for a verb, right after a form of "be", is a plural
  // noun, its complement.)
  if (t.pos === 'VERB' && /[^s]s$/.test(t.lower) && /^(?:is|are|was|were|be|been)$/.test(T[k - 1]?.lower ?? '')) return true;
  if (t.pos === 'ADV' && /^[a-z]+$/.test(t.text) && !/ly$/.test(t.text) && T[k - 2]?.text === '-' && /(?:ed|en)$/.test(T[k - 1]?.lower ?? '') && g.at[k - 1] < 0) return true;
  // "subject to sanctions": a plural noun after "to", which the tagger may take for a verb (an infinitive takes no -s).
  // ("to groups in B", "to buyers": any such plural, its stem what the tagger gives as the lemma; not "to process".)
  return t.pos === 'VERB' && T[k - 1]?.lower === 'to' && (/^(?:sanctions|restrictions|penalties|measures)$/.test(t.lower) || t.lower === `${t.lemma}s`);
}

/** One simple phrase starting at k (no coordination); null when k opens none. */
function simple(g: GrammarInput, s: Sentence, k: number): Chunk | null {
  const T = g.an.tokens;
  const t = T[k];
  // (Past the sentence, or the text, there is no phrase: a text may end in the middle of a construction.)
  if (!t || k >= s.last) return null;
  // ("more than 200 firms", "fewer than ten drones": a count's comparison opens the phrase of what it counts.)
  // ("at least 12 countries", "at most five firms": a count's bound alike.)
  const bound = (/^(?:more|fewer|less)$/.test(t.lower) && T[k + 1]?.lower === 'than') || (t.lower === 'at' && /^(?:least|most)$/.test(T[k + 1]?.lower ?? ''));
  if (bound && (T[k + 2]?.pos === 'NUM' || T[k + 2]?.num >= 0) && g.at[k] < 0) {
    const counted = simple(g, s, k + 2);
    if (counted) return { ...counted, first: k };
  }
  // Most tokens open no phrase: decide before building one.
  if (!PRONOUNS.has(t.lower) && !POSS_PRONOUNS.has(t.lower) && !npWord(g, T, k)) return null;
  // "both" alone is a pronoun ("Both also own shares"); before a phrase it is a determiner ("both Ukraine and the EU").
  const bothDet = t.lower === 'both' && (g.at[k + 1] >= 0 || NP_POS.has(T[k + 1]?.pos ?? ''));
  // ("sent her request to B": "her" before a common noun is its possessor, not an object; not before a time, "sanctioned
  // her last year", "her months before".)
  const herDet = t.lower === 'her' && T[k + 1]?.pos === 'NOUN' && !TIME_AFTER_OBJECT.test(T[k + 1].lower);
  if (PRONOUNS.has(t.lower) && g.at[k] < 0 && !bothDet && !herDet) {
    return { first: k, last: k + 1, noun: '', pre: '', ents: [], mods: [], poss: -1, pronoun: t.lower, det: '', plural: t.lower === 'they' || t.lower === 'them' || t.lower === 'both', count: 0, sanctionedBy: [], ownedBy: [], parent: false };
  }
  const c: Chunk = { first: k, last: k, noun: '', pre: '', ents: [], mods: [], poss: -1, pronoun: null, det: '', plural: false, count: 0, sanctionedBy: [], ownedBy: [], parent: false };
  let q = k;
  let pendingEnts: number[] = [];
  if (POSS_PRONOUNS.has(t.lower) && g.at[k] < 0) {
    c.poss = -2;
    c.det = t.lower;
    q++;
    // ('its "supply of weapons technology"': a quotation that opens after the possessive quotes the phrase it owns.)
    if (OPEN_QUOTES.has(T[q]?.text ?? '') && npWord(g, T, q + 1)) q++;
  }
  // ('the Laos-based "A"': a quoted name after where it is based is the phrase's head.)
  const quotedAfterBased = (r: number) => r > k && OPEN_QUOTES.has(T[r].text) && BASED_WORDS.test(T[r - 1].lower) && g.at[r + 1] >= 0;
  // ("a private equity (PE) firm": a modifier's short form in parentheses, inside the phrase before its head.)
  const shortFormInside = (q: number) => T[q]?.text === '(' && /^[A-Z]{2,5}$/.test(T[q + 1]?.text ?? '') && T[q + 2]?.text === ')';
  while (q < s.last && (npWord(g, T, q) || quotedAfterBased(q) || shortFormInside(q))) {
    if (shortFormInside(q)) {
      q += 3;
      continue;
    }
    // ('to CJSC "A"': a legal form before a quoted name belongs to the name's phrase.)
    if (g.at[q] < 0 && LEGAL_FORMS_BEFORE_QUOTES.has(T[q].lower) && OPEN_QUOTES.has(T[q + 1]?.text ?? '') && g.at[q + 2] >= 0) q += 2;
    const mi = g.at[q];
    if (mi >= 0) {
      const m = g.mentions[mi];
      const e = g.res.entityOf[mi];
      const end = Math.min(m.last, s.last);
      // ("helping 'A', a firm": a quote that closes one opened before the name is no possessive.)
      const closesQuote = /^['’]$/.test(T[end]?.text ?? '') && /^['‘]$/.test(T[m.first - 1]?.text ?? '');
      if (m.possessive || (POSSESSIVE_MARKS.has(T[end]?.lower ?? '') && !closesQuote)) {
        // "A's subsidiary", "A' unit": A owns what follows. (The mark is its own token after the name.)
        c.poss = e;
        q = end;
        if (POSSESSIVE_MARKS.has(T[q]?.lower ?? '')) q++;
        pendingEnts = [];
        continue;
      }
      // ("the lathes A has sent": goods and then a name with its verb are a zero relative's head and subject.)
      if (c.noun && !pendingEnts.length && knownGoods(c.noun) && /^(?:AUX|VERB)$/.test(T[end]?.pos ?? '') && g.at[end] < 0) break;
      // An unclassified single common noun capitalised by position ("Owners of ...") names nothing.
      if (e >= 0 && !commonWord(g, e, m.first, m.last)) pendingEnts.push(e);
      q = end;
      // "US-sanctioned", "EU-blacklisted": the name is the sanctioning body, a modifier of what follows.
      if (T[q]?.text === '-' && !T[q].space && HYPHEN_PARTICIPLE.test(T[q + 1]?.lower ?? '')) {
        addHyphenBody(g, c, e, T[q + 1].lower);
        pendingEnts.pop();
        q += 2;
        // ("US-designated, Laos-based A": past the comma between it and another hyphened modifier of the name.)
        const next = T[q]?.text === ',' ? g.at[q + 1] : -1;
        const nextEnd = next >= 0 ? g.mentions[next].last : -1;
        // (Only where a name follows it: not "is US-sanctioned, Laos-based and Thai-owned".)
        if (nextEnd > 0 && T[nextEnd]?.text === '-' && !T[nextEnd].space && /^\p{Ll}+$/u.test(T[nextEnd + 1]?.text ?? '') && /^\p{Lu}/u.test(T[nextEnd + 2]?.text ?? '')) q++;
        continue;
      }
      // "the UN- and EU-listed A", "the US-, EU- and UN-designated A".
      const shared = sharedHyphenEnd(T, g.at, g.mentions, q);
      if (shared >= 0 && T[shared]?.text === '-' && !T[shared].space && HYPHEN_PARTICIPLE.test(T[shared + 1]?.lower ?? '')) {
        addHyphenBody(g, c, e, T[shared + 1].lower);
        pendingEnts.pop();
        q += 2;
        continue;
      }
      // ("A, aka B,", "A, also known as B,": the other name of the same entity stays in the phrase.)
      if (e >= 0 && T[q]?.text === ',') {
        const r = aliasAfter(T, q, s.last);
        const other = r > 0 && g.at[r] >= 0 && g.mentions[g.at[r]].first === r && g.res.entityOf[g.at[r]] === e ? r : undefined;
        if (other !== undefined) q = Math.min(g.mentions[g.at[other]].last, s.last);
      }
      // "(KRH)", "(PRC)": a parenthetical right after a name stays with it.
      // ("A (head of the charity B), C (mayor of D), and E": a longer one too where a list of names goes on after it.)
      // ('"The Treasury [Ministry of Finance] is designating": an editor's gloss in square brackets alike.)
      if (T[q]?.text === '(' || T[q]?.text === '[') {
        const close = T[q].text === '(' ? ')' : ']';
        let r = q + 1;
        while (r < s.last && r < q + 20 && T[r].text !== close) r++;
        const listGoesOn = T[r + 1]?.text === ',' && (g.at[r + 2] >= 0 || (T[r + 2]?.lower === 'and' && g.at[r + 3] >= 0));
        // (A bracketed clause is no gloss: "A [which K sanctioned in 2022] shipped G".)
        const clause = close === ']' && T.slice(q + 1, r).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
        if (T[r]?.text === close && (r < q + 8 || listGoesOn) && !clause) q = r + 1;
      }
      // After a name only a noun (or another name) goes on: "US sanctions", but not "A last week".
      // (A demonym is an adjective itself: "Russian military-linked companies".)
      // ("A today imposed ...": a time word after a name is an adverbial.)
      if (q < s.last && g.at[q] < 0 && TIME_WORDS.test(T[q].lower)) break;
      if (q < s.last && g.at[q] < 0 && !(T[q].pos === 'NOUN' || T[q].pos === 'PROPN' || (T[q].text === '-' && !T[q].space) || (m.form === 'demonym' && T[q].pos === 'ADJ') ||
        industryModifier(T[q].lower, T[q + 1]?.lower))) break;
      continue;
    }
    const w = T[q].lower;
    // ("five countries neighboring B", "firms bordering B": an -ing form after the head noun opens a phrase of its own
    // about the name after it.)
    if (c.noun && /ing$/.test(w) && g.at[q] < 0 && (g.at[q + 1] ?? -1) >= 0 && T[q - 1]?.lower === c.noun) break;
    // ("both the US and the EU", "all the firms": a predeterminer before the determiner.)
    if (T[q].pos === 'DET' && q > k && !NUMBER_WORDS.has(w) && !(q === k + 1 && /^(?:both|all)$/.test(T[k].lower))) break;
    if (w === 'parent') c.parent = true;
    // ("all these companies": the determiner after the predeterminer says what the phrase refers to.)
    if (T[q].pos === 'DET' && q === k + 1 && c.det === 'all') c.det = w;
    else if (T[q].pos === 'DET' || (q === k && POSS_PRONOUNS.has(w))) c.det ||= w;
    if (T[q].pos === 'NUM' || NUMBER_WORDS.has(w)) c.count = countOf(T[q]);
    if (T[q].pos === 'NOUN' || T[q].pos === 'PROPN' || mistaggedHead(g, T, q) || possessedHead(g, T, q)) {
      // A noun after names: the names were modifiers ("US sanctions", "Hong Kong company").
      c.mods.push(...pendingEnts);
      pendingEnts = [];
      c.noun = w;
      // "the company's subsidiary": a referring description as the possessor, like "its".
      if (c.det === 'the' && q === k + 1 && REFERRING_HEADS.test(w) && POSSESSIVE_MARKS.has(T[q + 1]?.lower ?? '') && g.at[q + 1] < 0) {
        c.poss = -2;
        c.det = 'its';
        c.noun = '';
        q += 2;
        continue;
      }
      // ("blacklisted the country's biggest lens maker A": the country's possessive places the name; the name is the head.)
      if (c.det === 'the' && q === k + 1 && (w === 'country' || w === 'nation') && POSSESSIVE_MARKS.has(T[q + 1]?.lower ?? '') && g.at[q + 1] < 0) {
        c.noun = '';
        q += 2;
        continue;
      }
      // ("CNC (computer numerical control) units": an abbreviation's spelling-out between a modifier and its head.)
      if (T[q + 1]?.text === '(') {
        let r = q + 2;
        while (r < s.last && r < q + 8 && T[r].text !== ')' && g.at[r] < 0) r++;
        if (T[r]?.text === ')' && r > q + 2 && T[r + 1]?.pos === 'NOUN' && g.at[r + 1] < 0) {
          q = r + 1;
          continue;
        }
      }
    }
    q++;
  }
  if (q === k) return null;
  // "a firm called A", "a company named B": the name the description introduces.
  if (!pendingEnts.length && /^(?:called|named|dubbed|known)$/.test(T[q]?.lower ?? '') && q + 1 < s.last) {
    const r = T[q].lower === 'known' && T[q + 1]?.lower === 'as' ? q + 2 : q + 1;
    const mi = g.at[r];
    // (Not a verb that names someone as something: "The report named A (and B) as key sources of G for C".)
    let end = mi >= 0 ? g.mentions[mi].last : -1;
    while (end > 0 && /^(?:,|and|or)$/.test(T[end]?.lower ?? '') && g.at[end + 1] >= 0) end = g.mentions[g.at[end + 1]].last;
    const namedAs = mi >= 0 && r === q + 1 && T[end]?.lower === 'as';
    if (mi >= 0 && g.res.entityOf[mi] >= 0 && !namedAs) {
      pendingEnts.push(g.res.entityOf[mi]);
      q = Math.min(g.mentions[mi].last, s.last);
    }
  }
  c.last = q;
  if (pendingEnts.length) {
    // "the Kyrgyzstan-based A": the last name is the head, earlier ones locate it.
    c.ents = pendingEnts.slice(-1);
    c.mods.push(...pendingEnts.slice(0, -1));
    c.pre = c.noun;
    c.noun = '';
  }
  // ("three men", "two women", "people": plurals without an s.)
  c.plural = c.ents.length === 0 && ((c.noun.endsWith('s') && !c.noun.endsWith('ss')) || /^(?:men|women|people|businessmen|businesswomen)$/.test(c.noun));
  if (c.last === c.first + 1 && c.poss === -1 && !c.ents.length && T[k].pos === 'DET') return null;
  return c;
}

const TIME_WORDS = /^(?:today|yesterday|tonight|now|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Heads of a description that refers back and may own: "the company's subsidiary". */
const REFERRING_HEADS = /^(?:company|firm|group|manufacturer|maker|supplier|distributor|business|enterprise|holding|concern)$/;

/**
 * First words of an unnamed conjunct that stands beside a named one: "A and its partners", "A and other firms"; "A, B
 * and others" closes a list so too.
 */
const ASSOCIATES = /^(?:its|their|his|her|other|others|several|various|affiliated|related|associated|many|some)$/;

/**
 * "Chinese and Turkish companies", "US or EU firms": demonyms coordinated before one head noun modify it together; the
 * first, a phrase of its own to `simple`, becomes a modifier of the phrase after the conjunction (in place).
 */
function sharedHead(g: GrammarInput, s: Sentence, c: Chunk): void {
  const T = g.an.tokens;
  // ("civilian and military optics maker A": adjectives joined before one head describe it together.)
  if (!c.noun && !c.ents.length && c.poss === -1 && c.last === c.first + 1 && T[c.first].pos === 'ADJ' && /^(?:and|or)$/.test(T[c.last]?.lower ?? '') &&
    T[c.last + 1]?.pos === 'ADJ') {
    const next = simple(g, s, c.last + 1);
    if (next && (next.noun || next.pre)) Object.assign(c, { ...next, first: c.first });
    return;
  }
  // ("the state-run cloth and fiber maker A": two lines of business joined before the noun for the firm that
  // the name follows; one phrase, the name's.)
  if (!c.ents.length && c.noun && !c.plural && /^(?:and|or)$/.test(T[c.last]?.lower ?? '') && T[c.last + 1]?.pos === 'NOUN' && !TRADER_NOUNS.test(c.noun)) {
    const next = simple(g, s, c.last + 1);
    if (next && next.ents.length) {
      Object.assign(c, { ...next, first: c.first, det: c.det, mods: [...c.mods, ...next.mods], poss: c.poss });
      return;
    }
  }
  // ("the Kazakh and German companies": past a determiner too; "several Iranian and Chinese entities", "two Lao and
  // Thai firms": past a quantity.)
  const det = c.last === c.first + 2 && (T[c.first].pos === 'DET' || T[c.first].pos === 'NUM' || /^(?:several|many|numerous|various)$/.test(T[c.first].lower)) ? 1 : 0;
  // ("Laotian, Mongolian and Vietnamese exports": a comma before demonyms that "and" goes on to join.)
  const m = g.mentions[g.at[c.first + det]];
  if (c.noun || c.ents.length !== 1 || !m || c.last !== m.last || !/^(?:and|or|,)$/.test(T[c.last]?.lower ?? '')) return;
  // ("Hong Kong and UAE firms": countries' names joined before a noun for traders share it as demonyms do.)
  const named = m.form !== 'demonym';
  if (m.kind !== 'country') return;
  const next = simple(g, s, c.last + 1);
  // (The demonyms after the comma share the head in turn.)
  if (next && T[c.last].text === ',') sharedHead(g, s, next);
  if (!next || !next.noun || next.ents.length || !next.mods.some((e) => g.res.entities[e]?.kind === 'country')) return;
  // (Only a name with the noun alone after it: "Vietnam and Mongolian firms" is a place and some firms.)
  // ("Laos, Vietnam and Hong Kong firms": the name right before the noun, past those joined to it already.)
  // (The phrase opens with a name too: not "Laos and two Vietnam firms", "Mongolia and several Hong Kong firms".)
  const nextName = g.at[next.first] >= 0 ? g.mentions[g.at[next.last - 2]] : undefined;
  if (named && !(TRADER_NOUNS.test(next.noun) && nextName && nextName.form !== 'demonym' && nextName.last === next.last - 1)) return;
  if (T[c.last].text === ',' && !T.slice(next.first, next.last).some((t) => /^(?:and|or)$/.test(t.lower))) return;
  Object.assign(c, { ...next, first: c.first, det: c.det || next.det, mods: [...c.ents, ...next.mods], plural: next.plural });
  c.ents = [];
}

/** A person named by the country they belong to: "a citizen of K". */
const CITIZEN_NOUNS = /^(?:citizen|citizens|national|nationals|resident|residents|native|natives)$/;

/** Tokens that join conjuncts: ",", "and", "or", "as well as", ", and". Returns the next conjunct's start or -1. */
function conjunction(T: Token[], s: Sentence, q: number, semicolon = false): number {
  let r = q;
  if (T[r]?.text === ',' || (semicolon && T[r]?.text === ';')) r++;
  if (T[r]?.lower === 'and' || T[r]?.lower === 'or') r++;
  // ("A/B": a name and its other form, or two names, set apart by a slash.)
  else if (r === q && T[r]?.text === '/') r++;
  else if (T[r]?.lower === 'as' && T[r + 1]?.lower === 'well' && T[r + 2]?.lower === 'as') r += 3;
  else if (T[r]?.lower === 'along' && T[r + 1]?.lower === 'with') r += 2;
  if (r === q || r >= s.last) return -1;
  return r;
}

/**
 * Where a name's locating phrase at token q ends ("from Laos", "of Vietnam", "in Laos", "of Halvern Group") when another name, no
 * country's, is joined after it; -1 otherwise.
 */
function locatingPlace(g: GrammarInput, s: Sentence, q: number, midList: boolean): number {
  const T = g.an.tokens;
  if (!/^(?:from|of|in)$/.test(T[q]?.lower ?? '')) return -1;
  const place = simple(g, s, q + 1);
  const country = (e: number) => g.res.entities[e]?.kind === 'country';
  if (!place || place.noun || !place.ents.length) return -1;
  // ("to A, B in K, and C": "in" only on a list already under way; not "for A in K, and B", which may join the clause's
  // own list.)
  if (T[q].lower === 'in' && !midList) return -1;
  const r = conjunction(T, s, place.last);
  const next = r > 0 ? simple(g, s, r) : null;
  // (Not a name that opens a clause of its own after an object: "sanctioned A from Laos, and B sold radios to K"; a list
  // that is the sentence's subject ends before its verb: "A from Laos and B were hit".)
  if (!next || !next.ents.length || next.ents.some(country)) return -1;
  // (The verb before the list is looked for only where one follows it.)
  if (!/^(?:VERB|AUX)$/.test(T[next.last]?.pos ?? '')) return place.last;
  return verbBefore(g, T, s, q) ? -1 : place.last;
}

/** Whether a verb stands between the sentence's start and token k (not inside a name, nor joined by a hyphen: "Laos-based"). */
function verbBefore(g: GrammarInput, T: Token[], s: Sentence, k: number): boolean {
  for (let p = s.first; p < k; p++) if (T[p].pos === 'VERB' && g.at[p] < 0 && T[p - 1]?.text !== '-') return true;
  return false;
}

/**
 * Whether the clause token k stands in has its verb before k: "sold drones to A and ..." (yes); "Officials said A and B
 * shipped ...", "Investigators believe A and B obtained ..." (no: a verb of saying or thinking, a comma or "that" opens
 * the clause the names are the subject of).
 */
function clauseVerbBefore(g: GrammarInput, T: Token[], s: Sentence, k: number): boolean {
  for (let p = k - 1; p >= s.first; p--) {
    const t = T[p];
    if (/^(?:,|;|:|that)$/.test(t.lower)) return false;
    if (t.pos !== 'VERB' || g.at[p] >= 0 || T[p - 1]?.text === '-') continue;
    return !reportingVerb(t.lower) && !THINKING_VERBS.test(t.lower);
  }
  return false;
}
/** Verbs of thinking or showing whose object is a clause: "believe A and B obtained ...". */
const THINKING_VERBS = /^(?:believes?|believed|thinks?|thought|suspects?|suspected|suggests?|suggested|shows?|showed|shown|finds?|found|alleges?|alleged|indicates?|indicated|reveals?|revealed|confirms?|confirmed|knows?|knew|assumes?|assumed)$/;

/**
 * Words before a list of names that is a clause's subject, or a list of examples, never the end of a phrase: the
 * subordinators ("sold G after Laos and the UN imposed bans on K") and "that", "like", "including".
 */
const clauseOpener = (w: string) => FRONTED_SUBORDINATORS.has(w) || /^(?:until|till|that|like|including)$/.test(w);

/**
 * Whether token k is a finite verb with its object after it ("imposed sanctions", "bought the rifles"): not an -ing
 * form, nor a participle with its agent or place after it ("owned by", "based in").
 */
function verbWithObjectAt(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  if (!t || t.pos !== 'VERB' || g.at[k] >= 0 || /ing$/.test(t.lower)) return false;
  return /^(?:DET|NOUN|ADJ|NUM|PRON|PROPN)$/.test(T[k + 1]?.pos ?? '');
}

/** Whether a phrase holds a place joined to "-based", "-registered" or "-headquartered" ("China-based traders"). */
function locatedByHyphen(T: Token[], c: Chunk): boolean {
  for (let q = c.first + 1; q < c.last - 1; q++) {
    if (/^[-–]$/.test(T[q].text) && /^(?:based|registered|headquartered)$/.test(T[q + 1].lower)) return true;
  }
  return false;
}

/**
 * After an apposition ("A, the state drone maker of C, and its president, B"), the name of an associate the text
 * gives in apposition to "and its <title>": the name's phrase, or null.
 */
function associateAfterApposition(g: GrammarInput, s: Sentence, appos: Chunk): Chunk | null {
  const T = g.an.tokens;
  let q = appos.last;
  // (Past the apposition's own "of" phrase: "the maker of C".)
  if (T[q]?.lower === 'of') q = simple(g, s, q + 1)?.last ?? q;
  if (T[q]?.text !== ',' || T[q + 1]?.lower !== 'and' || !/^(?:its|his|her|their)$/.test(T[q + 2]?.lower ?? '')) return null;
  const title = simple(g, s, q + 2);
  if (!title || title.ents.length || !title.noun || T[title.last]?.text !== ',') return null;
  const name = simple(g, s, title.last + 1);
  return name && name.ents.length && !name.noun ? name : null;
}

/**
 * The phrase starting at k with its coordinated conjuncts: "A, B and C", "A and its chief executive B",
 * "nine companies and five individuals". Conjuncts join only while each names an entity (a list of names) or
 * none does (a list of descriptions), so "A and B said" keeps together and "A, which ..." stops at the comma.
 */
export function chunkAt(g: GrammarInput, s: Sentence, k: number): Chunk | null {
  const T = g.an.tokens;
  const out = simple(g, s, k);
  if (!out) return null;
  sharedHead(g, s, out);
  const head = { first: out.first, last: out.last, ents: out.ents.slice() };
  let q = head.last;
  const named = head.ents.length > 0;
  // Conjuncts joined by a bare comma count only once "and"/"or" closes the list ("in Ukraine, China has sold"
  // is no list); until then they are held back.
  let held: Chunk[] = [];
  // ('the companies "A" and "B"': names each in quotation marks are conjuncts as bare ones are.)
  // ('PJSC "A", B and C': a legal form's quoted name too.)
  const quoted = named && CLOSE_QUOTES.has(T[q]?.text ?? '') && (OPEN_QUOTES.has(T[head.first - 1]?.text ?? '') || OPEN_QUOTES.has(T[head.first + 1]?.text ?? ''));
  // ("A citizen of Laos and the company B were sanctioned": a person's country, after "citizen of", is no list's first
  // item, unless another country follows: "citizens of Laos and Mongolia".)
  const nationality = named && out.ents.length === 1 && g.res.entities[out.ents[0]]?.kind === 'country' && T[head.first - 1]?.lower === 'of' &&
    CITIZEN_NOUNS.test(T[head.first - 2]?.lower ?? '') && g.res.entities[g.res.entityOf[g.at[head.last + 1]] ?? -1]?.kind !== 'country';
  // ("the Deputy Minister of Industry of Laos, A, and others": the country of a post is no list's first item either.)
  const postCountry = named && out.ents.length === 1 && g.res.entities[out.ents[0]]?.kind === 'country' && T[head.first - 1]?.lower === 'of' &&
    T.slice(Math.max(s.first, head.first - 7), head.first - 1).some((t) => PERSON_TITLES.has(t.lower));
  // ("sanctioned A from Laos and B from Vietnam", "A from Laos, and the Laotian firm B": a name's country after "from"
  // or "of" locates it; the list goes on past it.)
  for (let guard = 0; guard < 40 && !nationality && !postCountry; guard++) {
    if (quoted && CLOSE_QUOTES.has(T[q]?.text ?? '')) {
      q++;
      // ('the company "A" LLC, along with B': a legal form after the quoted name is the name's.)
      if (CORPORATE_SUFFIXES.has(T[q]?.lower ?? '') && (g.at[q] < 0 || g.mentions[g.at[q]].last === q + 1)) q++;
    }
    const place = named ? locatingPlace(g, s, q, guard > 0) : -1;
    const located = place > 0;
    if (located) q = place;
    // ("The entities are A; B; C; and D": a list of names given after a copula, "include" or a colon may be set off by
    // semicolons; elsewhere a semicolon ends a clause.)
    // ("accuses A; B; and C of ...": names alone up to a closing "; and" are a list wherever they stand.)
    const r = conjunction(T, s, q, named && (LIST_OPENERS.test(T[head.first - 1]?.lower ?? '') || closedBySemicolonAnd(T, s, q)));
    if (r < 0) break;
    // (A name in quotation marks may close a list of bare ones: 'A, B, and "C"'.)
    const next = simple(g, s, named && OPEN_QUOTES.has(T[r]?.text ?? '') ? r + 1 : r);
    // ("... to B, Trade and Transport Minister C said.": the closing attribution's speaker is no conjunct.)
    if (next && reportingVerb(T[next.last]?.lower ?? '') && (next.last + 1 >= s.last || /^(?:on|in|at|,|\.)$/.test(T[next.last + 1]?.lower ?? ''))) break;
    // ("the accounts of A, B, C, as well as some 12 other traders": names before a closing conjunction and a description,
    // or anything else that is no name, are a list all the same.)
    if (!next || next.pronoun || (next.ents.length > 0) !== named) {
      if (named && held.length >= 2 && r > q + 1) {
        for (const h of held) {
          out.ents.push(...h.ents);
          out.last = h.last;
        }
        out.plural = true;
      }
    }
    if (!next || next.pronoun) break;
    // ("Latvia and Estonia-registered firms": places joined before a "-registered" or "-based" share it; they locate the firms.)
    if (named && !held.length && out.last === head.last && !out.noun && /^(?:and|or)$/.test(T[q].lower) && r === q + 1 && !next.ents.length && next.noun &&
      out.ents.every((e) => g.res.entities[e]?.kind === 'country') && locatedByHyphen(T, next)) {
      return { ...next, first: out.first, mods: [...out.ents, ...next.mods] };
    }
    // "A, a subsidiary of B": an apposition, not a conjunct (the clause layer reads it).
    if (T[q].text === ',' && r === q + 1 && /^(?:a|an|the)$/.test(T[r].lower) && !next.ents.length) {
      // ("A, the state drone maker of C, and its president, B": the associate named past the apposition joins the list.)
      const associate = named && !held.length ? associateAfterApposition(g, s, next) : null;
      if (associate) {
        out.ents.push(...associate.ents);
        out.last = associate.last;
        out.plural = true;
      }
      break;
    }
    // "A and its allies", "A and several other companies": the named conjunct stands for the list, which ends here.
    // ("A, B and other countries": the names held back before the closing description join it.)
    // ("A and his firm, B": a person's own, named in apposition; not "lived in P, and his firm, B", where the pronoun is
    // another's, nor "A and his Halvern company", a phrase of its own.)
    const personal = /^(?:his|her)$/.test(T[r].lower);
    if (personal && !next.ents.length && (!out.ents.some((e) => g.res.entities[e]?.kind === 'person') || T[next.last]?.text !== ',')) break;
    // ("A and A's general director, B": the post of a name the list holds is one of "its".)
    // (Not its owner, "A and A's owner, B", whom the possessive makes A's owner.)
    const listedOwn = next.poss >= 0 && ownPeople(next.noun) && !/^(?:owner|owners|founder)$/.test(next.noun) && [...out.ents, ...held.flatMap((h) => h.ents)].includes(next.poss);
    if (named && !next.ents.length && (!held.length || r > q + 1 || /^(?:and|or)$/.test(T[q].lower)) && (ASSOCIATES.test(T[r].lower) || listedOwn) && next.noun) {
      for (const h of held) out.ents.push(...h.ents);
      out.last = next.last;
      out.plural = true;
      // "A and its director, B": the associate's name in apposition joins the list.
      // ("A and its director and owner B": a second title joined to the first, with the name after it.)
      // ("A, and its director and manager, B and C": the names after a second title's comma, a list of their own.)
      const title = T[next.last]?.lower === 'and' && next.noun && !next.plural ? simple(g, s, next.last + 1) : null;
      let titled = title && !title.ents.length && title.noun && !title.plural && T[title.last]?.text === ',' ? chunkAt(g, s, title.last + 1) : null;
      // (Not the speaker of a closing attribution: "A and its director and treasurer, B said".)
      if (titled && reportingVerb(T[titled.last]?.lower ?? '')) titled = null;
      const appos = titled ?? (T[next.last]?.text === ',' || (T[next.last]?.lower === 'and' && next.noun && !next.plural) ? simple(g, s, next.last + 1) : null);
      if (appos && appos.ents.length && !appos.noun && !next.plural) {
        out.ents.push(...appos.ents);
        out.last = appos.last;
      }
      break;
    }
    // ("A, three Laotian officials and B were involved in ...": a counted description between names is an item of the
    // list, which closes with the name after its "and".)
    // (Not after an opening adverbial: "In Laos, two officials and A were sanctioned".)
    const opening = T[head.first - 1]?.pos === 'ADP' && head.first - 1 === s.first;
    if (named && !opening && !next.ents.length && next.noun && next.plural && next.count > 0 && T[q].text === ',') {
      const r2 = conjunction(T, s, next.last);
      const last = r2 > 0 && /^(?:and|or)$/.test(T[r2 - 1]?.lower ?? '') ? simple(g, s, r2) : null;
      if (last && last.ents.length && !last.noun && !verbWithObjectAt(g, T, last.last)) {
        for (const h of [...held, last]) out.ents.push(...h.ents);
        out.last = last.last;
        out.plural = true;
        held = [];
        break;
      }
    }
    if ((next.ents.length > 0) !== named) break;
    // ("sold drones to A and the United Nations imposed sanctions on K": after a list inside a prepositional phrase, a
    // name right before a verb and its object is that verb's subject.)
    // ("Laos bombed Vietnam and the United Nations imposed ...": after a verb's object alike; not after a word that opens
    // a clause, "sold G after Laos and the UN imposed bans on K", whose subject the list is.)
    // (Only in a clause whose verb came before the list: "Firms like A and B shipped G", "The owners of A and B sold G"
    // are one subject.)
    const opener = T[head.first - 1];
    if (named && opener && /^(?:ADP|VERB)$/.test(opener.pos) && !clauseOpener(opener.lower) && /^(?:and|or)$/.test(T[r - 1]?.lower ?? '') &&
      verbWithObjectAt(g, T, next.last) && clauseVerbBefore(g, T, s, head.first)) break;
    // ", and B" after a single conjunct closes no list ("A, which shipped G to B, and C"): a list needs three.
    const bare = T[q].text === ',' || T[q].text === ';';
    // (", as well as B" joins two all the same: "designated A, as well as the firms B and C"; so does ", along with" before
    // the name's own people, "A, along with its director B", not before others who may have acted beside the subject.)
    const asWell = (T[q + 1]?.lower === 'as' && T[q + 2]?.lower === 'well') ||
      (T[q + 1]?.lower === 'along' && T[q + 2]?.lower === 'with' && POSS_PRONOUNS.has(T[q + 3]?.lower ?? '') && ownPeople(next.pre));
    if (bare && r > q + 1 && !held.length && !asWell && !located && out.ents.length + (named ? 0 : 1) < 2 && out.first === head.first && out.last === head.last) break;
    held.push(next);
    if (r > q + 1 || !bare) {
      for (const h of held) {
        out.ents.push(...h.ents);
        out.last = h.last;
        // ("UN-sanctioned A and EU-sanctioned B": each conjunct's mark, which reaches its own names.)
        if (h.sanctionedBy.length) out.sanctionedBy = [...out.sanctionedBy, ...h.sanctionedBy];
        // ("A, Laos's largest conglomerate and parent company of B": the last conjunct's head, and "parent" from any.)
        if (!named) {
          out.noun = h.noun;
          out.parent ||= h.parent;
        }
      }
      out.plural = true;
      held = [];
    }
    q = next.last;
  }
  // ("A, B, C, etc.": "etc." closes a list of names as "and" does.)
  if (named && held.length && T[q]?.text === ',' && /^etc\.?$/.test(T[q + 1]?.lower ?? '')) {
    for (const h of held) {
      out.ents.push(...h.ents);
      out.last = h.last;
    }
    out.plural = true;
  }
  return out;
}
