/**
 * Grammar layer 2, clauses: each verb group of a sentence with its lemma, voice, polarity and modality, its
 * subject (read across appositions, relative pronouns and coordinated verbs), its object and its prepositional
 * roles (to, via, through, from, by, for, on, against, of, with, into, in). Reported speech needs no rule of its
 * own: "X said (that) A sold ..." gives two clauses, and the supply clause's subject is A, not X. Gerunds after
 * "for"/"of" ("designated A for supplying ...", "accused A of selling ...") take the governing clause's object
 * (or, in the passive, its subject) as their subject.
 */
import { BoundedCache } from '../bounded-cache.js';
import type { Sentence, Token } from '../sentences.js';
import { ARMS, chargedAttempt, deniesGrant, industryModifier, industryName, MODALS, MONTH, OPEN_QUOTES, PERSON_TITLES, reportingVerb } from '../lexicon.js';
import { ADJECTIVE_PARTICIPLES, adjectivalParticiple, chunkAt, commaBefore, determinerParticiple, mistaggedHead, isActorEntity, isTimeChunk, monthDay, possessedHead, verbTaggedNoun, WEEKDAYS, type Chunk, type GrammarInput } from './chunks.js';
import { ACQUIRE_EVENT_NOUNS, ingBase, LIST_NOUNS, SANCTION_NOUNS, SHARE_NOUNS, SUPPLY_EVENT_NOUNS, TRADER_NOUNS, triggerClasses } from './frames.js';
import { goodsHead, knownGoods, transferVerb } from './goods.js';

export type Role = 'to' | 'via' | 'through' | 'from' | 'by' | 'for' | 'on' | 'upon' | 'against' | 'of' | 'with' | 'into' | 'in' | 'onto' | 'under' | 'over';
const ROLE_PREPS = new Set<string>(['to', 'via', 'through', 'from', 'by', 'for', 'on', 'upon', 'against', 'of', 'with', 'into', 'in', 'onto', 'under', 'over']);

export interface Clause {
  sent: number;
  /** Main verb token and its lemma (lower case, without a "re-" prefix). */
  verb: number;
  lemma: string;
  voice: 'active' | 'passive';
  negated: boolean;
  /** Modal, conditional, attempted or denied: the clause asserts nothing. */
  hedged: boolean;
  /** Hedged by "will" or "would" alone: a decided future, which a government's own measure is ("Japan will freeze ..."). */
  future: boolean;
  subj: Chunk | null;
  /** The subject was not read next to the verb (relative pronoun, coordinated verb, gerund, inversion). */
  subjHow: 'adjacent' | 'relative' | 'coordinated' | 'gerund' | 'inverted' | 'none';
  obj: Chunk | null;
  roles: Partial<Record<Role, Chunk>>;
  /** Prepositional phrases inside the subject ("spares for trucks to B reached them from A"). */
  preRoles: Partial<Record<Role, Chunk>>;
  /** The clause a coordinated verb is joined to ("bought by A and shipped to B": the buying). */
  prev?: Clause;
  /** The place phrase read past to the subject after a located participle ("A, based in P, western K, sold": K). */
  placesPassed?: number[];
  /** Token span of the clause (subject to last argument). */
  first: number;
  last: number;
}

/** Words that open a subordinate clause: "as it sailed", "while they waited". */
const SUBORDINATORS = /^(?:as|while|when|because|although|though|since|after|before|until|whereas)$/;
/** A dash setting off an aside: a dash character, or a hyphen with a space before it (the cleaner writes dashes so). */
export const isDash = (t: Token | undefined): boolean => !!t && (/^(?:[―—–]|--)$/.test(t.text) || (t.text === '-' && t.space));
const ACCUSED = /^(?:accused|suspected|alleged|charged|convicted)$/;
/** What a body takes before it acts: "took steps to impose", "has taken measures to ban". */
const STEP_NOUNS = /^(?:measures|steps|action|actions)$/;
/** Participles of report that raise an infinitive's subject: "A is alleged / said / believed to have shipped G". */
const REPORTED_RAISING = /^(?:alleged|said|believed|reported|suspected|understood|known|thought|found)$/;
const RELATIVE_PRONOUN = /^(?:that|which|who)$/;
/** Words that close a time phrase: "in May", "last year", "in 2023". */
const DATE_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|\d{4})$/;
const PARTICLES = /^(?:out|up|off|back)$/;
/** Infinitives of making after a supply verb's goods ("to make drones", "to build missiles"). */
const MAKING = /^(?:make|build|produce|manufacture|assemble)$/;
/** Infinitives of feeding a war after a supply ("to feed B's war machine", "to support B's military"). */
const FEEDING = /^(?:fuel|feed|support|sustain|aid|supply|equip|arm|power|boost)$/;
/**
 * The object, or the "for", "on" or "against" phrase, whose names end right before "along" at token a, past a dash
 * ("the order for A -- along with B --"), that the names `added` join; a comma's "along with" may name who acted beside
 * the subject, and is left alone.
 */
function alongWith(g: GrammarInput, c: Clause, T: Token[], a: number, added: Chunk): ['obj' | Role, Chunk] | null {
  let b = a - 1;
  while (isDash(T[b])) b--;
  const ends = (ch: Chunk | null | undefined): ch is Chunk => !!ch?.ents.length && ch.last === b + 1;
  // (Not a route's end: "shipped G to B -- along with C --" names who shipped with the subject.)
  const key = ends(c.obj) ? 'obj' : (['for', 'on', 'against'] as const).find((k) => ends(c.roles[k]));
  const prior = key === 'obj' ? c.obj : key ? c.roles[key] : undefined;
  if (!key || !prior) return null;
  // (Countries beside firms are no more targets: "sanctioned A -- along with its allies K and L --" names who acted.)
  const country = (e: number) => g.res.entities[e]?.kind === 'country';
  return added.ents.some(country) && !prior.ents.every(country) ? null : [key, prior];
}

/** Prepositions of a trade's route: "exports to B", "purchases from A via C". */
const ROUTE_PREPS = /^(?:to|into|from|via|through)$/;
/** Nouns of attack, whose "on" or "against" phrase names what they attack: "its war on B", "attacks against B". */
const ATTACK_NOUNS = /^(?:war|wars|attack|attacks|assault|assaults|invasion|aggression|offensive|strikes|bombardment)$/;
/** Prepositions whose object may be a gerund clause with its own subject: "a reaction to A sending G". */
const GERUND_SUBJECT_PREPS = /^(?:to|of|about|over|against|regarding)$/;
/** Verbs of upgrading works, in a purpose after goods: "delivered equipment to modernise B's production lines". */
const UPGRADING = /^(?:modernise|modernize|upgrade|retool|re-equip|equip|expand|automate|refit|outfit)$/;
const WORKS_NOUNS = /^(?:plants?|factory|factories|facility|facilities|works|workshops?|shipyards?|lines)$/;

/** Whether a phrase's head names works: "B's factories", "B's production lines" (lines only of production or assembly). */
export function worksNoun(T: Token[], c: Chunk): boolean {
  return WORKS_NOUNS.test(c.noun) && (c.noun !== 'lines' || /^(?:production|assembly)$/.test(T[c.last - 2]?.lower ?? ''));
}
/** What a party's war is called after those infinitives: "war", "military", "army", "forces", "invasion" ... */
const WAR_NOUNS = /^(?:war|military|army|forces|invasion)$/;
/** ... or "effort", "machine", "industry", "complex", "campaign" after a word of war ("war effort", "defence industry"). */
const WAR_HEADS = /^(?:effort|machine|industry|complex|campaign)$/;
const WAR_WORDS = /^(?:war|military|defen[cs]e|arms|military-industrial)$/;

function warPhrase(T: Token[], c: Chunk): boolean {
  if (WAR_NOUNS.test(c.noun)) return true;
  if (!WAR_HEADS.test(c.noun)) return false;
  for (let q = c.first; q < c.last; q++) if (WAR_WORDS.test(T[q].lower)) return true;
  return false;
}
/** Participles that describe a name before them with "as": "A, identified as being owned by B", "is registered as". */
const DESCRIBED_AS = /^(?:listed|registered|recorded|described|named|shown|identified)$/;
/** The aspectual verbs that presuppose the activity: to stop or go on doing it, it must be under way. */
const GOING_ON_OR_STOPPED = /^(?:continue|continues|continued|keep|keeps|kept|stop|stops|stopped|cease|ceases|ceased|quit)$/;
/** Verbs of aspect before an -ing form ("began imposing", "kept shipping", "stopped supplying"). */
const ASPECT_VERBS = /^(?:begin|begins|began|begun|start|starts|started|continue|continues|continued|keep|keeps|kept|resume|resumes|resumed|stop|stops|stopped|cease|ceases|ceased|quit)$/;
/** Objects that are a measure, not a party: "faces sanctions for supplying ..." (the subject supplied). */
const MEASURE_OBJECTS = /^(?:sanctions?|penalties|penalty|restrictions|charges|fines?|bans?|measures)$/;
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'got', 'gets', 'getting']);
/** Verbs of depending on something: after "must", a need the text asserts. */
const RELIANCE = /^(?:rely|depend)$/;
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
/** Verbs whose complement clause or infinitive is not asserted: "tried to ship", "denied that it sold". */
export const NON_ASSERTING = /^(?:ask|asks|asked|asking|urg(?:e|es|ed|ing)|call|calls|called|request(?:s|ed|ing)?|press|pressed|pressing|try|tried|tries|trying|attempt(?:s|ed|ing)?|seek|seeks|sought|seeking|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|want(?:s|ed|ing)?|consider(?:s|ed|ing)?|refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|fail(?:s|ed|ing)?|den(?:y|ied|ies|ying)|reject(?:s|ed|ing)?|threaten(?:s|ed|ing)?|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?|propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|agree(?:s|d|ing)?|discuss(?:es|ed|ing)?|negotiat(?:e|es|ed|ing)|mull(?:s|ed|ing)?|weigh(?:s|ed|ing)?|think|thinking|thought|arrang(?:e|es|ed|ing)|prepar(?:e|es|ed|ing)|expect(?:s|ed|ing)?|poised|slated|scheduled|going|need(?:s|ed)?|wish(?:es|ed)?|struggl(?:e|es|ed|ing)|designed|meant|engineered|licen[cs]es?|permits?|permission|authori[sz]ation|approval|application)$/;
/** Forms of "deny" (a constant: the clause reader tests up to 40 words before each verb). */
const DENY = /^den(?:y|ied|ies|ying)$/;
const CONDITIONALS = new Set(['if', 'whether', 'unless', 'once', 'should']);
/**
 * The names a "such ... as" phrase gives after a nameless head ("such firms as A and B", "such people as A"), or
 * undefined; not the subject of a clause "as" opens ("such deals as A had struck").
 */
function suchAsExamples(T: Token[], startAt: Map<number, Chunk>, head: Chunk): Chunk | undefined {
  let q = head.first;
  while (q < head.last && T[q].lower !== 'such') q++;
  if (q === head.last) return undefined;
  const ex = startAt.get(head.last + 1);
  // (A participle that places the firms is no clause: "such firms as A based in Laos".)
  const placed = /^(?:based|located|registered|headquartered|incorporated|operating)$/.test(T[ex?.last ?? -1]?.lower ?? '');
  return ex?.ents.length && (!/^(?:VERB|AUX)$/.test(T[ex.last]?.pos ?? '') || placed) ? ex : undefined;
}

/** Words of a time after "since", "after" or "before" besides months and weekdays: "since late 2021", "after the end of May". */
const TIME_PHRASE_WORDS = /^(?:early|late|mid|the|end|start|beginning|of|\d{1,2}(?:st|nd|rd|th)?|\d{4})$/;

/** The end of a time "since", "after" or "before" at q opens ("since April 2021"), or -1 where a clause follows. */
function timeAfterPreposition(T: Token[], q: number, last: number): number {
  let e = q + 1;
  let named = false;
  for (; e < last; e++) {
    const t = T[e];
    const dated = MONTH.test(t.text) || WEEKDAYS.test(t.lower) || /^\d{4}$/.test(t.text);
    if (!dated && !TIME_PHRASE_WORDS.test(t.lower)) break;
    named ||= dated;
  }
  return named ? e : -1;
}

const CLAUSE_STOPS = new Set([';', 'which', 'who', 'whom', 'whose', 'but', 'while', 'whereas', 'although', 'though', 'because', 'however', 'where', 'when', 'after', 'before', 'since', 'as', 'despite']);
/** The role of one who buys for another: "as an intermediary for B" (not "agent", often a maker's dealer). */
const GO_BETWEENS = /^(?:intermediary|middleman|proxy|front)$/;
const IRREGULAR_PARTICIPLES = new Set(['sold', 'sent', 'made', 'built', 'bought', 'held', 'hit', 'put', 'set', 'run', 'led', 'given', 'taken', 'owned', 'brought', 'found', 'known', 'shown', 'seen', 'dealt', 'paid', 'met', 'struck', 'handed', 'slapped']);
const ADVERB_SKIP = new Set(['majority', 'wholly', 'partly', 'partially', 'fully', 'jointly', 'also', 'reportedly', 'allegedly', 'previously', 'later', 'already', 'then', 'since', 'still', 'further', 'directly', 'indirectly', 'subsequently', 'again', 'now', 'recently', 'jointly', 'illegally', 'secretly', 'openly', 'regularly', 'repeatedly', 'continue', 'continued', 'continues', 'to', 'have', 'has', 'had', 'been', 'being', 'be']);

/**
 * Where the phrase before token k ends once a time phrase right before k is passed over ("companies on Tuesday
 * accused of", "firms July 8 accused of"); k itself when there is none.
 */
function beforeTime(T: Token[], endAt: Map<number, Chunk>, k: number): number {
  if (monthDay(T, k - 2)) return k - 2;
  const ch = endAt.get(k);
  if (!ch || !isTimeChunk(T, ch)) return k;
  return /^(?:on|in)$/.test(T[ch.first - 1]?.lower ?? '') ? ch.first - 1 : ch.first;
}

/** Where "in <Month> (of this year | of <year>)" ending at token p starts, or -1. */
function monthPhraseBefore(T: Token[], p: number): number {
  let q = p;
  if (/^(?:year)$/.test(T[q]?.lower ?? '') && /^(?:this|last)$/.test(T[q - 1]?.lower ?? '') && T[q - 2]?.lower === 'of') q -= 3;
  else if (/^\d{4}$/.test(T[q]?.text ?? '') && T[q - 1]?.lower === 'of') q -= 2;
  return MONTH.test(T[q]?.text ?? '') && T[q - 1]?.lower === 'in' ? q - 1 : -1;
}

/** Whether the two words before token k are a deictic time phrase: "last year", "this month". */
function deicticTimeBefore(T: Token[], k: number): boolean {
  return /^(?:year|month|week)$/.test(T[k - 1]?.lower ?? '') && /^(?:last|this)$/.test(T[k - 2]?.lower ?? '');
}

export function isParticiple(t: Token): boolean {
  return /(?:ed|en)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower);
}

/** Base form of a verb for the frame table: wink's lemma, without a "re-" prefix ("re-exported" -> export). */
const IRREGULAR_LEMMAS: Record<string, string> = { resold: 'sell', 're-sold': 'sell', sold: 'sell', sent: 'send', bought: 'buy', resent: 'send' };

/** Lemmas by word and wink's lemma: a few hundred verbs recur in every article. */
const lemmas = new BoundedCache<string>(20000);

export function verbLemma(t: Token): string {
  return lemmas.get(`${t.lower}\u0000${t.lemma}`, t, verbLemmaOf);
}

function verbLemmaOf(t: Token): string {
  const irregular = IRREGULAR_LEMMAS[t.lower];
  if (irregular) return irregular;
  let l = t.lemma.toLowerCase();
  if (!triggerClasses(l).length && /ed$/.test(t.lower)) l = t.lower;
  if (l === t.lower && /ed$/.test(l)) {
    // The first base form the frame table knows: "routed" -> route, "shipped" -> ship, "supplied" -> supply.
    const forms = [l.replace(/d$/, ''), l.replace(/(\w)\1ed$/, '$1'), l.replace(/ied$/, 'y'), l.replace(/ed$/, '')];
    // (A verb the table does not know keeps the tagger's base form: "used" -> use, not "us".)
    const base = t.lemma.toLowerCase();
    l = forms.find((f) => triggerClasses(f.replace(/^re-?(?=[a-z]{4})/, '')).length) ??
      (base && base !== t.lower ? base : l.replace(/ied$/, 'y').replace(/(\w)\1ed$/, '$1').replace(/ed$/, ''));
  }
  // ("smuggling" tagged as a noun keeps its -ing form as its lemma.)
  // ("re-exporting": the base of the verb without its prefix.)
  if (l === t.lower && !triggerClasses(l).length) l = ingBase(l) ?? (/^re-?[a-z]{4}/.test(l) ? ingBase(l.replace(/^re-?/, '')) : null) ?? l;
  // ("co-owned", "co-founded": a part in the same act; "co-owned by B" is ownership by B; "co-owns", which the tagger
  // takes for a noun, "owns".)
  // ("re-imposed sanctions on K", "reinstated", "re-designated": a measure taken again is taken.)
  return l.replace(/^re-?(?=(?:export|sell|ship|route|direct|supply|impose|instate|introduce|designate|sanction|list)\b)/, '').replace(/^co-(?=(?:own|control)\b)/, '').replace(/^co-(own|control)s$/, '$1');
}

/** The chunks of a sentence, left to right, and for each token the chunk that starts there. */
export function sentenceChunks(g: GrammarInput, s: Sentence): { list: Chunk[]; startAt: Map<number, Chunk>; endAt: Map<number, Chunk> } {
  const list: Chunk[] = [];
  const startAt = new Map<number, Chunk>();
  const endAt = new Map<number, Chunk>();
  const T = g.an.tokens;
  let q = s.first;
  while (q < s.last) {
    const t = T[q];
    // "ABC/XY": the part after a slash belongs to the name before it, it opens no phrase.
    if (T[q - 1]?.text === '/' && !t.space && q > s.first) {
      q++;
      continue;
    }
    const c = isVerb(g, T, q) && t.pos === 'VERB' ? null : chunkAt(g, s, q);
    if (c && c.last > q) {
      list.push(c);
      startAt.set(c.first, c);
      endAt.set(c.last, c);
      q = c.last;
    } else q++;
  }
  return { list, startAt, endAt };
}


/** Verbs whose object is a means to an end: "used front companies to ship G". */
const MEANS_VERBS = /^(?:use|employ|utilize|utilise|exploit|leverage|set|create|establish|register|hire|charter|enlist|recruit)$/;

/** Whether a phrase ends in a participle after its head noun ("entities involved", "the firms linked"). */
function postParticiple(T: Token[], ch: Chunk): boolean {
  const t = T[ch.last - 1];
  return !!ch.noun && t.lower !== ch.noun && (t.pos === 'ADJ' || t.pos === 'VERB') && /ed$/.test(t.lower) && T[ch.last - 2]?.lower === ch.noun;
}

/**
 * Where the phrase after a verb right after a clause's object ends (a participle on the object: "equipment controlled
 * under the rules", "chips made by A"): the token after it; -1 when the verb at q is not right after the object, or no
 * phrase starts two tokens on.
 */
function objectParticipleEnd(startAt: Map<number, Chunk>, c: Clause, q: number): number {
  return c.obj?.last === q ? startAt.get(q + 2)?.last ?? -1 : -1;
}

/** Whether token k is a verb, answered once per token (chunking, clauses and their roles ask two to four times). */
function isVerb(g: GrammarInput, T: Token[], k: number): boolean {
  const known = g.verbs[k];
  if (known === undefined) return isVerbUncached(g, T, k);
  if (!known) g.verbs[k] = isVerbUncached(g, T, k) ? 1 : 2;
  return g.verbs[k] === 1;
}

/** Trigger classes of trade: their -ing forms stay verbs after "and". */
const TRADE_CLASSES = new Set(['supply', 'provision', 'acquire', 'transit']);

/** Whether the nearest verb before token k, within eight words, is an -ing form. */
function progressiveBefore(T: Token[], k: number): boolean {
  for (let q = k - 3; q >= 0 && q >= k - 10 && T[q].sent === T[k].sent; q--) if (T[q].pos === 'VERB' || T[q].pos === 'AUX') return /ing$/.test(T[q].lower);
  return false;
}

/** Whether token q closes a list of common nouns ("sale", "sale, export") that a determiner opens. */
function nounListAfterDeterminer(g: GrammarInput, T: Token[], q: number): boolean {
  const noun = (i: number) => T[i]?.pos === 'NOUN' && g.at[i] < 0;
  if (!noun(q)) return false;
  while (T[q - 1]?.text === ',' && noun(q - 2)) q -= 2;
  return T[q - 1]?.pos === 'DET';
}

function isVerbUncached(g: GrammarInput, T: Token[], k: number): boolean {
  const t = T[k];
  if (!t || g.at[k] >= 0 || mistaggedHead(g, T, k)) return false;
  // "end users", "end-user certificates".
  if (t.lower === 'end' && /^(?:users?|-)$/.test(T[k + 1]?.lower ?? '')) return false;
  // ("reported that sanctions minister A warned ...": a measure's noun after a verb's "that" and before a person's
  // title, with no subject for a verb, is the title's field; not "a package that sanctions oligarch A", a relative
  // clause.)
  if (t.lower === 'sanctions' && PERSON_TITLES.has(T[k + 1]?.lower ?? '') && T[k - 1]?.lower === 'that' && T[k - 2]?.pos === 'VERB') return false;
  // ("Also targeted was shipping company A": an industry's name before a word for firms and the firm's name.)
  // (Not before a name's possessive: "was shipping company A's rifles to K".)
  if (industryModifier(t.lower, T[k + 1]?.lower) && g.at[k + 2] >= 0 && !g.mentions[g.at[k + 2]].possessive) return false;
  // ("sanctions against Laotian shipping since May": an industry after a nationality is a sector.)
  if (industryName(t.lower) && g.at[k - 1] >= 0 && g.mentions[g.at[k - 1]].form === 'demonym') return false;
  // "the remaining shares", "the following entities": an -ing form after a determiner modifies a noun.
  if (t.pos === 'VERB' && /ing$/.test(t.lower) && ((T[k - 1]?.pos === 'DET' && T[k - 1].lower !== 'that') || (T[k - 1]?.pos === 'ADJ' && T[k + 1]?.pos === 'NOUN'))) return false;
  // ("answered the drone transfer by announcing ...": a bare form after a determiner and a word for goods heads
  // their compound, as no verb agrees with a singular subject in the bare form; "condemned the drone transfer from K
  // to B" still reads the trade its "from" and "to" give.)
  if (t.pos === 'VERB' && verbLemma(t) === t.lower && g.at[k - 1] < 0 && T[k - 1]?.pos === 'NOUN' && knownGoods(T[k - 1].lower) &&
    /^(?:a|an|the|this)$/.test(T[k - 2]?.lower ?? '') && !/^(?:from|to|of|between)$/.test(T[k + 1]?.lower ?? '')) return false;
  // ("some 310 sanctioned engine parts": a participle between a number and its noun modifies the noun.)
  // (A count only: "on Wednesday announced sanctions", "has since 2022 shipped G" are verbs after a date.)
  if (/ed$/.test(t.lower) && /^(?:[\d][\d,.]*|hundreds|thousands|dozens|millions)$/.test(T[k - 1]?.lower ?? '') && !/^(?:19|20)\d\d$/.test(T[k - 1].lower) &&
    T[k + 1]?.pos === 'NOUN' && g.at[k + 1] < 0) return false;
  // "A, also known as B": a name's other name, no clause.
  if (t.lower === 'known' && T[k + 1]?.lower === 'as' && /^(?:also|formerly|better)$/.test(T[k - 1]?.lower ?? '')) return false;
  // "the production and transfer of drones": a bare form joined to a noun before "of" is a noun of the same phrase.
  if (T[k + 1]?.lower === 'of' && /^(?:and|or)$/.test(T[k - 1]?.lower ?? '') && T[k - 2]?.pos === 'NOUN' && g.at[k - 2] < 0 && !/(?:ed|ing)$/.test(t.lower)) return false;
  // "supplies rangefinders and leveling instruments to B": an -ing form joined to a noun, before a noun that ends the
  // phrase, modifies that noun, unless the clause's own verb is an -ing form too ("was buying drones and shipping
  // parts to B") or it is a verb of trade ("for its sales of G and providing support to B").
  if (t.pos === 'VERB' && /ing$/.test(t.lower) && /^(?:and|or)$/.test(T[k - 1]?.lower ?? '') && T[k - 2]?.pos === 'NOUN' && g.at[k - 2] < 0 &&
    T[k + 1]?.pos === 'NOUN' && g.at[k + 1] < 0 && !/^(?:NOUN|ADJ)$/.test(T[k + 2]?.pos ?? '') && !progressiveBefore(T, k) &&
    !triggerClasses(verbLemma(t)).some((x) => TRADE_CLASSES.has(x))) return false;
  // "a licence for the sale, export or transfer (abroad) to B": a bare form closing a list of nouns that a
  // determiner opens is a noun too (not before an object of its own: "sold the parts and transfer them").
  // ("a ban on the export, transfer or sale to B": inside the list too, before its next comma or conjunction.)
  if ((/^(?:and|or)$/.test(T[k - 1]?.lower ?? '') || (T[k - 1]?.text === ',' && /^(?:,|and|or)$/.test(T[k + 1]?.lower ?? ''))) &&
    !/(?:s|ed|ing)$/.test(t.lower) && !/^(?:PRON|DET|NUM)$/.test(T[k + 1]?.pos ?? '') && nounListAfterDeterminer(g, T, k - 2)) return false;
  // "of electronic integrated circuits": a past participle between an adjective and a noun describes the noun.
  if (t.pos === 'VERB' && /ed$/.test(t.lower) && T[k - 1]?.pos === 'ADJ' && T[k + 1]?.pos === 'NOUN' && g.at[k - 1] < 0 && g.at[k + 1] < 0) return false;
  // "its authorized distributor", "the designated entities": a past participle between a determiner and a noun.
  if (determinerParticiple(g, T, k)) return false;
  // ("A's transfer of G to B": a bare form after a name's possessive, before "of", is a noun; "A's shipping" may be "A is".)
  if (possessedHead(g, T, k)) return false;
  // "the sale, transfer, supply, or export of G": a bare form between commas after a noun is one of a list of nouns.
  if (T[k - 1]?.text === ',' && T[k + 1]?.text === ',' && T[k - 2]?.pos === 'NOUN' && !/(?:s|ed|ing)$/.test(t.lower) && g.at[k - 2] < 0) return false;
  // "weapons and related materials", "unnamed buyers": a participle that takes no object, before a noun, describes it.
  if (ADJECTIVE_PARTICIPLES.test(t.lower) && /^(?:NOUN|PROPN)$/.test(T[k + 1]?.pos ?? '') && g.at[k + 1] < 0) return false;
  // "a state-owned holding": an -ing form after a hyphenated participle is a noun.
  if (/ing$/.test(t.lower) && T[k - 2]?.text === '-' && isParticiple(T[k - 1]) && g.at[k - 1] < 0) return false;
  // "is imposing targeted financial sanctions", "announced expanded sanctions": a participle between a main verb in
  // -ing or the past and a noun phrase modifies the noun.
  if (adjectivalParticiple(g, T, k)) return false;
  // "A, which has a 49% stake in B": "have" as a main verb before its object (not "have both sanctioned").
  if (t.pos === 'AUX' && /^(?:has|have|had)$/.test(t.lower) && /^(?:DET|NUM)$/.test(T[k + 1]?.pos ?? '') &&
    !(/^(?:both|all)$/.test(T[k + 1].lower) && isParticiple(T[k + 2] ?? T[k]) && T[k + 2] !== undefined)) return true;
  // ("A, majority-owned by B,", "part-owned by B": a hyphenated participle before its agent is a verb.)
  if (t.pos === 'VERB') return !(T[k - 1]?.text === '-' && !t.space) || (ADVERB_SKIP.has(T[k - 2]?.lower ?? '') && T[k - 3] !== undefined && BE.has(T[k - 3].lower)) ||
    ((ADVERB_SKIP.has(T[k - 2]?.lower ?? '') || T[k - 2]?.lower === 'part') && T[k + 1]?.lower === 'by');
  if (verbTaggedNoun(g, T, k)) return true;
  // "which resold it": a past form right after a relative pronoun is its verb, whatever the tagger says.
  // ("which then resold it": past an adverb.)
  const rel = T[k - 1]?.pos === 'ADV' ? T[k - 2] : T[k - 1];
  if ((t.pos === 'NOUN' || t.pos === 'ADJ') && /^(?:which|who)$/.test(rel?.lower ?? '') && (isParticiple(t) || IRREGULAR_LEMMAS[t.lower])) return true;
  // "bought the parts and resold them to B": a past form after "and" or "then", before its object or a preposition.
  const joined = T[k - 1]?.lower === 'then' ? T[k - 2] : T[k - 1];
  if ((t.pos === 'NOUN' || t.pos === 'ADJ') && /^(?:and|then)$/.test(joined?.lower ?? '') && (isParticiple(t) || IRREGULAR_LEMMAS[t.lower]) &&
    /^(?:PRON|DET|NUM|ADP)$/.test(T[k + 1]?.pos ?? '') && g.at[k + 1] < 0) return true;
  // ("is alleged to have sold G": a past form after "have" is the perfect's verb, whatever the tagger says.)
  // ("had first sent G": past an adverb of time the tagger reads as an adjective.)
  const have = TIME_ADVERBS_IN_PERFECT.test(T[k - 1]?.lower ?? '') ? T[k - 2] : T[k - 1];
  if ((t.pos === 'ADJ' || t.pos === 'NOUN') && /^(?:have|has|had|having)$/.test(have?.lower ?? '') && (isParticiple(t) || IRREGULAR_LEMMAS[t.lower]) &&
    (/^(?:NOUN|ADJ|DET|NUM|PRON|ADP)$/.test(T[k + 1]?.pos ?? '') || (T[k + 1]?.pos === 'VERB' && /ed$/.test(T[k + 1].lower) && T[k + 2]?.pos === 'NOUN'))) return true;
  // wink tags some past forms as adjectives or nouns after an auxiliary ("was sanctioned", "were shipped").
  return (t.pos === 'ADJ' || t.pos === 'NOUN') && BE.has(T[k - 1]?.lower ?? '') && isParticiple(t);
}

/**
 * The name a description goes on to give after a comma: "K's arms maker, known as B", "a plant, called B". The
 * description may be a possessor's ("K's"), whose possessed head comes first.
 */
function knownAs(T: Token[], startAt: ReadonlyMap<number, Chunk>, ch: Chunk): Chunk | undefined {
  // (Not a name's other name: "Russia's National Guard, known as B" is one body.)
  const head = /^['’]s$/.test(T[ch.last]?.text ?? '') ? startAt.get(ch.last + 1) : ch;
  if (!head || head.ents.length) return undefined;
  const end = head.last;
  if (T[end]?.text !== ',') return undefined;
  const at = T[end + 1]?.lower === 'known' && T[end + 2]?.lower === 'as' ? end + 3 : /^(?:called|named|dubbed)$/.test(T[end + 1]?.lower ?? '') ? end + 2 : -1;
  const named = at > 0 ? startAt.get(at) : undefined;
  return named?.ents.length ? named : undefined;
}

/** Words that bound or sum an amount before it: "more than $5 million", "a combined $5 million". */
const AMOUNT_WORDS = /^(?:more|than|up|to|over|a|total|of|combined|some|nearly|almost)$/;

/** Adverbs of time a perfect may hold between "have" and its participle: "had first sent", "has already shipped". */
const TIME_ADVERBS_IN_PERFECT = /^(?:first|already|since|once|just|recently|originally|previously|earlier|never)$/;

/** Participles of listing that say what a party is listed as: "designated as a terrorist group". */
const LISTED_AS = /^(?:designated|listed|blacklisted)$/;

/** "designated as a terrorist group by B": where the "by" after what the participle at k lists a party as stands, or -1. */
function designatedAsEnd(T: Token[], startAt: Map<number, Chunk>, k: number): number {
  if (!LISTED_AS.test(T[k].lower) || T[k + 1]?.lower !== 'as') return -1;
  const what = startAt.get(k + 2);
  return what && T[what.last]?.lower === 'by' ? what.last : -1;
}

/** The dash that closes an aside opened by a dash before k (commas inside it), or -1. */
function dashAsideEnd(T: Token[], k: number, last: number): number {
  for (let q = k; q < last && q < k + 40; q++) {
    if (T[q].text === ';') return -1;
    if (isDash(T[q])) return q;
  }
  return -1;
}

/** The comma closing an aside that starts at token k, or -1 (none within reach, or a ";" first). */
function asideEnd(T: Token[], k: number, last: number): number {
  for (let q = k; q < last && q < k + 25; q++) {
    if (T[q].text === ';') return -1;
    if (T[q].text === ',') return q;
  }
  return -1;
}

/**
 * A phrase headed by a sanctions measure ("US sanctions", "the package"); its head word read from the text where the
 * tagger took the word for a name ("Sanctions" opening a sentence).
 */
function measurePhrase(c: Chunk, T: Token[]): boolean {
  return !c.ents.length && SANCTION_NOUNS.has(c.noun || T[c.last - 1].lower);
}

/** Whether verb token t imposes a measure ("imposed", "adopted", "introduced"). */
function imposes(t: Token): boolean {
  return triggerClasses(verbLemma(t)).includes('impose');
}

/** A phrase "that" may relativise: a name, or a trader ("companies that supplied ..."). */
function relativeHead(c: Chunk | undefined): boolean {
  return !!c && (c.ents.length > 0 || TRADER_NOUNS.test(c.noun) || PLACE_GROUPS.test(c.noun));
}
/** Nouns for countries as a group: "the states that supply G to B", "countries that re-export it". */
const PLACE_GROUPS = /^(?:states|countries|nations|jurisdictions)$/;

/** The goods a value is of: "chips worth at least $740 million" read from the value back to "worth" and its goods. */
function pastWorth(T: readonly Token[], endAt: ReadonlyMap<number, Chunk>, s: Sentence, value: Chunk): Chunk {
  if (value.ents.length || knownGoods(value.noun)) return value;
  for (let w = value.first - 1; w >= Math.max(s.first, value.first - 5); w--) {
    if (T[w].lower === 'worth') return endAt.get(w + 1) ?? endAt.get(w) ?? value;
  }
  return value;
}

/** Participles of making, read from the word (the lemmatiser gives "produc" for "produced"): "shells made in A". */
export const MADE_PARTICIPLES = /^(?:made|manufactured|produced|built|assembled)$/;

/**
 * "Shells made in A were shipped to B": a participle of making, its place, then the main clause's auxiliary and verb
 * (the goods opening the sentence are the main clause's subject, the participle describes them).
 */
function madeInBeforeVerb(g: GrammarInput, s: Sentence, T: Token[], k: number): boolean {
  if (!MADE_PARTICIPLES.test(T[k].lower) || T[k + 1]?.lower !== 'in' || g.at[k + 2] < 0) return false;
  let q = k + 2;
  while (q < s.last && q < k + 8 && (g.at[q] >= 0 || /^(?:,|and|or)$/.test(T[q].lower))) q++;
  // ("G made in K were sold to B"; "G made in K reached B", "... makes its way to B": the sentence's own verb after
  // it, but for one of trade, which takes the goods' maker for its subject: "Drones made in K supplied B".)
  return ((BE.has(T[q]?.lower ?? '') || T[q]?.pos === 'AUX') && !!T[q + 1] && (isParticiple(T[q + 1]) || T[q + 1].pos === 'VERB')) ||
    (T[q]?.pos === 'VERB' && !triggerClasses(verbLemma(T[q])).some((c) => c === 'supply' || c === 'provision' || c === 'acquire'));
}

/** Participles of putting a party on a list: "placed on", "added to". */
const PLACED_ON_LIST = /^(?:placed|added|put|entered)$/;
/**
 * "sanctions imposed on A by B", "UAVs shipped from A": a participle right after a phrase headed by goods or a
 * sanctions measure, before a preposition, is a reduced passive (goods and measures are shipped, not shippers).
 */
function goodsParticiple(g: GrammarInput, s: Sentence, T: Token[], vf: number, k: number, endAt: Map<number, Chunk>): boolean {
  if (vf !== k || !ROLE_PREPS.has(T[k + 1]?.lower ?? '') || g.at[k + 1] >= 0) return false;
  const head = endAt.get(k);
  // "The drones transited through A": goods opening the sentence are its subject, the verb its own.
  // (Not a measure with a verb that imposes: "US sanctions imposed on A took effect"; sanctions impose nothing.)
  const measure = !!head && measurePhrase(head, T) && imposes(T[k]);
  if (head && !head.ents.length && madeInBeforeVerb(g, s, T, k) && knownGoods(head.noun)) return true;
  if (!head || T[head.first - 1]?.text === ',' || (head.first === s.first && !head.ents.length && head.last - head.first <= 3 && !measure)) return false;
  // "among the firms hit with sanctions": a participle describing the members of a group.
  if (!head.ents.length && T[head.first - 1]?.lower === 'among') return true;
  // A capitalised goods word may have been read as a name ("UAVs").
  if (head.ents.length) return head.ents.length === 1 && !isActorEntity(g.res, head.ents[0]) && knownGoods(T[k - 1].lower);
  // ("Pumps shipped from A": a common noun of no excluded class before a transfer participle is goods too.)
  return knownGoods(head.noun) || measurePhrase(head, T) || transferVerb(T[k].lemma) && goodsHead(head, T);
}

/**
 * The named phrase before a comma-bounded aside that ends at or before token `end`: "A, a company headed by B," gives
 * A. `loose` accepts an aside that is not closed by a comma at `end` (the relative pronoun's own comma).
 */
export function beforeAside(g: GrammarInput, s: Sentence, end: number, endAt: Map<number, Chunk>, loose = false, nested = false): Chunk | null {
  const T = g.an.tokens;
  let q = loose ? end : end - 1;
  let finite = false;
  let relative = false;
  for (let n = 0; q > s.first && n < 25; q--, n++) {
    const w = T[q].lower;
    if (w === ';') return null;
    // (An infinitive is not finite: "A, an official appointed by B to lead its forces, was sanctioned".)
    if (T[q].pos === 'VERB' && !isParticiple(T[q]) && g.at[q] < 0 && T[q - 1]?.lower !== 'to') finite = true;
    if (RELATIVE_PRONOUN.test(w)) relative = true;
    if (w === ',') {
      // A finite verb inside the aside is only allowed in a relative clause ("A, which deals in B, owns"; "A, in which B
      // holds a stake, sold"), also one on the aside's description ("A, a company that makes drones, was sanctioned").
      const opensRelative = /^(?:which|who)$/.test(T[q + 1]?.lower ?? '') || (T[q + 1]?.pos === 'ADP' && /^(?:which|whom)$/.test(T[q + 2]?.lower ?? ''));
      if (finite && !opensRelative && !(relative && /^(?:a|an|the)$/.test(T[q + 1]?.lower ?? ''))) return null;
      const ch = endAt.get(q);
      if (ch && ch.ents.length && (loose || T[ch.first - 1]?.pos !== 'ADP')) return ch;
      // ("A, a Thai firm with a sole shareholder, P, sold": past a name in apposition to the aside's last phrase, the
      // object of its preposition or verb, to the aside's own comma; not "A, a firm with one client, B, and one supplier, C,".)
      const inner = endAt.get(end);
      if (!nested && ch && !ch.ents.length && !ch.pronoun && /^(?:ADP|VERB|AUX)$/.test(T[ch.first - 1]?.pos ?? '') && inner?.ents.length && inner.first === q + 1) {
        return beforeAside(g, s, q, endAt, loose, true);
      }
      return null;
    }
  }
  return null;
}

/** "which", "who", or a part of the antecedent before "of which": "eight of which", "some of whom". */
function opensRelativeAt(T: readonly Token[], q: number): boolean {
  if (/^(?:which|who|whom)$/.test(T[q]?.lower ?? '')) return true;
  return (T[q]?.pos === 'NUM' || /^(?:some|all|most|many|several|none|each|both|one|two|three|four|five)$/.test(T[q]?.lower ?? '')) &&
    T[q + 1]?.lower === 'of' && /^(?:which|whom)$/.test(T[q + 2]?.lower ?? '');
}

/** The unnamed phrase before a relative aside that the comma at `end` closes: "many firms(, eight of which are Thai,)". */
function beforeRelativeAside(T: readonly Token[], s: Sentence, end: number, endAt: Map<number, Chunk>): Chunk | null {
  for (let q = end - 1; q > s.first && q > end - 20; q--) {
    if (T[q].text !== ',') continue;
    const ch = opensRelativeAt(T, q + 1) ? endAt.get(q) : undefined;
    // (A named phrase is left to the readings above: "A, a supplier to K, which ships G to L," is about A.)
    return ch && !ch.ents.length ? ch : null;
  }
  return null;
}

/** Ways of trading a party sets up: "a new channel for supplying G", "a scheme for exporting G". */
const TRADE_WAYS = /^(?:channels?|routes?|schemes?|networks?|mechanisms?|pipelines?)$/;
/** Verbs that make or run such a way ("built", "set up", "used"); not ones that find or end it ("uncovered", "sanctioned"). */
const WAY_MAKERS = /^(?:develop|set|create|build|establish|open|organi[sz]e|devise|run|operate|use)$/;

/**
 * Whether a negation at token p opens an aside after a comma (past a relative pronoun and its auxiliary), so negates
 * the aside, not the verb after it: "A, not on B's list, has bought", "A, which had not been listed before shipping".
 */
function setOff(g: GrammarInput, T: readonly Token[], p: number, first: number): boolean {
  let q = p - 1;
  while (q > p - 3 && q > first && (T[q].pos === 'AUX' || RELATIVE_PRONOUN.test(T[q].lower))) q--;
  return q > first && commaBefore(g, T, q) >= 0;
}

/** Verbs of making arms, or fielding one's own: "built", "developed", "designed", "fielded". */
const ARMS_MAKING = /^(?:build|make|develop|design|produce|manufacture|assemble|create|field|employ|deploy)$/;

/**
 * The maker of arms a participle follows: "A built drones using G", "A developed – and employed – a drone called K
 * using G" give A, the subject of the clause whose object the arms are (or that ends just before them).
 */
function madeBy(g: GrammarInput, out: readonly Clause[], arms: Chunk): Chunk | null {
  if (arms.pronoun || !(ARMS.test(arms.noun || arms.pre) && arms.ents.every((e) => g.res.entities[e]?.kind === 'product'))) return null;
  for (let i = out.length - 1; i >= 0; i--) {
    const x = out[i];
    if (x.verb >= arms.first) continue;
    // (A verb of making: not "destroyed drones using Thai engines", "seized missiles using Thai chips".)
    if (!ARMS_MAKING.test(x.lemma) || !x.subj?.ents.length || !(x.obj === arms || (!x.obj && arms.first - x.verb <= 2))) return null;
    return x.subj;
  }
  return null;
}

/**
 * The first named phrase before token p that a comma closes. (A function of its own: an arrow function in
 * readClauses's loop that captured its `p` made V8 allocate a context for every token of every sentence.)
 */
function namedBeforeComma(list: Chunk[], T: Token[], p: number): Chunk | undefined {
  return list.find((x) => x.first < p && x.ents.length && T[x.last]?.text === ',');
}

/** A party's resolve or undertaking whose infinitive is its own act ("A's decision to supply G"; not a plan or an offer). */
export const COMMITMENTS = /^(?:decision|agreement|commitment|pledge|move)$/;

/** Reporting verbs of an aside set off by commas: "A, the Treasury says, has procured G". */
const REPORTING_ASIDE = /^(?:says|said|say|claims|claimed|alleges|alleged|believes|believed|reports|reported|added|adds|notes|noted)$/;

/** Copular and reporting verbs that equate their subject with a description: "A is a firm", "A was named as a supplier". */
const DESCRIBING = /^(?:identified|described|named|listed|designated|registered|characterized|characterised)$/;

/**
 * The name an unnamed description stands for: in apposition ("A, a Hong Kong company"), as the complement of a
 * copula ("A is a Chinese firm", "A is one of several firms", "A is among the firms") or of "identified as", or null.
 */
function describedName(g: GrammarInput, s: Sentence, ch: Chunk, endAt: Map<number, Chunk>): Chunk | null {
  const T = g.an.tokens;
  let b = ch.first - 1;
  if (T[b]?.lower === 'of' && T[b - 1]?.lower === 'one') b -= 2;
  else if (T[b]?.lower === 'among') b -= 1;
  // ("A – a company that": an apposition set off by a dash too.)
  if (T[b]?.text === ',' || isDash(T[b])) {
    // ("helping 'A', a firm that": past the quoted name's closing quote.)
    const named = endAt.get(b) ?? (/^['"”’»]$/.test(T[b - 1]?.text ?? '') ? endAt.get(b - 1) : undefined);
    return named && named.ents.length ? named : null;
  }
  if (T[b]?.lower === 'as' && DESCRIBING.test(T[b - 1]?.lower ?? '')) b -= 2;
  // (Past adverbs: "is in fact a company that", "was also a firm that".)
  while (b > s.first && (T[b].pos === 'ADV' || (T[b].lower === 'fact' && T[b - 1]?.lower === 'in'))) b -= T[b].lower === 'fact' ? 2 : 1;
  if (!BE.has(T[b]?.lower ?? '') || /^(?:get|got|gets|getting|being)$/.test(T[b].lower)) return null;
  // ("One of the firms, A, is a company that": a name set off by commas before the copula.)
  // (Set off on both sides: not an aside, "The shipper, said A, is", "The shipper, not A, is".)
  const setOff = T[b - 1]?.text === ',' ? endAt.get(b - 1) : undefined;
  const named = endAt.get(b) ?? (setOff && T[setOff.first - 1]?.text === ',' ? setOff : undefined);
  return named && named.ents.length && T[named.first - 1]?.pos !== 'ADP' ? named : null;
}

/**
 * A named subject with a name joined before it by "and", past that name's own aside between dashes or commas ("A – the
 * head of X – and B", "A, the head of X, and B"): both names.
 */
function joinedAcrossAside(ch: Chunk, T: Token[], s: Sentence, endAt: Map<number, Chunk>): Chunk {
  if (!ch.ents.length || ch.noun || T[ch.first - 1]?.lower !== 'and') return ch;
  const close = ch.first - 2;
  const dash = isDash(T[close]);
  if (!dash && T[close]?.text !== ',') return ch;
  let open = close - 1;
  while (open > s.first && open > close - 16 && !(dash ? isDash(T[open]) : T[open].text === ',')) open--;
  // ("Three Laotian firms — A, B and C — and D were sanctioned": the names a phrase gives between dashes, and
  // the name joined after them.)
  const given = dash ? endAt.get(close) : undefined;
  const group = given && given.first === open + 1 && given.ents.length && !given.noun ? endAt.get(open) : undefined;
  // (Not a phrase that is a verb's or preposition's object: "sold G to two firms — A and B — and C bought ...".)
  if (group && !group.ents.length && !/^(?:ADP|VERB|AUX)$/.test(T[group.first - 1]?.pos ?? '')) return { ...ch, first: given!.first, ents: [...given!.ents, ...ch.ents] };
  // (The aside describes: "the head of X", "a firm in Y"; not a list going on, "to B, C, and D shipped".)
  // ("A, which is based in K, and B were sanctioned": a relative clause between commas, after a name that opens the
  // sentence; not "sold G to A, which resold it, and B bought ...", whose B opens a clause of its own.)
  const relative = /^(?:which|who)$/.test(T[open + 1]?.lower ?? '');
  if (!relative && !/^(?:the|a|an|its|his|her|their)$/.test(T[open + 1]?.lower ?? '')) return ch;
  const first = open > s.first ? endAt.get(open) : undefined;
  if (relative && first?.first !== s.first) return ch;
  return first && first.ents.length && !first.noun ? { ...ch, first: first.first, ents: [...first.ents, ...ch.ents] } : ch;
}

/**
 * The phrase a relative clause opening at token r is about: the one right before it (past a comma), or, for "A, a firm
 * that B sanctioned", the name the description follows. `person` tells the people among names, where the caller knows.
 */
export function relativeAntecedent(T: readonly Token[], endAt: Map<number, Chunk>, r: number, person?: (e: number) => boolean): Chunk | undefined {
  let ante = endAt.get(r) ?? (T[r - 1]?.text === ',' ? endAt.get(r - 1) : undefined);
  const counted = countedGroupOfPlaces(T, endAt, r);
  if (counted) return counted;
  // ("A, the finance minister of Laos, who ...": "who" goes past the "of" phrase of a person's description, to the
  // description itself; not past a person's name, whom "who" may well mean: "A, the company of B, who ...".)
  const of = ante && person && T[r]?.lower === 'who' && T[ante.first - 1]?.lower === 'of' && !ante.ents.some(person) ? endAt.get(ante.first - 1) : undefined;
  if (of && !of.ents.length && /^(?:a|an|the)$/.test(T[of.first]?.lower ?? '') && T[of.first - 1]?.text === ',') ante = { ...of, last: ante!.last };
  // ("A, a Laotian national who ...": a description whose only name is its demonym, ending in a common word.)
  const described = ante && (!ante.ents.length || /^\p{Ll}/u.test(T[ante.last - 1]?.text ?? ''));
  if (ante && described && T[ante.first - 1]?.text === ',' && /^(?:a|an|the)$/.test(T[ante.first]?.lower ?? '')) return endAt.get(ante.first - 1) ?? ante;
  return ante;
}

/**
 * "two companies from K (A and B) and two from L (C and D) that B sanctioned": the counted group whose places, each
 * with its names in parentheses, end right before token `end` (the relative's), or undefined.
 */
function countedGroupOfPlaces(T: readonly Token[], endAt: Map<number, Chunk>, end: number): Chunk | undefined {
  for (let guard = 0; guard < 4 && T[end - 1]?.text === ')'; guard++) {
    let open = end - 2;
    while (open > end - 25 && open > 0 && T[open].text !== '(') open--;
    if (T[open]?.text !== '(') return undefined;
    // (The place's phrase may take in the parenthesis, or end before it.)
    const place = [endAt.get(end), endAt.get(open)].find((c) => c && c.first < open);
    if (!place || !/^(?:from|in)$/.test(T[place.first - 1]?.lower ?? '')) return undefined;
    const group = endAt.get(place.first - 1);
    // (Names joined by "and" in the parentheses: "(A, B)" may be a gloss.)
    if (!group || group.ents.length || group.count < 2 || !T.slice(open, end).some((t) => t.lower === 'and')) return undefined;
    if (group.noun) return group;
    // (A second count with its noun left out: "and two from L (C and D)".)
    if (T[group.first - 1]?.lower !== 'and') return undefined;
    end = group.first - 1;
  }
  return undefined;
}

/**
 * The two names of "a Russian firm, A, and a Thai firm, B" as one phrase, given the second name, or undefined: two
 * descriptions joined by "and", each with its name in apposition.
 */
function describedPair(T: Token[], endAt: Map<number, Chunk>, second: Chunk): Chunk | undefined {
  const described = (ch: Chunk | undefined): ch is Chunk => !!ch && !ch.ents.length && /^an?$/.test(ch.det);
  const desc = T[second.first - 1]?.text === ',' ? endAt.get(second.first - 1) : undefined;
  if (!desc) return undefined;
  // (The first name itself in apposition to a description: not "A, a unit of B, and a Lao firm, C", whose B is no item.)
  const first = T[desc.first - 2]?.text === ',' ? endAt.get(desc.first - 2) : undefined;
  if (!first?.ents.length || first.noun || T[first.first - 1]?.text !== ',' || !described(endAt.get(first.first - 1))) return undefined;
  return { ...second, first: first.first, ents: [...first.ents, ...second.ents] };
}

/**
 * The named phrase before "based in P, Q," when `place` is the last of the places after it ("A (,) based in Poznan,
 * western Poland,"): the one the participle locates, or undefined.
 */
function beforeLocatedIn(g: GrammarInput, T: Token[], endAt: Map<number, Chunk>, place: Chunk): Chunk | undefined {
  let q = place.first - 1;
  for (let guard = 0; guard < 3 && T[q]?.text === ','; guard++) {
    const prev = endAt.get(q);
    if (!prev || !prev.ents.length) return undefined;
    q = prev.first - 1;
  }
  if (T[q]?.lower !== 'in' || !/^(?:based|located|headquartered|registered)$/.test(T[q - 1]?.lower ?? '')) return undefined;
  const p = T[q - 2]?.text === ',' ? q - 2 : q - 1;
  const firm = endAt.get(p);
  return firm && firm.ents.length && firm.ents.some((e) => g.res.entities[e]?.kind !== 'country') ? firm : undefined;
}

/** Whether phrase ch is goods that "no" opens ("no arms"), which deny their clause; not a litotes ("no small number"). */
function deniedGoods(T: Token[], ch: Chunk): boolean {
  return ch.det === 'no' && !ch.ents.length && !/^(?:small|little|mean)$/.test(T[ch.first + 1]?.lower ?? '');
}

/** Reads every clause of sentence s. */
export function readClauses(g: GrammarInput, s: Sentence, chunks = sentenceChunks(g, s)): Clause[] {
  const T = g.an.tokens;
  const out: Clause[] = [];
  const { startAt, endAt } = chunks;
  for (let k = s.first; k < s.last; k++) {
    if (!isVerb(g, T, k)) continue;
    // A verb followed directly by another verb is an auxiliary or a catenative ("continue to supply" is read at "supply").
    // ("sent to boost B's industry": a verb of transfer before an infinitive of purpose is read where it stands.)
    if (isVerb(g, T, k + 1) || (T[k + 1]?.lower === 'to' && isVerb(g, T, k + 2) && !NON_ASSERTING.test(T[k].lower) && !triggerClasses(verbLemma(T[k])).includes('supply'))) continue;
    const t = T[k];
    // Verb group: auxiliaries, negation and adverbs to the left.
    let vf = k;
    let passive = false;
    let negated = false;
    let hedged = false;
    // Hedged by "will"/"would" alone (a decided future: "Japan will freeze the assets of A"), or by anything else.
    let future = false;
    let otherHedge = false;
    // ("urged A to stop selling G to B", "tried to keep supplying": stopping or going on presupposes the doing, whatever
    // is asked or tried about it.)
    let presupposed = false;
    while (vf - 1 >= s.first && g.at[vf - 1] < 0) {
      const p = T[vf - 1];
      // "A is alleged to have shipped", "B was said to supply": a reporting passive before the infinitive raises the
      // infinitive's subject and leaves its voice alone (as "allegedly" would).
      // ("was last month found to have shipped": past a deictic time phrase before the participle.)
      const be = deicticTimeBefore(T, vf - 1) ? vf - 4 : vf - 2;
      if (T[vf]?.lower === 'to' && REPORTED_RAISING.test(p.lower) && BE.has(T[be]?.lower ?? '') && g.at[be] < 0) {
        vf = be;
        continue;
      }
      // "decided to impose", "moved to sanction": the catenative's subject is the infinitive's.
      if (p.pos === 'VERB' && T[vf]?.lower === 'to' && g.at[vf - 1] < 0) {
        if (NON_ASSERTING.test(p.lower) && !presupposed && !chargedAttempt(T, vf - 1, t.lower)) { hedged = true; otherHedge = true; }
        vf--;
        continue;
      }
      // "began imposing sanctions", "continued supplying": an aspectual verb before the -ing form ("stopped supplying"
      // says it was done until then).
      // ("A's conduct has included providing G to B": what the conduct consisted of is the conduct's own doing.)
      if (p.pos === 'VERB' && vf === k && /ing$/.test(t.lower) && (ASPECT_VERBS.test(p.lower) || /^(?:included|includes|involved|involves)$/.test(p.lower))) {
        presupposed = GOING_ON_OR_STOPPED.test(p.lower);
        vf--;
        continue;
      }
      // "is 70 per cent owned by", "is 51% owned by".
      if ((p.lower === 'cent' && T[vf - 2]?.lower === 'per' && T[vf - 3]?.pos === 'NUM') || (p.lower === 'percent' && T[vf - 2]?.pos === 'NUM')) { vf -= p.lower === 'cent' ? 3 : 2; continue; }
      if (p.text === '%' && T[vf - 2]?.pos === 'NUM') { vf -= 2; continue; }
      // "is recorded as 80 per cent owned by B", "is registered as wholly owned by B": past the reporting participle.
      if (p.lower === 'as' && g.at[vf - 2] < 0 && DESCRIBED_AS.test(T[vf - 2]?.lower ?? '') && vf < k) { vf -= 2; continue; }
      // "has for years supplied", "has since 2022 shipped": a time phrase between the auxiliary and the verb.
      if (vf === k && /^(?:years|decades|months|(?:19|20)\d\d)$/.test(p.lower) && /^(?:for|since|in)$/.test(T[vf - 2]?.lower ?? '') &&
        (T[vf - 3]?.pos === 'AUX' || BE.has(T[vf - 3]?.lower ?? '')) && g.at[vf - 1] < 0) { vf -= 2; continue; }
      // ("has this month shipped", "was last week accused of": a deictic time phrase between the auxiliary and the verb.)
      if (deicticTimeBefore(T, vf) && (T[vf - 3]?.pos === 'AUX' || BE.has(T[vf - 3]?.lower ?? ''))) { vf -= 2; continue; }
      // "which is today designating A": a time word inside the verb group.
      if (/^(?:today|yesterday|now)$/.test(p.lower) && (T[vf - 2]?.pos === 'AUX' || BE.has(T[vf - 2]?.lower ?? ''))) { vf--; continue; }
      // "The United States Thursday put sanctions on ...": a weekday between the subject and its verb (wire style).
      if (WEEKDAYS.test(p.lower) && vf === k && g.at[vf - 2] >= 0) { vf--; continue; }
      // 'A was "designated for ...': a quotation opening between the auxiliary and the participle.
      // ('A allegedly "facilitated the sale ...': after an adverb or the subject's name too.)
      if (/^["“]$/.test(p.text) && vf === k && (T[vf - 2]?.pos === 'AUX' || BE.has(T[vf - 2]?.lower ?? '') || T[vf - 2]?.pos === 'ADV' || g.at[vf - 2] >= 0)) { vf--; continue; }
      // "that A and B have both sanctioned": a floating quantifier after the auxiliary.
      if (/^(?:both|all)$/.test(p.lower) && T[vf - 2]?.pos === 'AUX' && g.at[vf - 2] < 0) { vf--; continue; }
      // "is majority-owned by": the hyphen joins an adverb to the participle.
      if (p.text === '-' && !p.space && ADVERB_SKIP.has(T[vf - 2]?.lower ?? '')) { vf--; continue; }
      // ("is part-owned by": "part" is no adverb elsewhere, "the part supplied by A".)
      if (p.text === '-' && !p.space && T[vf - 2]?.lower === 'part') { vf -= 2; continue; }
      // ("A stands accused of supplying G": "stand" as the copula of an accusation.)
      if (/^(?:stand|stands|stood)$/.test(p.lower) && /^(?:accused|charged|suspected)$/.test(t.lower) && vf === k) {
        passive = true;
        vf--;
        continue;
      }
      // ("had first sent": an adverb of time in a perfect, which the tagger may read as an adjective.)
      const timeInPerfect = TIME_ADVERBS_IN_PERFECT.test(p.lower) && /^(?:have|has|had|having)$/.test(T[vf - 2]?.lower ?? '');
      if (p.pos === 'AUX' || BE.has(p.lower) || p.pos === 'PART' || NEGATIONS.has(p.lower) || (p.pos === 'ADV' && p.lower !== 'that' && !mistaggedHead(g, T, vf - 1)) || ADVERB_SKIP.has(p.lower) || timeInPerfect) {
        // ("it's sold parts to B": the contraction is "has" before a participle with an object of its own.)
        if (BE.has(p.lower) && !(p.lower === "'s" && /^(?:DET|NUM|NOUN|ADJ|PRON)$/.test(T[k + 1]?.pos ?? '') && g.at[k + 1] < 0 && T[k + 1]?.lower !== 'to')) passive = true;
        // ("not only delivered ... but also" asserts.)
        if (NEGATIONS.has(p.lower) && !(p.lower === 'not' && T[vf]?.lower === 'only')) negated = true;
        // ("A must rely on imports of G from B": a need stated, no guess.)
        if (MODALS.has(p.lower) && !(p.lower === 'must' && RELIANCE.test(verbLemma(t)))) {
          if (/^(?:will|would|shall)$/.test(p.lower) && !hedged) future = true;
          else otherHedge = true;
          hedged = true;
        }
        if (NON_ASSERTING.test(p.lower)) { hedged = true; otherHedge = true; }
        vf--;
      } else break;
    }
    passive = passive && isParticiple(t);
    // "to supply" after a non-asserting verb: "tried to supply", "plans to ship".
    for (let p = vf - 1; p >= Math.max(s.first, vf - 6); p--) {
      // (Not "equipment called CNC tools made in A": "called" names; it urges only with "for" or "on".)
      const naming = /^call(?:s|ed)?$/.test(T[p].lower) && !/^(?:for|on|upon)$/.test(T[p + 1]?.lower ?? '');
      if (NON_ASSERTING.test(T[p].lower) && g.at[p] < 0 && !naming && !presupposed) { hedged = true; otherHedge = true; }
      if (T[p].text === ',' || T[p].text === ';') break;
    }
    // A conditional or a denial earlier in the clause: "if A ships", "denied that A sold", "no evidence that".
    // (Bounded, so a run-on sentence stays linear.)
    for (let p = vf - 1; p >= Math.max(s.first, vf - 40); p--) {
      const w = T[p].lower;
      if (w === ';' || (w === 'but' && p < vf - 1)) break;
      // ("A, which once made radios for B, was sanctioned": "once" before a verb is "formerly", no condition.)
      // ("It should be noted that A sold G": "should be" is no condition on what it introduces; "Should A sell" is one,
      // and so is "A should sell G and buy H", for both verbs.)
      const modalShould = w === 'should' && T[p + 1]?.lower === 'be';
      if (CONDITIONALS.has(w) && p !== vf - 1 && !(w === 'once' && /^(?:VERB|AUX)$/.test(T[p + 1]?.pos ?? '')) && !modalShould) { hedged = true; otherHedge = true; }
      if ((DENY.test(w) && !deniesGrant(T, p)) || (w === 'no' && /^(?:evidence|proof|sign|indication)$/.test(T[p + 1]?.lower ?? ''))) { hedged = true; otherHedge = true; }
      // (Not in an aside between the subject and the verb: "A, not on any list, has bought G".)
      if (w === 'not' && T[p + 1]?.lower !== 'only' && p + 6 >= vf && !setOff(g, T, p, s.first)) negated = true;
      if ((w === 'neither' || w === 'never' || w === 'nor') && g.at[p] < 0) negated = true;
    }
    // ("companies accused of supplying ...": a participle of accusation right after its noun.)
    // ("A, owned and operated by B,": the first of two joined participles before their agent.)
    // ("A, earlier placed on B's list,", "A, added to B's list in 2022,": a participle after a comma.)
    // ("a firm designated for sanctions by K": past what it was designated for.)
    const reduced = !passive && isParticiple(t) && (T[k + 1]?.lower === 'by' || (T[k + 1]?.pos === 'ADV' && T[k + 2]?.lower === 'by') ||
      (T[k + 1]?.lower === 'for' && MEASURE_OBJECTS.test(T[k + 2]?.lower ?? '') && T[k + 3]?.lower === 'by') ||
      (/^(?:and|or)$/.test(T[k + 1]?.lower ?? '') && T[k + 3]?.lower === 'by' && isParticiple(T[k + 2]) && g.at[k + 2] < 0) ||
      (ACCUSED.test(t.lower) && T[k + 1]?.lower === 'of' && vf === k && !!endAt.get(beforeTime(T, endAt, k)) && g.at[beforeTime(T, endAt, k) - 1] < 0) ||
      ((T[vf - 1]?.text === ',' || distributiveAfterComma(T, endAt, vf - 1)) && /^(?:by|last|in|earlier|of|for|via|through|on|to)$/.test(T[k + 1]?.lower ?? '')) || goodsParticiple(g, s, T, vf, k, endAt) ||
      // ("A, a maker put on the Entity List in 2019": these verbs take an object, so with none before "on" or "to" the
      // participle is passive.)
      (vf === k && PLACED_ON_LIST.test(t.lower) && /^(?:on|to|onto)$/.test(T[k + 1]?.lower ?? '')) ||
      // ("data on exports 'from A to B' obtained from C": a participle right after a closing quote or parenthesis.)
      (vf === k && /^['’"”)]$/.test(T[k - 1]?.text ?? '') && /^(?:from|by)$/.test(T[k + 1]?.lower ?? '')) ||
      // ("A, designated as a terrorist group by B,": what the participle makes A, then its agent.)
      designatedAsEnd(T, startAt, k) > 0);
    // ("A was cleared of supplying G to B", "acquitted of helping to export G": what a party is cleared of, it did not do.)
    if (/ing$/.test(T[vf].lower) && T[vf - 1]?.lower === 'of' && /^(?:cleared|acquitted|exonerated)$/.test(T[vf - 2]?.lower ?? '')) negated = true;
    // "warned A against supplying", "banned B from selling": the gerund is what is not (to be) done.
    if (/ing$/.test(T[vf].lower) && /^(?:against|from)$/.test(T[vf - 1]?.lower ?? '') && g.at[vf - 1] < 0) { hedged = true; otherHedge = true; }
    const c: Clause = {
      sent: s.index, verb: k, lemma: verbLemma(t), voice: passive || reduced ? 'passive' : 'active', negated, hedged, future: future && !otherHedge,
      subj: null, subjHow: 'none', obj: null, roles: {}, preRoles: {}, first: vf, last: k + 1,
    };
    // Subject.
    let p = vf - 1;
    // ("A and B unknowingly (or perhaps knowingly) supplied G": past an aside in parentheses, and an adverb, to the subject.)
    // (Not a parenthesis the phrase before it keeps: "the Laotian Export Office (LEO) added".)
    if (T[p]?.text === ')' && p > s.first && !endAt.get(vf)) {
      let open = p - 1;
      while (open > s.first && open > p - 25 && T[open].text !== '(' && T[open].text !== ')') open--;
      if (T[open]?.text === '(' && open > s.first) {
        p = open - 1;
        while (p > s.first && T[p].pos === 'ADV' && g.at[p] < 0) p--;
      }
    }
    // ("A itself receives ...": an emphatic reflexive stands between the subject and its verb.)
    if (/^(?:itself|themselves)$/.test(T[p]?.lower ?? '') && endAt.get(p)?.ents.length) p--;
    let relativeAside = false;
    // ("sanctioned A for their role in supplying": the share a gerund names is the gerund's own "for".)
    if (/ing$/.test(t.lower) && T[p]?.lower === 'in' && SHARE_NOUNS.test(T[p - 1]?.lower ?? '') && /^(?:their|its|his|her)$/.test(T[p - 2]?.lower ?? '') &&
      T[p - 3]?.lower === 'for') p -= 3;
    // ('sanctioned A for "supplying G"': a gerund quoted after its preposition.)
    if (/ing$/.test(t.lower) && vf === k && /^["“‘']$/.test(T[p]?.text ?? '') && /^(?:for|of|by|with)$/.test(T[p - 1]?.lower ?? '')) p--;
    const prevWord = T[p]?.lower;
    if (/ing$/.test(t.lower) && prevWord === 'in' && /^(?:involved|engaged|complicit|active|instrumental)$/.test(T[p - 1]?.lower ?? '') && (endAt.get(p) ?? endAt.get(p - 1))) {
      // "Chinese companies involved in supplying X to Russia": the phrase the participle describes (the tagger
      // may read the participle as the phrase's last adjective).
      c.subj = (endAt.get(p) ?? endAt.get(p - 1))!;
      c.subjHow = 'gerund';
      // ("A and B are involved in re-exporting G": after a verb group the participle's own clause has the subject.)
      const own = out[out.length - 1];
      if (c.subj.last - c.subj.first === 1 && c.subj.first === p - 1 && own?.verb === p - 1 && own.subj) c.subj = own.subj;
      // ("A and B were allegedly involved in shipping G": the tagger's adjective, with no clause of its own, describes the
      // phrase before it, past the copula and adverbs.)
      else if (c.subj.last - c.subj.first === 1 && c.subj.first === p - 1 && !c.subj.ents.length) {
        let q = p - 1;
        while (q - 1 > s.first && (T[q - 1].pos === 'ADV' || BE.has(T[q - 1].lower)) && g.at[q - 1] < 0) q--;
        const described = endAt.get(q);
        if (described) c.subj = described;
      }
    } else if ((/ing$/.test(t.lower) || (vf < k && /ing$/.test(T[vf].lower))) && (prevWord === 'for' || prevWord === 'of' || prevWord === 'by' || prevWord === 'with')) {
      // ("designated A for being owned by B": a gerund's auxiliary; "accused A of helping to export G", "are accused of
      // conspiring to export G": a gerund before the infinitive.)
      const gov = out[out.length - 1];
      // ("accused A, 59, of smuggling G": past an age set off by commas.)
      const age = T[p - 1]?.text === ',' && T[p - 2]?.pos === 'NUM' && T[p - 3]?.text === ',' ? 2 : 0;
      // ("sanctioned two companies, A and B, for supplying": the names set off after an object that names none.)
      const appos = T[p - 1]?.text === ',' ? endAt.get(p - 1) : undefined;
      const named = appos?.ents.length && gov?.obj && !gov.obj.ents.length && T[gov.obj.last]?.text === ',' && gov.obj.last === appos.first - 1 ? appos : undefined;
      if (gov && (gov.last >= p - 1 - age || named)) {
        // ("sanctioned A for supplying": the object; "A faces sanctions for supplying": a measure is no agent.)
        // ("imposed sanctions on A for supplying", "filed charges against A for smuggling": the measure's target.)
        const measure = gov.voice === 'active' && !!gov.obj && gov.obj.ents.length === 0 && MEASURE_OBJECTS.test(gov.obj.noun);
        // ("A annexed a region by shipping G": a means is the agent's own doing, not its object's.)
        const means = prevWord === 'by' && gov.voice === 'active';
        // ("A set up a channel for supplying G to B": a way of trading is its maker's, not an agent of its own.)
        const way = gov.voice === 'active' && WAY_MAKERS.test(gov.lemma) && !!gov.obj && !gov.obj.ents.length && TRADE_WAYS.test(gov.obj.noun);
        c.subj = gov.voice === 'active' && gov.obj && !measure && !means && !way ? named ?? gov.obj : measure ? gov.roles.on ?? gov.roles.against ?? gov.subj : gov.subj;
        c.subjHow = 'gerund';
        // ("B blacklisted A, accusing it of supplying ...": the one accused is the object of the clause the
        // participle's comma follows.)
        const main = out[out.length - 2];
        if (c.subj === gov.obj && gov.obj && /^(?:it|them)$/.test(gov.obj.pronoun ?? '') && /^(?:accusing|charging|alleging|suspecting)$/.test(T[gov.verb].lower) &&
          T[gov.first - 1]?.text === ',' && main && main.voice === 'active' && main.obj?.ents.length && main.obj.last <= gov.first - 1) c.subj = main.obj;
      }
    } else if (vf < k && T[vf].lower === 'being' && /^(?:after|before|since|upon)$/.test(prevWord ?? '') && !out[out.length - 1]?.subj) {
      // ("G went missing after being sold to B": a passive gerund of time has the subject of the last clause that names
      // one; right after a clause with a subject, the rules below join it to that clause.)
      const main = out.findLast((x) => !!x.subj);
      if (main) { c.subj = main.subj; c.subjHow = 'gerund'; }
    } else if (vf < k && DESCRIBED_AS.test(T[vf].lower) && T[vf + 1]?.lower === 'as' && prevWord === ',' && endAt.get(p)?.ents.length) {
      // ("A, identified as being owned by B,": what the description is of is the name before its comma.)
      c.subj = endAt.get(p)!;
      c.subjHow = 'adjacent';
    } else if (reduced && (prevWord === 'or' || prevWord === 'and') && out[out.length - 1]?.voice === 'passive' && out[out.length - 1].subj &&
      (out[out.length - 1].verb === p - 1 || out[out.length - 1].last >= p || (T[p - 1]?.lower === 'well' && T[p - 2]?.lower === 'as' && out[out.length - 1].last >= p - 2))) {
      // "A is owned or controlled by B", "A, owned and operated by B,": the first participle's subject.
      // ("A was hit with sanctions (as well) and accused of ...": past the first clause's own phrases, up to the "and".)
      const prev = out[out.length - 1];
      c.subj = prev.subj;
      c.subjHow = 'coordinated';
      c.prev = prev;
    } else if (reduced) {
      // ("firms on Tuesday accused of ...": past the time phrase between the phrase and its participle.)
      p = beforeTime(T, endAt, p + 1) - 1;
      // ("A and B, both designated by C": the names before "both", "each" or "all".)
      if (distributiveAfterComma(T, endAt, p)) p--;
      // "A, controlled by B,": the name before the participle (and its comma, dash or parenthesis).
      if (/^[,(—–]$/.test(T[p]?.text ?? '') || (T[p]?.text === '-' && T[p].space)) p--;
      let ch = endAt.get(p + 1);
      // ("Equipment worth $3 million made by A": the goods the value is of.)
      if (ch) ch = pastWorth(T, endAt, s, ch);
      // "A, a Hong Kong company wholly owned by B": the description's own name.
      // ('the firm "A," a Hong Kong company owned by B': past a quoted name's closing quote.)
      if (ch && !ch.ents.length && /^(?:a|an|the)$/.test(T[ch.first]?.lower ?? '')) {
        const comma = commaBefore(g, T, ch.first - 1);
        if (comma >= 0) ch = endAt.get(comma) ?? ch;
      }
      // "A was among the companies sanctioned by B": the participle is about A.
      // ("A, who was among the firms hit with sanctions": past the relative pronoun and its comma.)
      if (ch && !ch.ents.length && T[ch.first - 1]?.lower === 'among' && BE.has(T[ch.first - 2]?.lower ?? '')) {
        let r = ch.first - 2;
        if (RELATIVE_PRONOUN.test(T[r - 1]?.lower ?? '')) r -= T[r - 2]?.text === ',' ? 2 : 1;
        // ("Three firms, A, B and C, are among the entities sanctioned": the names before the closing comma.)
        else if (T[r - 1]?.text === ',' && endAt.get(r - 1)?.ents.length) r--;
        ch = endAt.get(r) ?? ch;
      }
      // "sanctions against A adopted by B": the participle describes the measure, not the target inside its phrase.
      const prep = ch ? T[ch.first - 1]?.lower ?? '' : '';
      // ("the network between P and Q targeted by the sanctions": the participle is on the phrase's head, not on the
      // parties between which it runs.)
      if (ch && prep === 'between' && g.at[ch.first - 1] < 0) ch = endAt.get(ch.first - 1) ?? ch;
      // (Only a verb that imposes: "sanctions on firms accused of ..." accuses the firms.)
      if (ch && (prep === 'against' || prep === 'on') && g.at[ch.first - 1] < 0 && imposes(t)) {
        const head = endAt.get(ch.first - 1);
        if (head && measurePhrase(head, T)) {
          c.preRoles[prep] ??= ch;
          ch = head;
        }
      }
      // ("a relay which was made in A in May, shipped to B, and ...": a participle after a comma that closes a passive
      // clause's own phrase goes on with that clause's subject, not with the phrase.)
      const prior = out[out.length - 1];
      const goodsEvent = (lemma: string) => triggerClasses(lemma).some((x) => x === 'supply' || x === 'transit' || x === 'produce' || x === 'acquire');
      if (ch && prior?.voice === 'passive' && prior.subj && goodsEvent(prior.lemma) && goodsEvent(c.lemma) && T[ch.last]?.text === ',' && ch.first > prior.verb && ch.last <= k &&
        (Object.values(prior.roles).includes(ch) || DATE_WORDS.test(T[ch.last - 1]?.lower ?? '') || T[ch.first - 1]?.pos === 'ADP')) {
        c.subj = prior.subj;
        c.subjHow = 'coordinated';
        c.prev = prior;
        ch = undefined;
      }
      if (ch) { c.subj = ch; c.subjHow = 'adjacent'; c.first = ch.first; }
    } else {
      // "companies that they say supplied ...": the reporting parenthesis stands between the relative and its verb.
      if (p - 2 >= s.first && /^(?:say|says|said|claim|claims|claimed|believe|believes|believed|allege|alleges|alleged|suspect|suspected)$/.test(T[p].lower) &&
        /^(?:they|it|officials|prosecutors|investigators|authorities)$/.test(T[p - 1].lower) && RELATIVE_PRONOUN.test(T[p - 2].lower)) p -= 2;
      // ("a distributor that the Treasury said had shipped ...", "which U.S. officials say supplied ...": a named
      // or longer reporter between the relative pronoun and its verb.)
      else if (/^(?:say|says|said|claim|claims|claimed|believe|believes|believed|allege|alleges|alleged|suspect|suspects|suspected)$/.test(T[p]?.lower ?? '')) {
        const reporter = endAt.get(p);
        if (reporter && RELATIVE_PRONOUN.test(T[reporter.first - 1]?.lower ?? '') && relativeHead(endAt.get(reporter.first - 1))) p = reporter.first - 1;
        // ("A, a Russian firm the Treasury said provides oil to B": a zero relative on a description in apposition, its
        // verb the name's.)
        else if (reporter && reporter.ents.length) {
          const desc = endAt.get(reporter.first);
          const name = desc && !desc.ents.length && /^(?:a|an)$/.test(desc.det) && relativeHead(desc) && T[desc.first - 1]?.text === ',' ? endAt.get(desc.first - 1) : undefined;
          if (name?.ents.length && !name.noun) { c.subj = name; c.subjHow = 'relative'; c.first = name.first; p = -1; }
        }
      }
      // "B, which in turn sells to C": past the connective to the relative pronoun.
      // ("which in turn in May of last year resold": past a month's phrase after it too.)
      const month = monthPhraseBefore(T, p);
      if (month > 0 && T[month - 1]?.lower === 'turn' && T[month - 2]?.lower === 'in') p = month - 1;
      if (T[p]?.lower === 'turn' && T[p - 1]?.lower === 'in' && RELATIVE_PRONOUN.test(T[p - 2]?.lower ?? '')) p -= 2;
      // ("Six firms were added to the sanctions list that procured parts for B": a relative clause set after the list a
      // passive put its subject on describes that subject; a list procures nothing.)
      const list = RELATIVE_PRONOUN.test(T[p]?.lower ?? '') ? endAt.get(p) : undefined;
      // (A verb of trade only: "the list that includes C" is the list's.)
      const trade = triggerClasses(verbLemma(t)).some((x) => x === 'supply' || x === 'acquire' || x === 'produce');
      const placed = trade && list && !list.ents.length && LIST_NOUNS.has(list.noun) ? out[out.length - 1] : undefined;
      if (placed?.voice === 'passive' && placed.subj && relativeHead(placed.subj) && (placed.roles.to === list || placed.roles.on === list)) {
        c.subj = placed.subj;
        c.subjHow = 'relative';
        p = -1;
      }
      // "said that", "evidence that" open a complement; "companies that supplied" is a relative clause, and so is
      // "sanctions that target A".
      const measure = endAt.get(p);
      if (T[p]?.lower === 'that' && T[p - 1] && (T[p - 1].pos === 'VERB' || (T[p - 1].pos === 'NOUN' && !relativeHead(measure) &&
        !(measure && SANCTION_NOUNS.has(measure.noun))))) p = -1;
      // ("the list, in particular, includes A": past an adverb set off by commas, to the phrase before it.)
      if (T[p]?.text === ',' && p - 2 > s.first) {
        let o = p - 1;
        while (o > p - 4 && T[o].text !== ',') o--;
        if (T[o]?.text === ',' && ADVERBIAL_ASIDES.test(T.slice(o + 1, p).map((x) => x.lower).join(' '))) p = o - 1;
        // ("A, which, as the ministry said, supplied G": past a reporting aside to the relative pronoun.)
        else {
          o = p - 1;
          while (o > p - 10 && o > s.first && T[o].text !== ',') o--;
          if (T[o]?.text === ',' && RELATIVE_PRONOUN.test(T[o - 1]?.lower ?? '') && reportingAside(T, o + 1, p)) p = o - 1;
        }
      }
      // ('A, tapped by a "senior officer," bought': past a quotation closed after the aside's comma.)
      if (/^["”’]$/.test(T[p]?.text ?? '') && T[p - 1]?.text === ',') p--;
      // "A, a Yerevan company headed by B, imported": past a comma-bounded aside to the name before it.
      if (T[p]?.text === ',') {
        // Or the named aside itself: "its owners, A, B and C, continued to export".
        let aside = endAt.get(p);
        // ("Another company, A of Dubai, arranged": the name before its place.)
        if (aside?.ents.length && /^(?:of|in|from)$/.test(T[aside.first - 1]?.lower ?? '') && !aside.noun && endAt.get(aside.first - 1)?.ents.length) aside = endAt.get(aside.first - 1) ?? aside;
        // ("Four companies, including A, face ...": the description that announces the list, which its reading names.)
        let announcer = aside?.ents.length && /^(?:including|notably)$/.test(T[aside.first - 1]?.lower ?? '') && T[aside.first - 2]?.text === ',' ? endAt.get(aside.first - 2) : undefined;
        // ("Firms owned by two tycoons, including A and B, supplied G": a participle's agent announces the list; the
        // subject is the phrase the participle is on.)
        const on = announcer && T[announcer.first - 1]?.pos === 'ADP' && isParticiple(T[announcer.first - 2] ?? T[0]) ? endAt.get(announcer.first - 2) : undefined;
        if (on && !on.ents.length && on.plural) announcer = on;
        const named = (announcer && !announcer.ents.length && announcer.plural ? announcer : null) ??
          // ("The heads of these firms, namely A and B, were ...": the names "namely" gives.)
          beforeAside(g, s, p, endAt) ?? (aside?.ents.length && (T[aside.first - 1]?.text === ',' || T[aside.first - 1]?.lower === 'namely') ? aside : null) ??
          // ("A and its subsidiary, B, are owned by C": the sentence's opening names, closed by the apposition's comma.)
          (aside?.ents.length && aside.first === s.first ? aside : null);
        // ("that many firms, eight of which are Thai, supply G": a phrase that names no one before a relative aside is the
        // subject all the same, not the subject of a clause before it.)
        const unnamed = named ? null : beforeRelativeAside(T, s, p, endAt);
        if (named ?? unnamed) { c.subj = (named ?? unnamed)!; c.subjHow = 'adjacent'; p = -1; }
      }
      // ("Chinese companies — A and C — had shipped": past an aside between dashes to the phrase before it.)
      if (p >= s.first && isDash(T[p])) {
        for (let r = p - 1; r > s.first && r >= p - 40; r--) {
          if (!isDash(T[r])) continue;
          const head = endAt.get(r);
          if (head && !head.pronoun) { c.subj = head; c.subjHow = 'adjacent'; p = -1; }
          break;
        }
      }
      // ('that A "has made shipments to B"': a quotation opening between the subject and its verb.)
      if (p > s.first && OPEN_QUOTES.has(T[p].text) && endAt.get(p)) p--;
      let ch = p >= s.first ? endAt.get(p + 1) : undefined;
      // "US chips worth at least $740 million were sent": the goods, not their value.
      if (ch) ch = pastWorth(T, endAt, s, ch);
      // "Valves made by A were bought by B": the head the reduced relative describes, not its agent ("made in A": nor
      // its place).
      const madeIn = !!ch && T[ch.first - 1]?.lower === 'in' && MADE_PARTICIPLES.test(T[ch.first - 2]?.lower ?? '');
      if (ch && (T[ch.first - 1]?.lower === 'by' || madeIn) && g.at[ch.first - 1] < 0 && isParticiple(T[ch.first - 2] ?? T[0]) && g.at[ch.first - 2] < 0 && passive) {
        // ("Equipment worth $3 million made by A was imported": past the value to the goods.)
        const value = endAt.get(ch.first - 2);
        const head = value && pastWorth(T, endAt, s, value);
        // (A capitalised goods word may have been read as a name: "Valves made by A".)
        const goods = head && (head.ents.length ? head.ents.length === 1 && !isActorEntity(g.res, head.ents[0]) && knownGoods(T[head.last - 1].lower) : goodsHead(head, T));
        if (goods) ch = head;
      }
      // "A today imposed ...": past a time word.
      if (ch && !ch.ents.length && ch.last - ch.first === 1 && /^(?:today|yesterday|tonight|now)$/.test(ch.noun)) ch = endAt.get(ch.first) ?? ch;
      // ("A last week restricted ...", "A earlier this year shipped ...": past a deictic time phrase.)
      if (ch && !ch.ents.length && ch.last - ch.first === 2 && deicticTimeBefore(T, ch.last)) {
        const b = /^(?:earlier|later)$/.test(T[ch.first - 1]?.lower ?? '') ? ch.first - 1 : ch.first;
        ch = endAt.get(b) ?? ch;
      }
      // "A in a statement said", "A on Tuesday imposed": the subject is before the prepositional phrase.
      // ("the accounts of A, B and C, as well as some 12 other traders, were blocked": back over the last conjunct.)
      if (ch && !ch.ents.length) {
        let b = ch.first - 1;
        if (/^(?:about|some|around|nearly|roughly)$/.test(T[b]?.lower ?? '')) b--;
        if (T[b]?.lower === 'as' && T[b - 1]?.lower === 'well' && T[b - 2]?.lower === 'as') {
          b -= 3;
          if (T[b]?.text === ',') b--;
          ch = endAt.get(b + 1) ?? ch;
        }
      }
      // (Not for "including": "sanctions on targets in countries including A" lists the countries, not the sanctions.)
      // ("listed on Friday as the EU adopted": a subordinator opens the clause whose subject the phrase is.)
      let walked = false;
      // (Not before an infinitive: "used A as a front to buy G", where "as" is a preposition.)
      const infinitive = T[k - 1]?.lower === 'to' || T[vf]?.lower === 'to';
      // ('used A as a "front company" to buy G': past the role quoted after "as" and its determiner.)
      if (ch && infinitive && OPEN_QUOTES.has(T[ch.first - 1]?.text ?? '') && /^(?:a|an|the)$/.test(T[ch.first - 2]?.lower ?? '') && T[ch.first - 3]?.lower === 'as') {
        const before = endAt.get(ch.first - 3);
        if (before) { ch = before; walked = true; }
      }
      for (let guard = 0; ch && t.lower !== 'including' && guard < 3 && T[ch.first - 1]?.pos === 'ADP' && g.at[ch.first - 1] < 0 && (infinitive || !SUBORDINATORS.test(T[ch.first - 1].lower)); guard++) {
        const before = endAt.get(ch.first - 1);
        if (!before) break;
        // "spares for trucks to B reached them": the subject's own "to" phrase.
        const prep = T[ch.first - 1].lower;
        // ("a reaction to A sending G to B", "evidence of A shipping G": a name before a gerund is its subject, the
        // object of the preposition only as the whole gerund clause.)
        if (ch.ents.length && GERUND_SUBJECT_PREPS.test(prep) && vf === k && /ing$/.test(t.lower)) break;
        // ("hit A with new sanctions targeting B": "targeting" right after the means a "hit" clause gives describes them.)
        // (Not any phrase after "with": "A, a firm with revenue exceeding $1m, was sanctioned" is A's; nor another
        // participle, "hit A with sanctions following reports that it shipped G"; nor another verb's "with", "joined B
        // with sanctions targeting C".)
        const hit = out[out.length - 1];
        if (prep === 'with' && !ch.ents.length && ch.last === k && vf === k && t.lower === 'targeting' &&
          hit?.roles.with === ch && triggerClasses(hit.lemma).includes('hit')) break;
        if (ROLE_PREPS.has(prep)) c.preRoles[prep as Role] ??= ch;
        ch = before;
        walked = true;
      }
      // ("the materials shipped by A to B included ...": past a reduced relative's agent and the route after it, to the
      // head it describes.)
      if (ch && walked && T[ch.first - 1]?.lower === 'by' && g.at[ch.first - 1] < 0 && T[ch.first - 2] && isParticiple(T[ch.first - 2]) && g.at[ch.first - 2] < 0) {
        const head = endAt.get(ch.first - 2);
        if (head && !head.ents.length && !head.pronoun) ch = head;
      }
      // ("a Latvian engineer who arrived in Norway in 2020 was charged": the place is the relative clause's; the subject
      // is the noun the clause describes.)
      if (ch && T[ch.first - 1]?.pos === 'ADP' && g.at[ch.first - 1] < 0 && T[ch.first - 2] && isVerb(g, T, ch.first - 2)) {
        for (let r = ch.first - 3; r >= s.first && r >= ch.first - 6; r--) {
          if (/^(?:who|which)$/.test(T[r].lower)) {
            const head = endAt.get(r);
            if (head) ch = head;
            break;
          }
          if (!(T[r].pos === 'ADV' || T[r].pos === 'AUX' || T[r].pos === 'PART')) break;
        }
      }
      // "A flew to B to deliver G": an infinitive of purpose after a place or a party in a prepositional phrase is
      // the clause's before it; the place it went to delivers nothing.
      const before = out[out.length - 1];
      if (ch && T[vf]?.lower === 'to' && T[vf].pos === 'PART' && T[ch.first - 1]?.pos === 'ADP' && g.at[ch.first - 1] < 0 &&
        before?.subj && before.voice === 'active' && before.last === ch.last && before.verb === ch.first - 2) {
        c.subj = before.subj;
        c.subjHow = 'coordinated';
        c.prev = before;
        ch = undefined;
      }
      // ("B came together to adopt G": an infinitive right after a clause with no object of its own is that clause
      // subject's doing.)
      const toAt = T[k - 1]?.lower === 'to' && T[k - 1].pos === 'PART' ? k - 1 : -1;
      let adv = toAt - 1;
      while (adv > s.first && T[adv].pos === 'ADV' && adv > toAt - 3) adv--;
      if (!ch && toAt > s.first && before?.subj && before.voice === 'active' && !before.obj &&
        // (A verb whose only frame needs an "under" phrase it lacks is none: "came together to adopt".)
        !Object.keys(before.roles).length && before.verb === adv && !triggerClasses(before.lemma).some((x) => x !== 'fall' && x !== 'originate')) {
        c.subj = before.subj;
        c.subjHow = 'coordinated';
        c.prev = before;
      }
      // "A used front companies to ship G", "A set up a shell firm to buy G": the purpose of a means is the user's own
      // doing (the means names no actor, though it may name a ship; "used B to ship G" names B, who ships).
      // ("B has taken measures to impose sanctions on A": the steps a body takes alike.)
      // ("A chartered the MV Orvanne to carry G": a ship by name is a means all the same.)
      if (ch && ch.ents.every((e) => !isActorEntity(g.res, e)) && ch.poss < 0 && T[vf]?.lower === 'to' && T[vf].pos === 'PART' && before?.subj && before.voice === 'active' &&
        before.obj === ch && (MEANS_VERBS.test(before.lemma) || (before.lemma === 'take' && STEP_NOUNS.test(ch.noun))) && !before.negated) {
        c.subj = before.subj;
        c.subjHow = 'coordinated';
        c.prev = before;
        ch = undefined;
      }
      // ("A used a network of shell firms in countries including B and C to acquire G": past the means' own phrases,
      // and the "including" list in them, to the purpose.)
      const means = ch && T[vf]?.lower === 'to' && T[vf].pos === 'PART' ? [...out].reverse().find((x) => MEANS_VERBS.test(x.lemma)) : undefined;
      if (ch && means?.subj && means.obj && !means.obj.ents.length && means.voice === 'active' && !means.negated && ch.first > means.obj.first &&
        ch.first - means.obj.last <= 12 && !out.some((x) => x.verb > means.verb && x.verb < ch!.first && x.lemma !== 'include') &&
        !T.slice(means.obj.last, vf).some((x) => SUBORDINATORS.test(x.lower))) {
        c.subj = means.subj;
        c.subjHow = 'coordinated';
        c.prev = means;
        ch = undefined;
      }
      // "Firms that bought the chips regularly ship them to B": past a restrictive relative clause, whose object this
      // is, to the phrase the clause is on.
      const restrictive = ch && out.find((x) => x.obj === ch && x.subjHow === 'relative' && x.verb < k && T[x.verb - 1]?.lower === 'that');
      if (restrictive?.subj) ch = restrictive.subj;
      // "A and eight other entities were sanctioned": the name joined to a counted group belongs to the subject.
      // ("A and three of its managers were put under sanctions": a count of the name's own people or units.)
      const countOf = !!ch && ch.count > 0 && !ch.noun && T[ch.last]?.lower === 'of' && /^(?:its|their|his|her)$/.test(T[ch.last + 1]?.lower ?? '');
      if (ch && !ch.ents.length && (ch.plural || countOf) && T[ch.first - 1]?.lower === 'and' && (countOf || /^(?:other|more)$/.test(T[ch.first + (ch.count ? 1 : 0)]?.lower ?? ''))) {
        const named = endAt.get(ch.first - 1);
        if (named && named.ents.length) ch = { ...ch, first: named.first, ents: named.ents };
      }
      // ("Vietnam and other Asian states and the United Nations have put ...": a name joined by "and" to
      // the sentence's opening phrase, which names a party too, is one subject with it.)
      if (ch && ch.ents.length && T[ch.first - 1]?.lower === 'and') {
        const opening = endAt.get(ch.first - 1);
        if (opening && opening.ents.length && opening.first === s.first) ch = { ...ch, first: opening.first, ents: [...opening.ents, ...ch.ents], plural: true };
      }
      // ("A's decision to supply G to B": the possessor of a decision or a deal does what its infinitive says.)
      if (ch && !ch.ents.length && ch.poss >= 0 && COMMITMENTS.test(ch.noun) && T[vf]?.lower === 'to' && ch.last === vf) {
        ch = { ...ch, ents: [ch.poss], mods: [], noun: '', pre: ch.noun, poss: -1 };
      }
      if (ch) {
        c.subj = ch;
        c.subjHow = 'adjacent';
        // "A, a subsidiary of B, sold": the apposition is not the subject.
        // ("Before the war, the A plant shipped": a phrase with "the" after an opening adverbial is the subject.)
        // ("after Country's attack on Neighbour, local firms still export": a name inside an opening
        // phrase's preposition is no subject.)
        // ("A, US officials said, shipped": a reporting aside's own subject.)
        const aside = REPORTING_ASIDE.test(t.lower) && T[k + 1]?.text === ',';
        // ("..., a Treasury statement said.": the attribution closing the sentence, whose speaker is its own subject.)
        const closing = REPORTING_ASIDE.test(t.lower) && (k + 1 >= s.last || /^[.!]$/.test(T[k + 1].text));
        if (ch.ents.length === 0 && T[ch.first - 1]?.text === ',' && !ch.pronoun && ch.det !== 'the' && !aside && !closing) {
          const before = endAt.get(ch.first - 1);
          if (before && before.ents.length && T[before.first - 1]?.pos !== 'ADP') c.subj = before;
        }
        // ("A built drones using Chinese engines", "A developed a drone called K using G": the arms the clause before
        // made do not use the goods; their maker does.)
        if (t.lower.endsWith('ing') && triggerClasses(verbLemma(t)).includes('use')) {
          const maker = madeBy(g, out, ch);
          if (maker) c.subj = maker;
        }
      } else if (p >= s.first && RELATIVE_PRONOUN.test(T[p].lower)) {
        // Relative clause: its antecedent is the phrase before the pronoun (past a comma).
        let r = p - 1;
        // "A, B and C, all of which are owned by D": a pronoun after a universal quantifier keeps the whole antecedent.
        if (T[p].lower !== 'that' && T[r]?.lower === 'of' && /^(?:all|both|each)$/.test(T[r - 1]?.lower ?? '')) r -= 2;
        relativeAside = T[r]?.text === ',';
        if (T[r]?.text === ',') r--;
        ch = endAt.get(r + 1);
        // ("announced new sanctions on May 3, which hit A": a date is no antecedent; the phrase before it is.)
        const dated = ch && isTimeChunk(T, ch) && /^(?:on|in)$/.test(T[ch.first - 1]?.lower ?? '') ? endAt.get(ch.first - 1) : undefined;
        if (dated) ch = dated;
        // ("A and B are among the states that supply G to C": the group's members the copula names.)
        if (ch && !ch.ents.length && T[ch.first - 1]?.lower === 'among' && BE.has(T[ch.first - 2]?.lower ?? '')) {
          const members = endAt.get(ch.first - 2);
          if (members?.ents.length) ch = members;
        }
        // "A, a subsidiary of B, which shipped", "A, based in C, which ships": the clause is about A.
        // (Not the destination a clause before gives: "shipped G to B, which is controlled by C" is about B; "A, a
        // supplier to B, which ships G" is still about A.)
        const destination = !!ch && out.some((x) => x.roles.to === ch || x.roles.into === ch);
        // (A measure before the date is what the clause is about: not a name set off earlier in the sentence.)
        const measure = !!dated && !dated.ents.length && SANCTION_NOUNS.has(dated.noun);
        if (ch && !measure && T[r + 1]?.text === ',' && (!ch.ents.length || (T[ch.first - 1]?.pos === 'ADP' && !destination) || T[ch.first - 1]?.lower === 'of')) {
          const named = beforeAside(g, s, ch.first - 1, endAt, true);
          if (named) ch = named;
        }
        // ("drones from A, which were delivered to B": goods, not the firm they came from, are delivered.)
        if (ch && ch.ents.length && passive && transferVerb(verbLemma(t)) && /^(?:from|by)$/.test(T[ch.first - 1]?.lower ?? '') && g.at[ch.first - 1] < 0) {
          const goods = endAt.get(ch.first - 1);
          if (goods && !goods.ents.length && goodsHead(goods, T)) {
            c.preRoles[T[ch.first - 1].lower as Role] ??= ch;
            ch = goods;
          }
        }
        // "A, a Macau trader that ships G", "A is a Korean firm that sold", "A is among the firms that
        // ship": a description relativised is about the name it describes, not the country modifying it.
        // ("A is a company in China that supplies ...": the company, not where it sits.)
        const sited = ch && ch.ents.length && !ch.noun && /^(?:in|from)$/.test(T[ch.first - 1]?.lower ?? '') ? endAt.get(ch.first - 1) : undefined;
        // ("A from Kazakhstan, which buys G", "A in Gdynia, which shipped G": the firm named before its country or city,
        // not the place.)
        const firmSited = !!sited && sited.ents.length > 0 && (!sited.noun || /^\d+$/.test(sited.noun)) && sited.ents.every((e) => (g.res.entities[e]?.kind ?? 'company') === 'company') && T[p - 1]?.text === ',';
        const place = (e: number) => g.res.entities[e]?.kind === 'country' || (!g.res.entities[e]?.kind && !!g.res.entities[e]?.cues.has('place'));
        if (sited && ((!sited.ents.length && TRADER_NOUNS.test(sited.noun)) || firmSited) && ch!.ents.every(place)) ch = sited;
        if (ch && !ch.ents.length && TRADER_NOUNS.test(ch.noun)) ch = describedName(g, s, ch, endAt) ?? ch;
        // "A, the maker of G – ... – and which is owned by B": a second relative joins the first aside on A.
        if (T[p - 1]?.lower === 'and' && !(ch && ch.ents.length)) {
          const head = namedBeforeComma(chunks.list, T, p);
          if (head) ch = head;
        }
        // ("a member of NATO that supplies G": a relative after "a member of X", "one of X" is about the member.)
        if (ch && ch.ents.length && !ch.noun && T[ch.first - 1]?.lower === 'of') {
          const head = endAt.get(ch.first - 1);
          if (head && !head.ents.length && /^(?:member|members|ally|allies|partner|partners|signatory|signatories)$/.test(head.noun)) ch = head;
        }
        // ("hand A over to the USA who is accused of ...": "who" is a person, not the country before it; the person
        // the clause before named.)
        if (ch && T[p].lower === 'who' && ch.ents.length && ch.ents.every((e) => g.res.entities[e]?.kind === 'country') && T[ch.first - 2] !== undefined) {
          const person = chunks.list.filter((x) => x.last <= ch!.first && x.first >= s.first && x.ents.some((e) => g.res.entities[e]?.kind === 'person'));
          if (person.length) ch = person[person.length - 1];
        }
        // ("a Russian firm, A, and a Thai firm, B, which have supplied G": a plural verb takes both described names.)
        // (Only the name right before the pronoun: not "A and B for their ties to makers, which have ...".)
        if (ch && ch.last === p - 1 && /^(?:have|are|were)$/.test(T[p + 1]?.lower ?? '')) ch = describedPair(T, endAt, ch) ?? ch;
        if (ch) { c.subj = ch; c.subjHow = 'relative'; }
      } else if (T[p]?.text === ',' && REPORTING_ASIDE.test(T[p - 1]?.lower ?? '') && out[out.length - 1]?.verb === p - 1 && out[out.length - 1].subj &&
        T[out[out.length - 1].subj!.first - 1]?.text === ',' && endAt.get(out[out.length - 1].subj!.first - 1)) {
        // ("The network, the Treasury says, has procured G": the subject before the reporting aside, not its reporter.)
        const ch = endAt.get(out[out.length - 1].subj!.first - 1)!;
        c.subj = ch;
        c.subjHow = 'adjacent';
        c.first = ch.first;
      } else if (p >= s.first && (T[p].lower === 'and' || T[p].lower === 'or' || T[p].lower === 'then' || T[p].text === ',' ||
        // ("A runs a bakery but also holds 15 percent of B": "but also" joins the second verb.)
        (T[p].lower === 'also' && T[p - 1]?.lower === 'but') || (T[p].lower === 'but' && T[p + 1]?.lower === 'also') ||
        // ("were sourced from A but shipped to B": a bare participle after "but" joined to a passive.)
        (T[p].lower === 'but' && vf === k && isParticiple(t) && out[out.length - 1]?.voice === 'passive'))) {
        // "A bought the parts and resold them to B": the coordinated verb keeps A.
        let prev = out[out.length - 1];
        // ("sanctioned A for its sales of G and providing support to K": a gerund joined to the reason's phrase is A's.)
        const reason = prev?.roles.for;
        // ("imposed sanctions on A for its sales of G and providing ...": the measure's target.)
        const reasonOf = prev?.voice !== 'active' || !prev.obj ? undefined : prev.obj.ents.length ? prev.obj : MEASURE_OBJECTS.test(prev.obj.noun) ? prev.roles.on ?? prev.roles.against : undefined;
        const forReason = T[p].lower === 'and' && /ing$/.test(t.lower) && vf === k && !!reason && reason.first > prev.verb && reason.first < p && !!reasonOf?.ents.length;
        // ("A used G in an attack as it sailed past P and has sent G to B": past a clause a subordinator opens, to the
        // one it qualifies.)
        // (Not from a bare verb right before "and", or from the catenative verb after it: "after the firm disclosed and
        // admitted to shipping G" is the firm's.)
        const bare = !!prev && (prev.verb === p - 1 || prev.verb > p) && T[p].lower === 'and';
        for (let i = out.length - 2; i >= 0 && !bare && prev?.subj && SUBORDINATORS.test(T[prev.subj.first - 1]?.lower ?? '') && prev.subj.first - 1 > s.first; i--) prev = out[i];
        // ("imposed sanctions on A for aiding B, and also named C": a finite verb joins the clause of the measure a gerund's
        // phrase gives the reason for, not the gerund; "A was accused of shipping G, and sold H" keeps the gerund's subject.)
        // (Near enough if the gerund is.)
        const governor = out[out.indexOf(prev) - 1];
        const near = prev?.last ?? -1;
        const measure = !!governor && triggerClasses(governor.lemma).some((x) => x === 'sanction' || x === 'impose');
        if (prev?.subjHow === 'gerund' && /ing$/.test(T[prev.verb].lower) && !/ing$/.test(t.lower) && measure) prev = governor;
        // ("B said the network of A and C, had supplied G": a finite verb after the comma that closes the object of a verb
        // of saying has that object for its subject, a complement without its "that".)
        // (The object may name no one, "said the network, had supplied G": then no one is read, not the sayer. Only after
        // a verb of saying: "warned K, then sanctioned A" is a series of the subject's own.)
        const said = T[p].text === ',' && !!prev?.obj && prev.obj.last === p && SAYING.test(prev.lemma);
        // ("The EU sanctioned A, supplying G to B": a trade's -ing form after the comma that closes a sanction's object is
        // the target's doing, not the body's.)
        // ("imposed sanctions on A, supplying G to B" alike.)
        const targetDoes = T[p].text === ',' && /ing$/.test(t.lower) && vf === k && !!reasonOf?.ents.length &&
          triggerClasses(prev.lemma).some((x) => x === 'sanction' || x === 'impose') && triggerClasses(verbLemma(t)).some((x) => TRADE_CLASSES.has(x) || x === 'own');
        // ("A, whose shareholders include B, bought G": the verb after the comma that closes a "whose" aside is the
        // antecedent's.)
        const whoseAside = T[p].text === ',' && prev?.subj && T[prev.subj.first - 1]?.lower === 'whose' && T[prev.subj.first - 2]?.text === ',' && prev.last <= p
          ? endAt.get(prev.subj.first - 2) : undefined;
        if (forReason) {
          c.subj = reasonOf;
          c.subjHow = 'gerund';
        } else if (targetDoes) {
          c.subj = reasonOf!;
          c.subjHow = 'gerund';
        } else if (said) {
          c.subj = prev.obj;
          c.subjHow = 'adjacent';
        } else if (whoseAside) {
          c.subj = whoseAside;
          c.subjHow = 'adjacent';
        } else if (prev && prev.subj && Math.max(prev.last, near) >= p - 12) {
          c.subj = prev.subj;
          c.subjHow = 'coordinated';
          c.prev = prev;
          // "were bought by A and shipped to B": a bare participle joined to a passive is passive too.
          // ("were made in A and then sent to B", "were made in A, then sent to B": past an adverb of sequence.)
          const sequence = vf < k && T.slice(vf, k).every((x) => x.pos === 'ADV') && /^(?:then|later|subsequently)$/.test(T[vf].lower);
          // (Not one with an object of its own: "was sanctioned by K and sold arms to B" is the subject's doing.)
          const object = startAt.get(k + 1);
          // ("The drones, made by A, later reached B": a name right after the verb is its object too.)
          const ownObject = !!object && (/^(?:DET|NUM|NOUN|ADJ)$/.test(T[k + 1].pos) || g.at[k + 1] >= 0);
          if (prev.voice === 'passive' && (isParticiple(t) || IRREGULAR_LEMMAS[t.lower]) && (vf === k || sequence) && (T[p].text !== ',' || sequence) && !ownObject) c.voice = 'passive';
        } else if (!prev?.subj && T[p].lower === 'and') {
          // ("A is the owner of B and jointly owns C": a verb joined to the sentence's opening copula is its subject's.)
          const subj = startAt.get(s.first);
          if (subj && BE.has(T[subj.last]?.lower ?? '') && subj.last < p) {
            c.subj = subj;
            c.subjHow = 'coordinated';
          }
        }
      } else if (p > s.first && /^(?:before|after)$/.test(T[p].lower) && T[vf]?.lower === 'being' && out[out.length - 1]?.subj && out[out.length - 1].voice === 'passive') {
        // ("were made in A before being sent to B": the goods of the clause the time phrase qualifies.)
        const prev = out[out.length - 1];
        c.subj = prev.subj;
        c.subjHow = 'coordinated';
        c.prev = prev;
      } else if (p >= s.first && p > s.first && T[p].pos === 'ADP' && endAt.get(p)) {
        // "in 2023 A shipped": the phrase before a preposition is not the subject; nothing to read.
      }
    }
    // ("A – the head of X – and B – the head of Y – were sanctioned": a name with its own aside joined before the subject's.)
    if (c.subj && c.subjHow === 'adjacent') c.subj = joinedAcrossAside(c.subj, T, s, endAt);
    // ("Chips made by A reached B": an active verb right after the maker a participle sets on goods is the goods',
    // not the maker's; "Firms owned by A shipped G" and "Modules sold by A appear in ..." stay as they were read.)
    // ("Drones made in K reached B": so is one right after the place they were made in.)
    const described = out[out.length - 1];
    if (!passive && !reduced && c.subj && c.subjHow === 'adjacent' && c.subj.last === vf && described?.voice === 'passive' && (described.roles.by === c.subj || described.roles.in === c.subj) &&
      MADE_PARTICIPLES.test(T[described.verb].lower) && goodsHead(described.subj, T) && described.subj!.last === described.verb) c.subj = described.subj;
    // Object and roles to the right, up to the next clause.
    let q = k + 1;
    // (Not past an adverb that opens the object: "carried out approximately 200 shipments".)
    // ("carried out", "set up", "sent back": a verb's particle, which the tagger may read as a preposition.)
    while (q < s.last && (T[q].pos === 'ADV' || T[q].pos === 'PART' && T[q].lower !== 'to' || (q === k + 1 && PARTICLES.test(T[q].lower))) && g.at[q] < 0 && !(q > k + 1 && startAt.get(q))) q++;
    if (!passive && !reduced && !c.subj && isParticiple(t)) {
      // "Also sanctioned was A", "Also hit with sanctions was A": an inverted passive.
      let b = q;
      if (T[b]?.lower === 'with' || T[b]?.lower === 'by') {
        const pp = startAt.get(b + 1);
        if (pp) { c.roles[T[b].lower as Role] = pp; b = pp.last; }
      }
      if (BE.has(T[b]?.lower ?? '') && startAt.get(b + 1)) { c.voice = 'passive'; q = b; }
    }
    // ("received at least four orders", "shipped more than 100 drones": a quantity's hedge before the object.)
    if (c.voice === 'active' && !startAt.get(q)) {
      const w = T[q]?.lower, w2 = T[q + 1]?.lower;
      const skip = (w === 'at' && (w2 === 'least' || w2 === 'most')) || ((w === 'more' || w === 'less' || w === 'fewer') && w2 === 'than') || (w === 'up' && w2 === 'to') ? 2
        // ("made over 300 shipments", "sent about 40 trucks".)
        : w === 'over' || w === 'about' || w === 'around' ? 1 : 0;
      if (skip && T[q + skip]?.pos === 'NUM' && startAt.get(q + skip)) q += skip;
    }
    // ("sanctioned this Tuesday the company A", "sanctioned on Monday A": a day before the object, as translated
    // reports put it, when a name follows.)
    // ("a firm that B sanctioned last year": a time phrase with nothing after it is no object.)
    let timeOnly = false;
    if (c.voice === 'active') {
      const w = T[q]?.lower ?? '', w2 = T[q + 1]?.lower ?? '';
      const day = (/^(?:on|this|last)$/.test(w) && WEEKDAYS.test(w2)) || (/^(?:this|last)$/.test(w) && /^(?:week|month|year)$/.test(w2)) ? q + 2 : q;
      // (The tagger may join a weekday to the name after it: "on Tuesday A".)
      if (day > q && startAt.get(day)?.ents.length) q = day;
      else if (day > q && w === 'on' && startAt.get(q + 1)?.ents.length) q = q + 1;
      else if (day > q && w !== 'on' && !startAt.get(day)) timeOnly = true;
    }
    if (c.voice === 'active' && !timeOnly) {
      // ('targeted the "A Corps,"': a quoted name after its article.)
      // ('announced "full blocking sanctions" against A', 'sanctioned "A" and "B"': a phrase after a quotation mark.)
      let ch = startAt.get(q) ?? (T[q]?.lower === 'the' && /^["“]$/.test(T[q + 1]?.text ?? '') ? startAt.get(q + 2) : OPEN_QUOTES.has(T[q]?.text ?? '') ? startAt.get(q + 1) : undefined);
      // ("imposed $2.5 million in civil penalties against A": an amount of measures is the measures.)
      // (Past words that bound or sum the amount: "more than", "up to", "a combined", "a total of".)
      let at = q;
      while (at < q + 3 && AMOUNT_WORDS.test(T[at]?.lower ?? '')) at++;
      const amount = (!ch || !ch.noun) && /^(?:SYM|NUM)$/.test(T[at]?.pos ?? '') ? startAt.get(T[at].pos === 'SYM' ? at + 1 : at) : undefined;
      const measures = amount && T[amount.last]?.lower === 'in' ? startAt.get(amount.last + 1) : undefined;
      // (Past a bound or a sum only before measures: "up to 12 companies in Laos" names a place.)
      if (measures && (at === q || SANCTION_NOUNS.has(measures.noun))) ch = measures;
      // ("sanctioned such firms as A and B", "judges and such people as A": the names "such ... as" gives.)
      const such = ch && !ch.ents.length && T[ch.last]?.lower === 'as' ? suchAsExamples(T, startAt, ch) : undefined;
      if (such) ch = such;
      if (ch) { c.obj = ch; q = ch.last; c.last = ch.last; }
    } else if (!c.subj && BE.has(T[q]?.lower ?? '')) {
      // "Also sanctioned was A": the subject after the auxiliary.
      const ch = startAt.get(q + 1);
      if (ch) { c.subj = ch; c.subjHow = 'inverted'; q = ch.last; c.last = ch.last; }
    }
    // "A, which B controls": an object relative's antecedent is the verb's object.
    if (c.voice === 'active' && !c.obj && c.subj && c.subjHow === 'adjacent' && /^(?:which|that|whom)$/.test(T[c.subj.first - 1]?.lower ?? '')) {
      const ante = relativeAntecedent(T, endAt, c.subj.first - 1);
      if (ante) c.obj = ante;
    }
    // ("A, a firm on which B imposed sanctions", "A, against which B imposed sanctions": the antecedent of a relative
    // after its preposition fills that preposition's role.)
    // (Not "from which", whose goods go on from the places before it: interpret.ts.)
    if (c.subj && c.subjHow === 'adjacent' && /^(?:which|whom)$/.test(T[c.subj.first - 1]?.lower ?? '') && /^(?:on|against|to)$/.test(T[c.subj.first - 2]?.lower ?? '')) {
      const r = c.subj.first - 2;
      const ante = relativeAntecedent(T, endAt, r);
      if (ante) c.roles[T[r].lower as Role] ??= ante;
    }
    // "the sanctions the EU levied against Russia", "the drones the firm shipped to B": a zero relative on measures or goods.
    if (c.voice === 'active' && !c.obj && c.subj && c.subjHow === 'adjacent' && (c.subj.ents.length || c.subj.det === 'the')) {
      const ante = endAt.get(c.subj.first);
      if (ante && !ante.ents.length && ante.det === 'the' && (SANCTION_NOUNS.has(ante.noun) || knownGoods(ante.noun))) c.obj = ante;
      // ("A, a company Washington had blacklisted in 2019", "A, a firm B acquired in 2020": a zero relative on a described
      // name is about the name; the description may have taken the subject's name into its phrase, "a firm Laos
      // sanctioned".)
      else {
        const desc = ante && !ante.ents.length ? ante : c.subj;
        const described = /^(?:a|an)$/.test(T[desc.first]?.lower ?? '') && TRADER_NOUNS.test(T[desc.first + 1]?.lower ?? '');
        // (Set off from the name by a comma: the name's phrase ends a token before the description.)
        const named = described ? endAt.get(desc.first - 1) : undefined;
        if (named?.ents.length) c.obj = named;
      }
    }
    for (; q < s.last; q++) {
      const w = T[q].lower;
      // "added A as well as B to its list": "as well as" joins a conjunct; the roles go on.
      if (w === 'as' && T[q + 1]?.lower === 'well' && T[q + 2]?.lower === 'as') { q += 2; continue; }
      // ("procured G as an intermediary for B": a buyer's role the clause names goes on to whom it bought for.)
      if (w === 'as' && triggerClasses(c.lemma).includes('acquire')) {
        const role = startAt.get(q + 1);
        if (role && GO_BETWEENS.test(role.noun) && T[role.last]?.lower === 'for') { q = role.last - 1; continue; }
      }
      // ("was designated as a terrorist group by B": past what a party is listed as, to the agent.)
      if (w === 'as' && q === k + 1 && designatedAsEnd(T, startAt, k) > 0) { q = designatedAsEnd(T, startAt, k) - 1; continue; }
      // ("sanctioned by A since April 2021 and by C since late 2021": a time the preposition opens, no clause.)
      const time = /^(?:since|after|before)$/.test(w) ? timeAfterPreposition(T, q, s.last) : -1;
      if (time > 0) { q = time - 1; continue; }
      if (CLAUSE_STOPS.has(w) && g.at[q] < 0) break;
      // ("sold drones to B and is under sanctions by K": a copula joined by "and" opens a clause of its own.)
      if (w === 'and' && BE.has(T[q + 1]?.lower ?? '')) break;
      // "supplying components, such as engines and chips, to B": the roles go on past the examples of the goods.
      // ("procured machines, used in aerospace manufacturing, for B": past a participle's aside on the goods too.)
      // ("shipped technology -- including wires, cables and boards -- to B": between dashes, commas and all.)
      const dash = isDash(T[q]);
      if ((w === ',' || dash) && (/^(?:including|notably)$/.test(T[q + 1]?.lower ?? '') || (T[q + 1]?.lower === 'such' && T[q + 2]?.lower === 'as') ||
        (T[q + 1] && T[q + 1].pos === 'VERB' && isParticiple(T[q + 1]) && /ed$/.test(T[q + 1].lower) && c.obj && !c.obj.ents.length))) {
        const close = dash ? dashAsideEnd(T, q + 1, s.last) : asideEnd(T, q + 1, s.last);
        if (close > 0 && ROLE_PREPS.has(T[close + 1]?.lower ?? '')) { q = close; continue; }
      }
      // ("providing components such as chips to B": past the examples of the goods, without commas too.)
      if (w === 'such' && T[q + 1]?.lower === 'as' && c.obj && !c.obj.ents.length) {
        const ex = startAt.get(q + 2);
        if (ex && ROLE_PREPS.has(T[ex.last]?.lower ?? '')) { q = ex.last - 1; continue; }
      }
      // ("supplying goods, critical for B's war effort": an adjective on the goods set off by a comma, with its "for".)
      if (w === ',' && c.obj && !c.obj.ents.length && T[q + 1]?.pos === 'ADJ' && T[q + 2]?.lower === 'for' && g.at[q + 1] < 0) { q++; continue; }
      // A gerund or a reduced relative ends at its comma ("A, accused of exporting chips, to the US").
      if (w === ',' && (reduced || c.subjHow === 'gerund')) break;
      // ... and a reduced relative at the main clause's verb ("the goods sent by A are subject to B's restrictions").
      if (reduced && BE.has(w) && c.roles.by && g.at[q] < 0) break;
      // A relative clause set off by commas ends at its closing comma ("A, which ships G, ...").
      if (w === ',' && relativeAside) break;
      // "sent most of its output, which included sensors, to B": the roles go on past a comma-bounded aside.
      if (w === ',' && /^(?:which|who)$/.test(T[q + 1]?.lower ?? '')) {
        const close = asideEnd(T, q + 1, s.last);
        if (close > 0 && ROLE_PREPS.has(T[close + 1]?.lower ?? '')) { q = close; continue; }
      }
      // ("selling equipment needed to make weapons to B": the goods' own reduced passive of need or use, with its
      // purpose of making, stays inside the object.)
      if (/^(?:needed|used|required|designed|intended)$/.test(w) && T[q + 1]?.lower === 'to' && MAKING.test(T[q + 2]?.lower ?? '') &&
        triggerClasses(c.lemma).includes('supply') && c.obj && !c.obj.ents.length) { q += 2; continue; }
      if (isVerb(g, T, q) && !(w === 'including' || w === 'based')) {
        // ("exported equipment controlled under the regulations to B", "chips produced by A to B": a participle on the
        // object and its phrase stay inside the object; the destination after them is the clause's.)
        const described = objectParticipleEnd(startAt, c, q);
        if (described < 0) break;
        q = described - 1;
        continue;
      }
      // ("sending parts to build boats for B": a purpose of making goods; the buyer they are for is the trade's.)
      if (w === 'to' && isVerb(g, T, q + 1) && MAKING.test(T[q + 1].lower) && triggerClasses(c.lemma).includes('supply') && c.obj && !c.obj.ents.length && !c.roles.with) { q++; continue; }
      // ("delivered equipment to modernise B's production lines": the owner of the works the goods upgrade is where
      // they go.)
      if (w === 'to' && !c.roles.to && isVerb(g, T, q + 1) && UPGRADING.test(T[q + 1].lower)) {
        const works = startAt.get(q + 2);
        if (works && works.poss >= 0 && !works.ents.length && worksNoun(T, works)) { c.roles.to = works; break; }
      }
      // ("sent through A to feed B's war machine": the party whose war the goods feed is where they go.)
      if (w === 'to' && !c.roles.to && isVerb(g, T, q + 1) && FEEDING.test(T[q + 1].lower) && triggerClasses(c.lemma).includes('supply')) {
        const fed = startAt.get(q + 2);
        if (fed && fed.poss >= 0 && !fed.ents.length && warPhrase(T, fed)) c.roles.to = { ...fed, ents: [fed.poss], noun: '', pre: '', poss: -1, mods: [] };
        break;
      }
      if (w === 'to' && isVerb(g, T, q + 1)) break;
      // ("analog-to-digital converters": a preposition inside a hyphenated word is none.)
      // ("listed pursuant to an executive order", "owing to B's war": a complex preposition is no "to" role.)
      // ("oligarchs close to B", "officers loyal to B": nor the "to" of an adjective of closeness.)
      if (w === 'to' && /^(?:pursuant|according|due|owing|thanks|prior|subject|contrary|further|close|loyal)$/.test(T[q - 1]?.lower ?? '')) continue;
      if (ROLE_PREPS.has(w) && g.at[q] < 0 && !(T[q - 1]?.text === '-' && !T[q].space)) {
        // ("by way of A": a route, as "via A" is.)
        const byWay = byWayOf(T, q);
        let r = q + (byWay ? 3 : 1);
        if (w === 'on' && T[r]?.lower === 'behalf' && T[r + 1]?.lower === 'of') r += 2;
        // "run by, (or for acting for,) directly or not, B": the agent after the sanctions notice's aside.
        if (w === 'by' && T[r]?.text === ',') {
          for (let a = r + 1; a < Math.min(s.last - 1, r + 25); a++) {
            if (T[a].text === ';' || T[a].text === '.') break;
            if (T[a].lower === 'indirectly' && T[a + 1].text === ',') { r = a + 2; break; }
          }
        }
        // ('to "military recipients in Russia"': past a quotation's opening mark.)
        if (/^["“‘']$/.test(T[r]?.text ?? '') && !startAt.get(r)) r++;
        // ("to impose sanctions on: two Laotian entities [A and B]; ...": past the colon that opens the list.)
        else if (T[r]?.text === ':' && (w === 'on' || w === 'against')) r++;
        let ch = startAt.get(r);
        // ("data provided by a trade database, A, show ...": the name set off after a description is what it names.)
        if (ch && !ch.ents.length && T[ch.last]?.text === ',') {
          const named = startAt.get(ch.last + 1);
          if (named?.ents.length && T[named.last]?.text === ',') ch = named;
          // ("to a Russian company, A, and a Thai firm, B": a second description joined with its own name.)
          const second = ch === named && T[named.last + 1]?.lower === 'and' ? startAt.get(named.last + 2) : undefined;
          const secondName = second && !second.ents.length && T[second.last]?.text === ',' ? startAt.get(second.last + 1) : undefined;
          // (Not a name that opens a clause of its own: "..., and a spokesman, B, confirmed the sale", "..., B said".)
          const after = secondName ? (T[secondName.last]?.text === ',' ? secondName.last + 1 : secondName.last) : -1;
          const opensClause = after >= 0 && /^(?:VERB|AUX)$/.test(T[after]?.pos ?? '');
          if (named && secondName?.ents.length && !secondName.noun && !opensClause) ch = { ...named, last: secondName.last, ents: [...named.ents, ...secondName.ents] };
        }
        // ("into the hands of B": the party whose hands they are.)
        if (ch && !ch.ents.length && ch.noun === 'hands' && T[ch.last]?.lower === 'of' && startAt.get(ch.last + 1)) ch = startAt.get(ch.last + 1);
        // ("to K's arms maker, known as B": the name the description goes on to give.)
        if (ch) ch = knownAs(T, startAt, ch) ?? ch;
        const role = (byWay ? 'via' : w === 'on' && T[q + 1]?.lower === 'behalf' ? 'for' : w) as Role;
        // ("imposed sanctions on Tuesday on A": a day fills no role; the clause, and its roles, go on after it.)
        if (ch && isTimeChunk(T, ch)) {
          c.last = ch.last;
          q = ch.last - 1;
          continue;
        }
        // ("sanctions against A over its war on B": an "on" or "against" after a noun of attack is that noun's.)
        const attacked = (w === 'on' || w === 'against') && !!ch && ATTACK_NOUNS.test(endAt.get(q)?.noun ?? '');
        // ("imposed sanctions over arms deliveries to B": a route after a trade the clause gives as its reason is that
        // trade's, no role of a verb that moves nothing.)
        const reason = endAt.get(q);
        const traded = ROUTE_PREPS.test(w) && !!ch && !!reason && (reason === c.roles.over || reason === c.roles.for) &&
          (SUPPLY_EVENT_NOUNS.has(reason.noun) || ACQUIRE_EVENT_NOUNS.has(reason.noun));
        // ("issued the order for A and B -- along with C and D --": the names "along with" adds past a dash join those of
        // the phrase before it.)
        const joined = w === 'with' && T[q - 1]?.lower === 'along' && ch?.ents.length ? alongWith(g, c, T, q - 1, ch) : null;
        if (ch && joined) {
          const [key, prior] = joined;
          const merged = { ...prior, ents: [...prior.ents, ...ch.ents.filter((e) => !prior.ents.includes(e))] };
          if (key === 'obj') c.obj = merged;
          else c.roles[key] = merged;
          c.last = ch.last;
          q = ch.last - 1;
        } else if (ch && (attacked || traded)) {
          c.last = ch.last;
          q = ch.last - 1;
        } else if (ch && !c.roles[role]) {
          c.roles[role] = ch;
          c.last = ch.last;
          q = ch.last - 1;
          // ("announced the listing of four firms involved in the sale of G to B": what follows a participle after the
          // head noun is the participle's, not the verb's.)
          if (postParticiple(T, ch)) break;
        }
        // "supplied drones to B in 2022 and to C in 2023": a second destination joined by "and" goes with the first.
        // ("to B in 2020 and then to C in 2022": a later second destination too, after a time; right after B, "and then
        // to C" is where the goods went on from B, see onwardLeg.)
        // ("sanctioned by A since 2021 and by C since 2022": a second agent joined the same way.)
        else if (ch && (role === 'to' || role === 'into' || role === 'by') && (T[q - 1]?.lower === 'and' || (T[q - 1]?.lower === 'then' && T[q - 2]?.lower === 'and' && DATE_WORDS.test(T[q - 3]?.lower ?? ''))) &&
          ch.ents.length && !ch.noun) {
          const first = c.roles[role]!;
          c.roles[role] = { ...first, ents: [...first.ents, ...ch.ents.filter((e) => !first.ents.includes(e))] };
          c.last = ch.last;
          q = ch.last - 1;
        }
      }
    }
    // ("A, based in P, western K, was selling G": the named firm before a place the participle gives, not the place.)
    if (c.subj && c.subjHow === 'adjacent' && c.subj.ents.length && !c.subj.noun && T[c.subj.last]?.text === ',') {
      const firm = beforeLocatedIn(g, T, endAt, c.subj);
      if (firm) { c.placesPassed = c.subj.ents; c.subj = firm; c.first = firm.first; }
    }
    // "A is owned or controlled by B", "sold or leased drones to B": the first of two joined verbs, which reads nothing
    // of its own, shares the second's object and roles.
    const prev = c.prev;
    if (prev && c.subjHow === 'coordinated' && prev.verb === c.first - 2 && prev.last === prev.verb + 1 && prev.voice === c.voice) {
      prev.obj ??= c.obj;
      for (const [role, ch] of Object.entries(c.roles) as [Role, Chunk][]) prev.roles[role] ??= ch;
    }
    // ("A shipped no arms to B", "No drones were shipped to B by A", "A supplied B with no drones": goods that "no"
    // opens deny the clause.)
    if ([c.voice === 'passive' ? c.subj : c.obj, c.roles.with].some((x) => x && deniedGoods(T, x))) c.negated = true;
    out.push(c);
  }
  // "moving chips that also serve in weapons from A to B via C": the route after a
  // relative clause on the goods of a trade verb, whose own verb is no trade, is the trade's.
  for (const r of out) {
    // (Only a relative clause with a route of its own and no trade verb: its antecedent is its subject, or the phrase
    // right before "that"/"which" when the reader found none.)
    const relative = r.subjHow === 'relative' || (!r.subj && RELATIVE_PRONOUN.test(T[r.first - 1]?.lower ?? ''));
    // ("re-exporting lathes made in A straight into the hands of B": a reduced relative on the goods too.)
    const reduced = r.subjHow === 'adjacent' && r.voice === 'passive' && !!r.subj && r.first === r.subj.first && r.subj.last === r.verb;
    // (Making moves nothing: "produced in A" may be followed by the trade's own route; nor does putting to use: "optics
    // that can be used in weapons from A to B".)
    if (!(relative || reduced) || !(r.roles.from || r.roles.to || r.roles.via || r.roles.through || r.roles.into) ||
      triggerClasses(r.lemma).some((cls) => !(reduced && cls === 'produce') && cls !== 'use')) continue;
    let m: Clause | undefined;
    for (const x of out) {
      if (x.verb >= r.verb || !x.obj) continue;
      const onObject = r.subjHow === 'relative' || reduced ? x.obj === r.subj : r.first === x.obj.last + 1;
      if (onObject && triggerClasses(x.lemma).some((cls) => cls === 'supply' || cls === 'acquire')) { m = x; break; }
    }
    if (!m) continue;
    for (const role of ROUTE_ROLES) {
      const ch = r.roles[role];
      if (ch && !m.roles[role]) {
        m.roles[role] = ch;
        delete r.roles[role];
      }
    }
  }
  listAfterReducedRelative(out);
  agentPastReason(out);
  causedByHaving(T, endAt, out);
  fellowAfterAs(T, startAt, out);
  destinedFor(T, endAt, out);
  return out;
}

/** Verbs of saying whose complement may go without its "that". */
const SAYING = /^(?:say|state|claim|allege|report|add)$/;

/** Participles that name the end user of goods: "intended for B", "destined for B", "earmarked for B". */
const DESTINED = /^(?:intended|destined|earmarked)$/;
const DEGREE_ADVERBS = /^(?:mainly|mostly|primarily|largely|chiefly|partly|ultimately|eventually)$/;

/** Whether a participle of destination comes right before the "for" phrase `user`: "destined (mainly) for B". */
function destinedBefore(T: Token[], user: Chunk): boolean {
  let q = user.first - 2;
  if (DEGREE_ADVERBS.test(T[q]?.lower ?? '')) q--;
  return T[user.first - 1]?.lower === 'for' && DESTINED.test(T[q]?.lower ?? '');
}

/**
 * "A exported G to K in May, intended mainly for B", "A shipped G destined for B": a participle on the goods of a supply
 * names their end user, whom the supply reaches too. Read as a verb of its own, it took the goods or the supplier for
 * its subject and moved nothing; read as a noun, its "for" phrase became the supply's. A clause only right after the
 * goods, the destination or a time phrase ("under a licence intended for B" is the licence's).
 */
function destinedFor(T: Token[], endAt: Map<number, Chunk>, out: Clause[]): void {
  // ("intended for B enterprises": the firm whose works the noun names.)
  const endUsers = (c: Chunk | undefined) => (c?.ents.length ? c.ents : c?.mods ?? []);
  const addRecipients = (x: Clause, user: Chunk) => {
    const to = x.roles.to;
    const ents = endUsers(user);
    x.roles.to = to ? { ...to, ents: [...to.ents, ...ents.filter((e) => !to.ents.includes(e))] } : { ...user, ents };
  };
  const onGoods = (x: Clause, at: number) => {
    const before = endAt.get(T[at - 1]?.text === ',' ? at - 1 : at);
    // ("since the beginning of 2023": a year alone is a time too.)
    return !!before && (before === x.obj || before === x.roles.to || isTimeChunk(T, before) || T.slice(before.first, before.last).every((t) => DATE_WORDS.test(t.lower)));
  };
  for (const x of out) {
    if (!x.obj || !triggerClasses(x.lemma).includes('supply')) continue;
    const forPhrase = x.roles.for;
    if (forPhrase && endUsers(forPhrase).length && destinedBefore(T, forPhrase)) {
      addRecipients(x, forPhrase);
      delete x.roles.for;
      continue;
    }
    // (A participle read as a clause: a reduced one on the goods, or one that took the supplier for its subject.)
    const r = out.find((o) => o.verb > x.verb && DESTINED.test(T[o.verb].lower) && !o.obj && endUsers(o.roles.for).length > 0 &&
      (o.subj === x.obj || o.subjHow !== 'adjacent') && onGoods(x, o.verb));
    if (!r) continue;
    addRecipients(x, r.roles.for!);
    delete r.roles.for;
  }
}

/** The auxiliary of an elliptic "as" clause that repeats a verb: "as was B", "as did B", "as has B". */
const AS_AUX = /^(?:was|were|is|are|did|does|do|has|have|had)$/;

/**
 * "A was placed under sanctions, as was B", "K sanctioned A, as did L": the names of an elliptic "as" clause right after
 * the sentence's main clause do what its subject did, or had done to it, and join that subject; only names that close
 * the sentence or stand before a comma ("as was B, a trading firm"), not "as did B in May". Not after a relative clause
 * or a reported one, which ends at the same comma ("K sanctioned A, which supplied G to L, as did M": M sanctioned).
 */
function fellowAfterAs(T: Token[], startAt: Map<number, Chunk>, out: Clause[]): void {
  const r = out[0];
  const p = r?.last ?? -1;
  if (!r?.subj?.ents.length || T[p]?.text !== ',' || T[p + 1]?.lower !== 'as' || !AS_AUX.test(T[p + 2]?.lower ?? '')) return;
  const ch = startAt.get(p + 3);
  if (!ch?.ents.length || !/^(?:,|\.)$/.test(T[ch.last]?.text ?? '')) return;
  const subj = r.subj;
  r.subj = { ...subj, ents: [...subj.ents, ...ch.ents.filter((e) => !subj.ents.includes(e))] };
}

/**
 * "B added A and three ships controlled by the firm to its list": the list after a reduced relative on the added is
 * where the verb of adding puts them; a participle such as "controlled" takes no list.
 */
function listAfterReducedRelative(out: Clause[]): void {
  for (const r of out) {
    const list = r.roles.to;
    // (Not a participle of listing itself: "the second plane added to the list".)
    // (A reduced relative only, no finite passive: "..., while B was returned to the list".)
    if (r.voice !== 'passive' || r.subjHow !== 'adjacent' || r.subj?.last !== r.verb || !list || !LIST_NOUNS.has(list.noun) || triggerClasses(r.lemma).includes('list')) continue;
    const adder = out.find((x) => x.verb < r.verb && x.voice === 'active' && x.obj && !x.roles.to && triggerClasses(x.lemma).includes('list') && r.first >= x.obj.first);
    if (!adder) continue;
    adder.roles.to = list;
    delete r.roles.to;
  }
}

/**
 * "A was sanctioned for transporting weapons by the United States", "A was charged with smuggling G by K": a "by" after
 * the gerund a passive takes is the passive's agent; the gerund's clause is active and has no agent of its own ("by
 * sea", "by a carrier" name a means).
 */
function agentPastReason(out: Clause[]): void {
  for (const r of out) {
    const by = r.roles.by;
    if (!by?.ents.length || r.voice !== 'active' || r.subjHow !== 'gerund') continue;
    const gov = out.findLast((x) => x.verb < r.verb);
    if (gov?.voice === 'passive' && !gov.roles.by) gov.roles.by = by;
  }
}

const HAVE_FORMS = /^(?:have|has|had|having)$/;
const CAUSATIVE_HAVE = /^(?:have|has|had|having|get|gets|got|getting)$/;

/**
 * "A had the parts shipped to B", "A got them delivered to B", "A bought G and had them shipped to B": a participle
 * right after the object of a causative "have" or "get" is done at A's behest, so A is its agent, as a "by" phrase
 * would name it, and the object is what was shipped; the causative's hedge is the participle's too (a negation
 * reaches the participle by itself). Read as an auxiliary, "had" makes no clause of its own: "had them shipped" came
 * out as an active "them shipped".
 */
function causedByHaving(T: Token[], endAt: Map<number, Chunk>, out: Clause[]): void {
  for (const r of out) {
    sufferedByHaving(T, out, r);
    if (r.roles.by || !r.subj || r.subjHow !== 'adjacent' || r.subj.last !== r.verb || !isParticiple(T[r.verb])) continue;
    let causer: Clause | Chunk | undefined;
    if (r.voice === 'passive') causer = out.find((c) => c.obj === r.subj && CAUSATIVE_HAVE.test(T[c.verb].lower) && c.voice === 'active');
    else if (CAUSATIVE_HAVE.test(T[r.subj.first - 1]?.lower ?? '')) {
      const have = r.subj.first - 1;
      // ("A bought G and had them shipped": the subject of the verb "and" joins; else the phrase right before "had".)
      causer = T[have - 1]?.lower === 'and' ? out.find((c) => c.verb < have && c.last === have - 1) : endAt.get(have);
    }
    const agent = causer && 'verb' in causer ? causer.subj : causer;
    if (!agent?.ents.length) continue;
    r.voice = 'passive';
    r.roles.by = agent;
    if (causer && 'verb' in causer) r.hedged ||= causer.hedged;
  }
}

/**
 * "The two firms have had sanctions imposed on them (by C)", "A had restrictions put on it": the pronoun after the
 * participle's "on" or "against" is the subject of "have", which undergoes what the participle says.
 */
function sufferedByHaving(T: Token[], out: Clause[], r: Clause): void {
  if (r.voice !== 'passive' || !r.subj) return;
  const have = out.find((c) => c.obj === r.subj && HAVE_FORMS.test(T[c.verb].lower) && c.voice === 'active' && !!c.subj);
  if (!have) return;
  for (const role of ['on', 'against'] as const) {
    const ch = r.roles[role];
    if (ch?.pronoun && /^(?:it|them)$/.test(ch.pronoun)) r.roles[role] = have.subj!;
  }
}

/**
 * Whether token q is "both", "each" or "all" right after a comma or a dash that closes a list of names: "A and B, both
 * designated by C" (not "sent two tankers to A, each owned by C", where the tankers are).
 */
function distributiveAfterComma(T: Token[], endAt: Map<number, Chunk>, q: number): boolean {
  if (!/^(?:both|each|all)$/.test(T[q]?.lower ?? '') || !(T[q - 1]?.text === ',' || isDash(T[q - 1]))) return false;
  const before = endAt.get(q - 1);
  if (!before) return false;
  // (A list's last name alone, where an aside or a repeated preposition split the list: "A, or B, and C — both
  // designated", "to A and to B, both owned by C"; a plural phrase: "A and its two subsidiaries, all owned by C".)
  const lastOfList = before.ents.length === 1 && (T[before.first - 1]?.lower === 'and' || (T[before.first - 1]?.pos === 'ADP' && T[before.first - 2]?.lower === 'and'));
  return before.ents.length >= 2 || lastOfList || (before.plural && before.ents.length > 0);
}

/** Whether token q opens "by way of", a route's preposition. */
export function byWayOf(T: Token[], q: number): boolean {
  return T[q]?.lower === 'by' && T[q + 1]?.lower === 'way' && T[q + 2]?.lower === 'of';
}

const ROUTE_ROLES: readonly Role[] = ['from', 'to', 'via', 'through', 'into'];
/**
 * Whether tokens from..to (exclusive) are a reporting aside set off by commas: "as it said", "officials say",
 * "according to the ministry".
 */
function reportingAside(T: Token[], from: number, to: number): boolean {
  return (T[from]?.lower === 'according' && T[from + 1]?.lower === 'to') || reportingVerb(T[to - 1]?.lower ?? '');
}

/** Adverbs a writer sets off by commas between a subject and its verb: "the list, in particular, includes A". */
const ADVERBIAL_ASIDES = /^(?:in particular|for example|for instance|however|meanwhile|moreover|in addition|in turn|notably|too|also)$/;
