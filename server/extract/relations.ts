/**
 * Stage 5, relations: read from the structure of each sentence. Verb frames ("A sold X to B", "B bought X from
 * A", "B received X facilitated by C", "X reached B via C"), their passives ("X were sent to B", "sold by A through
 * its subsidiary C"), nominal frames ("Chinese exports of X to B", "orders for X made by A"), sanctions ("S
 * blacklisted T", "T, which is under S sanctions"), ownership ("its subsidiary C", "C, a subsidiary of A"),
 * cooperation, negotiation and manufacture. An argument is a named entity, a country standing for its traders
 * ("Chinese companies", "exporters from China", "a small Russian distributor"), or — for pronouns, generic nouns
 * and agentless passives — the entity the previous sentences were about. Negated and hedged statements ("could
 * transfer", "not aware of any sales") give no flow; denials give DENIED.
 */
import { BoundedCache } from './bounded-cache.js';
import type { RelationType } from '../domain/relation-registry.js';
import type { EntityKind, RelationProps } from '../domain/types.js';
import {
  ACQUIRE_NOUNS, ACQUIRE_VERBS, ACTOR_NOUNS, ARRIVE_VERBS, CLAUSE_BREAKS, COMPANY_CUES, DENIAL_CUES, DETERMINERS, FACILITATED_BY, FRONTED_SUBORDINATORS,
  chargedAttempt, GOODS_NOUNS, HEDGE_CUES, MADE_BY, NEGATION_CUES, PERSON_TITLES, PREPOSITIONS, RECEIVE_VERBS, SANCTION_VERBS, SPEECH_VERBS,
  SUBJECT_PRONOUNS, SUPPLY_NOUNS, SUPPLY_VERBS, MEDIA_VERBS, MONEY_SIGN, MONTH, VESSELS, REPORTING_PARTICIPLE, deniesGrant, firmWordNext, industryModifier, reportingVerb, SUPPOSED_ROLE,
} from './lexicon.js';
import type { RawMention } from './mentions.js';
import { isActorEntity, sharedHyphenEnd } from './grammar/chunks.js';
import { NON_ASSERTING } from './grammar/clauses.js';
import { immaterial, people } from './grammar/goods.js';
import { personShapedName } from './given-names.js';
import { readGrammar } from './grammar/interpret.js';
import { goodsIn, periodIn, quantityIn, valueIn } from './props.js';
import type { LocalResolution } from './resolve.js';
import { isMonthMay, type Analysis, type Sentence, type Token } from './sentences.js';

export interface LocalRelation {
  type: RelationType;
  /** Local entity indices. */
  source: number;
  target: number;
  props: RelationProps;
  /** Evidence span in the cleaned text. */
  start: number;
  end: number;
  /** The frame or rule that read it, so a regression names its rule. */
  rule: string;
}

export interface RelationResult {
  relations: LocalRelation[];
  /** Unclassified names that filled an actor's slot: they are companies. */
  promoted: Set<number>;
}

type How = 'named' | 'proxy' | 'discourse';
interface Arg {
  ent: number;
  how: How;
}
interface NP {
  args: Arg[];
  /** Token after the phrase (or list). */
  end: number;
  /** Country whose goods these are ("Chinese drones", "Chinese-made"). */
  origin: number;
  /** A pronoun or a generic noun ("the company", "exporters") that discourse must resolve. */
  generic: 'pronoun' | 'noun' | null;
  /** Companies named as brands of the goods ("Kavex drones"). */
  brands: number[];
}

interface Frame {
  sent: number;
  /** First sentence of the evidence (earlier when an argument came from a previous sentence). */
  from: number;
  sources: Arg[];
  srcFromGoods: boolean;
  targets: Arg[];
  vias: Arg[][];
  props: RelationProps;
  /** Token span of the evidence's last part (list items extend it). */
  endTok: number;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);
const RELATIVE = new Set(['which', 'who', 'whom', 'where', 'when']);
/** Verbs of finding or seeing what their object does: "identified jets carrying G", "spotted ships loading G". */
const FINDING_VERBS = /^(?:identified|identifies|identify|found|finds|spotted|spots|observed|observes|detected|detects|tracked|tracks|photographed|documented|documents|recorded|records)$/;
/** Words that open a question's noun phrase ("which countries", "what firms"). */
const WH_DETERMINERS = new Set(['which', 'what']);
const PARTICIPLES = new Set([
  'sold', 'sent', 'shipped', 'supplied', 'delivered', 'exported', 'provided', 'transferred', 'transported', 'smuggled',
  'bought', 'purchased', 'imported', 'ordered', 'procured', 'acquired', 'received', 'made', 'produced', 'routed',
  'funneled', 'funnelled', 're-exported', 'reexported', 'dispatched', 'resold', 'furnished', 'channeled', 'channelled',
  'resupplied', 'transshipped', 'sourced', 'forwarded', 'rerouted', 'redirected', 'trucked', 'ferried', 'airlifted',
]);
const OPENING_QUOTES = new Set(['"', '«', '“', "'"]);
const CLOSING_QUOTES = new Set(['"', '»', '”', "'"]);
/** Participles that open an aside about a name: "X, founded in 2019 as an exporter of textiles, sent ...". */
const APPOSED_PARTICIPLES = /^(?:founded|established|registered|incorporated|set|created|based|headquartered|owned|controlled|run|led|headed)$/;
/** Verbs of helping a deal another party makes: "A facilitated the acquisition of G by B". */
const FACILITATING = /^(?:facilitat(?:e|es|ed|ing)|help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|arrang(?:e|es|ed|ing)|broker(?:s|ed|ing)?|organi[sz](?:e|es|ed|ing))$/;
/** Nouns whose "from" names no supplier ("warnings from Washington", "pressure from the EU"). */
const NOT_SOURCE_NOUNS = new Set(['warning', 'warnings', 'pressure', 'criticism', 'call', 'calls', 'request', 'requests', 'demand',
  'demands', 'complaint', 'complaints', 'letter', 'letters', 'statement', 'statements', 'officials', 'approval', 'permission',
  'support', 'advice', 'guidance', 'questions', 'inquiries', 'threats', 'objections', 'protests', 'data', 'reports',
  // ("..., as per information from research firm A": where a report's facts come from.)
  'information', 'intelligence', 'findings', 'analysis', 'estimates', 'figures']);
/** Nouns naming what a buyer arranges, not goods: "routing its orders through ..." moves no goods from the subject. */
const NOT_GOODS = new Set(['order', 'orders', 'payment', 'payments', 'purchase', 'purchases', 'contract', 'contracts', 'money',
  'funds', 'invoices', 'requests']);
/** Nouns naming the supplying role ("the largest supplier of X to Y"). */
const SUPPLIER_NOUNS = new Set(['supplier', 'suppliers', 'exporter', 'exporters', 'provider', 'providers', 'vendor', 'source']);
/** "X has been on …", "X is under …". */
const COPULA_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'remains', 'remain', 'remained']);
/** Verbs that put a name on a list ("was added to", "was included in", "listed X in its package"). */
const LISTING_VERBS = new Set(['added', 'placed', 'put', 'included', 'listed', 'entered']);
/** The word that makes "added to …" a listing: a sanctions list, the Entity List, a blacklist, a package. */
const LIST_WORDS = /^(?:list|blacklist|sanctions|package)$/;
const SUBSIDIARY_WORDS = new Set(['subsidiary', 'subsidiaries', 'unit', 'division', 'daughter']);
const COOPERATE = /^(?:cooperat|collaborat|partner)/;
const NEGOTIATE = /^(?:negotiat|talks$)/;
/** Word forms worth a closer look ("re-", "-ed", "-ing", COOPERATE, NEGOTIATE): one test on every word, not three. */
const CLOSER_LOOK = new RegExp([/^re|ed$|ing$/.source, COOPERATE.source, NEGOTIATE.source].join('|'));
const PRODUCE_VERBS = new Set(['produce', 'manufacture', 'build', 'make', 'assemble', 'develop']);
const SELF_CLAIM = /^(?:claims?|claimed|claiming|purports?|purported|professes|boasts?)$/;
const CAPABILITY = /^(?:experience|expertise|capacity|capability|capabilities|ability|know-how)$/;
/** Verbs whose subject carries out, owns to or denies the act its object names ("completed the missile transfer"). */
const PERFORMING = new Set(`complete carry make begin start finish finalise finalize execute conduct handle confirm approve
  authorise authorize deny admit acknowledge arrange organise organize undertake perform resume continue`.split(/\s+/));
/** Whether the verb at `v` (past a particle, "carried out") is one of carrying out, owning to or denying, in any form. */
function performedBy(T: readonly Token[], v: number): boolean {
  if (/^(?:out|through)$/.test(T[v]?.lower ?? '')) v--;
  const t = T[v];
  return !!t && verbBases(t).some((b) => PERFORMING.has(b));
}

/** A reluctance that governs the verb after it ("cautious about transferring", "reluctant to sell"): no trade. */
const RELUCTANCE = /^(?:cautious|reluctant|hesitant|wary)$/;
/** Determiners that introduce a party not named before ("another manufacturer", "a company", "several firms"). */
const INDEFINITE = /^(?:a|an|another|other|some|several|many|one|two|three|four|five|various|numerous)$/;
const REPORTING_AFTER_COMMA = new Set(['according', 'citing', 'said', 'says', 'reported', 'reports', 'wrote', 'writes', 'noted', 'notes', 'the']);
const NOT_ONLY = (T: Token[], q: number) => T[q].lower === 'not' && T[q + 1]?.lower === 'only';
const PLACE_NOUNS_AFTER = new Set(['in', 'from', 'based', 'registered', 'headquartered', 'located', 'incorporated', 'operating']);
/**
 * Participles after a hyphen that make the name before them a qualifier of the name after: "Moscow-based A", "US-sanctioned
 * A", "state-owned" (the place or body only says where A is, who listed it or who owns it).
 */
const LOCATED = /^(based|registered|headquartered|incorporated|listed|sanctioned|blacklisted|designated|owned|controlled)$/;
/** A hyphened participle that ties a name to the phrase's head: "Halvern Group-linked firms", "Brask-backed traders". */
const HYPHEN_TIES = /^(?:linked|affiliated|backed|connected|related|tied|run|associated)$/;
/** Words for a group of parties a place may follow: "companies from A", "one from B", "others in C". */
const GROUP_WORDS = /^(?:companies|firms|entities|businesses|individuals|persons|people|ones|one|others|traders|suppliers|exporters|banks)$/;
/** Actors' nouns that also modify another noun: "military technology", "government contracts". */
const STATE_MODIFIERS = /^(?:military|army|government|industry)$/;
/** Participles that tie a party to another: "entities associated with A", "firms linked to B". */
const TIED = /^(?:associated|linked|affiliated|tied|connected)$/;
const SITED = /^(based|registered|headquartered|located|incorporated|operating|founded|established|active)$/;
const REPORTING = new Set(['say', 'says', 'said', 'claim', 'claims', 'claimed', 'believe', 'believes', 'believed', 'allege', 'alleges', 'alleged', 'according', 'suspect', 'suspects', 'suspected', 'think', 'thinks']);
/** Verbs of demanding, backing or welcoming a measure another takes: "demanded / backed / welcomed sanctions on B". */
const ENDORSING = /^(?:demand(?:s|ed)?|back(?:s|ed)?|welcom(?:e|es|ed)|support(?:s|ed)?|push(?:es|ed)?|lobb(?:y|ies|ied)|advocat(?:e|es|ed)|endors(?:e|es|ed)|applaud(?:s|ed)?|praise[sd]?)$/;
/** Measures that forbid a trade: "a ban on exporting G", "the embargo on selling arms". */
const BANS = /^(?:bans?|prohibitions?|embargo|embargoes|moratorium|curbs?|restrictions?|limits?)$/;
/** Words that open a clause and that the tagger may read as prepositions. */
const SUBORDINATING = /^(?:after|before|since|until|once|while|because|as)$/;
/** Cues that negate or hedge a whole sentence even before its subject ("no evidence that X sold"). */
const SCOPE_CUES = new Set(['not', "n't", 'no', 'never', 'neither', 'whether', 'if', 'unless', 'denied', 'deny', 'denies', 'denying', 'unclear', 'unconfirmed', 'rejected', 'dismissed']);

type Subject = { arg: Arg | null; more: Arg[]; generic: 'pronoun' | 'noun' | null; at: number };
/** Shared by every "no subject" answer, so frozen: a caller that filled it in changed every later article's reading. */
const NO_SUBJECT: Subject = Object.freeze({ arg: null, more: Object.freeze([]) as unknown as Arg[], generic: null, at: -1 });
function one(args: Arg[], at: number): Subject {
  return { arg: args[0], more: args.slice(1), generic: null, at };
}

/** Every word that can open a frame, for a quick first test of each token. */
const TRIGGER_WORDS = new Set([
  ...SUPPLY_VERBS, ...ACQUIRE_VERBS, ...RECEIVE_VERBS, ...ARRIVE_VERBS, ...SUPPLY_NOUNS, ...ACQUIRE_NOUNS,
  ...SANCTION_VERBS, ...SUBSIDIARY_WORDS, ...PARTICIPLES, ...PRODUCE_VERBS, 'part', 'owned', 'controlled', 'imposed', 'on', 'under',
  'supplier', 'suppliers', 'exporter', 'exporters', 'provider', 'providers', 'vendor', 'source', 'accounted', 'accounts', 'account',
  'named', 'cited', 'listed', 'included', 'entered', 'applied',
  'imposes', 'impose', 'slapped', 'added', 'adds', 'adding', 'placed', 'exports', 'supplies', 'ships', 'sells', 'sends',
  'delivers', 'provides', 'imports', 'buys', 'orders', 'purchases', 'receives', 'reaches', 'arrives', 'enters',
  'forwards', 'reroutes', 'redirects',
]);

function hasAny(set: ReadonlySet<string>, words: string[]): boolean {
  for (const w of words) if (set.has(w)) return true;
  return false;
}

/** Base forms by word and lemma: the same few hundred trigger words recur in every article. */
const basesCache = new BoundedCache<string[]>(20000);

/** Base forms to look a verb up by: wink's lemma, the word, and both without a "re-" prefix or inflection. */
function verbBases(t: Token): string[] {
  return basesCache.get(`${t.lower}\u0000${t.lemma}`, t, verbBasesOf);
}

function verbBasesOf(t: Token): string[] {
  const out = [t.lemma.toLowerCase(), t.lower];
  for (const w of [t.lower, t.lemma.toLowerCase()]) {
    const bare = w.replace(/^re-?(?=[a-z]{4})/, '');
    out.push(bare, bare.replace(/(?:ed|ing|s)$/, ''), bare.replace(/(?:d|ing|es)$/, ''), bare.replace(/(\w)\1ed$/, '$1'), bare.replace(/ied$/, 'y'));
  }
  return out;
}

/** "a B-controlled company", "a B-linked firm" (an associate of the party), "a B-born trader" (a birthplace): no party. */
const ASSOCIATE_MODIFIER = /^(?:controlled|linked|connected|owned|backed|affiliated|related|run|led|tied|allied|born)$/;

/** Finds the relations of one article; entity indices refer to `res.entities`. */
export function extractRelations(an: Analysis, mentions: RawMention[], res: LocalResolution): RelationResult {
  // The grammar's frames come first, so a relation both read names its frame; the older rules still run as a
  // fallback while constructions move to the frame table.
  const grammar = readGrammar(an, mentions, res);
  const framed = grammar.relations;
  const legacy = new RelationReader(an, mentions, res).run();
  for (const r of framed) for (const e of [r.source, r.target]) if (res.entities[e]?.kind == null) legacy.promoted.add(e);
  // A share bought is ownership, not goods: the older rules' flow from the same sentence goes. Sanctions on
  // "Kyrgyz companies" or on "Russia's military" sanction no country: a country is a target only where the
  // sentence names it as a phrase of its own.
  // ("A sold a controlling stake in C to B" too: the seller's stake is not goods for B.)
  const stakes = new Set(framed.filter((r) => /^frame:stake(?:-sale)?\//.test(r.rule)).map((r) => r.end));
  // (The frame needs a named buyer; "sold a controlling stake in C to a firm linked to ..." is a stake sale too.)
  for (const s of an.sentences) if (stakeSold(an.tokens, s)) stakes.add(s.end);
  // Per sentence (by its end): the entities it names as a phrase, and those it names only inside a hyphenated
  // modifier ("a B-controlled company", "a B-linked firm": an associate of the party, not the party).
  const plain = new SentenceSets();
  const asModifier = new SentenceSets();
  // Per sentence: the countries it names other than by a demonym ("Chinese companies" names no country outright).
  const outright = new SentenceSets();
  mentions.forEach((m, i) => {
    const e = res.entityOf[i];
    const end = an.sentences[m.sent]?.end;
    if (e < 0 || end === undefined) return;
    const dash = an.tokens[m.last];
    const mod = dash?.text === '-' && !dash.space && ASSOCIATE_MODIFIER.test(an.tokens[m.last + 1]?.lower ?? '');
    (mod ? asModifier : plain).add(end, e);
    if (m.form !== 'demonym') outright.add(end, e);
  });
  const named = (e: number, r: LocalRelation) => plain.has(r.end, e);
  const demonymOnly = (e: number, r: LocalRelation) => res.entities[e]?.kind === 'country' && !outright.has(r.end, e);
  // A reading whose evidence starts in an earlier sentence took a party from the discourse.
  const startOf = new Map(an.sentences.map((s) => [s.end, s.start]));
  const fromEarlier = (r: LocalRelation) => r.start < (startOf.get(r.end) ?? r.start);
  // Per sentence: the countries it names only as where a party sits ("a trading firm in Almaty, Kazakhstan",
  // "based in Armenia"), which makes the country no party to the trade.
  const mentionEnds = new Set(mentions.map((m) => m.last));
  const asPlace = new SentenceSets();
  const asParty = new SentenceSets();
  // (And the countries it names only after a noun's "of", "Country's attack on Neighbour": no party there either.)
  const ofNoun = new SentenceSets();
  const notOfNoun = new SentenceSets();
  // (And the countries it names only as where parties sit, with or without a name: "firms based in A and B".)
  const sited = new SentenceSets();
  const notSited = new SentenceSets();
  const T = an.tokens;
  mentions.forEach((m, i) => {
    const e = res.entityOf[i];
    const end = an.sentences[m.sent]?.end;
    if (e < 0 || end === undefined || res.entities[e]?.kind !== 'country') return;
    (T[m.first - 1]?.lower === 'of' && T[m.first - 2]?.pos === 'NOUN' ? ofNoun : notOfNoun).add(end, e);
    (placeOfParty(T, m.first, mentions, i, mentionEnds) ? asPlace : asParty).add(end, e);
    // ("based in A and the United Arab Emirates": past the article a country's name may take.)
    const before = (at: number) => (T[at]?.lower === 'the' ? at - 1 : at);
    let q = before(m.first - 1);
    for (let j = i - 1; (T[q]?.lower === 'and' || T[q]?.text === ',') && j >= 0 && mentions[j].last === q && mentions[j].kind === 'country'; j--) q = before(mentions[j].first - 1);
    (T[q]?.lower === 'in' && (SITED.test(T[q - 1]?.lower ?? '') || COMPANY_CUES.has(T[q - 1]?.lower ?? '')) ? sited : notSited).add(end, e);
  });
  // Per sentence and entity: where its mentions start and end.
  const startsOf = new Map<string, number[]>();
  const endsOf = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const key = `${an.sentences[m.sent]?.end}|${res.entityOf[i]}`;
    for (const [into, at] of [[startsOf, m.first], [endsOf, m.last]] as const) {
      const list = into.get(key);
      if (list) list.push(at);
      else into.set(key, [at]);
    }
  });
  // ("A from P, which buys chips from B": where the grammar read the party, the country right after it, "from P" or
  // "in P", is where that party sits, no second party.)
  const placeOfFramed = (r: LocalRelation) => r.type === 'SHIPPED_TO' && (framedAt.get(r.end) ?? []).some((f) => {
    if (f.type !== 'SHIPPED_TO') return false;
    const [mine, other] = f.source === r.source && f.target !== r.target ? [r.target, f.target] : f.target === r.target && f.source !== r.source ? [r.source, f.source] : [-1, -1];
    if (mine < 0 || res.entities[mine]?.kind !== 'country') return false;
    const starts = startsOf.get(`${r.end}|${mine}`) ?? [];
    return (endsOf.get(`${r.end}|${other}`) ?? []).some((q) => /^(?:from|in)$/.test(T[q]?.lower ?? '') && starts.includes(q + 1));
  });
  // ("The paper says that one of the firms sent drones to B": where the clause's own subject names no one, a name
  // before that subject is no supplier of it; nor is one from an earlier sentence: "A sold chips to Russia. The buyer
  // then resold them to C".)
  const beforeUnnamed = (r: LocalRelation) => {
    const subjects = grammar.unnamedSubjects(r.end);
    const at = startsOf.get(`${r.end}|${r.source}`) ?? [];
    return subjects.length > 0 && at.every((q) => q < Math.min(...subjects));
  };
  const ofNounOnly = (e: number, r: LocalRelation) => ofNoun.has(r.end, e) && !notOfNoun.has(r.end, e);
  const sitedOnly = (e: number, r: LocalRelation) => sited.has(r.end, e) && !notSited.has(r.end, e);
  // ("Those sanctioned include entities associated with B's nuclear company, A": a name given only as whom the targets
  // are tied to is no target.)
  // (`owners`: an owner alike, "firms owned by two tycoons, including A".)
  const tiedOnly = (e: number, r: LocalRelation, owners = false) => {
    const starts = startsOf.get(`${r.end}|${e}`) ?? [];
    return starts.length > 0 && starts.every((first) => {
      for (let q = first - 1; q > first - 14 && q > 0; q--) {
        if (TIED.test(T[q].lower) && /^(?:with|to)$/.test(T[q + 1]?.lower ?? '')) return true;
        if (owners && /^(?:owned|controlled|run)$/.test(T[q].lower) && T[q + 1]?.lower === 'by') return true;
        // (Within the phrase: no clause's verb, no clause break, between them; "state-owned" is a modifier.)
        // (Past the list's "including": "linked to two tycoons, including A".)
        if (T[q].text === ';' || T[q].text === '.' || T[q].pos === 'AUX' || (T[q].pos === 'VERB' && !/ed$/.test(T[q].lower) && T[q].lower !== 'including')) return false;
      }
      return false;
    });
  };
  const placeOnly = (e: number, r: LocalRelation) => asPlace.has(r.end, e) && !asParty.has(r.end, e);
  const modifierOnly = (e: number, r: LocalRelation) => !named(e, r) && asModifier.has(r.end, e);
  const framedAt = new Map<number, LocalRelation[]>();
  for (const f of framed) {
    const at = framedAt.get(f.end);
    if (at) at.push(f);
    else framedAt.set(f.end, [f]);
  }
  // Where the grammar read the sentence's supply clause, an older rule's different party from outside the sentence
  // is a guess: "A and B supplied G to the Russian military" names no earlier buyer.
  // So is a sanctioning body the sentence does not name, where the grammar read the target's body.
  const framedBodies = new Map<number, Set<number>>();
  for (const f of framed) if (f.type === 'SANCTIONED') framedBodies.set(f.target, (framedBodies.get(f.target) ?? new Set()).add(f.source));
  const bodyOfCountry = (bodies: Set<number> | undefined, e: number) => res.entities[e]?.kind === 'country' && !!bodies &&
    [...bodies].some((b) => res.entities[b]?.kind === 'government' && res.entities[b]?.country === res.entities[e]?.country);
  const guessedBody = (r: LocalRelation) => r.type === 'SANCTIONED' && !framedBodies.get(r.target)?.has(r.source) &&
    (!named(r.source, r) && !!framedBodies.get(r.target)?.size ||
      // "The U.S. Treasury imposed sanctions on A": where the grammar read the body, its own country is no second one.
      bodyOfCountry(framedBodies.get(r.target), r.source));
  // "including A, which shipped radios to B, and C": where the grammar read A and C as suppliers of one buyer, the
  // older rules' A -> C (from "to B, and C") makes one the other's buyer.
  const coSuppliers = (r: LocalRelation) => r.type === 'SHIPPED_TO' && (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' &&
    f.source === r.target && (framedAt.get(r.end) ?? []).some((g) => g.type === 'SHIPPED_TO' && g.source === r.source && g.target === f.target));
  // ("Although A's shipments to B stopped, the firm started supplying C": where the grammar read one supplier sending
  // to both, the older rules' B -> C makes one recipient the other's supplier.)
  // ("A bought G from B and later transferred it to C": where the grammar read B -> A -> C, the older rules' B -> C skips
  // the party between.)
  const shortcut = (r: LocalRelation) => r.type === 'SHIPPED_TO' && (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' &&
    f.source === r.source && f.target !== r.target && (framedAt.get(r.end) ?? []).some((g) => g.type === 'SHIPPED_TO' && g.source === f.target && g.target === r.target));
  // ("exporting G from the U.S. to Russian military agencies": where the grammar read the supplier of a country's own
  // body, the older rules' country to its own body only blurs the link.)
  const blurred = (r: LocalRelation) => r.type === 'SHIPPED_TO' && res.entities[r.source]?.kind === 'country' && (framedAt.get(r.end) ?? []).some((f) =>
    f.type === 'SHIPPED_TO' && f.target === r.target && f.source !== r.source && res.entities[r.target]?.kind !== 'country' &&
    res.entities[r.target]?.country === res.entities[r.source].country);
  const coRecipients = (r: LocalRelation) => r.type === 'SHIPPED_TO' && (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' &&
    f.target === r.source && (framedAt.get(r.end) ?? []).some((g) => g.type === 'SHIPPED_TO' && g.source === f.source && g.target === r.target));
  const guessed = (r: LocalRelation) => r.type === 'SHIPPED_TO' && ((framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' &&
    ((f.source === r.source && f.target !== r.target && !named(r.target, r)) || (f.target === r.target && f.source !== r.source && !named(r.source, r)))) ||
    (grammar.namedLater(r.end) && !named(r.source, r)) ||
    // "Three Chinese companies sold drones to B: A, C and D": where the grammar read named suppliers, the older rules'
    // country of a demonym is a guess.
    (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' && f.target === r.target && f.source !== r.source &&
      res.entities[f.source]?.kind !== 'country' && demonymOnly(r.source, r)) ||
    // "sold to B through an Austrian distributor, C": the grammar read C -> B; the older rules' B -> C runs against it.
    (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' && f.source === r.target && f.target === r.source) ||
    // "after Country's attack on Neighbour, local firms sell chips to B": where the grammar read the
    // clause, a country named only in a noun's "of" phrase is no supplier.
    ((framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' && f.target === r.target && f.source !== r.source) && ofNounOnly(r.source, r)));
  // The older token-window reading of a supply noun ("exports of G to B") drew more wrong flows than right ones on
  // real reporting where it took the supplier from outside the noun phrase (an agent, a place of origin); the
  // grammar's nominal frame reads that construction, and only a possessor ("its exports to B") stays with the
  // older rule. Its frame still serves the rules that continue it in a later sentence.
  const retired = (r: LocalRelation) => r.type === 'SHIPPED_TO' && r.rule === 'legacy:supply-noun';
  // A body the sentence names as sanctioning ("sanctioned by A for supplying ...", "EU and US sanctions") is not a
  // party to its trade.
  const kept = legacy.relations.filter((r) => !retired(r) && !guessed(r) && !guessedBody(r) && !coSuppliers(r) && !coRecipients(r) && !shortcut(r) && !blurred(r) && !placeOfFramed(r) && !(r.type === 'SHIPPED_TO' && stakes.has(r.end)) &&
    !(r.type === 'SHIPPED_TO' && (modifierOnly(r.source, r) || modifierOnly(r.target, r))) &&
    !(r.type === 'SHIPPED_TO' && (placeOnly(r.source, r) || placeOnly(r.target, r))) &&
    // ("blacklisted four firms based in A and B": where the targets sit is no target.)
    !(r.type === 'SANCTIONED' && sitedOnly(r.target, r)) &&
    !(r.type === 'SANCTIONED' && tiedOnly(r.target, r)) &&
    // ("Chemical firms linked to (owned by) two tycoons, including A and B, supplied G": nor a person as a supplier;
    // "firms linked to A, such as B, shipped G" keeps B.)
    !(r.type === 'SHIPPED_TO' && res.entities[r.source]?.kind === 'person' && tiedOnly(r.source, r, true)) &&
    !(r.type === 'SHIPPED_TO' && (grammar.sanctions(r.end, r.source) || grammar.sanctions(r.end, r.target))) &&
    !(r.type === 'SANCTIONED' && res.entities[r.target]?.kind === 'country' && !grammar.namesCountry(r.end, r.target)) &&
    // ("A, a company that makes drones that B used, was also sanctioned": where the grammar read the target, a country
    // in an aside is no second one.)
    !(r.type === 'SANCTIONED' && res.entities[r.target]?.kind === 'country' && (framedAt.get(r.end) ?? []).some((f) => f.type === 'SANCTIONED' && f.target !== r.target)) &&
    !(r.type === 'SANCTIONED' && grammar.unasserted(r.end)) &&
    // ("A firm was slapped with sanctions by B": a body the grammar read as sanctioning is no target of the sentence.)
    !(r.type === 'SANCTIONED' && grammar.sanctions(r.end, r.target)) &&
    !(r.type === 'SANCTIONED' && grammar.postOf(r.end, r.target)) &&
    !(r.type === 'SHIPPED_TO' && grammar.flowUnasserted(r.end)) &&
    !(r.type === 'SUBSIDIARY_OF' && grammar.ownershipUnasserted(r.end)) &&
    !(r.type === 'SHIPPED_TO' && grammar.companySold(r.end)) &&
    !(r.type === 'SHIPPED_TO' && grammar.notGoods(r.end, r.source, r.target)) &&
    !(r.type === 'SHIPPED_TO' && grammar.agentlessPassive(r.end) && !named(r.source, r) && fromEarlier(r)) &&
    !(r.type === 'SHIPPED_TO' && beforeUnnamed(r)) &&
    // ("hand A over to the USA, who is accused of selling G to B": where the grammar read the supplier, a country
    // someone is sent to, or a clause without trade takes as its object, is no other one.)
    !(r.type === 'SHIPPED_TO' && grammar.outsideTrade(r.end, r.source) && (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' && f.source !== r.source)) &&
    !(r.type === 'SHIPPED_TO' && grammar.soldWhole(r.end, r.target)) &&
    // ("B received drones through a Russian intermediary", B itself Russian: a country named by its demonym sends its
    // own firm nothing.)
    !(r.type === 'SHIPPED_TO' && demonymOnly(r.source, r) && !!res.entities[r.target]?.country && res.entities[r.target].country === res.entities[r.source]?.country) &&
    // ("A sold engines to two Russian firms, B said.": B reports the trade; it is no party to it.)
    !(r.type === 'SHIPPED_TO' && (grammar.attributed(r.end, r.source) || grammar.attributed(r.end, r.target))) &&
    // ("The US imposed sanctions on A, Secretary of State B said": nor is it a target of the measure it reports.)
    !(r.type === 'SANCTIONED' && grammar.attributed(r.end, r.target)) &&
    // ("A, whose owner is B, shipped G to C": where the grammar read the supplier, one holding a post in it is no other.)
    !(r.type === 'SHIPPED_TO' && grammar.postOf(r.end, r.source) && (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' && f.target === r.target && f.source !== r.source)) &&
    // ("A, whose owner is B, bought G from C": nor, where it read the buyer, another buyer.)
    !(r.type === 'SHIPPED_TO' && grammar.postOf(r.end, r.target) && (framedAt.get(r.end) ?? []).some((f) => f.type === 'SHIPPED_TO' && f.source === r.source && f.target !== r.target)) &&
    // ("when B annexed C by shipping G to B through P": where the grammar read B as sending to itself, B is no supplier.)
    !(r.type === 'SHIPPED_TO' && grammar.misreadSupplier(r.end, r.source)));
  return { relations: [...framed, ...kept], promoted: legacy.promoted };
}

/** Entities per sentence (by the sentence's end): those a kind of mention names there. */
class SentenceSets {
  private sets = new Map<number, Set<number>>();
  add(end: number, e: number): void {
    const set = this.sets.get(end);
    if (set) set.add(e);
    else this.sets.set(end, new Set([e]));
  }
  has(end: number, e: number): boolean {
    return this.sets.get(end)?.has(e) ?? false;
  }
}

const STAKE_NOUNS = /^(?:stake|stakes|share|shares|interest|equity)$/;
const SALE_VERBS = /^(?:sell|sold|sells|selling|transfer|transferred|transfers|buy|bought|buys|acquire|acquired|acquires)$/;

/** Whether a sentence sells or buys a holding: a sale verb within a few words before "stake in", "shares in". */
function stakeSold(T: Token[], s: Sentence): boolean {
  for (let q = s.first + 1; q + 1 < s.last; q++) {
    if (!STAKE_NOUNS.test(T[q].lower) || T[q + 1].lower !== 'in') continue;
    for (let p = q - 1; p >= Math.max(s.first, q - 5); p--) if (SALE_VERBS.test(T[p].lower)) return true;
  }
  return false;
}

/**
 * Whether the mention at token `first` names where a named party sits: "A, based in X", "A, a small trading firm in
 * Almaty, X". Without a name before it ("another company in X", "entities based in X") the place stands for the
 * party, so it stays one.
 */
function placeOfParty(T: Token[], first: number, mentions: RawMention[], mi: number, mentionEnds: ReadonlySet<number>): boolean {
  let q = first - 1;
  // "in Almaty, Kazakhstan": step back over the city and its comma.
  if (T[q]?.text === ',' && mi > 0 && mentions[mi - 1].last === q) q = mentions[mi - 1].first - 1;
  if (T[q]?.lower !== 'in') return false;
  const before = T[q - 1]?.lower ?? '';
  if (!SITED.test(before) && !COMPANY_CUES.has(before)) return false;
  // Back over the apposition's own words ("a small trading") to its comma, which must close a name.
  for (let p = q - 2, n = 0; p >= 0 && n < 6; p--, n++) {
    if (T[p].text === ',') return mentionEnds.has(p);
    if (!/^[a-z][a-z-]*$/.test(T[p].text)) return false;
  }
  return false;
}

/** Words of the older rules' per-word pass, as constants: that pass runs for every word of every sentence. */
const IMPOSED_WORDS = /^(imposed|imposes|impose|slapped|added|adds|adding|placed|included|listed|entered|applied|named|cited)$/;
const ACCOUNT_WORDS = /^(?:accounted|accounts|account|accounting)$/;
/** A buyer's purchases, named with the buyer as possessor ("Russia's imports"). */
const IMPORT_NOUNS = /^(?:imports|purchases)$/;

/** Nouns that count or measure what follows them: "thousands of chips", "tonnes of explosives". */
const QUANTITY_WORDS = /^(?:thousands|hundreds|dozens|millions|billions|tens|scores|tonnes|tons|kilograms|kilos|lots|batches|quantities|amounts|dozen|half|most|all|part|much|many|several|shipments|consignments|worth)$/;

class RelationReader {
  private T: Token[];
  private at: Int32Array;
  private relations: LocalRelation[] = [];
  private promoted = new Set<number>();
  private topics: number[] = [];
  private companiesBySent: { ent: number; at: number; pp: boolean }[][] = [];
  /** Receivers named by an acquisition earlier in the current sentence ("bought by third parties in X and then sent"). */
  private acquirers: { sent: number; args: Arg[] } | null = null;
  private lastFlow: { sources: number[]; targets: number[]; lastHop: number[]; sent: number } | null = null;
  private frames: Frame[] = [];
  private sentenceStart = new Set<number>();
  private usedMakers = new Set<number>();
  /** A body that announced "the following entities" for its list: the list items after it are its targets. */
  private pendingListing: { by: Arg[]; sent: number } | null = null;
  /** The body that imposed the latest sanctions, for "Among those designated were ...". */
  private lastSanctioner: { by: Arg[]; sent: number } | null = null;
  /** The rule now running: every relation it adds records it. */
  private rule = 'legacy';

  constructor(private an: Analysis, private mentions: RawMention[], private res: LocalResolution) {
    this.T = an.tokens;
    this.at = new Int32Array(an.tokens.length).fill(-1);
    mentions.forEach((m, i) => {
      for (let k = m.first; k < m.last; k++) this.at[k] = i;
    });
    for (const s of an.sentences) this.sentenceStart.add(s.first);
  }

  // ------------------------------------------------------------------------------------------------ entities

  private ent(mi: number): number {
    return this.res.entityOf[mi];
  }
  private kind(e: number): EntityKind | null {
    return this.res.entities[e]?.kind ?? null;
  }
  /** An entity that can take part in trade: a known actor kind, or an unclassified name that may be promoted. */
  private isActor(e: number): boolean {
    return isActorEntity(this.res, e);
  }
  private isCountry(e: number): boolean {
    return this.kind(e) === 'country';
  }

  // ------------------------------------------------------------------------------------------------ phrases

  /** "violated a ban", "was fined for breaching an embargo": the ban at k broken by the verb before its phrase. */
  private banBroken(k: number, s: Sentence): boolean {
    let p = k - 1;
    while (p > s.first && /^(?:DET|ADJ|PRON)$/.test(this.T[p].pos)) p--;
    return /^(?:violat|breach|break|broke|flout|def[iy]|evad|circumvent|skirt|dodg|ignor)/.test(this.T[p]?.lower ?? '');
  }

  /**
   * "after the Security Council (on May 2) imposed sanctions": a name right after a subordinator, before the verb at k
   * with nothing but adverbs, auxiliaries or a date between, is that clause's subject, no preposition's object.
   */
  private opensOwnClause(m: RawMention, k: number): boolean {
    const T = this.T;
    let p = m.first - 1;
    while (p > 0 && /^(?:DET|ADJ)$/.test(T[p].pos) && this.at[p] < 0) p--;
    if (!SUBORDINATING.test(T[p]?.lower ?? '')) return false;
    const between = T.slice(m.last, k);
    const date = between[0]?.lower === 'on' && between.slice(1).every((t) => t.pos === 'NUM' || MONTH.test(t.text) || t.text === ',');
    return date || between.every((t) => /^(?:ADV|AUX|PART)$/.test(t.pos));
  }

  /** Token q starts a prepositional phrase's object (looking left over determiners and modifiers). */
  private inPP(q: number, s: Sentence): boolean {
    const T = this.T;
    for (let p = q - 1, n = 0; p >= s.first && n < 5; p--, n++) {
      const t = T[p];
      const mi = this.at[p];
      if (mi >= 0) {
        const m = this.mentions[mi];
        if (m.kind === 'country' && (m.form === 'demonym' || m.possessive)) {
          p = m.first;
          continue;
        }
        // "from the Shenzhen manufacturer Greatcell Energy": a place modifying the head noun before the name.
        if (!m.possessive && ACTOR_NOUNS.has(T[m.last]?.lower ?? '') && m.last <= q) {
          p = m.first;
          continue;
        }
        return false;
      }
      if (t.lower === "'s") continue;
      if (PREPOSITIONS.has(t.lower)) return true;
      if (DETERMINERS.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.text === '-' || (t.pos === 'NOUN' && /^[a-z]/.test(t.text) && (!ACTOR_NOUNS.has(t.lower) || n <= 1)) || (t.pos === 'VERB' && T[p - 1]?.text === '-')) continue;
      return false;
    }
    return false;
  }

  /**
   * Reads the noun phrase starting at token k: a named actor, a country standing for its traders, or goods
   * (with their origin and brands).
   */
  private np(k: number, s: Sentence): NP {
    const T = this.T;
    const out: NP = { args: [], end: k, origin: -1, generic: null, brands: [] };
    let demonym = -1;
    let mixed = false;
    let place = -1;
    let q = k;
    for (let steps = 0; q < s.last && steps < 9; steps++) {
      const t = T[q];
      const mi = this.at[q];
      if (mi >= 0) {
        const m = this.mentions[mi];
        const e = this.ent(mi);
        if (m.kind === 'product' || this.kind(e) === 'product') {
          q = m.last;
          continue;
        }
        // "Moscow-based Spetsdetal", "Hong Kong-based Acme": the place only locates the name after it.
        // ("sanctions on Halvern Group-linked firms": the group the firms are tied to is no target either.)
        // (A hyphen joining the words, not a spaced dash: "to B - tied to K's army - in 2023" names B.)
        const joined = T[m.last]?.text === '-' && !T[m.last].space && T[m.last].start === T[m.last - 1].end;
        if (T[m.last]?.text === '-' && T[m.last + 1] && (LOCATED.test(T[m.last + 1].lower) || (joined && HYPHEN_TIES.test(T[m.last + 1].lower)))) {
          q = m.last + 2;
          continue;
        }
        // ("the US- and UN-designated B", "the US-, EU- and UN-designated B": the participle the run shares.)
        const sharedEnd = sharedHyphenEnd(T, this.at, this.mentions, m.last);
        if (sharedEnd >= 0 && T[sharedEnd]?.text === '-' && LOCATED.test(T[sharedEnd + 1]?.lower ?? '')) {
          q = sharedEnd + 2;
          continue;
        }
        const beforeActorNoun = ACTOR_NOUNS.has(T[m.last]?.lower ?? '') && !m.possessive;
        if (this.isCountry(e) && (m.form === 'demonym' || m.possessive || m.modifier || beforeActorNoun)) {
          // ("Austrian-Swiss manufacturer": one firm of two nationalities.)
          if (demonym >= 0 && T[m.first - 1]?.text === '-' && !T[m.first - 1].space && !T[m.first].space) mixed = true;
          demonym = e;
          q = m.last + (m.possessive ? 1 : 0);
          if (T[q]?.text === '-' && T[q + 1] && /^(made|built|produced|manufactured|origin)$/.test(T[q + 1].lower)) {
            out.origin = e;
            q += 2;
          }
          continue;
        }
        if (m.modifier && !this.isCountry(e)) {
          out.brands.push(e);
          q = m.last;
          continue;
        }
        if (m.possessive) {
          q = m.last + 1;
          continue;
        }
        // "the Yekaterinburg company": a place before the head noun (see mentions.ts) only locates it; so does any
        // name before a head noun that a name follows ("the Shenzhen manufacturer Greatcell Energy").
        const headThenName = ACTOR_NOUNS.has(T[m.last]?.lower ?? '') && /^[a-z]/.test(T[m.last]?.text ?? '') && (this.at[m.last + 1] ?? -1) >= 0;
        // The head may come after a compound: "the Yekaterinburg drone maker".
        let head = m.last;
        while (head < m.last + 2 && /^[a-z]/.test(T[head]?.text ?? '') && !ACTOR_NOUNS.has(T[head].lower) && (T[head].pos === 'NOUN' || T[head].pos === 'ADJ')) head++;
        if ((!this.isActor(e) && this.res.entities[e]?.cues.has('place') || headThenName) && ACTOR_NOUNS.has(T[head]?.lower ?? '')) {
          place = e;
          q = m.last;
          continue;
        }
        if (this.isActor(e)) out.args.push({ ent: e, how: 'named' });
        // 'to "Arax Electronic Systems" by Pacific Crest': a closing quote belongs to the name.
        out.end = CLOSING_QUOTES.has(T[m.last]?.text ?? '') && OPENING_QUOTES.has(T[m.first - 1]?.text ?? '') ? m.last + 1 : m.last;
        return out;
      }
      const w = t.lower;
      if (w === "'s" || w === '-' || (OPENING_QUOTES.has(t.text) && (this.at[q + 1] ?? -1) >= 0)) {
        q++;
        continue;
      }
      // A legal form before a quoted name: JSC "Meridian-Radioprom".
      if (/^[A-Z]{2,5}$/.test(t.text) && OPENING_QUOTES.has(T[q + 1]?.text ?? '') && (this.at[q + 2] ?? -1) >= 0) {
        q += 2;
        continue;
      }
      if (/^(network|networks|chain|web|series|number|group|string|handful|dozens|web)$/.test(w) && T[q + 1]?.lower === 'of') {
        // "a network of front companies in Hong Kong": the phrase is about what follows "of".
        q += 2;
        continue;
      }
      // ("the defence holding": the tagger reads "holding" after a noun as a verb.)
      const nounHolding = w === 'holding' && /^(?:DET|NOUN|ADJ)$/.test(T[q - 1]?.pos ?? '');
      // ("Thai military technology": a state's forces or industry named before another noun only modify it; not before a
      // verb of trade the tagger read as a noun, "the military supplies B".)
      const modifier = STATE_MODIFIERS.test(w) && q + 1 < s.last && T[q + 1].pos === 'NOUN' && /^[a-z]/.test(T[q + 1].text) && this.at[q + 1] < 0 &&
        !SUPPLY_VERBS.has(T[q + 1].lemma);
      if (ACTOR_NOUNS.has(w) && !modifier && (t.pos !== 'VERB' || nounHolding) && /^[a-z]/.test(t.text)) {
        // Head noun of an actor phrase: "the Turkish company Kalvex", "exporters from China", "another company in Hong Kong".
        let r = q + 1;
        if (T[r] && ['called', 'named', 'dubbed'].includes(T[r].lower)) r++;
        if (T[r]?.text === ',' && this.at[r + 1] >= 0) r++;
        // "the defence holding AO «Konsortsium»": a legal form and a quoted name.
        if (/^[A-Z]{2,5}$/.test(T[r]?.text ?? '') && OPENING_QUOTES.has(T[r + 1]?.text ?? '') && (this.at[r + 2] ?? -1) >= 0) r += 2;
        else if (OPENING_QUOTES.has(T[r]?.text ?? '') && (this.at[r + 1] ?? -1) >= 0) r += 1;
        const mr = r < s.last ? this.at[r] : -1;
        if (mr >= 0 && this.isActor(this.ent(mr)) && !this.mentions[mr].possessive && !(this.isCountry(this.ent(mr)) && this.mentions[mr].form === 'demonym')) {
          if (!this.isCountry(this.ent(mr)) || ['called', 'named'].includes(T[q + 1]?.lower ?? '')) {
            out.args.push({ ent: this.ent(mr), how: 'named' });
            out.end = this.mentions[mr].last;
            return out;
          }
        }
        if (T[q + 1] && PLACE_NOUNS_AFTER.has(T[q + 1].lower)) {
          for (let p = q + 2; p < Math.min(s.last, q + 5); p++) {
            const mp = this.at[p];
            // (A country's name, not a demonym of what follows: "customers operating Laotian-made aircraft".)
            if (mp >= 0 && this.isCountry(this.ent(mp)) && this.mentions[mp].form !== 'demonym') {
              out.args.push({ ent: this.ent(mp), how: 'proxy' });
              out.end = this.mentions[mp].last;
              return out;
            }
          }
        }
        out.end = q + 1;
        // "The Kyrgyz company then re-exported ...": a definite description of a company from that country that
        // the text has just named, if there is one; else the country stands for its traders.
        const where = place >= 0 ? place : demonym;
        const named = where >= 0 && T[k]?.lower === 'the' ? this.recentCompanyOf(where, s, k) : -1;
        if (named >= 0) out.args.push({ ent: named, how: 'discourse' });
        else if (demonym >= 0 && !(mixed && !w.endsWith('s'))) out.args.push({ ent: demonym, how: 'proxy' });
        else if (demonym < 0) out.generic = 'noun';
        return out;
      }
      if (GOODS_NOUNS.has(w) || GOODS_NOUNS.has(t.lemma)) {
        // A goods word followed by another noun is a modifier ("drone manufacturer").
        const nx = T[q + 1];
        if (nx && q + 1 < s.last && nx.pos === 'NOUN' && /^[a-z]/.test(nx.text) && !PREPOSITIONS.has(nx.lower)) {
          q++;
          continue;
        }
        out.origin = out.origin >= 0 ? out.origin : demonym;
        out.end = q + 1;
        return out;
      }
      if (q === k && SUBJECT_PRONOUNS.has(w) && t.pos === 'PRON') {
        out.generic = 'pronoun';
        out.end = q + 1;
        return out;
      }
      if (DETERMINERS.has(w) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV' || t.num >= 0 || (t.pos === 'NOUN' && /^[a-z]/.test(t.text)) || (t.pos === 'VERB' && T[q - 1]?.text === '-')) {
        q++;
        continue;
      }
      break;
    }
    out.end = q;
    if (demonym >= 0) out.origin = demonym;
    return out;
  }

  /** A coordinated list of noun phrases: "Turkey and the UAE", "several states, among them X, Y and Z". */
  private npList(k: number, s: Sentence): NP {
    const first = this.np(k, s);
    const T = this.T;
    let end = first.end;
    const args = [...first.args];
    // "delivered to Yerevan, to LLC Arax": the second "to" names who, in the place the first named.
    if (args.length && args.every((a) => this.isCountry(a.ent)) && T[end]?.text === ',' && T[end + 1]?.lower === 'to') {
      const who = this.np(end + 2, s);
      if (who.args.length && who.args.every((a) => a.how === 'named' && !this.isCountry(a.ent))) {
        args.length = 0;
        args.push(...who.args);
        end = who.end;
      }
    }
    for (let guard = 0; guard < 12 && end < s.last; guard++) {
      let q = end;
      // "X, the director of Acme, and Y": skip an apposition between elements.
      if (T[q].text === ',' && q + 1 < s.last && ['the', 'a', 'an', 'its', 'their'].includes(T[q + 1].lower)) {
        let r = q + 1;
        while (r < s.last && r < q + 12 && T[r].text !== ',') r++;
        if (T[r]?.text === ',' && T[r + 1] && (T[r + 1].lower === 'and' || T[r + 1].lower === 'or')) q = r;
      }
      if (T[q].text === ',') q++;
      // ("sanctioned A, which supplies B with drones": a relative clause of the last element ends the list; not "to P,
      // where the firm B cleared them", the party in the place.)
      if (/^(?:which|who|whom|whose)$/.test(T[q]?.lower ?? '')) break;
      // "... to Russia, and the Turkish company X, accused of ...": a new element of an outer list.
      if (q > end && T[q]?.lower === 'and' && DETERMINERS.has(T[q + 1]?.lower ?? '') && args.length === 1) break;
      if (T[q] && (T[q].lower === 'and' || T[q].lower === 'or')) q++;
      if (T[q] && T[q].lower === 'including') q++;
      // "to Kazakhstan, to Kyrgyzstan and to Armenia": the preposition repeated before each element.
      if (T[q]?.lower === 'to' && T[k - 1]?.lower === 'to' && q > end) q++;
      if (q === end || q >= s.last) break;
      const nx = this.np(q, s);
      // ", a Russian tank maker" after a name describes it; only "and"/"or" joins an unnamed element.
      const bare = T[end]?.text === ',' && T[end + 1]?.lower !== 'and' && T[end + 1]?.lower !== 'or' && T[end + 1]?.lower !== 'including';
      if (bare && nx.args.some((a) => a.how !== 'named')) break;
      // "a trading company in Hong Kong, Hongda Link": the name after an unnamed phrase is that phrase.
      // ("firms based in Laos, Thailand and ...": a country after a country is the list going on.)
      if (bare && args.length === first.args.length && first.args.every((a) => a.how === 'proxy') && nx.args.every((a) => a.how === 'named' && !this.isCountry(a.ent))) {
        args.length = 0;
        args.push(...nx.args);
        end = nx.end;
        continue;
      }
      if (!nx.args.length) {
        if (T[end]?.text === ',' && T[end + 1]?.lower === 'including') {
          end = end + 1;
          continue;
        }
        break;
      }
      // "..., U.S. says": the element is the subject of a reporting clause, not part of the list.
      const after = T[nx.end];
      if (after && reportingVerb(after.lower)) break;
      // "... by air freight, and X moved to block it": after ", and", an element with a finite verb of
      // its own is a new clause's subject (not "and B, based in C": a participle before its preposition).
      // ("When K sanctioned A, B cut ties with it": after a bare comma alike.)
      if ((T[q - 1]?.text === ',' || (T[q - 1]?.lower === 'and' && T[q - 2]?.text === ',')) && after && this.at[nx.end] < 0 && (after.pos === 'AUX' ||
        (after.pos === 'VERB' && !/ing$/.test(after.lower) && !(/ed$/.test(after.lower) && T[nx.end + 1]?.pos === 'ADP')))) break;
      // An element with a relative clause of its own starts a new statement: "..., and Y, which ...".
      if (T[nx.end]?.text === ',' && (RELATIVE.has(T[nx.end + 1]?.lower ?? '') || T[nx.end + 1]?.lower === 'whose') && (T[q - 1]?.lower === 'and') && T[q - 2]?.text === ',') break;
      args.push(...nx.args);
      end = nx.end;
    }
    return { ...first, args, end };
  }

  /** Clause boundary at token q (for scanning a verb's arguments rightwards; `nominal`: for a noun's). */
  private boundary(q: number, s: Sentence, nominal = false): boolean {
    const T = this.T;
    const t = T[q];
    if (t.text === ';' || t.text === '?' || CLAUSE_BREAKS.has(t.lower)) return true;
    if (t.text === ',' && T[q + 1] && q + 1 < s.last) {
      const n = T[q + 1].lower;
      if (RELATIVE.has(n) || n === 'whose' || REPORTING_AFTER_COMMA.has(n) && (n !== 'the' || /^(report|article|publication|newspaper)$/.test(T[q + 2]?.lower ?? ''))) return true;
      if (n === 'despite' || n === 'while' || n === 'but') return true;
      // "X, which supplies Y, was sanctioned ...": a comma then a finite verb closes the clause.
      // (For a noun such as "shipments, valued at $3 million, went to X" that verb is the noun's own predicate.)
      if (!nominal && (T[q + 1].pos === 'AUX' || (T[q + 1].pos === 'VERB' && !PARTICIPLES.has(n) && !/(?:ing|ed)$/.test(n)))) return true;
    }
    if ((t.lower === 'and' || t.lower === 'or') && T[q + 1]) {
      let n = q + 1;
      while (n < s.last && T[n].pos === 'ADV') n++;
      // (not "cores and matching lenses": a participle before its noun is an adjective)
      const adjectival = /ing$/.test(T[n]?.lower ?? '') && T[n + 1]?.pos === 'NOUN' && /^[a-z]/.test(T[n + 1]?.text ?? '');
      if (n < s.last && (T[n].pos === 'VERB' || T[n].pos === 'AUX') && !PARTICIPLES.has(T[n].lower) && !adjectival) return true;
      // "... and shipped them on to Izhevsk": a second verb with its own object starts a new clause.
      if (n < s.last && PARTICIPLES.has(T[n].lower) && /^(?:them|it|those|these|the)$/.test(T[n + 1]?.lower ?? '')) return true;
    }
    if (t.text === ':' && !(T[q + 1] && this.sentenceStart.has(q + 1))) return true;
    return false;
  }

  private isPassive(k: number, s: Sentence): boolean {
    const T = this.T;
    if (T[k].lower.endsWith('ing')) return false;
    // "microcontrollers, sold by the distributor X to Y".
    if (T[k + 1]?.lower === 'by' && (PARTICIPLES.has(T[k].lower) || /ed$/.test(T[k].lower))) return true;
    let p = k - 1;
    while (p >= s.first && (T[p].pos === 'ADV' || T[p].pos === 'PART' && T[p].lower !== 'to')) p--;
    if (p >= s.first && BE.has(T[p].lower)) return true;
    if (p >= s.first && (T[p].lower === 'get' || T[p].lower === 'got')) return true;
    // "are bought by X and then sent to Y": a participle coordinated with a passive shares its "be".
    const participle = (w: string) => PARTICIPLES.has(w) || /ed$/.test(w);
    if (p >= s.first && (T[p].lower === 'and' || T[p].lower === 'or') && participle(T[k].lower)) {
      for (let q = p - 1; q >= s.first && q > p - 15; q--) {
        if (BE.has(T[q].lower) && T[q + 1] && (participle(T[q + 1].lower) || T[q + 1].pos === 'ADV' && participle(T[q + 2]?.lower ?? ''))) return true;
        if (T[q].text === ';' || CLAUSE_BREAKS.has(T[q].lower)) break;
      }
    }
    // Reduced relative: "the drones shipped were", "batteries sold by Kavex".
    const prev = T[k - 1];
    const next = T[k + 1];
    if (prev && k - 1 >= s.first && prev.pos === 'NOUN' && PARTICIPLES.has(T[k].lower) && this.at[k - 1] < 0) {
      if (!next || ['by', 'to', 'via', 'through', 'were', 'was', 'in', 'from', ',', '.'].includes(next.lower)) return true;
    }
    return false;
  }

  /** "It is", "it was": an expletive "it" stands for nothing. */
  private expletive(q: number): boolean {
    const n = this.T[q + 1];
    return !!n && (n.lower === 'is' || n.lower === 'was' || n.lower === "'s" || n.lower === 'will' || n.lower === 'would' || n.lower === 'seems');
  }

  /** Named actors coordinated before mention mi ("Ak-Suu Trading and Tengri Tech"), including it, in order. */
  private coordinated(mi: number, s: Sentence, allowPP = false): Arg[] {
    const T = this.T;
    const out: Arg[] = [{ ent: this.ent(mi), how: 'named' }];
    let m = this.mentions[mi];
    for (let guard = 0; guard < 6; guard++) {
      const p = m.first - 1;
      // The last link of a list is "and"; commas only chain earlier elements ("A, B and C").
      if (p <= s.first || !(T[p].lower === 'and' || (T[p].text === ',' && guard > 0))) break;
      let q = p - 1;
      if (T[p].lower === 'and' && T[q]?.text === ',') q--;
      const pm = q >= 0 ? this.at[q] : -1;
      if (pm < 0 || this.mentions[pm].last !== q + 1) break;
      const e = this.ent(pm);
      if (!this.isActor(e) || this.mentions[pm].possessive || (this.isCountry(e) && this.mentions[pm].form === 'demonym')) break;
      if (!allowPP && this.inPP(this.mentions[pm].first, s)) break;
      out.unshift({ ent: e, how: 'named' });
      m = this.mentions[pm];
      if (T[p].text === ',' && !(T[m.first - 1]?.lower === 'and' || T[m.first - 1]?.text === ',')) break;
    }
    return out;
  }

  /** What a relative pronoun at r refers to: the name just before it ("Varno Holding, a conglomerate that ..."). */
  private antecedent(r: number, s: Sentence): Arg[] {
    const T = this.T;
    let p = r - 1;
    if (T[p]?.text === ',') p--;
    if (p < s.first) return [];
    let mi = this.at[p];
    if (mi >= 0 && (this.isCountry(this.ent(mi)) || this.res.entities[this.ent(mi)]?.cues.has('place') && !this.isActor(this.ent(mi)))) {
      // "a trading company registered in Yerevan, which": the clause is about the company, not the place.
      let q = this.mentions[mi].first - 1;
      while (q > s.first && (DETERMINERS.has(T[q].lower) || T[q].pos === 'ADJ')) q--;
      if (q > s.first && PREPOSITIONS.has(T[q].lower) && SITED.test(T[q - 1].lower)) {
        q -= 2;
        while (q > s.first && T[q].pos === 'ADV') q--;
        p = q;
        mi = this.at[p];
      } else if (q > s.first && /^(?:in|from)$/.test(T[q].lower) && ACTOR_NOUNS.has(T[q - 1].lower) && this.at[q - 1] < 0) {
        // "a company in China that supplies": the company the place locates.
        p = q - 1;
        mi = -1;
      }
    }
    if (mi >= 0) {
      const e = this.ent(mi);
      // ("A, headed by P, which procured G": "which" is never about a person.)
      if (T[r]?.lower === 'which' && this.kind(e) === 'person') return [];
      // "X, a subsidiary of Y, which shipped ...": the clause goes on about X; the apposition was an aside.
      const m = this.mentions[mi];
      let a = m.first - 1;
      for (let n = 0; n < 5 && a > s.first && T[a].lower !== 'of' && (DETERMINERS.has(T[a].lower) || T[a].pos === 'ADJ' || T[a].text === '-' || /ed$/.test(T[a].lower) || /^[a-z]/.test(T[a].text) && T[a].pos === 'NOUN'); n++) a--;
      if (T[a]?.lower === 'of') {
        a--;
        while (a > s.first && (T[a].pos === 'ADJ' || T[a].text === '-' || T[a].pos === 'NOUN' && !SUBSIDIARY_WORDS.has(T[a].lower) && /^[a-z]/.test(T[a].text))) a--;
        if (SUBSIDIARY_WORDS.has(T[a]?.lower ?? '') || T[a]?.lower === 'part') {
          const appo = this.apposed(this.phraseStart(a, s), s);
          if (appo) return [appo];
        }
      }
      return this.isActor(e) && !(this.isCountry(e) && m.form === 'demonym') ? this.coordinated(mi, s, true) : [];
    }
    if (!ACTOR_NOUNS.has(T[p].lower)) return [];
    const st = this.phraseStart(p, s);
    const appo = this.apposed(st, s) ?? this.predicated(st, s);
    if (appo) return [appo];
    const ph = this.np(st, s);
    return ph.args.slice(0, 1);
  }

  /** Start of the noun phrase whose head is at q (over determiners, adjectives, compounds, demonyms). */
  private phraseStart(q: number, s: Sentence): number {
    const T = this.T;
    let st = q;
    while (st - 1 >= s.first) {
      const t = T[st - 1];
      const mi = this.at[st - 1];
      if (mi >= 0) {
        const m = this.mentions[mi];
        // "a Hong Kong shell company": a country before the compound that ends on the head.
        const compound = T.slice(m.last, q).every((x) => /^[a-z]/.test(x.text) && (x.pos === 'NOUN' || x.pos === 'ADJ'));
        if (m.kind === 'country' && (m.form === 'demonym' || m.possessive || T[m.last]?.text === '-' || ACTOR_NOUNS.has(T[m.last]?.lower ?? '') || compound)) {
          st = m.first;
          continue;
        }
        // "the Yekaterinburg company": a place naming where the company is; "a Mumbai-based unit" likewise.
        const locatedHere = T[m.last]?.text === '-' && LOCATED.test(T[m.last + 1]?.lower ?? '');
        if (locatedHere || !this.isActor(this.ent(mi)) && this.res.entities[this.ent(mi)]?.cues.has('place') && ACTOR_NOUNS.has(T[m.last]?.lower ?? '')) {
          st = m.first;
          continue;
        }
        break;
      }
      if (t.lower === "'s" && this.at[st - 2] >= 0) {
        st--;
        continue;
      }
      if (DETERMINERS.has(t.lower) || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === '-' || (t.pos === 'NOUN' && /^[a-z]/.test(t.text) && !ACTOR_NOUNS.has(t.lower)) || (t.pos === 'VERB' && T[st - 2]?.text === '-') || (t.pos === 'ADV' && /ly$/.test(t.lower))) {
        st--;
        continue;
      }
      break;
    }
    return st;
  }

  /**
   * "X is a Chinese company (that ...)", "X is one of several firms", "X was identified as a supplier": the named
   * actor an unnamed phrase at st is the complement of.
   */
  private predicated(st: number, s: Sentence): Arg | null {
    const T = this.T;
    let b = st - 1;
    if (T[b]?.lower === 'of' && T[b - 1]?.lower === 'one') b -= 2;
    else if (T[b]?.lower === 'among') b--;
    if (T[b]?.lower === 'as' && /^(?:identified|described|named|listed|designated|registered)$/.test(T[b - 1]?.lower ?? '')) b -= 2;
    while (b > s.first && T[b].pos === 'ADV') b--;
    if (!COPULA_FORMS.has(T[b]?.lower ?? '') || b - 1 < s.first) return null;
    const mi = this.at[b - 1];
    if (mi < 0 || this.mentions[mi].possessive) return null;
    const e = this.ent(mi);
    return this.isActor(e) && !this.isCountry(e) ? { ent: e, how: 'named' } : null;
  }

  /** "X, a Russian state-controlled conglomerate": the named actor an unnamed phrase at st is in apposition to. */
  private apposed(st: number, s: Sentence): Arg | null {
    const T = this.T;
    if (st - 2 < s.first || T[st - 1].text !== ',') return null;
    let mi = this.at[st - 2];
    // ("B (HG), a Laotian company under Thai sanctions": past a short form or a place in parentheses after the name.)
    if (T[st - 2].text === ')' && this.at[st - 3] >= 0 && T[this.mentions[this.at[st - 3]].first - 1]?.text === '(') {
      const open = this.mentions[this.at[st - 3]].first - 1;
      if (this.at[open - 1] >= 0) mi = this.at[open - 1];
    }
    // ("According to X, the company shipped ...": the phrase after the source's comma is the clause's subject.)
    if (mi < 0 || this.cited(this.mentions[mi].first)) return null;
    const e = this.ent(mi);
    if (!this.isActor(e) || (this.isCountry(e) && this.mentions[mi].form === 'demonym')) return null;
    if (this.afterFrontedClause(st, s)) return null;
    // ("restrictions against A, several firms have been ...": one name is no apposition to a plural, unless it ends a
    // list, "A and B, two Chinese firms, ...".)
    const m = this.mentions[mi];
    let head = st;
    while (head < s.last && head < st + 4 && !ACTOR_NOUNS.has(T[head].lower)) head++;
    const plural = ACTOR_NOUNS.has(T[head]?.lower ?? '') && T[head].lower !== T[head].lemma;
    if (plural && !(T[m.first - 1]?.lower === 'and' || T[m.first - 1]?.text === ',')) return null;
    return { ent: e, how: 'named' };
  }

  /**
   * Whether the phrase at st opens the main clause after a fronted subordinate one ("While A was listed for helping B,
   * the firm is now listed ..."): no name before that comma is the main clause's subject.
   */
  private afterFrontedClause(st: number, s: Sentence): boolean {
    const T = this.T;
    if (T[st - 1]?.text !== ',' || !FRONTED_SUBORDINATORS.has(T[s.first].lower)) return false;
    for (let q = s.first; q < st - 1; q++) if (T[q].text === ',') return false;
    return true;
  }

  /** The subject of the verb at k: the nearest actor to its left that is not inside a prepositional phrase. */
  private subjectLeft(k: number, s: Sentence, allowGeneric = true): { arg: Arg | null; more: Arg[]; generic: 'pronoun' | 'noun' | null; at: number } {
    const T = this.T;
    // ("B identified three jets (flying and) carrying G to K": a participle on what a verb of finding found has that
    // for its subject, which names no one; not the finder.)
    if (/ing$/.test(T[k].lower)) {
      // (Past what the phrase says of the found: "jets subject to the ECR carrying G".)
      let q = T[k - 1]?.lower === 'and' && T[k - 2]?.pos === 'VERB' && /ing$/.test(T[k - 2].lower) ? k - 3 : k - 1;
      // (Not after a preposition: "found ways of supplying G" is the finder's doing.)
      const afterPreposition = T[q]?.pos === 'ADP';
      for (; q > s.first; q--) {
        // ("three Laotian jets": a nationality before the noun is no name of the found.)
        const m = this.at[q] >= 0 ? this.mentions[this.at[q]] : null;
        if (m ? this.isActor(this.ent(this.at[q])) && m.form !== 'demonym' : !/^(?:NOUN|ADJ|NUM|DET|ADP)$/.test(T[q].pos)) break;
      }
      // (An active finder only: "A was found shipping G" is A's doing.)
      if (!afterPreposition && FINDING_VERBS.test(T[q]?.lower ?? '') && !BE.has(T[q - 1]?.lower ?? '')) return NO_SUBJECT;
    }
    // "X (PRC), for supplying CNC machines to Russia": the name the reason is given for.
    if (T[k].lower.endsWith('ing') && T[k - 1]?.lower === 'for' && T[k - 2]?.text === ',') {
      let q = k - 3;
      if (T[q]?.text === ')') while (q > s.first && T[q].text !== '(') q--;
      if (T[q]?.text === '(') q--;
      const mi = this.at[q] ?? -1;
      if (mi >= 0 && this.isActor(this.ent(mi)) && !this.isCountry(this.ent(mi))) return one([{ ent: this.ent(mi), how: 'named' }], this.mentions[mi].first);
    }
    // ("imposed controls on 12 firms based in K for supplying B": the reason is the targets', whoever imposed.)
    if (T[k].lower.endsWith('ing') && T[k - 1]?.lower === 'for') {
      for (let q = k - 2; q > s.first && q > k - 16 && !this.boundary(q, s); q--) {
        if (T[q].lower !== 'on') continue;
        // (Not a list the targets are put on: "placed A on the Entity List for supplying B".)
        const targets = this.npList(q + 1, s);
        if (targets.args.length && !T.slice(q + 1, targets.end + 1).some((x) => LIST_WORDS.test(x.lower))) return one(targets.args, q + 1);
        break;
      }
    }
    // A participle clause ("India became the largest buyer, importing X from Russia") shares the sentence's subject.
    if (T[k].lower.endsWith('ing') && T[k - 1]?.text === ',') {
      const topic = this.topics[s.index];
      if (topic !== undefined && topic >= 0) return one([{ ent: topic, how: 'named' }], s.first);
    }
    // A relative clause ("X, which [US officials say] has delivered ..."): the subject is what "which" refers to,
    // unless another actor stands between them as the clause's own subject.
    for (let q = k - 1; q >= s.first && q > k - 14; q--) {
      const w = T[q].lower;
      if (T[q].text === ';' || CLAUSE_BREAKS.has(w)) break;
      // "X reveals which firms are selling Y G": the question's "which firms" is the subject, and it names no one.
      if (WH_DETERMINERS.has(w) && T[q + 1]?.pos === 'NOUN' && /^[a-z]/.test(T[q + 1].text) && q + 1 < k) return NO_SUBJECT;
      if (RELATIVE.has(w) || (w === 'that' && q > s.first && (this.at[q - 1] >= 0 || ACTOR_NOUNS.has(T[q - 1].lower)))) {
        let actorBetween = false;
        let reporting = false;
        for (let b = q + 1; b < k; b++) {
          if (REPORTING.has(T[b].lower)) reporting = true;
          const mb = this.at[b];
          if (mb >= 0 && this.isActor(this.ent(mb)) && !this.mentions[mb].possessive && !this.inPP(this.mentions[mb].first, s)) actorBetween = true;
        }
        if (!actorBetween || reporting) {
          const ante = this.antecedent(q, s);
          if (ante.length) return one(ante, q);
        }
        break;
      }
      if (T[q].pos === 'VERB' && !PARTICIPLES.has(w) && !REPORTING.has(w) && q < k - 3) break;
    }
    for (let q = k - 1; q >= s.first; q--) {
      const t = T[q];
      if (t.text === ';' || t.text === '?' || t.text === ':' || CLAUSE_BREAKS.has(t.lower)) break;
      // ("A has confirmed that a deal for B to acquire G went through": the one who reports is no party to the clause
      // it reports.)
      // ("confirmed on Monday that": past a short time phrase.)
      if (t.lower === 'that' && this.reportedFrom(q, s)) break;
      // "X (PRC) supplied": a parenthesis says something about the name before it.
      if (t.text === ')' && q === k - 1) {
        let r = q - 1;
        while (r > s.first && r > q - 8 && T[r].text !== '(') r--;
        // Only a place or a remark: a short form defined there ("(NSDC)") is the subject itself.
        const inner = [];
        for (let x = r + 1; x < q; x++) if (this.at[x] >= 0) inner.push(this.ent(this.at[x]));
        if (T[r]?.text === '(' && inner.every((e) => this.isCountry(e))) {
          q = r;
          continue;
        }
      }
      // "X, the company's Hong Kong unit, shipped": an apposition between the name and its verb.
      if (t.text === ',' && q === k - 1) {
        let r = q - 1;
        while (r > s.first && r > q - 15 && T[r].text !== ',') r--;
        if (T[r]?.text === ',' && r > s.first && (/^(?:the|a|an|its|their)$/.test(T[r + 1]?.lower ?? '') || APPOSED_PARTICIPLES.test(T[r + 1]?.lower ?? '')) && this.at[r - 1] >= 0) {
          q = r;
          continue;
        }
        // ("A, a Thai firm with a sole shareholder, P, sold": past a name in apposition to the aside's last phrase.)
        const inner = this.at[r + 1] >= 0 ? this.mentions[this.at[r + 1]] : undefined;
        if (T[r]?.text === ',' && inner && inner.first === r + 1 && inner.last === q) {
          let r2 = r - 1;
          while (r2 > s.first && r2 > r - 15 && T[r2].text !== ',') r2--;
          if (T[r2]?.text === ',' && /^(?:the|a|an)$/.test(T[r2 + 1]?.lower ?? '') && this.at[r2 - 1] >= 0) {
            q = r2;
            continue;
          }
        }
      }
      if (t.text === ',' && q <= k - 1) {
        // Skip a relative clause set off by commas: "X, which supplies Y, was sanctioned" (and one holding a list of
        // its own: "X, which has units in Japan, Korea, and Chile, shipped ...").
        let r = q - 1;
        while (r > s.first && r > q - 20 && !(T[r].text === ',' && !this.listComma(r, s)) && !RELATIVE.has(T[r].lower)) r--;
        if (r > s.first && RELATIVE.has(T[r].lower) && T[r - 1].text === ',') {
          q = r - 1;
          continue;
        }
      }
      // "criticism of states sending weapons to B": a participle right after a bare plural has that plural,
      // which names no one, for its subject (not "Chinese companies supplying": the demonym names their country).
      if (q === k - 1 && /ing$/.test(T[k].lower) && t.pos === 'NOUN' && /^[a-z]+s$/.test(t.text) && this.at[q] < 0 &&
        (this.at[q - 1] ?? -1) < 0 && !DETERMINERS.has(T[q - 1]?.lower ?? '') && T[q - 1]?.pos !== 'ADJ' && T[q - 1]?.pos !== 'NUM') break;
      const mi = this.at[q];
      if (mi >= 0) {
        const m = this.mentions[mi];
        const e = this.ent(mi);
        q = m.first;
        if (m.possessive || (m.modifier && !this.isCountry(e))) continue;
        // "detained in Springfield (Ohio) for shipping": a name in brackets right after another remarks on
        // it (not a short form, "the Office of Foreign Assets Control (OFAC)", which is the name itself).
        if (T[m.first - 1]?.text === '(' && T[m.last]?.text === ')' && (this.at[m.first - 2] ?? -1) >= 0 && /\p{Ll}/u.test(T[m.first].text)) continue;
        if (T[m.last]?.text === '-' && LOCATED.test(T[m.last + 1]?.lower ?? '')) continue;
        if (this.isCountry(e) && m.form === 'demonym') {
          // "Chinese companies", "Russian buyers": a demonym before an actor noun stands for the country.
          const ph = this.np(m.first, s);
          if (ph.end <= k && ph.args.length && ph.args[0].how === 'proxy' && !this.inPP(m.first, s)) return one(ph.args, m.first);
          continue;
        }
        if (!this.isActor(e) || (this.inPP(m.first, s) && !this.opensOwnClause(m, k))) continue;
        return one(this.coordinated(mi, s), m.first);
      }
      if (ACTOR_NOUNS.has(t.lower) && t.pos !== 'VERB' && /^[a-z]/.test(t.text) && !(T[q + 1]?.text === '-' && !T[q + 1].space)) {
        // Head of an unnamed actor phrase: find where the phrase starts.
        const st = this.phraseStart(q, s);
        // ("after the company shipped G": a phrase that names no one right before the verb group is its subject, whatever
        // opens it; no name further left is. "after the firm disclosed and admitted to shipping G" alike.)
        // (Only when no firm before it could be meant: "A sold G to B after the company agreed to ..." is A's, read below.)
        const opensClause = allowGeneric && SUBORDINATING.test(T[st - 1]?.lower ?? '') && T.slice(q + 1, k).every((x) => /^(?:ADV|AUX|PART|CCONJ|VERB)$/.test(x.pos)) &&
          !(this.companiesBySent[s.index] ?? []).some((x) => x.at < st && !this.isCountry(x.ent));
        if (opensClause && this.np(st, s).generic) return { arg: null, more: [], generic: 'noun', at: st };
        if (this.inPP(st, s)) {
          q = st;
          continue;
        }
        const appo = this.apposed(st, s);
        if (appo) return one([appo], st);
        const ph = this.np(st, s);
        if (ph.args.length) return one(ph.args, st);
        // (A phrase that names no one is the subject all the same: "After A invaded B, Nordic countries relied on
        // sanctions ... penalising A" has no named subject, and B, further left, is none.)
        if (ph.generic) return allowGeneric ? { arg: null, more: [], generic: 'noun', at: st } : NO_SUBJECT;
        q = st;
        continue;
      }
      if (allowGeneric && SUBJECT_PRONOUNS.has(t.lower) && t.pos === 'PRON' && !this.expletive(q) && !this.inPP(q, s)) {
        return { arg: null, more: [], generic: 'pronoun', at: q };
      }
    }
    return NO_SUBJECT;
  }

  /** Whether the "that" at token q opens what a reporting verb just before it reports ("said that", "confirmed on Monday that"). */
  private reportedFrom(q: number, s: Sentence): boolean {
    const T = this.T;
    for (let r = q - 1; r >= s.first && r >= q - 4; r--) {
      if (reportingVerb(T[r].lower)) return true;
      if (this.at[r] >= 0 || /^[,;:(]$/.test(T[r].text)) return false;
    }
    return false;
  }

  /** "Both companies", "the two firms": every company the previous sentence named. */
  private plural(at: number): boolean {
    const T = this.T;
    return T[at]?.lower === 'both' || T[at - 1]?.lower === 'both' || (T[at]?.lower === 'the' && /^(two|three|both)$/.test(T[at + 1]?.lower ?? '')) || (T[at - 1]?.lower === 'two' && T[at - 2]?.lower === 'the');
  }

  /** Resolves a pronoun or generic subject from the sentences before (the entity they were about). */
  private fromDiscourseAll(generic: 'pronoun' | 'noun', s: Sentence, at: number): Arg[] {
    // "Britain sanctioned X, saying it provided ...": a pronoun after a comma clause is the company just named.
    if (generic === 'pronoun' && at > s.first && /^(?:it|they)$/.test(this.T[at]?.lower ?? '')) {
      // (not one named inside an apposition's "of" phrase: "X, a Hong Kong subsidiary of Tianhe, saying it ...")
      const here = (this.companiesBySent[s.index] ?? []).filter((x) => x.at < at && !x.pp && (this.kind(x.ent) === 'company' || this.kind(x.ent) === null) &&
        !this.T.slice(Math.max(s.first, x.at - 5), x.at).some((t) => t.lower === 'of'));
      const commaBefore = this.T.slice(here.length ? here[here.length - 1].at : at, at).some((t) => t.text === ',');
      if (here.length && commaBefore) return [{ ent: here[here.length - 1].ent, how: 'discourse' }];
    }
    if (generic === 'noun' && this.plural(at)) {
      const prev = [...new Set((this.companiesBySent[s.index - 1] ?? []).map((x) => x.ent))];
      if (prev.length >= 2 && prev.length <= 4) return prev.map((e) => ({ ent: e, how: 'discourse' as How }));
    }
    const one = this.fromDiscourse(generic, s, at);
    return one ? [one] : [];
  }

  private fromDiscourse(generic: 'pronoun' | 'noun', s: Sentence, before: number): Arg | null {
    if (generic === 'pronoun') {
      // ("The ministry imposed sanctions on firms from K. ... they had acquired G": a plural pronoun is not the one body
      // or state the sentence before was about.)
      const plural = this.T[before]?.lower === 'they';
      // ("A met the press. It had bought G": "it" is no person, named as one or not yet classified.)
      const neuter = this.T[before]?.lower === 'it';
      const person = (e: number) => this.kind(e) === 'person' || (this.kind(e) === null && personShapedName([...(this.res.entities[e]?.surfaces.keys() ?? [])][0] ?? ''));
      for (let p = s.index - 1; p >= 0 && p >= s.index - 1; p--) {
        const e = this.topics[p];
        if (e >= 0 && !(plural && /^(?:government|country)$/.test(this.kind(e) ?? '')) && !(neuter && person(e))) return { ent: e, how: 'discourse' };
      }
      return null;
    }
    // "exporters", "the company": the company the text was just about.
    // (Not the source an opening "According to X," cites: "According to X, the company delivered ..." is about another.)
    const here = (this.companiesBySent[s.index] ?? []).filter((x) => x.at < before && !this.cited(x.at));
    if (here.length) return { ent: here[here.length - 1].ent, how: 'discourse' };
    const topic = this.topics[s.index - 1];
    if (topic !== undefined && topic >= 0 && (this.kind(topic) === 'company' || this.kind(topic) === null && this.isActor(topic))) return { ent: topic, how: 'discourse' };
    // Otherwise the first company the previous sentence names outside a prepositional phrase (the one it is
    // about: "sanctioned X, a company that provided imagery to Y" is about X), else its last company.
    const prev = this.companiesBySent[s.index - 1] ?? [];
    const main = prev.find((x) => !x.pp);
    if (main) return { ent: main.ent, how: 'discourse' };
    if (prev.length) return { ent: prev[prev.length - 1].ent, how: 'discourse' };
    return null;
  }

  /** Whether the name at token `q` is the source of an attribution: "according to (the) X". */
  private cited(q: number): boolean {
    const T = this.T;
    const p = T[q - 1]?.lower === 'the' ? q - 2 : q - 1;
    return T[p]?.lower === 'to' && T[p - 1]?.lower === 'according';
  }

  /** Whether the words between the subject and the verb deny, negate or hedge the statement. */
  private polarity(from: number, k: number, s: Sentence): 'yes' | 'no' | 'denied' {
    const T = this.T;
    let denied = false;
    for (let q = s.first; q < Math.max(s.first, from); q++) {
      if (NOT_ONLY(T, q)) {
        q++;
        continue;
      }
      if (CLAUSE_BREAKS.has(T[q].lower) || T[q].text === ';') break;
      if (DENIAL_CUES.has(T[q].lower) && deniesGrant(T, q)) continue;
      if (SCOPE_CUES.has(T[q].lower)) return DENIAL_CUES.has(T[q].lower) ? 'denied' : 'no';
    }
    for (let q = Math.max(s.first, from); q < k; q++) {
      const w = T[q].lower;
      // "In May" is a month, not a hedge.
      if (T[q].num >= 0 || isMonthMay(T, q, s.first)) continue;
      if (NOT_ONLY(T, q)) {
        q++;
        continue;
      }
      if (DENIAL_CUES.has(w)) denied ||= !deniesGrant(T, q);
      else if (NEGATION_CUES.has(w) || HEDGE_CUES.has(w) && !chargedAttempt(T, q, T[k].lower)) return 'no';
      // "claims to have shipped", "has experience in delivering": a self-description or a capability, no event.
      else if (SELF_CLAIM.test(w) && T[q + 1]?.lower === 'to' || CAPABILITY.test(w) && /^(?:in|of|to)$/.test(T[q + 1]?.lower ?? '')) return 'no';
      else if (RELUCTANCE.test(w) && /^(?:to|about|of)$/.test(T[q + 1]?.lower ?? '')) return 'no';
    }
    if (T[k + 1] && (T[k + 1].lower === 'no' || T[k + 1].lower === 'nothing')) return 'no';
    return denied ? 'denied' : 'yes';
  }

  // ------------------------------------------------------------------------------------------------ frames

  /** Whether the verb at k is a relative clause's: "A, which (then) shipped ...". */
  private relativeVerb(k: number): boolean {
    const T = this.T;
    const p = T[k - 1]?.pos === 'ADV' ? k - 2 : k - 1;
    return /^(?:which|who)$/.test(T[p]?.lower ?? '');
  }

  private scanRight(k: number, s: Sentence, passive: boolean, nominal = false) {
    const T = this.T;
    const slot = {
      targets: [] as Arg[], sources: [] as Arg[], vias: [] as Arg[][], agents: [] as Arg[], makers: [] as Arg[],
      goodsFrom: k + 1, goodsTo: k + 1, end: s.last, origin: -1, brands: [] as number[], io: false, hadTo: false,
    };
    let q = k + 1;
    while (q < s.last && (T[q].pos === 'ADV' || T[q].pos === 'PART' && T[q].lower !== 'to')) q++;
    slot.goodsFrom = q;
    // Indirect object: "supplies Russia with drones", "sent Russia enough equipment".
    if (!passive && q < s.last && !PREPOSITIONS.has(T[q].lower)) {
      const io = this.np(q, s);
      if (io.args.length && io.args.every((a) => a.how !== 'discourse')) {
        const nx = T[io.end];
        // (Not a name a noun goes on from, "exported Vestrik AI chips", "supplies Vestrik chips": a brand before the
        // goods; but a quantity may follow the recipient, "supplied Russia thousands of chips", and so may another
        // name, "supplied B Vestrik chips".)
        const brand = !!nx && (nx.pos === 'NOUN' || nx.pos === 'PROPN') && this.at[io.end] < 0 && !QUANTITY_WORDS.test(nx.lower);
        if ((!nx || !['to', "'s"].includes(nx.lower)) && !brand) {
          slot.targets.push(...io.args);
          slot.io = true;
          q = io.end;
          slot.goodsFrom = T[q]?.lower === 'with' ? q + 1 : q;
        }
      }
    }
    let agentSeen = false;
    let goodsOpen = true;
    let forSeen = false;
    while (q < s.last) {
      if (this.boundary(q, s, nominal)) break;
      // "were bought by X, re-invoiced in Istanbul and trucked on to Russia": the next participle is another step.
      if (passive && T[q].text === ',' && T[q + 1]?.pos === 'VERB' && /ed$/.test(T[q + 1].lower) && this.at[q + 1] < 0) break;
      // "the goods sent by A are subject to B's restrictions": after the agent, a copula is the main clause's.
      if (passive && agentSeen && T[q].pos === 'AUX' && /^(?:is|are|was|were)$/.test(T[q].lower)) break;
      const t = T[q];
      const w = t.lower;
      if (w === 'to') {
        const nx = T[q + 1];
        if (nx && (nx.pos === 'VERB' || nx.pos === 'AUX') && !/^[A-Z]/.test(nx.text) && this.at[q + 1] < 0) {
          if (goodsOpen) slot.goodsTo = q;
          goodsOpen = false;
          break;
        }
        let l = this.npList(q + 1, s);
        // ("sanctioned A, which shipped G to K, and B": in a relative clause, a recipient is one phrase
        // (its own list included: "to K, L, and M"); ", and" after a single name goes on with the main clause's list.)
        const one = this.relativeVerb(k) ? this.np(q + 1, s) : null;
        // (Not past the name's own apposition: "which sold G to A, a firm in K, and B" gives both.)
        if (one?.args.length && T[one.end]?.text === ',' && T[one.end + 1]?.lower === 'and') l = one;
        if (goodsOpen) slot.goodsTo = q;
        goodsOpen = false;
        // "shipped them on to Izhevsk": the company the text placed in that city.
        const pm = this.at[q + 1] ?? -1;
        if (!l.args.length && pm >= 0 && this.res.entities[this.ent(pm)]?.cues.has('place') && !this.isActor(this.ent(pm))) {
          const there = this.recentCompanyOf(this.ent(pm), s, q);
          if (there >= 0) l.args.push({ ent: there, how: 'discourse' });
        }
        if (l.args.length && !slot.targets.length) slot.targets.push(...l.args);
        else if (!l.args.length && !T[q + 1]?.text.startsWith('$') && T[q + 1]?.num === -1) slot.hadTo = true;
        q = Math.max(l.end, q + 1);
        continue;
      }
      // "... routed through Armenia before reaching Moscow-based Spetsdetal".
      if (t.pos === 'VERB' && ARRIVE_VERBS.has(t.lemma.toLowerCase()) && !slot.targets.length) {
        let r = q + 1;
        if (T[r] && ['in', 'at', 'into', 'with'].includes(T[r].lower)) r++;
        const l = this.npList(r, s);
        if (goodsOpen) slot.goodsTo = q;
        goodsOpen = false;
        if (l.args.length) slot.targets.push(...l.args);
        q = Math.max(l.end, q + 1);
        continue;
      }
      if (w === 'via' || w === 'through') {
        const l = this.npList(q + 1, s);
        if (goodsOpen) slot.goodsTo = q;
        goodsOpen = false;
        if (l.args.length) slot.vias.push(l.args);
        q = Math.max(l.end, q + 1);
        continue;
      }
      if (w === 'by' && q + 1 < s.last && (this.at[q + 1] >= 0 || /^[a-z]/.test(T[q + 1].text))) {
        const l = this.npList(q + 1, s);
        if (goodsOpen) slot.goodsTo = q;
        goodsOpen = false;
        const prevW = T[q - 1]?.lower ?? '';
        if (MADE_BY.has(prevW)) {
          slot.makers.push(...l.args);
          this.usedMakers.add(q);
        } else if (FACILITATED_BY.has(prevW)) slot.vias.push(l.args);
        else if (passive && !agentSeen) {
          // "supplied to B by companies founded by A": the first "by" is the agent, even an unnamed one; a later
          // "by" belongs to a modifier of it.
          slot.agents.push(...l.args);
          agentSeen = true;
        } else if (l.args.length && l.args.every((a) => this.isCountry(a.ent))) slot.vias.push(l.args);
        q = Math.max(l.end, q + 1);
        continue;
      }
      if (w === 'from') {
        const l = this.npList(q + 1, s);
        if (goodsOpen) slot.goodsTo = q;
        goodsOpen = false;
        // "after warnings from Washington": the "from" belongs to another noun, not to the goods.
        const owner = T[q - 1]?.lower ?? '';
        if (l.args.length && !slot.sources.length && !NOT_SOURCE_NOUNS.has(owner)) slot.sources.push(...l.args);
        q = Math.max(l.end, q + 1);
        continue;
      }
      // ("acquiring displays for Laotian entities": what follows "for" is whom or what the goods are for, not where they came from.)
      // (Till the next item: "displays for drones and Thai radars".)
      if (w === 'for') forSeen = true;
      else if (w === 'and' || w === ',') forSeen = false;
      if (goodsOpen) {
        const mi = this.at[q];
        if (mi >= 0) {
          const m = this.mentions[mi];
          const e = this.ent(mi);
          if (this.isCountry(e) && (m.form === 'demonym' || m.modifier)) {
            if (slot.origin < 0 && !forSeen) slot.origin = e;
          } else if (m.modifier && !this.isCountry(e)) slot.brands.push(e);
          q = m.last;
          continue;
        }
      }
      q++;
    }
    if (goodsOpen) slot.goodsTo = q;
    slot.end = q;
    return slot;
  }

  private props(s: Sentence, k: number, slot: { goodsFrom: number; goodsTo: number; end: number }): RelationProps {
    const props: RelationProps = {};
    const goods = goodsIn(this.an, slot.goodsFrom, slot.goodsTo, (q) => this.at[q] >= 0 && this.mentions[this.at[q]].kind !== 'product');
    if (goods.length) props.goods = goods;
    const v = valueIn(this.an, k, slot.end) ?? valueIn(this.an, s.first, s.last);
    if (v !== undefined) props.valueUsd = v;
    const qty = quantityIn(this.an, slot.goodsFrom, Math.max(slot.goodsTo, slot.goodsFrom));
    if (qty) props.quantity = qty;
    const p = periodIn(this.an, s.first, s.last);
    if (p) props.period = p;
    return props;
  }

  private handleSupplyVerb(k: number, s: Sentence): void {
    const T = this.T;
    // "routing its orders through ...", "transferred payments to ...": no goods move from the subject.
    for (let q = k + 1; q < Math.min(s.last, k + 4); q++) {
      if (NOT_GOODS.has(T[q].lower)) return;
      if (!(DETERMINERS.has(T[q].lower) || T[q].pos === 'ADJ')) break;
    }
    // ("aiding A by supplying B with G", "grew its trade in K by supplying G": the means is the clause subject's, not the
    // name before "by"; the clause layer reads it.)
    if (T[k - 1]?.lower === 'by' && this.at[k - 2] >= 0) return;
    // ("transferred them to his name": a change of owner on record.)
    for (let q = k + 1; q < Math.min(s.last - 2, k + 6); q++) if (T[q].lower === 'to' && /^(?:his|her|its|their)$/.test(T[q + 1].lower) && T[q + 2].lower === 'name') return;
    // ("transferring US$9,500 out of its account to B": a sum of money moved, no goods; not "$3m in radios".)
    if (MONEY_SIGN.test(T[k + 1]?.lower ?? '') && T[k + 2]?.pos === 'NUM') {
      let q = k + 3;
      while (/^(?:million|billion|mn|bn|m|k|thousand)$/.test(T[q]?.lower ?? '')) q++;
      if (!/^(?:in|of|worth)$/.test(T[q]?.lower ?? '')) return;
    }
    // ("a ban on exporting G to B": what a measure forbids, no one's supply; unless the subject broke it, "violated a ban
    // on exporting G to B".)
    if (/ing$/.test(T[k].lower) && T[k - 1]?.lower === 'on' && BANS.test(T[k - 2]?.lower ?? '') && !this.banBroken(k - 2, s)) return;
    const passive = this.isPassive(k, s);
    const slot = this.scanRight(k, s, passive);
    let sources: Arg[] = [];
    let targets = slot.targets;
    let from = s.index;
    let subjAt = s.first;
    if (passive) {
      sources = slot.agents;
      if (T[k + 1]?.lower === 'with') {
        // "Orsk was supplied with drones by X": the subject receives.
        const subj = this.subjectLeft(k, s, false);
        if (subj.arg) targets = [subj.arg];
      }
      if (!sources.length && (targets.length || slot.vias.length) && this.acquirers?.sent === s.index) {
        // "bought by third parties in X and then sent to Russia": the buyers pass the goods on.
        sources = this.acquirers.args;
      }
      if (!sources.length && targets.length && this.lastFlow && this.lastFlow.sent === s.index - 1) {
        // "X shipped them to Y. From there, they were delivered to Z": the goods move on from Y.
        const held = this.lastFlow.targets.filter((e) => this.kind(e) === 'company' || (this.kind(e) === null && this.isActor(e)));
        if (held.length && this.T[s.first]?.lower === 'from') {
          sources = held.map((e) => ({ ent: e, how: 'discourse' as How }));
          from = s.index - 1;
        }
      }
      if (!sources.length && targets.length && this.lastFlow && this.lastFlow.sent === s.index && T[k - 1]?.lower === 'and') {
        // "the processors were trucked to Russia and delivered to the Izhevsk plant": the same goods, the same supplier.
        sources = this.lastFlow.sources.map((e) => ({ ent: e, how: 'discourse' as How }));
        from = Math.min(from, this.frames[this.frames.length - 1]?.from ?? from);
      }
      // ("G produced by A went missing after being sold to B": the maker this sentence names before the verb, in the
      // verb's own clause.)
      if (!sources.length && targets.length) sources = this.makerOfSubject(s, k);
      if (!sources.length && (targets.length || slot.vias.length) && this.adjacentText(s.index - 1, s.index)) {
        // "The module was made by X. The modules were shipped to Y": the maker the sentence before named.
        const maker = this.makerIn(s.index - 1);
        if (maker) {
          sources = [maker];
          from = s.index - 1;
        }
      }
      if (!sources.length && targets.length) {
        // An agentless passive: the supplier is what the previous sentence was about, or the last supplier named.
        const topic = this.topics[s.index - 1];
        if (topic !== undefined && topic >= 0 && this.adjacentText(s.index - 1, s.index) && this.kind(topic) !== 'person' && this.kind(topic) !== 'media') {
          sources = [{ ent: topic, how: 'discourse' }];
          from = s.index - 1;
        } else if (this.lastFlow && s.index - this.lastFlow.sent <= 3) {
          const named = this.lastFlow.sources.filter((e) => this.kind(e) === 'company');
          if (named.length) {
            sources = named.map((e) => ({ ent: e, how: 'discourse' as How }));
            from = this.lastFlow.sent;
          }
        }
      }
    } else {
      const subj = this.activeSubject(k, s);
      subjAt = subj.at;
      // ("Two cargo ships, A and B, are carrying G ...": names in apposition to vessels are carriers, no supplier.)
      sources = this.carriersBefore(k, s) ? [] : subj.args;
      from = subj.from;
      if (!sources.length) {
        // "a contract from X to supply ...": the nearest "from" phrase before the verb.
        for (let q = k - 1; q >= s.first && q > k - 12; q--) {
          if (T[q].lower === 'from') {
            const l = this.np(q + 1, s);
            if (l.args.length && l.end <= k) sources = l.args;
            break;
          }
        }
      }
      if (!sources.length && slot.sources.length) sources = slot.sources;
    }
    const pol = this.polarity(subjAt, k, s);
    if (pol === 'no') return;
    const implicit = slot.vias.length > 0 || sources.some((a) => a.how === 'discourse') || (passive && slot.agents.length > 0);
    if (!targets.length && sources.length && !slot.hadTo && implicit && this.lastFlow && s.index - this.lastFlow.sent <= 4 && pol === 'yes') {
      // The destination of the story so far: "sold directly by Kavex through its subsidiary X" (to Russia).
      targets = this.lastFlow.targets.filter((e) => !sources.some((a) => a.ent === e)).map((e) => ({ ent: e, how: 'discourse' as How }));
      from = Math.min(from, this.lastFlow.sent);
    }
    let vias = slot.vias;
    if (!passive && sources.length && targets.length && slot.sources.length && slot.sources.every((a) => a.how === 'named' && !this.isCountry(a.ent)) &&
      !slot.sources.some((a) => sources.some((b) => b.ent === a.ent))) {
      // "X routed modules from Chengdu Skyward to Volga": the named company the goods came from is upstream of X.
      vias = [sources, ...slot.vias];
      sources = slot.sources;
    }
    const frame: Frame = {
      sent: s.index, from, sources, srcFromGoods: false, targets, vias, props: this.props(s, k, slot), endTok: s.last,
    };
    if (!sources.length && slot.origin >= 0 && targets.length && !passive) {
      frame.sources = [{ ent: slot.origin, how: 'proxy' }];
      frame.srcFromGoods = true;
    }
    if (pol === 'denied') {
      for (const a of frame.sources) for (const b of frame.targets) this.addRel('DENIED', a, b, frame.props, from, s.index, s.last);
      return;
    }
    const brands = [...slot.brands];
    if (passive) {
      // "<brand> microcontrollers, sold by X": the brand is upstream of the seller.
      for (let q = s.first; q < k; q++) {
        const mi = this.at[q];
        if (mi >= 0 && this.mentions[mi].modifier && !this.isCountry(this.ent(mi))) brands.push(this.ent(mi));
      }
    }
    this.brandsUpstream(frame, brands);
    this.attachMakers(frame, slot.makers);
    this.emitFlow(frame);
  }

  private handleAcquire(k: number, s: Sentence, receive: boolean): void {
    // ("less than that sourced from K", "more than those bought from K": goods a comparison refers to by a pronoun, their
    // buyer unnamed.)
    if (/^(?:that|those)$/.test(this.T[k - 1]?.lower ?? '') && this.T[k - 2]?.lower === 'than') return;
    // ("K-sourced G": a participle joined to its place by a hyphen modifies the goods.)
    if (this.T[k - 1]?.text === '-' && !this.T[k - 1].space && !this.T[k].space) return;
    const passive = this.isPassive(k, s);
    const slot = this.scanRight(k, s, passive);
    let targets: Arg[] = [];
    let from = s.index;
    let subjAt = s.first;
    if (passive) {
      targets = slot.agents;
      if (!targets.length && slot.vias.length === 1 && !slot.sources.length) {
        // "the Tianrui modules and the Haoxin transistors were bought through Brightford": the makers' goods went
        // to Brightford, whoever it bought them for.
        const brands: Arg[] = [];
        for (let q = s.first; q < k; q++) {
          const mi = this.at[q];
          if (mi >= 0 && this.mentions[mi].modifier && !this.isCountry(this.ent(mi)) && this.kind(this.ent(mi)) !== 'product') brands.push({ ent: this.ent(mi), how: 'named' });
        }
        if (brands.length && this.polarity(s.first, k, s) === 'yes') {
          for (const a of brands) for (const b of slot.vias[0]) this.addRel('SHIPPED_TO', a, b, this.props(s, k, slot), s.index, s.index, s.last);
          this.acquirers = { sent: s.index, args: slot.vias[0] };
        }
      }
      if (!targets.length && slot.sources.length) {
        // "Most of the goods were first imported from China": by whom the previous sentence was about.
        // (A trader's or a country's, never a body's: "The SSU found parts from A. Most were sourced from China" makes
        // the investigating body no buyer.)
        const topic = this.topics[s.index - 1];
        const k = topic !== undefined && topic >= 0 ? this.kind(topic) : 'none';
        if (topic !== undefined && topic >= 0 && this.adjacentText(s.index - 1, s.index) && (k === 'company' || k === 'country' || k === null)) {
          targets = [{ ent: topic, how: 'discourse' }];
          from = s.index - 1;
        }
      }
    } else {
      const subj = this.activeSubject(k, s);
      subjAt = subj.at;
      targets = subj.args;
      from = subj.from;
    }
    if (!targets.length) return;
    if (this.polarity(subjAt, k, s) !== 'yes') return;
    if (receive && !passive && this.receivedImmaterial(k, s)) return;
    this.acquirers = { sent: s.index, args: targets };
    let sources = slot.sources;
    let srcFromGoods = false;
    if (!sources.length && receive && passive) {
      // "some also went to X by sea": what was received came from the supplier just named.
      const recent = this.recentSources(s, k);
      if (recent.length) sources = recent;
      else if (this.lastFlow && s.index - this.lastFlow.sent <= 2) {
        // "... sent to Russia through X. The drones were received by the Russian firm Y": Y got them from X.
        sources = this.lastFlow.lastHop.filter((e) => !targets.some((t) => t.ent === e)).map((e) => ({ ent: e, how: 'discourse' as How }));
        from = this.lastFlow.sent;
      }
    }
    if (!sources.length && passive) {
      // "Motors from A and controllers from B were bought by Y": where the goods in the subject came from.
      let st = Math.max(s.first, k - 1);
      while (st > s.first && !this.boundary(st, s) && this.T[st].text !== ';') st--;
      for (let q = st; q < k; q++) {
        if (this.T[q].lower !== 'from') continue;
        const l = this.np(q + 1, s);
        if (l.end <= k) for (const a of l.args) if (a.how === 'named' && !sources.some((b) => b.ent === a.ent)) sources.push(a);
      }
    }
    if (!sources.length && passive) {
      // "X, whose motors were bought by Y": the goods were X's.
      for (let q = k - 1; q > s.first && q > k - 8; q--) {
        if (this.T[q].lower !== 'whose') continue;
        const owner = this.antecedent(q, s);
        if (owner.length && !this.isCountry(owner[0].ent)) sources = owner.slice(0, 1);
        break;
      }
    }
    if (!sources.length && slot.origin >= 0 && !passive) {
      sources = [{ ent: slot.origin, how: 'proxy' }];
      srcFromGoods = true;
    }
    const frame: Frame = { sent: s.index, from, sources, srcFromGoods, targets, vias: slot.vias, props: this.props(s, k, slot), endTok: s.last };
    this.brandsUpstream(frame, slot.brands);
    this.attachMakers(frame, slot.makers);
    this.emitFlow(frame);
  }

  /**
   * "summoned to receive B's 'strong protest'", "received a letter from B": what the verb at k takes in is no goods —
   * the head of its first noun run (not "intelligence equipment"), with no second object after it ("documents and 40
   * drones").
   */
  private receivedImmaterial(k: number, s: Sentence): boolean {
    const T = this.T;
    for (let q = k + 1; q < s.last && q < k + 10; q++) {
      if (this.at[q] >= 0 || /^(?:DET|ADJ|PUNCT|NUM|ADV|PART)$/.test(T[q].pos) || T[q].lower === "'s") continue;
      if (T[q].pos !== 'NOUN') return false;
      let head = q;
      while (head + 1 < s.last && T[head + 1].pos === 'NOUN' && this.at[head + 1] < 0) head++;
      return immaterial(T[head].lower) && !/^(?:and|or|,|&)$/.test(T[head + 1]?.lower ?? '');
    }
    return false;
  }

  private handleArrive(k: number, s: Sentence): void {
    const T = this.T;
    let q = k + 1;
    if (T[q] && ['in', 'at', 'into', 'to'].includes(T[q].lower)) q++;
    const dest = this.np(q, s);
    if (!dest.args.length) return;
    const slot = this.scanRight(dest.end - 1, s, false);
    const subj = this.subjectLeft(k, s, false);
    if (this.polarity(subj.at >= 0 ? subj.at : s.first, k, s) !== 'yes') return;
    // ("a group of Laotian engineers arrived in P": people arriving are no goods; not the ones who report it: "officers
    // said drones arrived".)
    for (let p = k - 1; p >= Math.max(s.first, k - 12) && T[p].text !== ','; p--) if (people(T[p].lower) && !/^(?:said|say|says)$/.test(T[p + 1]?.lower ?? '')) return;
    let sources: Arg[] = [];
    let from = s.index;
    // Subject phrase origin: "Chinese goods reached ...".
    for (let p = s.first; p < k; p++) {
      const mi = this.at[p];
      if (mi >= 0 && this.isCountry(this.ent(mi)) && this.mentions[mi].form === 'demonym') {
        sources = [{ ent: this.ent(mi), how: 'proxy' }];
        break;
      }
    }
    if (!sources.length && this.lastFlow && s.index - this.lastFlow.sent <= 2 && slot.vias.length) {
      sources = this.lastFlow.sources.map((e) => ({ ent: e, how: 'discourse' as How }));
      from = this.lastFlow.sent;
    }
    const frame: Frame = { sent: s.index, from, sources, srcFromGoods: false, targets: dest.args, vias: slot.vias, props: this.props(s, k, { goodsFrom: s.first, goodsTo: k, end: s.last }), endTok: s.last };
    this.emitFlow(frame);
  }

  /** "Korean exports of steel to B", "the sale of Korean boats to the Republic of B". */
  private handleSupplyNoun(k: number, s: Sentence): void {
    const T = this.T;
    // "supply chains", "export records", "export controls": the noun only modifies another.
    if (T[k + 1] && /^(chains?|lines?|routes?|side|records?|data|statistics|declarations?|figures|documents?|controls?|licen[cs]es?|rules?|regulations?|bans?|restrictions?|curbs?|regimes?|credits?)$/.test(T[k + 1].lower)) return;
    const slot = this.scanRight(k, s, false, true);
    if (!slot.targets.length || slot.io) return;
    let sources: Arg[] = [];
    let srcFromGoods = false;
    // Possessor or demonym before the noun.
    for (let p = k - 1, n = 0; p >= s.first && n < 4; p--, n++) {
      const mi = this.at[p];
      if (mi >= 0) {
        const m = this.mentions[mi];
        const e = this.ent(mi);
        if ((m.possessive || (this.isCountry(e) && m.form === 'demonym')) && this.isActor(e)) sources = [{ ent: e, how: this.isCountry(e) ? 'proxy' : 'named' }];
        break;
      }
      // "X has seen its exports to Kazakhstan rise": the owner is the clause's subject, or what the text is about.
      if (/^(?:its|their)$/.test(T[p].lower)) {
        const subj = this.subjectLeft(p, s, false);
        const owner = subj.arg ?? this.fromDiscourse('pronoun', s, p);
        if (owner) sources = [{ ...owner, how: this.isCountry(owner.ent) ? 'proxy' : owner.how }];
        break;
      }
      if (T[p].lower === "'s" || T[p].pos === 'ADJ' || T[p].pos === 'DET' || (T[p].pos === 'NOUN' && /^[a-z]/.test(T[p].text))) continue;
      break;
    }
    // Only a possessor names the supplier in the quote's own construction; the frame is kept either way for the
    // rules that continue it in a later sentence.
    if (sources.length) this.rule = 'legacy:supply-noun/possessor';
    if (!sources.length && slot.agents.length) sources = slot.agents;
    if (!sources.length && slot.sources.length) sources = slot.sources;
    // "sales of boats by Korean traders".
    // (Not the agent of a participle on the noun: "shipments identified by B" were found by B, not sent by it.)
    if (!sources.length) {
      for (let q = k + 1; q < slot.end; q++) {
        if (T[q].lower === 'by' && T[q - 1]?.pos === 'VERB') break;
        if (T[q].lower === 'by') {
          const l = this.npList(q + 1, s);
          sources = l.args;
          break;
        }
      }
    }
    if (!sources.length && slot.origin >= 0) {
      sources = [{ ent: slot.origin, how: 'proxy' }];
      srcFromGoods = true;
    }
    if (!sources.length) return;
    if (this.polarity(s.first, k, s) !== 'yes') return;
    const frame: Frame = { sent: s.index, from: s.index, sources, srcFromGoods, targets: slot.targets, vias: slot.vias, props: this.props(s, k, slot), endTok: s.last };
    this.attachMakers(frame, slot.makers);
    this.emitFlow(frame);
  }

  /** "Russian buyers declaring orders for vests made by X", "purchases from X". */
  private handleAcquireNoun(k: number, s: Sentence): void {
    const slot = this.scanRight(k, s, false, true);
    if (!slot.sources.length && !slot.makers.length) return;
    // "Russia's imports of microchips from China": the possessor buys.
    const T = this.T;
    let owner: Arg | null = null;
    for (let p = k - 1, n = 0; p >= s.first && n < 4; p--, n++) {
      if (T[p].lower === "'s" && this.at[p - 1] >= 0 && this.isActor(this.ent(this.at[p - 1]))) {
        owner = { ent: this.ent(this.at[p - 1]), how: 'named' };
        break;
      }
      if (!(T[p].pos === 'ADJ' || T[p].pos === 'NOUN' && /^[a-z]/.test(T[p].text))) break;
    }
    // ("A facilitated the acquisition of G from K by B", "helped the purchase of G": the subject helped someone else buy.)
    if (!owner) {
      let p = k - 1;
      while (p > s.first && (T[p].pos === 'DET' || T[p].pos === 'ADJ' || /^["“'‘]$/.test(T[p].text))) p--;
      if (FACILITATING.test(T[p]?.lower ?? '')) return;
    }
    const subj = owner ? { arg: owner, at: k } : this.subjectLeft(k, s, false);
    if (!subj.arg) return;
    if (this.polarity(s.first, k, s) !== 'yes') return;
    const frame: Frame = { sent: s.index, from: s.index, sources: slot.sources, srcFromGoods: false, targets: [subj.arg], vias: slot.vias, props: this.props(s, k, slot), endTok: s.last };
    this.attachMakers(frame, slot.makers);
    this.emitFlow(frame);
  }

  /** Suppliers named in this sentence before token k (for "they were received by X"). */
  private recentSources(s: Sentence, k: number): Arg[] {
    const T = this.T;
    for (let q = k - 1; q > s.first; q--) {
      if (T[q].lower === 'by' && MADE_BY.has(T[q - 1]?.lower ?? '')) {
        const l = this.npList(q + 1, s);
        if (l.args.length && l.end <= k) return [l.args[l.args.length - 1]];
      }
    }
    return [];
  }

  /**
   * The maker named in the subject of the passive verb at k ("G made by A were shipped to B"): no comma or "and" between
   * the maker and the verb, which would put the maker in another clause ("A, whose engines were made by C, was sold";
   * "made by A and routed through K before reaching B", a route whose steps other rules read).
   */
  private makerOfSubject(s: Sentence, k: number): Arg[] {
    const T = this.T;
    for (let q = k - 1; q > s.first; q--) {
      if (T[q].text === ',' || T[q].text === ';' || T[q].lower === 'and') return [];
      if (T[q].lower === 'by' && MADE_BY.has(T[q - 1]?.lower ?? '')) {
        return this.npList(q + 1, s).args.slice(-1);
      }
    }
    return [];
  }

  /** Whether token r is a possessive: an "'s" or a name written with it. */
  private possessiveAt(r: number): boolean {
    return this.T[r]?.lower === "'s" || ((this.at[r] ?? -1) >= 0 && this.mentions[this.at[r]].possessive);
  }

  /** Sentence a is body text right before b (same paragraph or the paragraph before). */
  private adjacentText(a: number, b: number): boolean {
    const sa = this.an.sentences[a];
    const sb = this.an.sentences[b];
    return !!sa && !!sb && sa.kind === 'text' && sb.block - sa.block <= 1;
  }

  /** Brands of the goods ("supply Kavex drones") are upstream of the seller. */
  private brandsUpstream(f: Frame, brands: number[]): void {
    for (const b of brands) {
      if (this.kind(b) !== 'company') continue;
      if (f.sources.some((a) => a.ent === b)) continue;
      if (f.sources.length && f.sources.every((a) => !this.isCountry(a.ent))) {
        for (const a of f.sources) this.addRel('SHIPPED_TO', { ent: b, how: 'named' }, a, f.props, f.from, f.sent, f.endTok);
      }
    }
  }

  /**
   * Makers of the goods ("vests produced by X") are where the goods came from: they replace an origin read off
   * the goods ("Chinese-made"), or sit upstream of a named seller.
   */
  private attachMakers(f: Frame, makers: Arg[]): void {
    if (!makers.length) return;
    const firstHop = f.vias.length ? f.vias[0] : f.targets;
    if (!f.sources.length || f.srcFromGoods) {
      f.sources = makers;
      f.srcFromGoods = false;
      return;
    }
    const named = f.sources.filter((a) => !this.isCountry(a.ent));
    if (named.length) {
      for (const mk of makers) for (const a of named) this.addRel('SHIPPED_TO', mk, a, f.props, f.from, f.sent, f.endTok);
    } else {
      for (const mk of makers) for (const h of firstHop) this.addRel('SHIPPED_TO', mk, h, f.props, f.from, f.sent, f.endTok);
    }
  }

  private emitFlow(f: Frame): void {
    const chain: Arg[][] = [];
    if (f.sources.length) chain.push(f.sources);
    for (const v of f.vias) chain.push(v);
    if (f.targets.length) chain.push(f.targets);
    if (chain.length < 2) return;
    for (let i = 0; i + 1 < chain.length; i++) {
      for (const a of chain[i]) for (const b of chain[i + 1]) this.addRel('SHIPPED_TO', a, b, f.props, f.from, f.sent, f.endTok);
    }
    this.frames.push(f);
    if (f.sources.length && f.targets.length) {
      const lastHop = (f.vias.length ? f.vias[f.vias.length - 1] : f.sources).map((a) => a.ent);
      this.lastFlow = { sources: f.sources.map((a) => a.ent), targets: f.targets.map((a) => a.ent), lastHop, sent: f.sent };
    }
  }

  private addRel(type: RelationType, a: Arg, b: Arg, props: RelationProps, fromSent: number, toSent: number, endTok: number): void {
    if (a.ent < 0 || b.ent < 0 || a.ent === b.ent) return;
    // Only a name read in its slot here vouches for it, not one carried over from another sentence.
    for (const x of [a, b]) if (this.kind(x.ent) === null && x.how === 'named') this.promoted.add(x.ent);
    if ([a, b].some((x) => this.kind(x.ent) === null && x.how !== 'named' && !this.promoted.has(x.ent))) return;
    const s0 = this.an.sentences[Math.min(fromSent, toSent)];
    const s1 = this.an.sentences[toSent];
    const end = Math.max(this.T[Math.min(endTok, this.T.length) - 1]?.end ?? s1.end, s1.end);
    this.relations.push({ type, source: a.ent, target: b.ent, props: { ...props }, start: s0.start, end: Math.min(end, Math.max(end, s1.end)), rule: this.rule });
  }

  // ------------------------------------------------------------------------------------------------ other types

  /**
   * Whether a mention of e after token k in the sentence follows "in" or "from" (past the other places of a list:
   * "in Laos and Vietnam"): where something is, not a party.
   */
  private placedIn(e: number, k: number, s: Sentence): boolean {
    return this.placingWords(e, k + 1, s.last, k).some((p) => /^(?:in|from)$/.test(this.T[p]?.lower ?? ''));
  }

  /**
   * For each mention of e in tokens [from, to), the word before it and before the other places of its list ("in A,
   * B and the C": the "in"), not walking back past `floor`.
   */
  private placingWords(e: number, from: number, to: number, floor: number): number[] {
    const out: number[] = [];
    for (let q = from; q < to; q++) {
      if (this.at[q] < 0 || this.ent(this.at[q]) !== e || this.at[q - 1] === this.at[q]) continue;
      let p = q - 1;
      while (p > floor && (/^(?:,|and|or|the)$/.test(this.T[p].lower) || (this.at[p] >= 0 && this.isCountry(this.ent(this.at[p]))))) p--;
      out.push(p);
    }
    return out;
  }

  /**
   * The subject's names that are parties: not the countries a group is placed in ("companies from A and B were
   * sanctioned", "Seven entities from A, B and C were added to the list").
   */
  private subjectParties(subj: { arg: Arg | null; more: Arg[] }, k: number, s: Sentence): Arg[] {
    const all = subj.arg ? [subj.arg, ...subj.more] : [];
    return all.filter((a) => !this.isCountry(a.ent) || !this.groupPlaced(a.ent, s, k));
  }

  /**
   * Whether a mention of e before token k follows a group's "from" or "in" ("companies from A", "two from B", "entities
   * in A, B and the C"), past the other places of a list: not a place of some other phrase ("After talks in A, B and
   * C were sanctioned", "A, based in B, and C").
   */
  private groupPlaced(e: number, s: Sentence, k: number): boolean {
    return this.placingWords(e, s.first, k, s.first).some((p) =>
      /^(?:in|from)$/.test(this.T[p]?.lower ?? '') && (GROUP_WORDS.test(this.T[p - 1]?.lower ?? '') || this.T[p - 1]?.pos === 'NUM'));
  }

  private handleSanction(k: number, s: Sentence): void {
    const T = this.T;
    const t = T[k];
    const when = periodIn(this.an, s.first, s.last);
    const props: RelationProps = when ? { when } : {};
    const emit = (by: Arg[], targets: Arg[]) => {
      this.lastSanctioner = { by, sent: s.index };
      for (const a of by) for (const b of targets) this.addRel('SANCTIONED', a, b, props, s.index, s.index, s.last);
    };
    if (t.pos === 'NOUN' || t.lower === 'sanctions') {
      // "under UK and EU sanctions", "US sanctions on Kavex".
      const by: Arg[] = [];
      let p = k - 1;
      while (p >= s.first) {
        const mi = this.at[p];
        if (mi >= 0) {
          const e = this.ent(mi);
          if (this.isActor(e)) by.unshift({ ent: e, how: 'named' });
          p = this.mentions[mi].first - 1;
          continue;
        }
        if (T[p].lower === 'and' || T[p].text === ',' || T[p].text === '-') {
          p--;
          continue;
        }
        break;
      }
      if (!by.length) {
        // "The Council adopted a package of sanctions against Russia": remember who imposes them.
        let v = k - 1;
        while (v > s.first && !(T[v].pos === 'VERB' && !PARTICIPLES.has(T[v].lower))) v--;
        // ("A called for sanctions on B", "urged sanctions against B": asking for a measure imposes none; nor does
        // demanding, backing or welcoming one.)
        // (Unless the sentence goes on to take it: "backed sanctions on B and imposed them".)
        const taken = T.slice(k, s.last).some((t) => /^(?:imposed|imposes|impose|adopted|introduced)$/.test(t.lower));
        if (v > s.first && !NON_ASSERTING.test(T[v].lower) && (!ENDORSING.test(T[v].lower) || taken)) {
          const subj = this.subjectLeft(v, s, false);
          if (subj.arg && ['government', 'country', 'organization'].includes(this.kind(subj.arg.ent) ?? '') && this.polarity(subj.at, v, s) === 'yes') {
            this.lastSanctioner = { by: [subj.arg, ...subj.more], sent: s.index };
            // "the Treasury Department announced sanctions on A, B and C".
            if (/^(?:on|against)$/.test(T[k + 1]?.lower ?? '')) {
              const l = this.npList(k + 2, this.beforeReportingTail(s, k + 2));
              if (l.args.length) emit([subj.arg, ...subj.more], l.args.filter((a) => !this.isCountry(a.ent)));
            }
          }
        }
        return;
      }
      const before = T[p];
      if (before && (before.lower === 'under' || before.lower === 'to' && T[p - 1]?.lower === 'subject' || before.lower === 'faces' || before.lower === 'face')) {
        const subj = this.subjectLeft(p, s, true);
        let targets = subj.arg ? [subj.arg, ...subj.more] : [];
        if (!targets.length && subj.generic) targets = this.fromDiscourseAll(subj.generic, s, subj.at);
        if (targets.length && this.polarity(subj.at, p, s) === 'yes') emit(by, targets);
        return;
      }
      const nx = T[k + 1];
      if (nx && (nx.lower === 'on' || nx.lower === 'against')) {
        const l = this.npList(k + 2, this.beforeReportingTail(s, k + 2));
        if (l.args.length && this.polarity(s.first, k, s) === 'yes') emit(by, l.args);
      }
      return;
    }
    // Verb.
    // ("the blacklisted company": a participle after a determiner describes its noun; "its Specially Designated
    // Nationals list": a capitalised word inside a title names no act.)
    // ("the Guard and other sanctioned entities, including B": so does one after "other".)
    if (/^(?:the|a|an|its|their|other)$/.test(T[k - 1]?.lower ?? '')) return;
    // ("ties with sanctioned Laotian firms": a participle right after a preposition describes its noun too.)
    if (/ed$/.test(t.lower) && T[k - 1]?.pos === 'ADP') return;
    if (k > s.first && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(T[k + 1]?.text ?? '')) return;
    if (T[k - 1]?.text === '-' && this.at[k - 2] >= 0) {
      // "U.S.-sanctioned Orsk".
      // ("the UN-designated B's unit A": the mark is the possessor's, which the phrase names no target of here.)
      if (this.at[k + 1] >= 0 && this.mentions[this.at[k + 1]].possessive) return;
      const by = this.ent(this.at[k - 2]);
      const l = this.np(k + 1, s);
      if (l.args.length) emit([{ ent: by, how: 'named' }], l.args);
      return;
    }
    if (this.sanctionList(k, s)) return;
    if (this.isPassive(k, s)) {
      if (T[k + 1]?.lower !== 'by') {
        // "X was also designated": by whoever the text just said imposes the sanctions.
        const subj = this.subjectLeft(k, s, false);
        const last = this.lastSanctioner;
        if (last && s.index - last.sent <= 2 && subj.arg && this.polarity(subj.at, k, s) === 'yes') {
          for (const a of last.by) for (const b of this.subjectParties(subj, k, s)) this.addRel('SANCTIONED', a, b, props, last.sent, s.index, s.last);
        }
        return;
      }
      // ("sent parts to another drone maker sanctioned by the US": the participle describes a new, unnamed party.)
      if (this.at[k - 1] < 0 && ACTOR_NOUNS.has(T[k - 1]?.lower ?? '') && INDEFINITE.test(T[this.phraseStart(k - 1, s)]?.lower ?? '')) return;
      // ("once the chips were designated by B as priority items": goods classed, no party sanctioned.)
      let h = k - 1;
      while (h > s.first && this.at[h] < 0 && (T[h].pos === 'AUX' || T[h].pos === 'ADV')) h--;
      if (this.at[h] < 0 && GOODS_NOUNS.has(T[h]?.lower ?? '')) return;
      const by = this.npList(k + 2, s);
      const subj = this.subjectLeft(k, s, false);
      if (by.args.length && subj.arg && this.polarity(subj.at, k, s) === 'yes') emit(by.args, [subj.arg, ...subj.more]);
      return;
    }
    const subj = this.subjectLeft(k, s, false);
    if (!subj.arg) return;
    const by = [subj.arg, ...subj.more];
    const l = this.npList(k + 1, s);
    let targets = l.args;
    // "OFAC designated the following entities:": the list items after it.
    if (T[k + 1]?.lower === 'the' && T[k + 2]?.lower === 'following' && this.polarity(subj.at, k, s) === 'yes') this.pendingListing = { by, sent: s.index };
    const definite = T[k + 1]?.lower === 'the' && T[k + 2]?.pos === 'NOUN' && !GOODS_NOUNS.has(T[k + 2].lower) && this.at[k + 2] < 0;
    // ("sanctioned the company's owner": the owner, not the company the text was about.)
    const possessor = T[k + 1]?.lower === 'the' && /^['’]s$/.test(T[k + 3]?.text ?? '');
    if (!targets.length && subj.at > s.first) {
      // "Varno Systems, ..., which the United States sanctioned in 2014": the relative pronoun is the object.
      let r = subj.at - 1;
      while (r > s.first && DETERMINERS.has(T[r].lower)) r--;
      if (RELATIVE.has(T[r].lower) || T[r].lower === 'that') targets = this.antecedent(r, s);
    }
    // ("sanctioning a network of firms", "sanctioned 20 firms": an indefinite or counted group refers to nothing before it.)
    const indefinite = /^(?:a|an|some|several|many|more|dozens|hundreds|nearly|over)$/.test(T[k + 1]?.lower ?? '') || T[k + 1]?.pos === 'NUM';
    if (!targets.length && (l.generic === 'noun' || definite) && !indefinite && !possessor) {
      // "sanctioned the zone", "blacklisted the company": what the text was about.
      const d = this.fromDiscourse('noun', s, k);
      if (d) targets = [d];
    }
    if (!targets.length && l.generic === 'pronoun' && /^(?:it|them)$/.test(T[k + 1]?.lower ?? '')) {
      // "X was listed in May, and Britain sanctioned it": a company earlier in the sentence (not a list named like
      // one, "the Entity List"); "Britain sanctioned it" on its own: what the sentence before was about.
      const here = (this.companiesBySent[s.index] ?? []).filter((x) => x.at < subj.at && !this.namesAList(x.at));
      const d = here.length ? { ent: here[here.length - 1].ent, how: 'discourse' as How } : this.fromDiscourse('pronoun', s, k);
      if (d && this.kind(d.ent) !== 'country') targets = [d];
    }
    if (this.polarity(subj.at, k, s) !== 'yes') return;
    // ("sanctioned five people and 14 entities in Laos and Vietnam": the countries where a counted group is are no targets.)
    if (indefinite) targets = targets.filter((a) => !this.isCountry(a.ent) || !this.placedIn(a.ent, k, s));
    // ("sanctioned firms from A and B": the countries the firms are from, however plainly the second is named.)
    // (Only firms placed by "from" or "in": "sanctioned Laotian firms and Vietnam" sanctions Vietnam.)
    if (l.args.some((a) => a.how === 'proxy') && this.firmsPlaced(k + 1, l.end)) targets = targets.filter((a) => !this.isCountry(a.ent));
    if (targets.length) emit(by, targets);
    else this.lastSanctioner = { by, sent: s.index };
  }

  /**
   * "Among those designated were X, which ..., and Y": the names listed are targets of the sanctions the text
   * just reported.
   */
  private sanctionList(k: number, s: Sentence): boolean {
    const T = this.T;
    const prev = T[k - 1]?.lower ?? '';
    if (!/^(those|entities|companies|firms|individuals|people|persons)$/.test(prev)) return false;
    let q = k + 1;
    while (q < s.last && q < k + 4 && !/^(were|are|include|included|includes)$/.test(T[q].lower)) q++;
    if (q >= s.last || q >= k + 4) return false;
    const by = this.lastSanctioner && s.index - this.lastSanctioner.sent <= 2 ? this.lastSanctioner.by : null;
    if (!by) return true;
    const targets: Arg[] = [];
    let inRelative = false;
    for (let r = q + 1; r < s.last; r++) {
      const t = T[r];
      if (t.text === ',' && RELATIVE.has(T[r + 1]?.lower ?? '')) inRelative = true;
      if (t.text === ',' && T[r + 1]?.lower === 'and') inRelative = false;
      const mi = this.at[r];
      if (mi < 0) continue;
      const m = this.mentions[mi];
      const e = this.ent(mi);
      r = m.last - 1;
      if (inRelative || m.possessive || !this.isActor(e) || this.isCountry(e) || this.inPP(m.first, s)) continue;
      if (T[m.last]?.text === '-' && LOCATED.test(T[m.last + 1]?.lower ?? '')) continue;
      targets.push({ ent: e, how: 'named' });
    }
    const props: RelationProps = {};
    for (const a of by) for (const b of targets) this.addRel('SANCTIONED', a, b, props, this.lastSanctioner!.sent, s.index, s.last);
    return true;
  }

  /**
   * The company most recently named (this sentence before `before`, or the dozen before it) that is of the given
   * place: a country stated as its country, or a country or city named in the same sentence as the company.
   */
  private recentCompanyOf(place: number, s: Sentence, before: number): number {
    const code = this.isCountry(place) ? this.res.entities[place]?.country : undefined;
    const T = this.T;
    const isPlace = (e: number) => e === place || (!!code && this.isCountry(e) && this.res.entities[e]?.country === code);
    // A company the text locates there: "X in Tula", "X of Izhevsk", "X, a Yerevan company", "Tula-based X",
    // "the Moscow distributor X", or one whose name starts with the place ("Izhevsk Electromechanical Plant").
    const located = (c: { ent: number; at: number }, si: number): boolean => {
      const sent = this.an.sentences[si];
      const mi = this.at[c.at];
      const end = mi >= 0 ? this.mentions[mi].last : c.at + 1;
      for (let q = end; q < Math.min(sent.last, end + 7); q++) {
        const pm = this.at[q];
        if (pm >= 0 && isPlace(this.ent(pm))) return T.slice(end, q).some((t) => /^(?:in|of|at|near|from)$/.test(t.lower)) || T[end]?.text === ',';
        if ((T[q].pos === 'VERB' && !/^(?:registered|based|located|headquartered|incorporated|set)$/.test(T[q].lower)) || T[q].text === ';' || T[q].text === '.') break;
      }
      for (let q = c.at - 1; q >= Math.max(sent.first, c.at - 5); q--) {
        const pm = this.at[q];
        if (pm >= 0 && isPlace(this.ent(pm))) return true;
        if (T[q].pos === 'VERB' || T[q].text === ',' || T[q].text === ';') break;
      }
      return false;
    };
    const placeNames = [...(this.res.entities[place]?.surfaces.keys() ?? [])];
    for (let si = s.index; si >= 0 && si >= s.index - 12; si--) {
      const comps = (this.companiesBySent[si] ?? []).filter((x) => si < s.index || x.at < before);
      for (let i = comps.length - 1; i >= 0; i--) {
        const e = comps[i].ent;
        if (!(this.kind(e) === 'company' || (this.kind(e) === null && this.isActor(e)))) continue;
        const own = this.res.entities[e]?.country;
        const named = placeNames.some((p) => [...(this.res.entities[e]?.surfaces.keys() ?? [])].some((n) => n.startsWith(p + ' ')));
        if ((code && own === code) || named || located(comps[i], si)) return e;
      }
    }
    return -1;
  }

  /** The maker a sentence names for its goods: "a module made by X", "the engines came from X". */
  private makerIn(si: number): Arg | null {
    const sent = this.an.sentences[si];
    if (!sent) return null;
    const T = this.T;
    for (let q = sent.first + 1; q < sent.last - 1; q++) {
      const made = T[q].lower === 'by' && MADE_BY.has(T[q - 1].lower);
      const came = T[q].lower === 'from' && /^(?:came|come|comes|originated|originate)$/.test(T[q - 1].lower);
      if (!made && !came) continue;
      const l = this.np(q + 1, sent);
      const a = l.args[0];
      if (a && !this.isCountry(a.ent) && this.kind(a.ent) !== 'person' && this.kind(a.ent) !== 'media') return { ent: a.ent, how: 'discourse' };
    }
    return null;
  }

  /**
   * The subject of an active verb at k, a pronoun or generic noun resolved from discourse, and the sentence its evidence
   * starts at: the one before only when this sentence does not itself name what "it" or "the company" stands for.
   */
  /** Whether the names right before the verb at k stand in apposition to vessels ("Two cargo ships, A and B, are carrying"). */
  private carriersBefore(k: number, s: Sentence): boolean {
    const T = this.T;
    let q = k - 1;
    while (q > s.first && (T[q].pos === 'AUX' || T[q].pos === 'ADV' || T[q].pos === 'PART')) q--;
    if (T[q]?.text === ',') q--;
    let named = false;
    for (; q > s.first; q--) {
      if (T[q].text === ',' && named && VESSELS.test(T[q - 1].lower)) return true;
      if (this.at[q] >= 0) named = true;
      else if (T[q].lower !== 'and' && T[q].text !== ',') return false;
    }
    return false;
  }

  private activeSubject(k: number, s: Sentence): { args: Arg[]; at: number; from: number } {
    const subj = this.subjectLeft(k, s);
    const at = subj.at >= 0 ? subj.at : s.first;
    if (subj.arg) return { args: [subj.arg, ...subj.more], at, from: s.index };
    const d = subj.generic ? this.fromDiscourseAll(subj.generic, s, subj.at) : [];
    const from = d.length && !d.every((a) => this.namedBefore(a.ent, s, k)) ? Math.max(0, s.index - 1) : s.index;
    return { args: d, at, from };
  }

  /** Whether the mention at token `q` names a list ("the Entity List", "SDN List") rather than an actor. */
  private namesAList(q: number): boolean {
    const mi = this.at[q];
    if (mi < 0) return false;
    for (let r = this.mentions[mi].first; r < this.mentions[mi].last; r++) if (LIST_WORDS.test(this.T[r].lower)) return true;
    return false;
  }

  /** Whether entity `e` is named in sentence `s` before token `k`. */
  private namedBefore(e: number, s: Sentence, k: number): boolean {
    return (this.companiesBySent[s.index] ?? []).some((x) => x.ent === e && x.at < k);
  }

  /**
   * A role stated outright: "X was the largest supplier of drone motors to Russia", "X is a key supplier to Y",
   * "X, the main exporter of thermal cameras to Russia,", and shares: "X accounted for 41% of battery shipments to Y".
   */
  private handleSupplierRole(k: number, s: Sentence): void {
    const T = this.T;
    const w = T[k].lower;
    // ("a prospective supplier of G to B": a role only supposed, as the grammar's copular role reads it.)
    if (SUPPOSED_ROLE.test(T[k - 1]?.lower ?? '')) return;
    let subj: Subject = NO_SUBJECT;
    let after = k + 1;
    if (SUPPLIER_NOUNS.has(w)) {
      // Back over "the single largest", "a key", "one of the main" to a copula or an apposition's comma.
      let p = k - 1;
      while (p > s.first && (DETERMINERS.has(T[p].lower) || T[p].pos === 'ADJ' || T[p].pos === 'ADV' || T[p].pos === 'NUM' || T[p].text === '-' ||
        /^(?:one|of|single|largest|biggest|main|key|major|top|leading|sole|only|principal|second|third|largest)$/.test(T[p].lower))) p--;
      if (COPULA_FORMS.has(T[p]?.lower ?? '') || /^(?:became|become|becomes|remains|remained)$/.test(T[p]?.lower ?? '')) subj = this.subjectLeft(p, s, false);
      else if (T[p]?.text === ',') {
        const appo = this.apposed(p + 1, s);
        if (appo) subj = one([appo], p - 1);
      }
      if (!subj.arg) return;
    } else {
      // "accounted for 41% of (all) battery shipments to Y".
      if (T[k + 1]?.lower !== 'for') return;
      let q = k + 2;
      while (q < s.last && q < k + 12 && !SUPPLY_NOUNS.has(T[q].lower) && !IMPORT_NOUNS.test(T[q].lower)) q++;
      if (q >= s.last || q >= k + 12 || !T.slice(k + 2, q).some((t) => t.text === '%' || /^(?:percent|share|half|third|quarter|most|bulk)$/.test(t.lower))) return;
      subj = this.subjectLeft(k, s, false);
      if (!subj.arg) return;
      after = q + 1;
      if (IMPORT_NOUNS.test(T[q].lower)) {
        // "made up a third of B's resin imports": the importer is the possessor.
        for (let r = k + 2; r < q; r++) {
          const mi = this.at[r];
          if (mi < 0 || !this.mentions[mi].possessive || this.polarity(subj.at, k, s) !== 'yes') continue;
          const buyer: Arg = { ent: this.ent(mi), how: 'named' };
          this.emitFlow({ sent: s.index, from: s.index, sources: [subj.arg, ...subj.more], srcFromGoods: false, targets: [buyer], vias: [], props: {}, endTok: s.last });
          return;
        }
        return;
      }
    }
    // "a supplier of JSC Meridian": the buyer itself.
    if (SUPPLIER_NOUNS.has(w) && T[after]?.lower === 'of') {
      const buyer = this.npList(after + 1, s);
      if (buyer.args.length && buyer.args.every((a) => a.how === 'named') && this.polarity(subj.at, k, s) === 'yes') {
        this.emitFlow({ sent: s.index, from: s.index, sources: [subj.arg!, ...subj.more], srcFromGoods: false, targets: buyer.args, vias: [], props: {}, endTok: s.last });
        return;
      }
    }
    // Goods ("of drone motors"), then the recipient ("to Russia").
    let to = after;
    while (to < s.last && to < after + 10 && T[to].lower !== 'to' && !this.boundary(to, s)) to++;
    if (T[to]?.lower !== 'to') return;
    const l = this.npList(to + 1, s);
    if (!l.args.length || this.polarity(subj.at, k, s) !== 'yes') return;
    const props = this.props(s, k, { goodsFrom: after, goodsTo: to, end: l.end });
    this.emitFlow({ sent: s.index, from: s.index, sources: [subj.arg, ...subj.more], srcFromGoods: false, targets: l.args, vias: [], props, endTok: s.last });
  }

  /** "imposed sanctions on X", "added X to its Entity List". */
  private handleImposed(k: number, s: Sentence): void {
    const T = this.T;
    const w = T[k].lower;
    let subj = this.subjectLeft(k, s, false);
    if (!subj.arg && this.isPassive(k, s)) {
      // "The Yekaterinburg company was added to the Entity List": the company the text was about.
      const g = this.subjectLeft(k, s, true);
      const d = g.generic ? this.fromDiscourse(g.generic, s, g.at) : null;
      if (d && this.kind(d.ent) === 'company') subj = { ...subj, arg: d, at: g.at };
    }
    if (!subj.arg || this.polarity(subj.at, k, s) !== 'yes') return;
    const when = periodIn(this.an, s.first, s.last);
    const props: RelationProps = when ? { when } : {};
    const including = (from: number): Arg[] => {
      for (let q = from; q < s.last; q++) {
        // ("imposed sanctions on B, saying that its ships, including A, ...": what the body said is about more.)
        if ((this.boundary(q, s) && T[q].text !== ',') || REPORTING_PARTICIPLE.test(T[q].lower)) break;
        if (T[q].lower !== 'including') continue;
        // ("including entities in A, B and C": where the targets are, not who they are.)
        const l = this.npList(q + 1, s);
        return this.firmsPlaced(q + 1, l.end) ? l.args.filter((a) => !this.isCountry(a.ent)) : l.args;
      }
      return [];
    };
    // "X was added for re-exporting ...", "X was also listed.", "X was named for attempting ...", "X was cited for
    // supplying ...": one more name on the list the text just announced.
    const last = this.lastSanctioner;
    if ((LISTING_VERBS.has(w) || w === 'named' || w === 'cited') && this.isPassive(k, s) && last && s.index - last.sent <= 6 &&
      (T[k + 1]?.lower === 'for' || T[k + 1]?.text === '.' || T[k + 1]?.text === ',' || k + 1 >= s.last)) {
      for (const t of [subj.arg, ...subj.more]) {
        if (!this.isCountry(t.ent)) for (const a of last.by) this.addRel('SANCTIONED', a, t, props, last.sent, s.index, s.last);
      }
      return;
    }
    if (LISTING_VERBS.has(w) && this.isPassive(k, s) && /^(?:to|in|into|on)$/.test(T[k + 1]?.lower ?? '')) {
      // "X was added to the US sanctions list", "X was included in the EU's 14th sanctions package", "... to the
      // sanctions list of the European Union": the list's owner sanctions the subject.
      const target = subj;
      let owner: Arg | null = null;
      let listed = false;
      for (let q = k + 2; q < Math.min(s.last, k + 11); q++) {
        // ("added to the list for helping B": the reason names no owner of the list.)
        if (T[q].lower === 'for') break;
        // The list may itself read as a name ("the Entity List"): look at every word.
        if (LIST_WORDS.test(T[q].lower)) listed = true;
        const mi = this.at[q];
        if (mi < 0) continue;
        const isList = this.namesAList(q);
        listed ||= isList;
        if (!owner && !isList && this.isActor(this.ent(mi))) owner = { ent: this.ent(mi), how: 'named' };
        q = this.mentions[mi].last - 1;
      }
      if (!owner && T[k + 1]) {
        const by = T.findIndex((t, i) => i > k && i < s.last && t.lower === 'by');
        if (by > 0) owner = this.np(by + 1, s).args[0] ?? null;
      }
      if (listed && owner && target.arg && this.polarity(target.at, k, s) === 'yes') {
        this.lastSanctioner = { by: [owner], sent: s.index };
        for (const t of this.subjectParties(target, k, s)) this.addRel('SANCTIONED', owner, t, props, s.index, s.index, s.last);
      }
      return;
    }
    if (w === 'added' || w === 'adds' || w === 'add' || w === 'adding' || w === 'placed' || w === 'put' || w === 'listed' || w === 'included') {
      const l = this.npList(k + 1, s);
      let listed = false;
      const window = T.slice(l.end, Math.min(s.last, l.end + 9)).map((t) => t.lower);
      if (window.some((x) => /^(list|blacklist|entity|sanctions)$/.test(x))) listed = true;
      // "included X in its latest package of restrictive measures"
      if (window.includes('package') && window.some((x) => /^(?:restrictive|sanctions|measures)$/.test(x))) listed = true;
      if (!listed) return;
      this.lastSanctioner = { by: [subj.arg], sent: s.index };
      // "adding the following entities to the Entity List:": the list items that follow are the targets.
      if (T[k + 1]?.lower === 'the' && T[k + 2]?.lower === 'following') this.pendingListing = { by: [subj.arg], sent: s.index };
      // "adding four entities in the PRC, India and Serbia": where they are, not who they are.
      const named = l.args.filter((a) => a.how === 'named' && !this.isCountry(a.ent));
      const targets = named.length ? named : including(l.end);
      for (const b of targets) this.addRel('SANCTIONED', subj.arg, b, props, s.index, s.index, s.last);
      return;
    }
    // imposed/slapped sanctions on X
    let q = k + 1;
    while (q < s.last && q < k + 5 && T[q].lower !== 'on' && T[q].lower !== 'against') q++;
    if (q >= s.last || !T.slice(k + 1, q).some((t) => t.lower === 'sanctions')) return;
    this.lastSanctioner = { by: [subj.arg], sent: s.index };
    // ("imposed sanctions on nine firms, the Treasury said": the speaker after the comma is no target.)
    const l = this.npList(q + 1, this.beforeReportingTail(s, q + 1));
    const targets = l.args.length ? [...l.args] : [...including(l.end), ...this.allOfThem(q + 1)];
    // "... on all five suppliers, as well as on Rassvet-Avia itself and its general director Viktor Plotnikov".
    for (let r = q + 1; r < s.last - 3; r++) {
      if (T[r].lower === 'as' && T[r + 1]?.lower === 'well' && T[r + 2]?.lower === 'as') {
        const at = T[r + 3]?.lower === 'on' || T[r + 3]?.lower === 'against' ? r + 4 : r + 3;
        targets.push(...this.npList(at, s).args);
        for (let x = at; x < s.last; x++) {
          const mi = this.at[x];
          if (mi >= 0 && this.kind(this.ent(mi)) === 'person') targets.push({ ent: this.ent(mi), how: 'named' });
        }
        break;
      }
    }
    // ("sanctions on entities from A and B": the countries the firms are from, the second named as plainly as the first.)
    const places = l.args.some((a) => a.how === 'proxy') && this.firmsPlaced(q + 1, l.end);
    for (const b of targets) if (!this.isCountry(b.ent) || (b.how === 'named' && !places)) this.addRel('SANCTIONED', subj.arg, b, props, s.index, s.index, s.last);
  }

  /** Whether tokens [from, to) place firms by "from" or "in" ("firms from A and B"). */
  private firmsPlaced(from: number, to: number): boolean {
    return this.T.slice(from, to).some((t) => t.lower === 'from' || t.lower === 'in');
  }

  /** Whether the comma at `q` separates names of a list ("the EU, Japan, and Canada"): a name on each side. */
  private listComma(q: number, s: Sentence): boolean {
    const T = this.T;
    const before = q - 1;
    let after = q + 1;
    if (T[after]?.lower === 'and' || T[after]?.lower === 'or') after++;
    if (T[after]?.lower === 'the') after++;
    return before >= s.first && after < s.last && this.at[before] >= 0 && this.at[after] >= 0 && !RELATIVE.has(T[after + 1]?.lower ?? '');
  }

  /** The sentence up to a reporting tail after `from` (", the Treasury said", ", officials say"), or the sentence. */
  private beforeReportingTail(s: Sentence, from: number): Sentence {
    const T = this.T;
    for (let q = from; q < s.last - 2; q++) {
      if (T[q].text !== ',') continue;
      for (let r = q + 1; r < Math.min(s.last, q + 8); r++) {
        // (Only a tail that ends the sentence: "on A, B, the Treasury said, and C" goes on to C.)
        if (reportingVerb(T[r].lower)) {
          let end = r + 1;
          while (end < s.last && T[end].text !== ',') end++;
          if (end >= s.last) return { ...s, last: q };
          break;
        }
        if (T[r].text === ',' || T[r].pos === 'VERB') break;
      }
    }
    return s;
  }

  /**
   * "all five suppliers", "the three companies": when the number matches, the distinct companies the text has
   * named as suppliers (sources of flows) so far.
   */
  private allOfThem(k: number): Arg[] {
    const T = this.T;
    let q = k;
    if (/^(?:all|the|these|those)$/.test(T[q]?.lower ?? '')) q++;
    if (/^(?:all|the|these|those)$/.test(T[q]?.lower ?? '')) q++;
    const words: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
    const n = words[T[q]?.lower ?? ''] ?? (Number(T[q]?.text) || 0);
    if (!n || !/^(?:suppliers|companies|firms|entities|manufacturers|intermediaries)$/.test(T[q + 1]?.lower ?? '')) return [];
    const sources = [...new Set(this.relations.filter((r) => r.type === 'SHIPPED_TO' && this.kind(r.source) === 'company').map((r) => r.source))];
    return sources.length === n ? sources.map((e) => ({ ent: e, how: 'discourse' as How })) : [];
  }

  /** "Among them are A, B and C", "The list also includes X": targets of the sanctions just reported. */
  private sanctionListSentence(s: Sentence): void {
    if (!this.lastSanctioner || s.index === this.lastSanctioner.sent || s.index - this.lastSanctioner.sent > 2) return;
    const T = this.T;
    const text = this.an.text.slice(s.start, Math.min(s.end, s.start + 80));
    const m = /^(?:among (?:them|those|the \w+) (?:are|were|is|was)|the (?:list|designations|package|measures|sanctions) (?:also )?(?:include|includes|included|covers|cover|targets|target))\b/i.exec(text);
    if (!m) return;
    let q = s.first;
    while (q < s.last && T[q].end <= s.start + m[0].length) q++;
    const targets: Arg[] = [];
    let inRelative = false;
    for (let r = q; r < s.last; r++) {
      const t = T[r];
      // ("..., a B statement said.": the attribution closing the list names its source, no target.)
      if (t.text === ',' && this.closingAttribution(r + 1, s)) break;
      if (t.text === ',' && (RELATIVE.has(T[r + 1]?.lower ?? '') || T[r + 1]?.pos === 'VERB')) inRelative = true;
      if (t.text === ',' && T[r + 1]?.lower === 'and') inRelative = false;
      const mi = this.at[r];
      if (mi < 0) continue;
      const mm = this.mentions[mi];
      const e = this.ent(mi);
      r = mm.last - 1;
      if (inRelative || mm.possessive || !this.isActor(e) || this.isCountry(e) || this.inPP(mm.first, s)) continue;
      if (T[mm.last]?.text === '-' && LOCATED.test(T[mm.last + 1]?.lower ?? '')) continue;
      // ('..., the Treasury under-secretary, X, said': a body named before an official's title is the speaker's employer.)
      if (PERSON_TITLES.has(T[mm.last]?.lower ?? '') || (T[mm.last + 1]?.text === '-' && PERSON_TITLES.has(T[mm.last + 2]?.lower ?? ''))) continue;
      targets.push({ ent: e, how: 'named' });
    }
    for (const a of this.lastSanctioner.by) for (const b of targets) this.addRel('SANCTIONED', a, b, {}, this.lastSanctioner.sent, s.index, s.last);
  }

  /**
   * Whether the words from q, with no comma among them, close the sentence with a verb of speech: "a B statement said",
   * "the ministry says" (not "B, C and D, the ministry said" from the first comma of the list).
   */
  private closingAttribution(q: number, s: Sentence): boolean {
    let end = s.last;
    while (end > q && /^[.!"”]$/.test(this.T[end - 1].text)) end--;
    return end > q && SPEECH_VERBS.has(this.T[end - 1].lower) && !this.T.slice(q, end - 1).some((t) => t.text === ',');
  }

  /** "X Concern is part of Y", "X, part of the Y group". */
  private handlePartOf(k: number, s: Sentence): void {
    const T = this.T;
    if (T[k + 1]?.lower !== 'of') return;
    const p = T[k - 1]?.lower ?? '';
    if (!['is', 'was', 'are', 'were', ',', 'became', 'become', 'a'].includes(p)) return;
    const parent = this.np(k + 2, s);
    const child = this.subjectLeft(k, s, false);
    if (!parent.args.length || !child.arg) return;
    if (this.isCountry(parent.args[0].ent) || this.isCountry(child.arg.ent)) return;
    if (this.polarity(child.at, k, s) !== 'yes') return;
    this.addRel('SUBSIDIARY_OF', child.arg, parent.args[0], {}, s.index, s.index, s.last);
  }

  private handleSubsidiary(k: number, s: Sentence): void {
    const T = this.T;
    // "X, a subsidiary of Y", "X is a unit of Y".
    if (T[k + 1]?.lower === 'of') {
      // ("sent parts to a subsidiary of B": a unit named as where something went is no one's own description.)
      // ("a lathe made by the Laotian subsidiary of B": nor as an agent, past its modifiers.)
      let det = k - 1;
      while (det > s.first && det > k - 4 && (this.at[det] >= 0 || T[det].pos === 'ADJ')) det--;
      if (DETERMINERS.has(T[det]?.lower ?? '')) det--;
      if (/^(?:to|from|for|with|through|via|by)$/.test(T[det]?.lower ?? '')) return;
      const parent = this.np(k + 2, s);
      // "owned by B, a Mumbai-based unit of C": the apposition is about B.
      const appo = this.apposed(this.phraseStart(k, s), s);
      const child = appo ?? this.subjectLeft(k, s, false).arg;
      if (parent.args.length && child) this.addRel('SUBSIDIARY_OF', child, parent.args[0], {}, s.index, s.index, s.last);
      return;
    }
    // "its subsidiary X", "Kavex's subsidiary X", "its Hong Kong unit, X", "operates a Dubai subsidiary, X"; and the
    // apposition the other way round: "X, the company's Hong Kong unit, shipped ...".
    let prev = T[k - 1];
    let before = k - 1;
    const pm0 = this.at[k - 1] ?? -1;
    if (pm0 >= 0 && (!this.isActor(this.ent(pm0)) || this.isCountry(this.ent(pm0)))) {
      before = this.mentions[pm0].first - 1;
      prev = T[before];
    }
    let q = k + 1;
    if (T[q] && ['called', 'named', ','].includes(T[q].lower)) q++;
    let mi = q < s.last ? this.at[q] : -1;
    let apposed = false;
    if (mi < 0 && T[k + 1]?.text === ',') {
      let st = before;
      while (st > s.first && (DETERMINERS.has(T[st].lower) || T[st].lower === "'s" || ACTOR_NOUNS.has(T[st].lower))) st--;
      if (T[st]?.text === ',' && this.at[st - 1] >= 0) {
        mi = this.at[st - 1];
        apposed = true;
      }
    }
    if (mi < 0 || T[q - 1]?.lower === 'in') return;
    const child = this.ent(mi);
    if (this.isCountry(child) || !this.isActor(child)) return;
    let parent = -1;
    if (!apposed && prev && (prev.lower === 'a' || prev.lower === 'an')) {
      // "Guanghe also operates a Dubai subsidiary, X": the subject owns it.
      const owner = this.subjectLeft(before, s, false);
      if (owner.arg && !this.isCountry(owner.arg.ent)) parent = owner.arg.ent;
    }
    if (parent >= 0) {
      // the subject, above
    } else if (prev && (prev.lower === 'its' || prev.lower === 'their')) {
      for (let p = before - 1; p >= s.first; p--) {
        const pm = this.at[p];
        if (pm >= 0 && !this.isCountry(this.ent(pm)) && this.isActor(this.ent(pm))) {
          parent = this.ent(pm);
          break;
        }
      }
      if (parent < 0) parent = this.topics[s.index - 1] ?? -1;
    } else if (prev && prev.lower === "'s" && this.at[before - 1] >= 0) parent = this.ent(this.at[before - 1]);
    else if (prev && prev.lower === "'s" && ACTOR_NOUNS.has(T[before - 1]?.lower ?? '')) {
      // "The company's subsidiary, X": the company the text is about.
      parent = this.fromDiscourse('noun', s, apposed ? this.mentions[mi].first : before - 1)?.ent ?? -1;
    }
    else if (prev && this.at[before] >= 0 && this.isActor(this.ent(this.at[before]))) parent = this.ent(this.at[before]);
    if (parent >= 0 && !this.isCountry(parent)) this.addRel('SUBSIDIARY_OF', { ent: child, how: 'named' }, { ent: parent, how: 'named' }, {}, s.index, s.index, s.last);
  }

  private handleWith(type: 'COOPERATED_WITH' | 'NEGOTIATED_WITH', k: number, s: Sentence): void {
    const T = this.T;
    let q = k + 1;
    while (q < s.last && q < k + 3 && T[q].lower !== 'with') q++;
    if (T[q]?.lower !== 'with') return;
    const other = this.np(q + 1, s);
    const subj = this.subjectLeft(k, s, false);
    if (!other.args.length || !subj.arg) return;
    const neg = this.polarity(subj.at, k, s);
    if (neg === 'no' && type === 'COOPERATED_WITH') return;
    // Undirected: a stable order keeps the relation id stable.
    this.addRel(type, subj.arg, other.args[0], {}, s.index, s.index, s.last);
  }

  private handleProduce(k: number, s: Sentence): void {
    const subj = this.subjectLeft(k, s, false);
    if (!subj.arg || this.kind(subj.arg.ent) !== 'company') return;
    for (let q = k + 1; q < Math.min(s.last, k + 8); q++) {
      const mi = this.at[q];
      if (mi >= 0 && this.kind(this.ent(mi)) === 'product') {
        this.addRel('MANUFACTURES', subj.arg, { ent: this.ent(mi), how: 'named' }, {}, s.index, s.index, s.last);
        return;
      }
      if (this.boundary(q, s)) return;
    }
  }

  /** "Velo Models A140 & A900", "Hunan Tianyu's HW52V": a maker and its models. */
  private modelOwners(): void {
    const ms = this.mentions;
    for (let i = 0; i < ms.length; i++) {
      const m = ms[i];
      if (m.kind === 'product' || !m.cues.includes('company')) continue;
      let gap = m.last + (m.possessive ? 1 : 0);
      for (let j = i + 1; j < ms.length && ms[j].sent === m.sent; j++) {
        const p = ms[j];
        if (p.kind !== 'product') break;
        const between = this.T.slice(gap, p.first).map((t) => t.text);
        if (between.some((w) => !['&', ',', 'and'].includes(w))) break;
        this.addRel('MANUFACTURES', { ent: this.ent(i), how: 'named' }, { ent: this.ent(j), how: 'named' }, {}, m.sent, m.sent, this.an.sentences[m.sent].last);
        gap = p.last;
      }
    }
  }

  /**
   * "Among the drones shipped were:" followed by list items naming makers: the makers are where the goods of the
   * preceding shipment came from. "Many of these were made by X" after a purchase works the same way.
   */
  private continuation(s: Sentence): void {
    const T = this.T;
    const last = this.frames[this.frames.length - 1];
    if (!last || s.index - last.sent > 2) return;
    const text = this.an.text.slice(s.start, s.end);
    if (!/:\s*$/.test(text) || !/\b(among|include|included|including|these|following)\b/i.test(text)) return;
    let shipped = false;
    for (let q = s.first; q < s.last; q++) if (PARTICIPLES.has(T[q].lower) || /^includ/.test(T[q].lower)) shipped = true;
    if (!shipped) return;
    const seen = new Set<number>();
    for (let n = s.index + 1; n < this.an.sentences.length; n++) {
      const item = this.an.sentences[n];
      if (item.kind !== 'item') break;
      for (let q = item.first; q < item.last; q++) {
        const mi = this.at[q];
        if (mi < 0) continue;
        const m = this.mentions[mi];
        const e = this.ent(mi);
        if (m.kind !== 'product' && m.cues.includes('company') && !seen.has(e)) {
          seen.add(e);
          this.attachMakerFromList({ ...last, endTok: item.last }, { ent: e, how: 'named' }, item.last);
        }
        q = m.last - 1;
      }
    }
  }

  private attachMakerFromList(f: Frame, maker: Arg, endTok: number): void {
    const firstHop = f.vias.length ? f.vias[0] : f.targets;
    if (!f.sources.length || f.srcFromGoods) {
      for (const h of firstHop) this.addRel('SHIPPED_TO', maker, h, f.props, f.sent, this.T[endTok - 1].sent, endTok);
      if (f.srcFromGoods) {
        // The origin read off the goods ("Chinese-made") is replaced by the named makers.
        const originIds = new Set(f.sources.map((a) => a.ent));
        const hopIds = new Set(firstHop.map((a) => a.ent));
        this.relations = this.relations.filter((r) => !(r.type === 'SHIPPED_TO' && originIds.has(r.source) && hopIds.has(r.target) && r.start === this.an.sentences[f.from].start));
      }
    } else {
      for (const a of f.sources.filter((x) => !this.isCountry(x.ent))) this.addRel('SHIPPED_TO', maker, a, f.props, f.sent, this.T[endTok - 1].sent, endTok);
    }
  }

  /** Makers named in a sentence with no frame of its own ("Many of these were made by X"). */
  private looseMakers(s: Sentence): void {
    const T = this.T;
    const last = this.frames[this.frames.length - 1];
    if (!last || s.index - last.sent > 1) return;
    for (let q = s.first + 1; q < s.last - 1; q++) {
      if (T[q].lower !== 'by' || !MADE_BY.has(T[q - 1].lower) || this.usedMakers.has(q)) continue;
      // Only the goods of that flow: "Many of these were made by X" yes; "The control boards were made by X"
      // after a flow of engines, no.
      const subject = T.slice(s.first, q - 1).filter((t) => t.pos === 'NOUN' && /^[a-z]/.test(t.text)).map((t) => t.lemma.toLowerCase());
      const goods = (last.props.goods ?? []).join(' ').toLowerCase();
      const generic = /^(?:them|they|these|those|most|all|some|many|it|goods|items|parts|components|products|equipment|shipment|shipments)$/;
      const sameGoods = T.slice(s.first, q).some((t) => generic.test(t.lower)) || subject.some((w) => generic.test(w) || (!!goods && goods.includes(w)));
      if (last.sent < s.index && subject.length && !sameGoods) continue;
      const l = this.npList(q + 1, s);
      if (!l.args.length) continue;
      this.usedMakers.add(q);
      const f: Frame = { ...last, endTok: s.last, from: last.from };
      for (const mk of l.args) this.attachMakerFromList(f, mk, s.last);
    }
  }

  // ------------------------------------------------------------------------------------------------ driver

  run(): RelationResult {
    const T = this.T;
    for (const s of this.an.sentences) {
      // Discourse state: what this sentence is about, and the companies it names.
      const comps: { ent: number; at: number; pp: boolean }[] = [];
      for (let q = s.first; q < s.last; q++) {
        const mi = this.at[q];
        if (mi >= 0) {
          const e = this.ent(mi);
          if (this.kind(e) === 'company' || this.kind(e) === null && this.isActor(e)) comps.push({ ent: e, at: q, pp: this.inPP(this.mentions[mi].first, s) });
          q = this.mentions[mi].last - 1;
        }
      }
      this.companiesBySent[s.index] = comps;
      this.topics[s.index] = -1;
      let firstVerb = s.first;
      while (firstVerb < s.last && T[firstVerb].pos !== 'VERB' && T[firstVerb].pos !== 'AUX') firstVerb++;
      const topic = firstVerb < s.last ? this.subjectLeft(firstVerb, s, true) : { arg: null, generic: null, at: -1 };
      let topicEnt = topic.arg ? topic.arg.ent : -1;
      // ("A confirmed on Monday that ...": a body reporting is not what the next sentence's goods came from.)
      let mainVerb = firstVerb;
      while (mainVerb + 1 < s.last && T[mainVerb].pos === 'AUX') mainVerb++;
      if (reportingVerb(T[mainVerb]?.lower ?? '')) {
        // (Past a short time phrase, as reportedFrom reads it back.)
        for (let q = mainVerb + 1; q < s.last && q <= mainVerb + 4; q++) {
          if (T[q].lower === 'that') { topicEnt = -1; break; }
          if (this.at[q] >= 0 || /^[,;:(]$/.test(T[q].text)) break;
        }
      }
      if (!topic.arg && topic.generic) {
        const d = this.fromDiscourse(topic.generic, s, firstVerb);
        if (d) topicEnt = d.ent;
      }
      this.topics[s.index] = topicEnt;

      // "- Hebei Tongda Machine Tool Co., Ltd. (PRC), for supplying ...": an item of the list just announced.
      if (this.pendingListing) {
        if (s.kind === 'item' && this.pendingListing.sent < s.index) {
          const mi = this.at[s.first] >= 0 ? this.at[s.first] : this.at[s.first + 1] ?? -1;
          if (mi >= 0 && this.isActor(this.ent(mi)) && !this.isCountry(this.ent(mi))) {
            this.rule = 'legacy:announced-list-item';
            for (const a of this.pendingListing.by) this.addRel('SANCTIONED', a, { ent: this.ent(mi), how: 'named' }, {}, s.index, s.index, s.last);
          }
        } else if (s.kind !== 'item' && s.index > this.pendingListing.sent + 1) this.pendingListing = null;
      }
      const question = T[s.last - 1]?.text === '?';
      if (question) continue;
      const framesBefore = this.frames.length;
      for (let k = s.first; k < s.last; k++) {
        const t = T[k];
        if (this.at[k] >= 0) continue;
        const w = t.lower;
        const lemma = t.lemma.toLowerCase();
        if (!TRIGGER_WORDS.has(w) && !TRIGGER_WORDS.has(lemma) && !CLOSER_LOOK.test(w)) continue;
        const bases = verbBases(t);
        // "a distributor that in turn supplies X": "in turn" stands between the relative pronoun and its verb.
        const prevW = (T[k - 1]?.lower === 'turn' && T[k - 2]?.lower === 'in' ? T[k - 3]?.lower : T[k - 1]?.lower) ?? '';
        // wink sometimes tags a past form as a noun ("and resold them"); a determiner before it means a noun.
        const pastForm = /ed$/.test(w) || PARTICIPLES.has(w);
        // ("which it said sold ...": after a reporting verb a past form is the verb, whatever the tagger says.)
        // ("Belarus's arms transfer to Russia": a base form after a possessed goods noun is a compound noun.)
        // ('Laos\'s "transfer of missiles": a base form right after a possessive, or its opening quote, is a noun.)
        // ("condemned the missile transfer from K to B": so is one after a goods noun that a determiner opens, unless a
        // verb of carrying out or owning to it governs the phrase: "completed / carried out / denied the missile
        // transfer to B" is the subject's own.)
        const compound = !pastForm && (GOODS_NOUNS.has(prevW) ? this.possessiveAt(k - 2) || (DETERMINERS.has(T[k - 2]?.lower ?? '') || T[k - 2]?.lower === 'every') && !performedBy(T, k - 3) : this.possessiveAt(k - 1) || OPENING_QUOTES.has(T[k - 1]?.text ?? '') && this.possessiveAt(k - 2));
        // ("shipping companies A and B": an industry's name before a word for firms.)
        const asVerb = (t.pos === 'VERB' && !compound && !industryModifier(w, T[k + 1]?.lower)) || (pastForm && !DETERMINERS.has(prevW) && prevW !== "'s" && (t.pos !== 'ADJ' || REPORTING.has(prevW)));
        const afterSubject = k > s.first && ((this.at[k - 1] >= 0 && !this.mentions[this.at[k - 1]].possessive && !this.mentions[this.at[k - 1]].modifier) || RELATIVE.has(prevW) || prevW === 'that' || SUBJECT_PRONOUNS.has(prevW) || (ACTOR_NOUNS.has(prevW) && T[k - 2]?.lower !== "'s"));
        const verbish = asVerb || ((t.pos === 'NOUN' || t.pos === 'ADV') && /s$/.test(w) && afterSubject && hasAny(SUPPLY_VERBS, bases) && this.nounAsVerb(k, s));
        if (verbish && hasAny(SUPPLY_VERBS, bases)) { this.rule = 'legacy:supply-verb'; this.handleSupplyVerb(k, s); }
        else if (asVerb && hasAny(ACQUIRE_VERBS, bases)) { this.rule = 'legacy:acquire'; this.handleAcquire(k, s, false); }
        else if (asVerb && hasAny(RECEIVE_VERBS, bases)) { this.rule = 'legacy:acquire'; this.handleAcquire(k, s, true); }
        else if (t.pos === 'VERB' && ARRIVE_VERBS.has(lemma)) { this.rule = 'legacy:arrive'; this.handleArrive(k, s); }
        // (A base form read above as the head of a goods compound is that noun: "condemned Laos's drone transfer to B".)
        // (A name's possessive only: "its partner's drone transfer" is no one named.)
        else if ((t.pos === 'NOUN' || t.pos === 'PROPN' && k === s.first || compound && GOODS_NOUNS.has(prevW) && this.at[k - 3] >= 0) && SUPPLY_NOUNS.has(w)) { this.rule = 'legacy:supply-noun'; this.handleSupplyNoun(k, s); }
        // (Not "a procurement firm whose agents ...": the noun names the firm's trade, no purchase.)
        else if ((t.pos === 'NOUN' || t.pos === 'PROPN' && k === s.first) && ACQUIRE_NOUNS.has(w) && !firmWordNext(T[k + 1]?.lower)) { this.rule = 'legacy:acquire-noun'; this.handleAcquireNoun(k, s); }
        if (SANCTION_VERBS.has(w) || SANCTION_VERBS.has(lemma)) { this.rule = 'legacy:sanction'; this.handleSanction(k, s); }
        if (IMPOSED_WORDS.test(w)) { this.rule = 'legacy:imposed'; this.handleImposed(k, s); }
        if ((SUPPLIER_NOUNS.has(w) && t.pos === 'NOUN') || ACCOUNT_WORDS.test(w)) { this.rule = 'legacy:supplier-role'; this.handleSupplierRole(k, s); }
        if (SUBSIDIARY_WORDS.has(w)) { this.rule = 'legacy:subsidiary'; this.handleSubsidiary(k, s); }
        if (w === 'part') { this.rule = 'legacy:part-of'; this.handlePartOf(k, s); }
        if (COOPERATE.test(w)) { this.rule = 'legacy:with'; this.handleWith('COOPERATED_WITH', k, s); }
        if (NEGOTIATE.test(w)) { this.rule = 'legacy:with'; this.handleWith('NEGOTIATED_WITH', k, s); }
        if (t.pos === 'VERB' && PRODUCE_VERBS.has(lemma)) { this.rule = 'legacy:produce'; this.handleProduce(k, s); }
      }
      this.by('legacy:sanction-list-sentence', () => this.sanctionListSentence(s));
      if (this.frames.length === framesBefore) {
        this.by('legacy:continuation', () => this.continuation(s));
        this.by('legacy:loose-makers', () => this.looseMakers(s));
      } else this.by('legacy:loose-makers', () => this.looseMakers(s));
    }
    this.by('legacy:model-owners', () => this.modelOwners());
    return { relations: this.relations, promoted: this.promoted };
  }

  private by(rule: string, f: () => void): void {
    this.rule = rule;
    f();
  }

  /** "China exports dual-use products ...": a plural noun right after a subject, before an object, is the verb. */
  private nounAsVerb(k: number, s: Sentence): boolean {
    const n = this.T[k + 1];
    if (!n || k + 1 >= s.last) return false;
    return !(n.pos === 'VERB' || n.pos === 'AUX' || PREPOSITIONS.has(n.lower) && n.lower !== 'to' || n.text === '.' || SPEECH_VERBS.has(n.lower) || MEDIA_VERBS.has(n.lower));
  }
}
