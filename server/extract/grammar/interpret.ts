/**
 * The frame interpreter: reads each sentence's clauses (clauses.ts) against the frame table (frames.ts), fills the
 * roles from chunks (chunks.ts) or, for pronouns, generic nouns and a sanctioning body named earlier, from the
 * discourse (discourse.ts), and emits relations that name the frame that produced them. Nominal constructions
 * are frames too: "A, a subsidiary of B", "its subsidiary C", "A's exports to B", "A's customers include B".
 *
 * Precision guards: a clause that is negated, modal, conditional, attempted or denied asserts nothing; a sanction
 * on "a country's companies" names no country as its target; an argument is only a name the sentence gives, or a
 * phrase that refers back to one unambiguously (a pronoun or "the firm" within two sentences, "these companies"
 * to the last list).
 */
import type { RelationType } from '../../domain/relation-registry.js';
import { bodyHome } from '../body-names.js';
import { givenNameGender } from '../given-names.js';
import { ARMS, BASED_WORDS, CLOSE_QUOTES, COMPANY_CUES, MONEY_SIGN, MONTH, OPEN_QUOTES, PERSON_TITLES, REPORTING_PARTICIPLE, reportingVerb, SUPPOSED_ROLE, VESSELS } from '../lexicon.js';
import { KIN, type RawMention } from '../mentions.js';
import type { LocalRelation } from '../relations.js';
import type { LocalResolution } from '../resolve.js';
import { reportedSpeaker } from './speaker.js';
import { isMonthMay, type Analysis, type Sentence, type Token } from '../sentences.js';
import { chunkAt, countOf, grammarInput, isActor, type Chunk, type GrammarInput } from './chunks.js';
import { beforeAside, byWayOf, COMMITMENTS, isDash, isParticiple, MADE_PARTICIPLES, NON_ASSERTING, readClauses, relativeAntecedent, sentenceChunks, verbLemma, worksNoun, type Clause } from './clauses.js';
import { Discourse } from './discourse.js';
import { GoodsSeen, goodsHead, helpOnly, immaterial, knownGoods, MONEY_OR_PAPERWORK, notGoods, people, transferVerb, weaponNoun } from './goods.js';
import {
  ACQUIRE_EVENT_NOUNS, CHILD_NOUNS, TRADE_OBJECTS, CUSTOMER_NOUNS, FRAMES, LIST_NOUNS, PAPER_NOUNS, STAKE_NOUNS, TRADER_NOUNS, OWNER_NOUNS, SANCTION_ACTS, SANCTION_NOUNS, SUPPLIER_NOUNS, SUPPLY_EVENT_NOUNS,
  SANCTIONS_LIST_WORDS, SHARE_NOUNS, TARGET_NOUNS, TARGETED, triggerClasses, type ArgRole, type FrameSpec,
} from './frames.js';

/** Head nouns of a state body that "under this ministry" refers back to by its name's own word, in the text before. */
const STATE_BODY_HEADS = /^(?:ministry|department|agency|administration|bureau|commission|directorate)$/;
/** A firm's own units: "its subsidiary", "their branches" (not "his daughter", "its assets"). */
const OWN_UNITS = /^(?:subsidiary|subsidiaries|unit|units|division|divisions|affiliate|affiliates|branch|branches|operation|operations|office|offices)$/;
/** Works and projects a name of their own may name: "the Kestra LNG 2 project". */
const NAMED_WORKS = /^(?:project|pipeline|terminal)$/;
/** A body's acts a measure is taken under: "sanctioned under Security Council resolution 4021", "under a Laotian law". */
const BODY_ACTS = /^(?:resolutions?|regimes?|laws?|acts?|regulations?|decrees?|programs?|programmes?)$/;
/** Head nouns of a group of firms that "under the group" refers back to, within its own sentence only. */
const GROUP_HEADS = /^(?:corporation|group|concern|holding)$/;
/** Those the goods went to, as a definite subject naming them next: "The recipients were A, B and others". */
const RECIPIENT_NOUNS = /^(?:recipients|consignees|buyers|customers|purchasers)$/;
/** A copula or a verb of including, which names the recipients after it. */
const NAMING_VERB = /^(?:includ(?:e|es|ed)|are|were|was|is)$/;
/** Works and firms that a company can hold "under" it: "a factory under B". */
const UNDER_OWNER_NOUNS = /^(?:factory|factories|plant|plants|enterprise|enterprises|company|companies|firm|firms|works|shipyard|subsidiary|subsidiaries|unit|units)$/;
/** Words that give a measure's reason before a possessive: "for", "over", "were because of", "in response to". */
const REASON_WORDS = /^(?:for|over|because|of|due|owing|to|in|response|reaction|was|were|is|are|imposed|partly|largely|mainly)$/;
/** Frames that require a word class come first: "sold a stake in A to B" is not a sale of goods. */
const ORDERED_FRAMES = [...FRAMES].sort((a, b) => Number(!!b.needs) - Number(!!a.needs));
/** Verbs whose object names the act: "made 40 shipments to B", "carried out deliveries to B". */
const LIGHT_VERBS = /^(?:make|conduct|carry|complete|handle|arrange|organi[sz]e|send|do|facilitate|increase|boost|expand|resume|continue|step|ramp|double|triple|maintain|intensify)$/;
/** Verbs of routing goods: a person's route may be the route of his own firm's shipment. */
const ROUTING = /^(?:route|reroute|transship|tranship|channel|funnel|divert|pass|move|transit)$/;
/** How many sentences back a person's route reaches his firm's shipment. */
const OWN_FIRM_REACH = 6;
/** Verbs under which a supply event's "from" names where it came from: "deliveries ... were recorded from K". */
const RECORDED_OR_SENT = /^(?:record|log|register|report|document|observe|note|see|detect|ship|send|export|deliver|dispatch|make|carry|import)$/;
/** Titles of those who bring or try a case: the person named after one is never "the defendant". */
const CASE_OFFICERS = /^(?:attorney|prosecutor|judge|magistrate)$/;
/** Verbs that charge someone "of" a deed: "convicted A of exports of G to B". */
const CHARGING = /^(?:convicted|convicts|convict|accused|accuses|accuse|suspected|suspects|suspect|found|finds)$/;
/** Adverbs between a copula and the role it gives: "A is now a key supplier", "A was reportedly among the buyers". */
const ADVERB_AFTER_COPULA = /^(?:now|still|also|already|currently|reportedly|allegedly)$/;
/** Quantities before an "of" phrase: "dozens of shipments", "a series of deliveries". */
const QUANTITY_NOUNS = /^(?:dozens|hundreds|thousands|scores|number|series|string|total|couple|rest|remainder)$/;
/** Nouns for a supplier's role in a copular clause: "A is a major supplier of G to B". */
const ROLE_SUPPLIER = /^(?:suppliers?|sources?|exporters?|shippers?|sellers?|providers?|vendors?|conduits?|channels?|hubs?|gateways?|corridors?|routes?|intermediary|middleman)$/;
/** The count of a counted phrase's last conjunct, whose names may follow it: "three people and two firms, A and B" → 2. */
function lastConjunctCount(T: readonly Token[], c: Chunk): number {
  for (let q = c.last - 1; q > c.first; q--) if (T[q - 1].lower === 'and' && countOf(T[q]) > 0) return countOf(T[q]);
  return c.count;
}

/** Verbs of telling, whose object a "that" clause after it may refer to: "B told A it had shipped G". */
const TELLING = /^(?:tell|warn|notify|inform|remind|assure|advise|caution|alert)$/;
/** What a holder sells when it sells part of a firm: "its shares", "a 51 percent stake", "its equity". */
const HOLDINGS = /^(?:stakes?|shares?|equity|holdings?|interests?)$/;
/** Nouns for a firm by the service it runs, beside the trades of TRADE_NAMES: "the port operator", "the line". */
const OPERATOR_NOUNS = /^(?:operator|line|shipper)$/;
/** Plural nouns for groups a list may name beside traders and counted parties: "its partners", "two bodies", "two ports". */
const PARTNER_NOUNS = /^(?:partners|allies|bodies|governments|ports)$/;
/** Plural nouns for parties that a counted description gives by name in apposition ("three banks, A, B and C"). */
const COUNTED_PARTIES = /^(?:airlines|carriers|banks|lenders|individuals|persons|people|officials|executives|representatives|officers|nationals|citizens|businessmen|men|women|organi[sz]ations)$/;
/** Nouns of goods moving, an event only with goods after "of": "the flow of G to B". */
const FLOW_NOUNS = /^(?:flow|flows|stream|influx|movement)$/;
/** Nouns for people as a group a measure targets: "among the individuals targeted". */
const PEOPLE_NOUNS = /^(?:individuals|persons|people|officials|businessmen|executives)$/;
/**
 * A country's forces, arms industry and war, which stand for the country as the one goods are for: "for Russia's
 * defense sector", "for Russia's war effort", "essential for the Russian military activity".
 */
const ARMS_SECTOR = /^(?:military|army|forces|sector|industry|complex|base|effort|efforts|machine|activity|activities|operations|campaign)$/;
/** A party's role in a country's trade, where the country's possessive says where it trades: "K's largest importer". */
const TRADING_NATION_ROLES = /^(?:importers?|exporters?)$/;
/** The act of imposing a measure: "Laos's imposition of sanctions". */
const IMPOSITIONS = /^(?:imposition|introduction|adoption)$/;
/** The members of a bloc the phrase's modifier names: "NATO nations", "EU member states". */
const BLOC_MEMBERS = /^(?:nations|countries|states|members)$/;
/** Nouns for a buyer's role in a copular clause: "A is a major buyer of G from B", "A is a customer of B". */
/** What a "source of" gives that is no goods: "a source of concern / tension / information / revenue for B". */
const NOT_SUPPLIED = /^(?:concerns?|worry|worries|tension|tensions|friction|anxiety|pride|embarrassment|frustration|controversy|criticism|instability|information|intelligence|knowledge|inspiration|revenue|revenues|income|funding|cash|leverage|pressure|strength|weakness|confusion|irritation|dispute|disputes)$/;
const ROLE_BUYER = /^(?:buyers?|customers?|clients?|importers?|purchasers?|recipients?|distributors?|dealers?|resellers?)$/;
/** A company's own site or branch, named by the company as its modifier: "the A plant". */
/** Verbs of sending goods on that only their holder can do: "re-exported them", "resold the chips", "forwarded them". */
const ONWARD_VERBS = /^(?:re-?export(?:s|ed|ing)?|re-?s(?:old|ells?|elling)|forward(?:s|ed|ing)?|trans-?ship(?:s|ped|ping)?|re-?ship(?:s|ped|ping)?)$/;
/** Joint undertakings whose infinitive is their participants' act: "a scheme to supply B". */
const SCHEMES = /^(?:scheme|plot|plan|conspiracy|operation|effort|network)$/;
/**
 * Points of delivery in a country, which stand for it as a destination: "to Laotian ports", "to an address in Laos"
 * (not one port or warehouse, often a stop on the way: "to a port in Laos for onward delivery to K").
 */
const DELIVERY_POINTS = /^(?:ports|harbou?rs|airports|seaports|address(?:es)?)$/;
/** What a firm is used as, to trade in another's name: "used B as a front company to sell G to C". */
const FRONTS = /^(?:front|fronts|intermediary|intermediaries|conduit|proxy|middleman|cover|shell|vehicle|channel|hub|gateway|transit)$/;
/** Verbs that ban what their object names: "prohibits the sale of G to B" (not "block the supply of G to B", which goes on). */
const BANNING = /^(?:prohibit|ban|bar|forbid|outlaw|criminali[sz]e)$/;
/** Nouns of sending goods on: "for onward delivery to C", "for re-export to C". */
const ONWARD_NOUNS = /^(?:delivery|shipment|transport|transfer|re-?export|export|sale|transshipment|transit)$/;
/**
 * Where the words that send goods on, verbless, start before the "to" at q: "(then) on to", "onward(s) to", "from
 * there to", after "and" or a comma, or the recipient itself ("B and then on to C", "B, onward to C"). Null when none:
 * "then to C" alone may be the sender's next destination.
 */
function onwardLeg(T: readonly Token[], q: number): number | null {
  let r = q - 1;
  const on = /^(?:on|onwards?)$/.test(T[r]?.lower ?? '');
  const there = !on && T[r]?.lower === 'there' && T[r - 1]?.lower === 'from';
  if (!on && !there) return null;
  r -= on ? 1 : 2;
  if (T[r]?.lower === 'then') r--;
  if (T[r]?.lower === 'and') r--;
  if (T[r]?.text === ',') r--;
  return r + 1;
}

/** A party named by its side of a flow: "the buyer then resold them", "the seller said". */
const BUYER_ROLES = /^(?:buyer|recipient|customer|purchaser|consignee|importer|client)$/;
const SELLER_ROLES = /^(?:seller|supplier|exporter|shipper|vendor|sender|consignor)$/;
/** A company's own sites and units, named: "B's A plant", "B's A subsidiary". */
const OWNED_SITES = /^(?:plant|factory|works|subsidiary|unit|division|affiliate|enterprise|shipyard|refinery)$/;
const FACILITY = /^(?:plant|factory|facility|works|subsidiary|unit|branch|division|office|mill|group|company|firm|network|holding|concern|corporation|conglomerate)$/;
/** A firm's sites (not its units): "a B factory compound", "B's shipyard". */
const SITES = /^(?:plant|factory|facility|works|mill|compound|complex|site|shipyard|yard|depot|warehouse)$/;
/** Words between an article and a child noun: "a wholly owned subsidiary", "a majority-owned unit". */
const OWNED_WORDS = /^(?:a|an|wholly|fully|majority|partly|partially|jointly|directly|indirectly|owned|controlled|-|100%|%|\d+(?:\.\d+)?)$/;
/** Heads that "parent" makes an owner: "the parent company of A". */
const PARENT_HEADS = /^(?:company|firm|group|holding|corporation|parent)$/;
/** A country's executive named by a common noun: "the UK government", "British authorities". */
const GOVERNMENT_NOUNS = /^(?:government|administration|authorities|regulators?)$/;
/** A country's armed forces and industry: "the Russian army" stands for the country. */
const FORCES = /^(?:military|army|forces|navy|industry|defen[cs]e)$/;
/** Armed groups named by where they are: "armed groups in A", "militias in B". */
const ARMED_GROUPS = /^(?:groups|militias|factions|proxies|fighters|rebels)$/;
/** A state's own arms: its forces and its arms programmes ("Russia's military", "Iran's drone programme"). */
const STATE_ARMS = /^(?:military|army|forces|navy|programs?|programmes?)$/;
/** A state's own bodies, whose units stand for the state in trade: "subsidiaries of a Vietnamese military agency". */
const STATE_BODIES = /^(?:agency|ministry|military|army|navy)$/;
/** Words that make a list one of measures: "sanctioned", "subject to asset freezes", "export controls", "barred". */
const MEASURE_WORDS = /^(?:sanction(?:s|ed)?|designat\w*|blacklist\w*|restrict\w*|embargo\w*|terror\w*|freez\w*|frozen|controls?|barred|banned|prohibited|denied|targeted)$/;
/** Supplier roles that are a way through for another party: "a gateway for B to ...", "a route for B to ...". */
const WAYS_THROUGH = /^(?:gateways?|conduits?|channels?|routes?|hubs?|corridors?)$/;
/** What a party does through a gateway that is no trade in goods: "to access the financial system", "to launder money". */
const NON_TRADE_ACTS = /^(?:access|enter|reach|tap|join|launder|finance|fund|pay|raise|borrow|lend|hide|conceal|evade|dodge|skirt|circumvent|travel|communicate)$/;
/** Participles of a record before "as": "A is listed as the owner of B". */
const RECORDED_AS = /^(?:listed|registered|named|recorded|identified|described|shown)$/;
/** What follows "war" for a state's war as a whole: "Russia's war effort", "its war machine". */
const WAR_EFFORTS = /^(?:effort|machine)$/;
/** Words between a measure and what it answers: "measures (which the UN) imposed after ...". */
const MEASURE_LINKS = /^(?:imposed|introduced|adopted|levied|that|which|it|they|has|have|had|was|were|been|the|by|first|swiftly|quickly)$/;
/** Words that date a measure by an event: "after", "following", "over". */
const AFTER_WORDS = /^(?:after|following|over)$/;
/** A state's attack: "Vietnam's invasion", "Vietnam invaded". */
const AGGRESSION_NOUNS = /^(?:invasion|war|aggression|attack|annexation)$/;
const ATTACK_VERBS = /^(?:invaded|attacked|annexed)$/;
/** Words for the trade in arms before "industry" or "sector": "the military industry", "its defence sector". */
const ARMS_TRADES = /^(?:military|arms|defen[cs]e|weapons)$/;
/** Verbs whose object is the subject's own unit: "A operates a Dubai subsidiary, B". */
const HOLD_VERBS = /^(?:operate|have|own|run|establish|set|open|create|found|register|control)$/;
/** Heads of a group of targets a sanctions announcement counts ("12 companies", "a network", "its 14th package"). */
const GROUP_NOUNS = /^(?:entities|companies|firms|individuals|persons|people|parties|businesses|network|networks|package|list|designations|targets)$/;
/** The generic plural for firms a text calls a group by ("the companies", "one of the firms", "the other two entities"). */
const FIRMS = /^(?:entities|companies|firms)$/;
/** Verbs that give a group's members: "The entities include A", "The package lists B". */
const GROUP_VERBS = /^(?:include|includes|included|are|were|list|lists|listed|names|named|comprise|comprises)$/;
/**
 * Where the names start in a sentence that gives the members of a group just announced without them: "They are A",
 * "These include A", "Those were A", "We are talking about A", "It is about A" (the last two translated idioms).
 * -1 when the sentence does not open so.
 */
function groupGiven(T: Token[], st: number): number {
  const w = (q: number) => T[q]?.lower ?? '';
  if (/^(?:they|these|those)$/.test(w(st)) && GROUP_VERBS.test(w(st + 1))) return w(st + 2) === 'also' ? st + 3 : st + 2;
  if (w(st) === 'we' && /^(?:are|'re)$/.test(w(st + 1)) && w(st + 2) === 'talking' && w(st + 3) === 'about') return st + 4;
  if (/^(?:it|this)$/.test(w(st)) && /^(?:is|was|'s)$/.test(w(st + 1)) && w(st + 2) === 'about' && w(st + 3) !== 'time') return st + 3;
  // ("It concerns three airlines: A, B and C", "They cover D and E": the names, past a described group and its colon.)
  if (/^(?:it|this|they|these)$/.test(w(st)) && /^(?:concerns?|covers?|affects?)$/.test(w(st + 1))) {
    for (let q = st + 2; q < st + 9 && T[q] && !/^[.;]$/.test(T[q].text); q++) if (T[q].text === ':') return q + 1;
    return st + 2;
  }
  return -1;
}
const AIRLINE_NAME = /\b(?:Air|Airlines?|Airways|Aviation)\b/;
const BANK_NAME = /\b(?:Bank|Banking)\b/i;
const YARD_NAME = /\b(?:Shipyard|Shipbuilding|Yard)\b/i;
/**
 * Words for a firm by its trade, which "the Vietnamese airline" refers back by as "the Vietnamese company", each with the
 * words of a firm's name that say that trade.
 */
const TRADE_NAMES: ReadonlyMap<string, RegExp> = new Map([['airline', AIRLINE_NAME], ['carrier', AIRLINE_NAME], ['bank', BANK_NAME], ['lender', BANK_NAME],
  ['shipyard', YARD_NAME], ['shipbuilder', YARD_NAME], ['refinery', /\bRefiner(?:y|ies|ing)\b/i]]);
/** Words that make "the list" a measure's release: "the initial list", "the updated list". */
const RELEASED_LIST = /^(?:initial|new|latest|updated|revised|expanded)$/;
/** The verb after a described group of targets that its names follow: "The designated entities include / are A, B". */
const NAMES_VERB = /^(?:include|includes|included|are|were)$/;
/**
 * How many sentences on a counted group ("Two firms shipped G to B") may still be named, by a list of as many names
 * ("The companies are A and C").
 */
const COUNTED_REACH = 16;
/**
 * The verb that gives a group's names right after its phrase, or past a participle's phrase ("The firms sanctioned by
 * B are A and C", "The companies facing charges include A"): its token, or -1.
 */
function verbAfterParticiple(T: Token[], q: number, last: number): number {
  if (NAMES_VERB.test(T[q]?.lower ?? '')) return q;
  if (!/(?:ing|ed)$/.test(T[q]?.lower ?? '') || T[q].pos !== 'VERB') return -1;
  for (let r = q + 1; r < last && r <= q + 8; r++) {
    if (/^[,;:()]$/.test(T[r].text) || isDash(T[r])) return -1;
    if (NAMES_VERB.test(T[r].lower)) return r;
  }
  return -1;
}
/** Words of a share: "41%", "a third", "the bulk", "the majority". */
const SHARE_WORDS = /^(?:percent|share|third|thirds|half|quarter|quarters|fifth|tenth|majority|bulk)$/;
/** Verbs whose object is whom a report is addressed to: "informed the UN about ...", "told reporters that ...". */
const ADDRESSING = /^(?:inform|informs|informed|informing|notify|notifies|notified|notifying|tell|tells|told|telling|brief|briefs|briefed|briefing|alert|alerts|alerted|alerting)$/;
/** Verbs of putting weapons to use: "Russia deploys Iranian drones", "Chinese drones used by B". */
const IN_USE = /^(?:use|deploy|field|operate|employ|launch)$/;
/** Heads a compound of a route's two ends names: "the A-to-B weapons pipeline", "A-to-B shipments". */
const ROUTE_NOUNS = /^(?:pipeline|pipelines|route|routes|corridor|shipments?|deliveries|supplies|supply|transfers?|exports|flights?|smuggling|trade|flows?|traffic)$/;
/** Words of a public office's title: "Foreign Minister", "the UK's Foreign Secretary", "a spokesperson". */
const OFFICE_TITLES = /^(?:minister|secretary|president|premier|chancellor|spokesman|spokeswoman|spokesperson|ambassador|envoy|commissioner|official|officials|representative)$/;
/** Words for a group of targets: "the three sanctioned individuals", "the designated firms". */
const GROUP_WORDS = /^(?:entities|companies|firms|individuals|persons|people|parties|targets|officials|officers|men)$/;
/** Nouns for the ends of a consignment: "the shipper", "the consignee". */
const CONSIGNORS = /^(?:sender|shipper|consignor|exporter)$/;
const CONSIGNEES = /^(?:recipient|consignee|receiver|importer)$/;
/** Participles that record a party in a role: "was listed as the consignee". */
const LISTED_AS = /^(?:listed|named|recorded|identified|registered|shown|given|declared)$/;
/** Verbs of putting a party to use: "A used B to ship G". */
const USING = /^(?:use|employ|utilize|utilise)$/;
/** Trigger classes of a government's sanctions measure. */
const SANCTION_CLASSES: ReadonlySet<string> = new Set(['sanction', 'impose', 'list', 'freeze', 'subjectTo']);
/** Verbs of enlarging what is already there: "tightened sanctions against B". */
const INTENSIFYING = /^(?:increase|tighten|expand|broaden|strengthen|toughen|intensify|widen)$/;
/** Sentence openers of an action reported beside the main one. */
const PARALLEL_CUES = /^(?:concurrently|separately|simultaneously|additionally|meanwhile)$/;
/** Verbs that undo, weigh or only threaten a sanctions measure: "lifted sanctions on A", "removed A from the list". */
const UNDOING = /^(?:lift|remove|ease|revoke|suspend|annul|drop|delist|unfreeze|consider|propose|threaten|face|seek|urge|call|debate|discuss|weigh|prepare|draft|plan|challenge|overturn)$/;
const NOT_YET = /^(?:upcoming|draft|proposed|planned|next|future|possible|potential|forthcoming)$/;
/** A person's post in a company: "A's director, B" names B; A is only the company B works for. */
const PERSON_ROLES = /^(?:director|owner|founder|co-founder|chief|head|executive|ceo|chairman|chairwoman|president|manager|shareholder|beneficiary|deputy|partner|minister|secretary|commander|governor)$/;
/** Nouns of an agreement whose party performs its infinitive: "an agreement with A to deliver G". */
const AGREEMENTS = /^(?:contract|contracts|deal|deals|agreement|agreements)$/;
/** What a buyer signs with its supplier, and the verbs of signing it. */
const CONTRACTS = /^(?:contract|deal|agreement|protocol)$/;
const SIGNING = /^(?:sign|conclude|ink)$/;
/** Verbs of arranging deliveries: "shipments facilitated by A". */
const FACILITATE = /^(?:facilitate|arrange|broker|handle|organi[sz]e)$/;
/** Verbs of charging or trying someone: their subject accuses, it does not trade. */
const ACCUSING = /^(?:charge|indict|accuse|prosecute|convict|sentence|sue|arrest|detain)$/;
/** Verbs of manufacture: "G made by A". */
const MAKE_VERBS = /^(?:make|manufacture|produce|build|assemble|develop|create)$/;
/** Verbs of goods reaching their buyer, bare or past, which a clause after a bill's goods may deny. */
const DELIVERED = /^(?:deliver|delivered|ship|shipped|send|sent|supply|supplied|receive|received|provide|provided)$/;
/** Words that put an ownership in doubt or in the past: "disputed", "alleged", "former", "ended", "transferred". */
const OWNERSHIP_IN_DOUBT = /^(?:reject(?:s|ed)?|disput(?:e|es|ed)|den(?:y|ies|ied)|alleged|claims?|claimed|former|previous|past|end(?:s|ed)?|transferr(?:ed|ing)|transfers?|sold|sells|relinquish(?:ed|es)?|investigat(?:ion|ing|ed)|question(?:s|ed)?|unclear|unconfirmed|challeng(?:e|es|ed))$/;

/** Verbs of making goods a maker then sells: "A produced the helicopters purchased by B". */
const PRODUCING = /^(?:make|manufacture|produce|build|assemble)$/;
/** Words for a group of goods, before "of" and the goods: "the fleet of helicopters", "a batch of drones". */
const GOODS_GROUPS = /^(?:fleet|fleets|batch|batches|lot|lots|series|range|line|number|consignment|consignments)$/;
/** Words before a trade that forbid it ("banned for export", "a ban on exports"). */
const PROHIBITED = /^(?:banned|prohibited|barred|restricted|forbidden|ban|bans|embargo|embargoes|restrictions|prohibition|prohibitions)$/;
/** Words that put a tie in the past: "a former subsidiary", "formerly a unit of". */
const LAPSED = /^(?:former|formerly|once|previously|erstwhile|one-time|onetime|until)$/;
const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'s", 'been', 'remain', 'remains', 'remained', 'become', 'became', 'becomes']);
/** Verbs and prepositions that take a measure as already in force: "breached US sanctions on B", "despite EU sanctions". */
const PRESUPPOSE_MEASURES = /^(?:breach|breached|breaching|violate|violated|violating|violation|violations|evade|evaded|evading|circumvent|circumvented|circumventing|dodge|dodged|dodging|bypass|bypassed|bypassing|skirt|skirted|skirting|flout|flouted|flouting|despite|under)$/;
/** Nouns for goods sent, whatever they are: "all of the supplies", "all these shipments". */
const SUPPLY_BATCHES = /^(?:supplies|shipments|deliveries|consignments|goods|items|batches|cargoes)$/;
/** What a customs service keeps of the goods that enter its country: "Laotian customs declarations", "... customs data". */
const CUSTOMS_RECORDS = /^(?:declarations?|data|records?|statistics|documents?|filings?)$/;
/** Words before a nominal frame that negate or hedge it (a constant: a literal in the loop was a new RegExp per word). */
const HEDGE_WORDS = /^(?:not|no|never|if|whether|unless|denied|deny|denies|could|might|may|would|possible|potential|planned|proposed)$/;

interface Found {
  ents: number[];
  /** Earliest sentence the reading drew on (an antecedent's), for the evidence span. */
  from: number;
}
/** Shared by every empty answer, so frozen (a caller that added to it would change every later reading). */
/** Verbs that hold a party to account for a deed: "fined A for ...", "criticised A over ...". */
const ACCOUNTING = /^(?:fine|punish|penalize|penalise|criticize|criticise|condemn|blame|rebuke|censure|arrest|charge|indict|prosecute|convict|sentence|accuse)$/;
/** Verbs of a sale or a delivery a party announces: "K will sell / supply / deliver G to B", "B will buy G from K". */
const DEALT = /^(?:sell|supply|deliver|export|provide|buy|purchase|acquire|receive)$/;
/** Words after such a verb that make the deal wait on something: "if B pays", "when the embargo ends", "pending approval". */
const CONDITIONS = /^(?:if|unless|provided|once|when|after|until|subject|long|unconfirmed|pending|should|case|contingent)$/;
/** What a measure is for, whose examples an "including" gives: "for violations of export controls, including ...". */
const VIOLATIONS = /^(?:violations|breaches|offences|offenses|infringements)$/;
/** Words for a deed not (yet) done: "the planned purchase", "any purchase", "the attempted purchase". */
const UNMADE = /^(?:planned|proposed|attempted|intended|possible|potential|future|prospective|any|further|new)$/;

/**
 * "Authorities", "the authorities": officials the sentence places nowhere (not "officials in K"; "Lao authorities" are
 * their country's, the clause's own subject).
 */
function unnamedAuthorities(c: Chunk, T: readonly Token[]): boolean {
  return /^(?:authorities|officials)$/.test(c.noun) && !/^(?:in|from|of|at)$/.test(T[c.last]?.lower ?? '');
}

const NONE: Found = Object.freeze({ ents: Object.freeze([]) as unknown as number[], from: Infinity });
/** Lists known by their own names and the keys of the bodies that keep them (domain vocabulary). */
const LIST_KEEPERS: ReadonlyMap<string, RegExp> = new Map([
  ['entity list', /^G:(?:US)?:(?:department of commerce|bureau of industry and security)$|^N:bis$/],
  ['sdn', /^N:ofac$|^G:(?:US)?:office of foreign assets control$/],
]);
/** Papers that record a party's trade: "B's import declarations", "customs records of B". */
const RECORD_NOUNS = /^(?:declarations?|records?|filings?|data|documents?|papers|manifests?|invoices?|entries|registers?)$/;
/** Words for a firm another deals with rather than owns: "a B partner company". */
const PARTNER_WORDS = /^(?:partner|supplier|customer|client|rival|competitor|contractor|subcontractor|sister|distributor|dealer)$/;
/** Frames of goods in a party's use or weapons, which end their journey there. */
const GOODS_END_TRIGGERS: ReadonlySet<string> = new Set(['use', 'hold', 'found']);
/** Verbs by which a body reports its own action. */
const REPORTING = /^(?:say|announce|state|report|note|explain|write)$/;
/** Words of a tie that has lapsed, before its noun: "A's former parent company". */
const FORMER = /^(?:former|ex|one-time|onetime|previous)$/;
/** Nouns for the members of a counted group of targets: "It named the Laotian entities as A and B". */
const GROUP_MEMBERS = /^(?:entit(?:y|ies)|compan(?:y|ies)|firms?|individuals?|persons?|people|targets?|designees?)$/;
/** Verbs of speaking about or answering a measure: "A said it was not the target", "A criticised the move". */
const REACTING = /^(?:say|state|deny|criticise|criticize|condemn|reject|welcome|call|comment|respond|protest|dispute|denounce|tell)$/;
/** Gerunds of a body's organ at work on a measure: "implementing sanctions", "monitoring sanctions". */
const OVERSEEING = /^(?:implementing|monitoring|enforcing|overseeing)$/;
/** A body's organs that oversee its measures. */
const ORGANS = /^(?:committee|committees|panel|panels|council|commission)$/;
/** Cargo that names a vessel carrying it ("a weapons ship"), not a kind of warship ("a missile ship", "an aircraft carrier"). */
const ARMS_CARGO = /^(?:arms|weapons?|munitions|ammunition|shells)$/;
/** What a party's armed effort is called: "B's war", "B's forces" ("operations" and "efforts" only as military ones). */
const ARMED_EFFORT = /^(?:war|military|forces|army)$/;
/** Words that say which of a firm's owners a phrase means: "the ultimate beneficiary", "the beneficial owner". */
const OWNER_KINDS = /^(?:ultimate|beneficial|real|true|final|sole|main|principal|majority|largest)$/;
/** What a firm does, standing for the firm as a possession: "the beneficiary of A's activities". */
const FIRM_ACTIVITIES = /^(?:activities|activity|business|businesses|operations)$/;
/** Where a sentence's own subject starts: past an opening phrase of attribution or time ("According to the decree, ..."). */
function openingSkipped(T: Token[], s: Sentence): number {
  // ("Specifically, the targeted individuals are A and B": a sentence adverb and its comma.)
  if (T[s.first]?.pos === 'ADV' && /ly$/.test(T[s.first].lower) && T[s.first + 1]?.text === ',') return s.first + 2;
  if (!/^(?:according|under|per|separately|additionally|meanwhile|in|on)$/.test(T[s.first]?.lower ?? '')) return s.first;
  for (let q = s.first + 1; q < s.last && q < s.first + 8; q++) if (T[q].text === ',') return q + 1;
  return s.first;
}

/**
 * Where the names start in "One of the companies is A", "One of them is A", "The other two firms are C and D", "The
 * others are C and D" (a group's members, named one and then the rest), or -1.
 */
function groupMember(T: Token[], at: number, last: number): number {
  let q = at;
  const w = (k: number) => T[k]?.lower ?? '';
  if (w(q) === 'one' && w(q + 1) === 'of') {
    q += 2;
    if (w(q) === 'them') q++;
    else if (/^(?:the|these|those)$/.test(w(q)) && FIRMS.test(w(q + 1))) q += 2;
    else return -1;
    // ("One of these companies, A, has procured ...": the member in apposition.)
    return (w(q) === 'is' || w(q) === ',') && q + 1 < last ? q + 1 : -1;
  }
  if (w(q) !== 'the' || !/^(?:other|remaining)$/.test(w(q + 1))) return -1;
  q += 2;
  if (w(q) === 'others') q++;
  else {
    if (T[q]?.pos === 'NUM') q++;
    if (!FIRMS.test(w(q))) return -1;
    q++;
  }
  return w(q) === 'are' && q + 1 < last ? q + 1 : -1;
}

/** Acts that impose a measure on the authority of the one who signs them. */
const DECREES = /^(?:decree|decrees|resolution|resolutions|order|orders|edict)$/;
/** A word between "among" and the description it governs: "among the sanctioned Russian companies". */
const amongModifier = (t: Token) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'VERB' && /ed$/.test(t.lower));
/** Weapons and strikes: what a country "targets" a place with in war, not a measure. */
const ATTACKS = /^(?:drones?|missiles?|rockets?|strikes?|airstrikes?|attacks?|shells?|shelling|artillery|bombs?|bombing|raids?|fire|munitions)$/;
/** Heads of a designations list besides traders: "the following individuals", "four vessels". */
const LISTED_NOUNS = /^(?:individuals|persons|people|vessels|ships|banks|organi[sz]ations|networks|managers|executives|officials|directors)$/;

/** The named chunk before the comma-bounded aside that ends with chunk i ("A, with a 51% stake,"), or undefined. */
function beforeCommaAside(list: Chunk[], i: number, T: Token[]): Chunk | undefined {
  for (let j = i; j > 0 && list[i].last - list[j].first <= 12; j--) {
    const before = list[j - 1];
    if (T[before.last]?.text !== ',' || T[before.last].sent !== T[list[i].first].sent) continue;
    return before.ents.length ? before : undefined;
  }
  return undefined;
}

/** Nouns of a collective whose members an "of" phrase gives: "a small group of Chinese firms". */
const COLLECTIVE_NOUNS = /^(?:group|handful|network|cluster|number)$/;
/** Groups a route goes through by their members: "through a network / cluster of shell companies in K". */
const ROUTE_GROUPS = /^(?:network|chain|web|series|string|cluster|group|ring|handful|number)$/;

/**
 * ", one of them,", ", the largest of the companies,", ", one of these firms,": the group noun ("them" for the pronoun)
 * a name in apposition belongs to, or null.
 */
function memberOfGroup(T: Token[], q: number, last: number): string | null {
  if (/^(?:one|another)$/.test(T[q]?.lower ?? '')) q++;
  else if (T[q]?.lower === 'the' && /^(?:largest|biggest|main|leading|first|second|third)$/.test(T[q + 1]?.lower ?? '')) q += 2;
  else return null;
  if (T[q]?.lower !== 'of') return null;
  q++;
  if (T[q]?.lower === 'them') return T[q + 1]?.text === ',' ? 'them' : null;
  if (!/^(?:the|these|those)$/.test(T[q]?.lower ?? '')) return null;
  q++;
  while (q < last && T[q].pos === 'ADJ') q++;
  if (!TRADER_NOUNS.test(T[q]?.lower ?? '') || !/s$/.test(T[q].lower)) return null;
  return T[q + 1]?.text === ',' ? T[q].lower : null;
}

/** Whether a word from token `from` up to `to` matches `re` (read in place, no list built). */
function wordIn(T: Token[], from: number, to: number, re: RegExp): boolean {
  for (let q = from; q < to; q++) if (re.test(T[q].lower)) return true;
  return false;
}

/** The entity named right before token q, or -1. */
function entityBefore(g: GrammarInput, q: number): number {
  const mi = g.at[q - 1];
  return mi >= 0 ? g.res.entityOf[mi] : -1;
}

/** "the Kyrgyz company", "the Vietnamese airline": one firm by a word for firms or for its trade, which may refer back. */
function placedFirmNoun(c: Chunk): boolean {
  return c.det === 'the' && !c.plural && (TRADER_NOUNS.test(c.noun) || TRADE_NAMES.has(c.noun));
}

/**
 * The names opening the items after each semicolon of a list whose first item is `first`, set off with its description
 * ("A, a state firm; B, its director; and C, a test range" gives B and C); none unless every item opens with a name.
 */
function itemsAfterSemicolons(T: Token[], s: Sentence, first: Chunk, startAt: { get(q: number): Chunk | null | undefined }): Chunk[] {
  const out: Chunk[] = [];
  // (Whether the item has opened a relative clause: "B, which has launched a coin;".)
  let relative = false;
  for (let q = first.last; q < s.last; q++) {
    // (The clause ends at its own closing comma: "B, which ships them, was not listed" is a clause of the item's own.)
    if (relative && T[q].text === ',') relative = false;
    if (/^(?:which|who)$/.test(T[q].lower) && T[q - 1]?.text === ',') relative = true;
    // (Each item a name and its description, no clause: not "A, a carrier; B, its rival, was spared"; but a relative
    // clause or an infinitive's "to be" is the description's: "C, believed to be the head of D".)
    if (T[q].pos === 'AUX' && !relative && !(T[q].lower === 'be' && T[q - 1]?.lower === 'to')) return [];
    if (T[q].text !== ';') continue;
    relative = false;
    const item = startAt.get(T[q + 1]?.lower === 'and' ? q + 2 : q + 1);
    if (!item?.ents.length || item.noun) return [];
    out.push(item);
  }
  return out;
}

/**
 * The names a list goes on with past its first item's place: "A in K; and B, C, and D, all in L" gives B, C and D. The
 * list must end with the sentence (past a closing "all in L"); none when a clause follows.
 */
function listPastPlaces(T: Token[], s: Sentence, first: Chunk, startAt: Map<number, Chunk>): number[] {
  const out: number[] = [];
  let q = first.last;
  for (let guard = 0; guard < 12 && q < s.last; guard++) {
    // (Past the item's place: "in K".)
    if (T[q].lower === 'in') {
      const place = startAt.get(q + 1);
      if (!place) return [];
      q = place.last;
      continue;
    }
    if (!/^[,;]$/.test(T[q].text)) break;
    q++;
    if (/^(?:and|or)$/.test(T[q]?.lower ?? '')) q++;
    // ("..., all in L.": the list's closing place.)
    if (T[q]?.lower === 'all' && T[q + 1]?.lower === 'in') { q++; continue; }
    const item = startAt.get(q);
    // ("A, the B weapon manufacturer, C and D": an item described by its name before the noun for a firm; "A, a B
    // weapon supplier, and C", "A, the B subsidiary, and C": what the item before is, an aside that names no item.)
    const description = item && /^(?:the|a|an)$/.test(item.det) && !item.ents.length && !!item.noun;
    const named = description && item.det === 'the' && TRADER_NOUNS.test(item.noun) && !(T[item.last]?.text === ',' && T[item.last + 1]?.lower === 'and');
    if (!item || ((item.noun || !item.ents.length) && !description)) return [];
    out.push(...(!description ? item.ents : named ? item.mods : []));
    q = item.last;
  }
  // (Only a list that ends the sentence: "A in K; and B shipped ..." is another clause.)
  return /^[.!?]$/.test(T[q]?.text ?? '.') || q >= s.last ? out : [];
}

/** Words for firms that no person is called by: "firms", "companies", "plants" (not "traders", "dealers"). */
const FIRMS_NOT_PEOPLE = /^(?:firms?|compan(?:y|ies)|businesses|enterprises|entities|plants|factories|manufacturers|makers|producers|suppliers|exporters)$/;

/** -ing forms of what a firm does, which describe a listed item: "A, manufacturing optical sights, B". */
const BUSINESS_ING = /^(?:manufacturing|producing|making|building|assembling|designing|developing|supplying|providing|exporting|importing|distributing|selling|reselling|trading|operating|specializing|specialising|leading|servicing|repairing)$/;

/**
 * Whether a participle that describes a listed item opens at token q: "known for exporting G", "manufacturing G",
 * "based in P" (a trade's -ing form, or a participle of repute or place before its preposition).
 */
function describingParticiple(T: Token[], q: number): boolean {
  const t = T[q];
  if (!t) return false;
  if (/^(?:known|famous|notable)$/.test(t.lower) && /^(?:for|as)$/.test(T[q + 1]?.lower ?? '')) return true;
  if (/^(?:based|located|headquartered|registered)$/.test(t.lower) && T[q + 1]?.lower === 'in') return true;
  // (Whatever the tagger reads it as: "A, manufacturing optical sights, B", "A, leading maker of G, B"; a trade's verb
  // only: "A, citing its shipments, and B", "A, freezing its assets, and B" are the main clause's.)
  return BUSINESS_ING.test(t.text);
}

/**
 * Whether a clause's verb comes between token q and the next semicolon or the sentence's end (q < last): "B, its
 * rival, was spared", "B denied any link"; one inside a relative clause or a describing participle's phrase ("B, known
 * for G,"), up to its closing comma, is the item's description.
 */
function clauseAhead(T: Token[], q: number, last: number): boolean {
  let relative = false;
  for (; q < last && T[q].text !== ';'; q++) {
    if (relative && T[q].text === ',') relative = false;
    if ((/^(?:which|who)$/.test(T[q].lower) || describingParticiple(T, q)) && T[q - 1]?.text === ',') relative = true;
    if ((T[q].pos === 'AUX' || T[q].pos === 'VERB') && !relative) return true;
  }
  return false;
}

/** Whether an item number in parentheses opens at token q: "(1)", "(2)". */
function numbered(T: Token[], q: number): boolean {
  return T[q]?.text === '(' && T[q + 1]?.pos === 'NUM' && /^\d{1,2}$/.test(T[q + 1].text) && T[q + 2]?.text === ')';
}

/** The target named inside a measure's own phrase, the clause's subject: "sanctions on A (were imposed by B)". */
function measureTarget(cl: Clause): Chunk | undefined {
  return cl.preRoles.on ?? cl.preRoles.against;
}

class Interpreter {
  private out: LocalRelation[] = [];
  private seen = new Set<string>();
  private d: Discourse;
  /** A government body reporting in the sentence being read ("the Treasury said ..."). */
  private speaker: { ents: number[]; sent: number } | null = null;
  /** The body of an attribution closing the sentence being read ("..., a Treasury statement said"). */
  private closingSpeaker: { ents: number[]; sent: number } | null = null;
  /** The last flow a clause drew: its suppliers and recipients, for a later sentence about the same goods. */
  /** The last flow read; `described`: countries among its targets that stand for a trader the text described ("a Turkish importer"). */
  private lastFlow: { sources: number[]; targets: number[]; vias: number[]; sent: number; described?: number[] } | null = null;
  /** The body that last published a list of firms ("has issued a list of 60 firms"), for "Among them are A". */
  private publishedList: { bodies: number[]; sent: number } | null = null;
  /** The last supply clause with a supplier and no recipient ("The cargo left with A."), for "Its buyer was B". */
  private openSupply: { sources: number[]; sent: number; block: number } | null = null;
  /** A supplier the text introduced by name ("one of the exporters, A,", "a supplier, A,"). */
  private supplierNamed: { ents: number[]; sent: number } | null = null;
  private noteSupplier(s: Sentence, list: Chunk[]): void {
    const T = this.T;
    for (let i = 0; i + 1 < list.length; i++) {
      const c = list[i];
      const next = list[i + 1];
      if (c.ents.length || T[c.last]?.text !== ',' || next.first !== c.last + 1 || !next.ents.length || next.noun) continue;
      let supplier = false;
      for (let q = c.first; q < c.last; q++) if (/^(?:supplier|suppliers|exporter|exporters|vendor|vendors)$/.test(T[q].lower)) supplier = true;
      const names = next.ents.filter((e) => this.actor(e) && !this.isCountry(e) && this.kind(e) !== 'person');
      if (supplier && names.length) this.supplierNamed = { ents: names, sent: s.index };
    }
  }
  /** A list of goods announced with a colon ("Among the goods delivered were:"): its items name their makers. */
  private goodsList: { buyers: number[]; sent: number; last: number } | null = null;
  /** A sanctions list announced with a colon: its items name the targets. */
  private pending: { by: number[]; rule: string; sent: number } | null = null;
  /** A body's sanctions on a group it does not name yet ("added 12 companies to the Entity List"): the next sentences may. */
  private group: { by: number[]; sent: number } | null = null;
  /** The last list item read, so a run of bare lines continues the list. */
  private lastItem = -1;
  private T;
  /** The goods the text has named: known goods and what its transfer clauses moved ("shipped pumps ..."). */
  private goods: GoodsSeen;
  constructor(private g: GrammarInput) {
    this.T = g.an.tokens;
    this.goods = new GoodsSeen(this.T);
    this.d = new Discourse(this.officersOfJustice(), (country, body) => this.actsFor(country, body),
      (e) => {
        // (The given name opens a full form of the person's name: "Martin Varno", not "Varno".)
        const full = [...(this.g.res.entities[e]?.surfaces.keys() ?? [])].find((x) => x.includes(' '));
        return full ? givenNameGender(full.split(' ')[0]) : null;
      });
  }

  /** Whether `body` is one of country `country`'s own bodies (the US and its Treasury, or OFAC). */
  private actsFor(country: number, body: number): boolean {
    if (!this.isCountry(country)) return false;
    const b = this.g.res.entities[body];
    return (b.country ?? bodyHome(b.surfaces.keys())) === this.g.res.entities[country].country;
  }

  /** The people the text names right after the title of one who brings or tries a case ("US Attorney A", "Judge B"). */
  private officersOfJustice(): Set<number> {
    const out = new Set<number>();
    const { at, res } = this.g;
    for (let q = 1; q < this.T.length; q++) {
      // ("US Attorney A"; "Judge A", the title inside the name's span.)
      if (at[q] < 0 || at[q - 1] === at[q] || !(CASE_OFFICERS.test(this.T[q - 1].lower) || CASE_OFFICERS.test(this.T[q].lower))) continue;
      const e = res.entityOf[at[q]];
      if (e >= 0) out.add(e);
    }
    return out;
  }

  /** Names a sentence-initial capital alone would not vouch for, vouched for by an apposition ("A, maker of ..."). */
  private vouched = new Set<number>();
  private actor = (e: number): boolean => isActor(this.g, e) || this.vouched.has(e);

  /** Where the text placed each company: "the Kyrgyz trader A", "A, a Kyrgyz company,", "Bishkek-based A". */
  private placed = new Map<number, string | undefined>();
  private placeOf(e: number): string | undefined {
    return this.placed.get(e) ?? this.g.res.entities[e]?.country;
  }
  private notePlaces(list: Chunk[]): void {
    const T = this.T;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      if (!c.ents.length) continue;
      let places = c.mods.filter(this.isCountry);
      const next = list[i + 1];
      if (!places.length && next && T[c.last]?.text === ',' && next.first === c.last + 1 && !next.ents.length && TRADER_NOUNS.test(next.noun)) places = next.mods.filter(this.isCountry);
      // ("A from Kazakhstan", "Germany's B": a bare country after "from", or as the name's possessor.)
      if (!places.length && next && /^(?:from|of)$/.test(T[c.last]?.lower ?? '') && next.first === c.last + 1 && !next.noun && next.ents.length === 1 && this.isCountry(next.ents[0])) places = next.ents;
      if (!places.length && c.poss >= 0 && this.isCountry(c.poss) && !c.noun) places = [c.poss];
      if (places.length !== 1) continue;
      for (const e of c.ents) if (!this.isCountry(e)) this.placed.set(e, this.g.res.entities[places[0]].country);
    }
  }

  /** "A, maker of radios, ...", "A, a Serbian parts company,": the apposition says A is a trader. */
  private vouch(s: Sentence, list: Chunk[]): void {
    const T = this.T;
    for (let i = 0; i + 1 < list.length; i++) {
      const c = list[i];
      const next = list[i + 1];
      if (c.ents.length !== 1 || this.kind(c.ents[0]) !== null || T[c.last]?.text !== ',' || next.first !== c.last + 1 || next.ents.length) continue;
      if (TRADER_NOUNS.test(next.noun) && !next.plural) this.vouched.add(c.ents[0]);
    }
  }

  /** Whether "if" or "unless" follows token k in the sentence: "faces sanctions if it keeps shipping". */
  private conditionAfter(k: number, s: Sentence): boolean {
    for (let q = k + 1; q < s.last; q++) if (this.T[q].lower === 'if' || this.T[q].lower === 'unless') return true;
    return false;
  }

  /** Whether token q is (part of) a country's mention, a demonym included ("Iranian"). */
  private countryAt(q: number): boolean {
    const m = this.g.at[q];
    return m >= 0 && this.isCountry(this.g.res.entityOf[m]);
  }

  /** The article's entity for a country code, or -1. */
  private countryEntity(code: string | undefined): number {
    if (!code) return -1;
    return this.g.res.entities.findIndex((x) => x.kind === 'country' && x.country === code);
  }

  /** Whether the sentences after `from` and before `to` name no party but countries and state bodies (false for none on record). */
  private onlyStatesSince(from: number, to: number): boolean {
    if (from < 0) return false;
    for (let si = from + 1; si < to; si++) {
      const sent = this.g.an.sentences[si];
      for (let q = sent.first; q < sent.last; q++) {
        const mi = this.g.at[q];
        const e = mi >= 0 ? this.g.res.entityOf[mi] : -1;
        if (e >= 0 && this.kind(e) !== null && !this.isCountry(e) && this.kind(e) !== 'government') return false;
      }
    }
    return true;
  }

  /** Whether sentence `si` names a party other than a country (a company, person or body). */
  private namesParty(si: number): boolean {
    const sent = this.g.an.sentences[si];
    if (!sent) return false;
    for (let q = sent.first; q < sent.last; q++) {
      const mi = this.g.at[q];
      if (mi < 0) continue;
      const e = this.g.res.entityOf[mi];
      if (e >= 0 && !this.isCountry(e) && this.actor(e) && this.kind(e) !== 'media') return true;
    }
    return false;
  }

  /** The company whose name the name of `child` begins with and extends ("Kelvaro" for "Kelvaro Rus"), or -1. */
  private namesake(child: number): number {
    if (!this.firmsByKey) {
      this.firmsByKey = new Map();
      this.g.res.entities.forEach((e, i) => {
        if ((e.kind === 'company' || e.kind === null) && !this.firmsByKey!.has(e.key)) this.firmsByKey!.set(e.key, i);
      });
    }
    const words = this.g.res.entities[child]?.key.split(' ') ?? [];
    // The longest leading run of the child's words that is another firm's whole key.
    for (let n = words.length - 1; n >= 1; n--) {
      const e = this.firmsByKey.get(words.slice(0, n).join(' '));
      if (e !== undefined && e !== child) return e;
    }
    return -1;
  }
  /** Firms of the article by their key, built on first use (namesake). */
  private firmsByKey?: Map<string, number>;

  private kind(e: number) {
    return this.g.res.entities[e]?.kind ?? null;
  }
  private isCountry = (e: number) => this.kind(e) === 'country';
  private kindOf = (e: number): string | null => this.kind(e);
  private canSanction = (e: number) => ['government', 'country', 'organization'].includes(this.kind(e) ?? '');

  private emit(type: RelationType, source: number, target: number, s: Sentence, from: number, rule: string): void {
    if (source < 0 || target < 0 || source === target) return;
    if (!this.actor(source) || !this.actor(target)) return;
    // A capitalised word in a headline is no evidence of a name: an unclassified one is not promoted from there.
    if (s.titleCase && (this.kind(source) === null || this.kind(target) === null)) return;
    if (type === 'SANCTIONED' && !this.canSanction(source)) return;
    if (type === 'SUBSIDIARY_OF' && this.isCountry(source)) return;
    // (Two entities the text names alike are one party read twice: no trade between them.)
    if (type === 'SHIPPED_TO' && this.namedAlike(source, target)) return;
    // ("a Russian agent exported chips from the US to the Russian military": a country sends its own state bodies nothing.)
    if (type === 'SHIPPED_TO' && this.isCountry(source) && this.kind(target) === 'government' && this.sameCountry(source, target)) return;
    const key = `${type}|${source}|${target}|${s.index}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const first = this.g.an.sentences[Math.min(from, s.index)];
    this.out.push({ type, source, target, props: {}, start: first.start, end: s.end, rule: `frame:${rule}` });
  }

  /**
   * The last shipment of an earlier sentence by a firm of the given people's own (one the text has drawn as theirs):
   * "A used his company, F, to ship G to B. ... He routed it through K" is F's shipment's route.
   */
  private ownFirmsFlow(people: number[], s: Sentence, lemma: string): { sources: number[]; targets: number[]; sent: number } | undefined {
    // (A verb of routing only, within a few sentences: "He also sold his own rifles through K" is his own trade.)
    if (!people.length || !people.every((p) => this.kind(p) === 'person') || !ROUTING.test(lemma)) return undefined;
    const firms = new Set(this.out.filter((r) => r.type === 'SUBSIDIARY_OF' && people.includes(r.target)).map((r) => r.source));
    const flows = this.out.filter((r) => r.type === 'SHIPPED_TO' && firms.has(r.source) && r.end < s.start);
    const lastEnd = flows.length ? flows[flows.length - 1].end : -1;
    const latest = flows.filter((r) => r.end === lastEnd);
    if (!latest.length) return undefined;
    const sent = this.g.an.sentences.findIndex((x) => x.end === lastEnd);
    if (s.index - sent > OWN_FIRM_REACH) return undefined;
    return { sources: [...new Set(latest.map((r) => r.source))], targets: [...new Set(latest.map((r) => r.target))], sent };
  }

  /** Whether two entities share a surface form (case aside): one party the resolution kept as two. */
  private namedAlike(a: number, b: number): boolean {
    const x = this.surfacesOf(a), y = this.surfacesOf(b);
    for (const k of y) if (x.has(k)) return true;
    return false;
  }
  private readonly lowerSurfaces = new Map<number, Set<string>>();
  private surfacesOf(e: number): Set<string> {
    let set = this.lowerSurfaces.get(e);
    if (!set) this.lowerSurfaces.set(e, (set = new Set([...(this.g.res.entities[e]?.surfaces.keys() ?? [])].map((k) => k.toLowerCase()))));
    return set;
  }

  /** Entities a chunk names or refers to, for a party to trade or ownership. */
  private party(c: Chunk | null | undefined, s: Sentence, exclude: number[], proxy: boolean): Found {
    if (!c) return NONE;
    // ("an A-born trader": a birthplace is no firm of the phrase, nor its country.)
    const born = c.mods.length ? this.bornIn(c) : [];
    if (born.length) c = { ...c, mods: c.mods.filter((e) => !born.includes(e)) };
    if (c.ents.length) {
      const list = this.announced(c, s) ?? c.ents;
      return { ents: list.filter((e) => this.actor(e)), from: s.index };
    }
    // ("A number of Laos-based companies are exporting G", "dozens of firms": the "of" phrase after a quantity is the party.)
    // ("Two of its ships": a bare count likewise.)
    if ((QUANTITY_NOUNS.test(c.noun) || (!c.noun && c.count > 0)) && c.poss === -1 && this.T[c.last]?.lower === 'of') {
      const of = chunkAt(this.g, s, c.last + 1);
      const counted = of && !QUANTITY_NOUNS.test(of.noun) ? this.party(of, s, exclude, proxy) : NONE;
      if (counted.ents.length) return counted;
    }
    // ("The family of tycoon A controls B": a family stands for the person it is named by, as an owner only; sanctions
    // on a family are not on the person.)
    if (c.noun === 'family' && this.T[c.last]?.lower === 'of' &&
      this.sentClauses.some((x) => triggerClasses(x.lemma).includes('own') && (x.voice === 'active' ? x.subj === c : x.roles.by === c))) {
      const people = (chunkAt(this.g, s, c.last + 1)?.ents ?? []).filter((e) => this.kind(e) === 'person' && !exclude.includes(e));
      if (people.length) return { ents: people, from: s.index };
    }
    // ("put sanctions on one of the traders indicted by B, A": the one of a group, named after its comma.)
    const one = this.oneOfNamed(c, s);
    if (one.length && !exclude.includes(one[0])) return { ents: one, from: s.index };
    const listed = this.announced(c, s);
    // ("12 of its ships, including A, had been moving G for B": ships carry the goods; their owner is the party, and
    // the ships named are carriers.)
    const owned = c.det === 'its' || c.det === 'their';
    if (proxy && VESSELS.test(c.noun) && (listed || owned)) {
      if (!owned) return NONE;
      const spokenOf = this.targetSpokenOf(c, s);
      return spokenOf.ents.length ? spokenOf : this.possessor(s, c);
    }
    if (listed) return { ents: listed, from: s.index };
    // ("to NATO nations", "EU member states": a bloc's members stand for the bloc.)
    if (BLOC_MEMBERS.test(c.noun) && c.poss === -1 && c.mods.length === 1 && /^(?:organization|government)$/.test(this.kind(c.mods[0]) ?? '') && !exclude.includes(c.mods[0])) {
      return { ents: c.mods, from: s.index };
    }
    // ('against the Russian company "A"': the name a description gives in quotes right after it.)
    if (TRADER_NOUNS.test(c.noun) && !c.plural && /^["“«]$/.test(this.T[c.last]?.text ?? '')) {
      const quoted = chunkAt(this.g, s, c.last + 1);
      const ents = quoted && !quoted.noun ? quoted.ents.filter((e) => this.actor(e) && !exclude.includes(e)) : [];
      if (ents.length) return { ents, from: s.index };
    }
    // "A and his firm supplied ...": the person, and the company the text gave him.
    if (/^(?:his|her)$/.test(c.det) && TRADER_NOUNS.test(c.noun) && !c.plural && this.T[c.first - 1]?.lower === 'and') {
      // ("A (a resident of the city) and his firm": past a parenthesis.)
      let q = c.first - 1;
      if (this.T[q - 1]?.text === ')') for (let p = q - 2; p > s.first && p > q - 15; p--) if (this.T[p].text === '(') { q = p; break; }
      const owner = entityBefore(this.g, q);
      if (owner >= 0 && this.kind(owner) === 'person' && !exclude.includes(owner)) {
        const firms = this.out.filter((r) => r.type === 'SUBSIDIARY_OF' && r.target === owner && this.kind(r.source) === 'company').map((r) => r.source);
        return { ents: [owner, ...new Set(firms)].filter((e) => !exclude.includes(e)), from: firms.length ? Math.max(0, s.index - 1) : s.index };
      }
    }
    // "The first two were set up in 2020", "the third is owned by B": members of the last list, by position.
    const ordinal = this.d.ordinal(c, this.T, s.index);
    if (ordinal) {
      const ents = ordinal.filter((e) => !exclude.includes(e));
      return ents.length ? { ents, from: Math.max(0, s.index - 1) } : NONE;
    }
    // ("A sold chips to B. The buyer then resold them to C": a party named by its role in the last flow.)
    const byRole = this.partyByRole(c, s, exclude);
    if (byRole) return byRole;
    // ("sent spare parts to a subsidiary of B": an unnamed unit of a named group stands for the group; "sanctions on the
    // companies of the B Group" alike, read before "the companies" may refer back.)
    // ("sold metals to subsidiaries of a Vietnamese military agency": units with no article, of a state's agency, stand
    // for its country.)
    const unit = ((/^(?:a|an|one)$/.test(c.det) && !c.plural) || (c.plural && !c.det)) && CHILD_NOUNS.has(c.noun);
    // ("A's subsidiaries exported G to B", "A subsidiaries shipped G": a named group's unnamed units alike.)
    // (Not "A's former subsidiaries".)
    const groups = !CHILD_NOUNS.has(c.noun) || this.inMeasure || this.lapsed(s, c) ? []
      : (c.poss >= 0 ? [c.poss] : c.det ? [] : c.mods).filter((e) => this.kind(e) === 'company' && !exclude.includes(e));
    if (groups.length) return { ents: groups, from: s.index };
    // ("restrictions on the business of A": a firm's business is the firm.)
    const companies = c.det === 'the' && ((c.plural && /^(?:companies|firms|entities|enterprises)$/.test(c.noun)) || /^(?:business|businesses|operations)$/.test(c.noun));
    // (Not as a target of sanctions: "added two units of B to its blacklist" lists the units, not B.)
    if (((unit && !this.inMeasure) || companies) && this.T[c.last]?.lower === 'of') {
      const group = chunkAt(this.g, s, c.last + 1);
      const owners = group && !group.noun ? group.ents.filter((e) => !this.isCountry(e) && this.actor(e) && !exclude.includes(e)) : [];
      if (owners.length) return { ents: owners, from: s.index };
      const states = proxy && group && !group.ents.length && STATE_BODIES.test(group.noun) ? group.mods.filter(this.isCountry) : [];
      if (states.length === 1 && !exclude.includes(states[0])) return { ents: states, from: s.index };
    }
    // ("the tank maker, A,": a description the text names in apposition is that name, not one it refers back to.)
    if (Discourse.anaphoric(c, this.T) && !c.pronoun) {
      const named = this.appositionName(c, s);
      if (named.length) return { ents: named, from: s.index };
    }
    // ("A said it had shipped G to B": the speaker, not the party the sentence before was about.)
    // ("A said he had sold G to B": a person speaking of himself.)
    const spokenOf = this.targetSpokenOf(c, s);
    if (spokenOf.ents.length) return spokenOf;
    const speaker = this.speakerOf(c);
    if (speaker >= 0 && this.actor(speaker) && !exclude.includes(speaker)) return { ents: [speaker], from: s.index };
    // ("The Laotian government is using weapons it bought from K": a pronoun opening a relative clause that has no
    // relative pronoun, on the object of the clause before, is that clause's subject, whatever its kind.)
    // (Not after a verb of telling, whose object "it" may be: "B told A it had shipped G".)
    const host = c.pronoun === 'it' || c.pronoun === 'they' ? this.sentClauses.find((x) => x.sent === s.index && x.voice === 'active' && x.obj?.last === c.first &&
      !TELLING.test(x.lemma) && x.subj?.ents.length) : undefined;
    if (host) {
      const found = this.party(host.subj, s, exclude, proxy);
      if (found.ents.length) return found;
    }
    // ("The company took a new name after it was sanctioned by B": "it" in a later clause is what the subject of an
    // earlier one, a description that names no one, refers to.)
    const opener = c.pronoun === 'it' ? this.sentClauses.find((x) => x.sent === s.index && x.verb < c.first && !!x.subj && !x.subj.ents.length && !x.subj.pronoun) : undefined;
    if (opener) {
      const found = this.party(opener.subj, s, exclude, proxy);
      // (A bare word for a firm only where the sentence before opens with no firm, which the discourse reads: "A owns B.
      // The company said it ..." may be either; "The buyer" is the one its role names.)
      const before = this.g.an.sentences[s.index - 1];
      const opening = before && !BUYER_ROLES.test(opener.subj!.noun) && !SELLER_ROLES.test(opener.subj!.noun) ? chunkAt(this.g, before, before.first) : null;
      const firmOpens = !!opening?.ents.some((e) => !this.isCountry(e) && this.kind(e) !== 'person');
      if (found.ents.length && !firmOpens) return found;
    }
    // ("The firm and its vessel were blacklisted": a firm referred back to, joined with its vessel, which is no
    // party.)
    const and = !c.ents.length && VESSELS.test(c.noun) ? this.T.slice(c.first, c.last).findIndex((t) => t.lower === 'and') : -1;
    if (and > 1) return this.party({ ...c, last: c.first + and, noun: this.T[c.first + and - 1].lower, plural: false }, s, exclude, proxy);
    if (Discourse.anaphoric(c, this.T)) {
      const ents = this.d.resolve(c, s.index, exclude, this.kindOf);
      // (The quote takes in the sentence before only when that is where the names are: "While A and B stay neutral,
      // they export G to C" quotes its own sentence.)
      if (ents.length) return { ents, from: this.namedBefore(s, c.first, ents) ? s.index : Math.max(0, s.index - 1) };
      // ("a front company called A, according to B, which sanctioned the company": no subject to refer to, the
      // company named earlier in the sentence.)
      if (!c.plural && !c.pronoun && c.det === 'the' && TRADER_NOUNS.test(c.noun)) {
        for (let q = c.first - 1; q >= s.first; q--) {
          const e = entityBefore(this.g, q + 1);
          // (Not the source an attribution names: "According to A, the company shipped ...".)
          const first = this.g.at[q] >= 0 ? this.g.mentions[this.g.at[q]].first : q;
          if (this.T[first - 1]?.lower === 'to' && this.T[first - 2]?.lower === 'according') continue;
          if (e >= 0 && this.kind(e) === 'company' && !exclude.includes(e)) return { ents: [e], from: s.index };
        }
      }
      return NONE;
    }
    // "A and B were named ... the two Turkish firms sell": a counted description of the firms just named.
    // ("blacklisted both Tashkent-based companies": "both" counts two.)
    if ((c.det === 'the' && c.count >= 2 || c.det === 'both') && c.plural && TRADER_NOUNS.test(c.noun) && c.mods.every(this.isCountry)) {
      const ents = this.d.resolve(c, s.index, exclude, this.kindOf);
      if (ents.length) return { ents, from: Math.max(0, s.index - 1) };
    }
    // ("A's conduct has included providing G", "A's activities involved shipping G": a party's own doings stand for it.)
    if (proxy && c.poss >= 0 && /^(?:conduct|activities|activity|actions|operations)$/.test(c.noun) && this.actor(c.poss) && !exclude.includes(c.poss)) {
      return { ents: [c.poss], from: s.index };
    }
    // "the A plant shipped ...": a company's own facility stands for the company.
    if (c.det === 'the' && !c.plural && FACILITY.test(c.noun)) {
      const owners = c.mods.filter((e) => !this.isCountry(e) && this.actor(e) && this.kind(e) !== 'person');
      if (owners.length === 1) return { ents: owners, from: s.index };
    }
    // "a trading company in Hong Kong, A": the description's own name, given in apposition.
    // ("to Laos's state-owned arms agency, A": a state's own body, named, and the state it belongs to.)
    const named = this.appositionName(c, s);
    const state = c.poss >= 0 && this.isCountry(c.poss) && STATE_BODIES.test(c.noun) ? [c.poss] : [];
    if (named.length) return { ents: [...named, ...state], from: s.index };
    // ("owned by a family of Russian businessmen, A and B", "a couple, A and B": a group of people and its members' names.)
    const members = this.groupMembers(c, s);
    if (members.length) return { ents: members, from: s.index };
    // "the Kyrgyz company": the last company the text placed in that country.
    // ("the Vietnamese airline", "the Laotian lender": a firm by its trade too.)
    if (placedFirmNoun(c) && c.last - c.first <= 4) {
      const places = c.mods.filter(this.isCountry);
      if (places.length === 1) {
        const code = this.g.res.entities[places[0]].country;
        // (A firm by its trade only where its name says the trade: "the Vietnamese airline" is an "Air", not any firm
        // placed there.)
        const trade = TRADER_NOUNS.test(c.noun) ? undefined : TRADE_NAMES.get(c.noun);
        const e = this.d.recent(s.index, (x) => this.kind(x) !== 'country' && this.kind(x) !== 'person' && this.placeOf(x) === code && this.actor(x) &&
          (!trade || [...this.g.res.entities[x].surfaces.keys()].some((n) => trade.test(n))), exclude);
        if (e >= 0) return { ents: [e], from: Math.max(0, s.index - 1) };
      }
    }
    // ("The Kazakh and German companies are owned by B": one company the text placed in each country.)
    if (c.det === 'the' && c.plural && TRADER_NOUNS.test(c.noun) && c.mods.length >= 2 && c.mods.every(this.isCountry)) {
      const firms: number[] = [];
      for (const place of c.mods) {
        const code = this.g.res.entities[place].country;
        const e = this.d.recent(s.index, (x) => this.kind(x) !== 'country' && this.kind(x) !== 'person' && this.actor(x) && this.placeOf(x) === code && !firms.includes(x), exclude);
        if (e < 0) break;
        firms.push(e);
      }
      if (firms.length === c.mods.length) return { ents: firms, from: Math.max(0, s.index - 1) };
    }
    // ("sent the system to X fighters", "X militants": an armed group's fighters stand for the group.)
    if (proxy && /^(?:fighters|militants|rebels|militia|militias|troops|forces|units)$/.test(c.noun)) {
      const groups = c.mods.filter((e) => !this.isCountry(e) && this.actor(e) && this.kind(e) !== 'person' && !exclude.includes(e));
      if (groups.length === 1) return { ents: groups, from: s.index };
    }
    // ("China's X aircraft company sent ...", "the X trading firm": a firm named as the modifier of a word for firms.)
    if (!c.plural && (COMPANY_CUES.has(c.noun) || c.noun === 'group')) {
      const firms = c.mods.filter((e) => !this.isCountry(e) && this.actor(e) && this.kind(e) !== 'person' && !exclude.includes(e));
      if (firms.length === 1) return { ents: firms, from: s.index };
    }
    // "Russian companies", "buyers in Russia": the country stands for its traders in a flow, never as a target of sanctions.
    // ("the Kyrgyz company" is one company of its own, not its country.)
    // ("the Russian army", "the Iranian military": a country's own forces stand for it all the same.)
    // ("to the Russian defence sector": a country's sector stands for its firms.)
    const sector = c.noun === 'sector' && c.det === 'the';
    // ("sent rockets to armed groups in A, B and C": armed groups stand for where they fight, as buyers there do.)
    const armed = ARMED_GROUPS.test(c.noun) && c.plural && /^(?:in|from)$/.test(this.T[c.last]?.lower ?? '');
    // ("companies and individuals in A, B and C": people joined to a word for firms stand with them.)
    let joined = false;
    if (PEOPLE_NOUNS.test(c.noun)) for (let q = c.first; q + 1 < c.last; q++) if (TRADER_NOUNS.test(this.T[q].lower) && /^(?:and|or|,)$/.test(this.T[q + 1].lower)) joined = true;
    // ("exported G to its subsidiary in Laos": a firm's unnamed unit stands for where it is, as buyers there do; not
    // "his daughter in Laos", nor a named owner's unit, "B's subsidiary in Laos", which is B's.)
    const ownUnit = OWN_UNITS.test(c.noun) && c.poss === -2 && /^(?:its|their)$/.test(c.det);
    // ("transported munitions to Laotian ports", "to an address in Laos": a country's points of delivery stand for it.)
    const ports = DELIVERY_POINTS.test(c.noun);
    if (proxy && (TRADER_NOUNS.test(c.noun) || sector || armed || joined || ownUnit || ports) && (!(c.det === 'the' && !c.plural) || FORCES.test(c.noun) || sector)) {
      const countries = c.mods.filter(this.isCountry);
      // ("Austrian-Swiss valve maker supplied ...": one firm of two nationalities, not two countries' trade.)
      if (countries.length > 1 && !c.plural && this.hyphenJoined(c)) return NONE;
      if (countries.length) return { ents: countries, from: s.index };
      // "a mining firm in the Republic of X", "buyers in Russia", "traders from B".
      // ('to "military end-users" in Russia': past the quotation's closing mark.)
      const end = /^["”’']$/.test(this.T[c.last]?.text ?? '') ? c.last + 1 : c.last;
      const at = /^(?:located|based)$/.test(this.T[end]?.lower ?? '') && this.T[end + 1]?.lower === 'in' ? end + 1 : end;
      if (this.T[at]?.lower === 'in' || (this.T[at]?.lower === 'from' && c.plural)) {
        const place = chunkAt(this.g, s, at + 1);
        let there = place ? place.ents.filter(this.isCountry) : [];
        // ("middlemen in countries outside the embargo, including A and B": the countries the place phrase announces.)
        if (!there.length && place && !place.ents.length && /^(?:countries|states|nations|jurisdictions)$/.test(place.noun)) there = (this.announced(place, s) ?? []).filter(this.isCountry);
        if (there.length) return { ents: there, from: s.index };
      }
    }
    // ("supplied the Kestra LNG 2 project with turbines": a project named by a name no gazetteer knows is that party.)
    // (A firm's or an unknown name's, not a person's, a body's or a place's: "the Martin Varno project", "the EU project".)
    const works = NAMED_WORKS.test(c.noun) ? c.mods.filter((e) => !exclude.includes(e) && (this.kind(e) === null || this.kind(e) === 'company')) : [];
    if (works.length) return { ents: works, from: s.index };
    // ("supplied machine tools to B's factories", "to B's production lines": a company's own works stand for it.)
    if (proxy && c.poss >= 0 && !c.ents.length && worksNoun(this.T, c) && !this.isCountry(c.poss) && this.actor(c.poss) && this.kind(c.poss) !== 'person' && !exclude.includes(c.poss)) {
      return { ents: [c.poss], from: s.index };
    }
    // ("to Russia's military", "to Iran's drone programme", "to the Iranian missile program", "to Russia's war effort":
    // a country's forces, arms programmes and war effort stand for the country.)
    // ("to Russia's military industry", "Laos's defence sector": its arms industry likewise.)
    const armsIndustry = /^(?:industry|sector)$/.test(c.noun) && ARMS_TRADES.test(this.T[c.last - 2]?.lower ?? '');
    if (proxy && (STATE_ARMS.test(c.noun) || armsIndustry || (WAR_EFFORTS.test(c.noun) && this.T[c.last - 2]?.lower === 'war'))) {
      const countries = c.poss >= 0 ? [c.poss].filter(this.isCountry) : c.det === 'the' ? c.mods.filter(this.isCountry) : [];
      if (countries.length === 1 && !exclude.includes(countries[0])) return { ents: countries, from: s.index };
    }
    return NONE;
  }

  /** The entities a phrase names only as a birthplace: "an A-born trader". */
  private bornIn(c: Chunk): number[] {
    const out: number[] = [];
    for (let q = c.first + 1; q + 1 < c.last; q++) {
      if (this.T[q].text !== '-' || this.T[q].space || this.T[q + 1].lower !== 'born') continue;
      const m = this.g.at[q - 1];
      if (m >= 0) out.push(this.g.res.entityOf[m]);
    }
    return out;
  }

  /** Whether token k stands inside parentheses the sentence opened before it. */
  private inParentheses(s: Sentence, k: number): boolean {
    let depth = 0;
    for (let q = s.first; q < k; q++) {
      if (this.T[q].text === '(') depth++;
      else if (this.T[q].text === ')' && depth > 0) depth--;
    }
    return depth > 0;
  }

  /** Whether two of a phrase's words are joined by a hyphen ("Austrian-Swiss"). */
  private hyphenJoined(c: Chunk): boolean {
    for (let q = c.first + 1; q < c.last - 1; q++) if (this.T[q].text === '-' && !this.T[q].space && !this.T[q + 1].space) return true;
    return false;
  }

  /**
   * The members a group names right after it: "a family of Russian businessmen, A and B", "a couple, A and B"; firms
   * where its "of" phrase says they are firms ("a pair of shipping companies, A and B").
   */
  private groupMembers(c: Chunk, s: Sentence): number[] {
    if (c.ents.length || !/^(?:family|couple|pair|group)$/.test(c.noun)) return [];
    const T = this.T;
    let q = c.last;
    let firms = false;
    const members = (ents: number[]) =>
      ents.length >= 2 && ents.every((e) => (firms ? this.actor(e) && !this.isCountry(e) && this.kind(e) !== 'person' : this.kind(e) === 'person')) ? ents : [];
    if (T[q]?.lower === 'of') {
      const of = chunkAt(this.g, s, q + 1);
      if (!of) return [];
      firms = of.plural && TRADER_NOUNS.test(of.noun);
      // ("a family of Russian businessmen, the couple A and B": the names the phrase itself ends with.)
      if (of.ents.length) return firms ? [] : members(of.ents);
      q = of.last;
    }
    if (T[q]?.text === ',') q++;
    const names = chunkAt(this.g, s, q);
    return names && !names.noun ? members(names.ents) : [];
  }

  /** The entity a pronoun opening reported speech refers to, its speaker ("A said it ..."), or -1. */
  private speakerOf(c: Chunk): number {
    const spoke = c.pronoun ? reportedSpeaker(this.T, c.first, this.g.at) : -1;
    const e = spoke >= 0 ? this.g.res.entityOf[spoke] : -1;
    // ("he" and "she" for a person speaking, "it" and "they" for anyone else.)
    return e >= 0 && (this.kind(e) === 'person') === /^(?:he|she)$/.test(c.pronoun ?? '') ? e : -1;
  }

  /** The country or owner of the weapons (or goods) a phrase names ("Russian drones", "B's missiles"), as a role's answer. */
  private weaponOwners(c: Chunk | null | undefined, s: Sentence, exclude: number[]): Found {
    if (!c || c.ents.length || !(this.goods.has(c.noun) || weaponNoun(c.noun))) return NONE;
    const owners = c.poss >= 0 ? [c.poss] : c.mods.filter(this.isCountry);
    const ents = owners.filter((e) => this.actor(e) && !exclude.includes(e));
    return ents.length ? { ents, from: s.index } : NONE;
  }

  /** The country whose forces, arms industry or war a phrase names ("Russia's war effort", "the Russian military activity"), or none. */
  private armsOf(c: Chunk | null | undefined, exclude: number[]): number[] {
    if (!c || c.ents.length || !ARMS_SECTOR.test(c.noun)) return [];
    const of = c.poss >= 0 ? [c.poss] : c.mods;
    return of.length === 1 && this.isCountry(of[0]) && !exclude.includes(of[0]) ? of : [];
  }

  /**
   * "purchased electronics via offices in P to support B's military operations": the party whose armed effort a
   * purpose infinitive right after the purchase supports, or none.
   */
  private purposeServed(cl: Clause, s: Sentence, exclude: number[]): Found {
    const aim = this.sentClauses.find((x) => x.lemma === 'support' && x.voice === 'active' && this.T[x.verb - 1]?.lower === 'to' &&
      x.verb > cl.verb && x.verb <= cl.last + 2);
    const o = aim?.obj;
    if (!o) return NONE;
    const served = this.armsOf(o, exclude);
    if (served.length) return { ents: served, from: s.index };
    const armed = ARMED_EFFORT.test(o.noun) || (/^(?:operations|efforts?|campaign)$/.test(o.noun) && this.T.slice(o.first, o.last).some((t) => t.lower === 'military'));
    return o.poss >= 0 && !exclude.includes(o.poss) && this.actor(o.poss) && armed ? { ents: [o.poss], from: s.index } : NONE;
  }

  /** "a Laotian weapons ship", "an arms freighter": a vessel named by the arms it carries stands for them (not "a cargo ship"). */
  private goodsVessel(c: Chunk): boolean {
    const T = this.T;
    return VESSELS.test(c.noun) && T[c.last - 1]?.lower === c.noun && c.last - 2 >= c.first && ARMS_CARGO.test(T[c.last - 2].lower);
  }

  /** "one of the traders (indicted by B), A": the member of a group a phrase names after its comma, or none. */
  private oneOfNamed(c: Chunk, s: Sentence): number[] {
    const T = this.T;
    if (c.ents.length || c.last !== c.first + 1 || T[c.first].lower !== 'one' || T[c.last]?.lower !== 'of') return [];
    const group = chunkAt(this.g, s, c.last + 1);
    if (!group || group.ents.length || !group.noun) return [];
    let end = group.last;
    // (Past a participle's phrase on the group: "charged by B", "named in the case".)
    if (/ed$/.test(T[end]?.lower ?? '') && /^(?:by|in)$/.test(T[end + 1]?.lower ?? '')) end = chunkAt(this.g, s, end + 2)?.last ?? -1;
    if (end < 0 || T[end]?.text !== ',') return [];
    const named = chunkAt(this.g, s, end + 1);
    return named && named.ents.length === 1 && !named.noun && this.actor(named.ents[0]) && !this.isCountry(named.ents[0]) ? named.ents : [];
  }

  /**
   * The names a description of targets stands for, its participle right after it: "A and B are the other firms
   * sanctioned by C" (the names before the copula); "One of the firms sanctioned by C, A, is ..." (the name set off
   * past the agent).
   */
  private describedTargets(cl: Clause, s: Sentence): Found | null {
    const c = cl.subj, T = this.T;
    if (!c || c.ents.length || !(TRADER_NOUNS.test(c.noun) || COUNTED_PARTIES.test(c.noun))) return null;
    const before = this.endAtFor(s, c.first - 1);
    if (!before) return null;
    const names = T[c.first - 1]?.lower === 'of' ? this.oneOfNamed(before, s)
      // (Not a name inside a phrase: "Customers of A are the firms sanctioned by B".)
      : BE_FORMS.has(T[c.first - 1]?.lower ?? '') && T[before.first - 1]?.pos !== 'ADP' ? before.ents.filter((e) => this.actor(e)) : [];
    return names.length ? { ents: names, from: s.index } : null;
  }

  /**
   * Whether a phrase is a group a list may name: "two buyers", "B's units", "its partners", "two ports", "two" (not
   * "ships", goods, nor "recent months").
   */
  private partyGroup(c: Chunk): boolean {
    if (c.ents.length || !(c.plural || c.count > 1)) return false;
    // (Not "two of them", a count of the group itself.)
    const count = !c.noun && c.count > 1 && this.T[c.last]?.lower !== 'of';
    return TRADER_NOUNS.test(c.noun) || CHILD_NOUNS.has(c.noun) || COUNTED_PARTIES.test(c.noun) || PARTNER_NOUNS.test(c.noun) || count;
  }

  /**
   * The names of a list a singular description of a firm opens with its name in apposition: "the Laotian carrier, A,
   * and its director B, as well as C and D" (A, B, C and D), or none.
   */
  private apposedList(c: Chunk | null | undefined, s: Sentence): number[] {
    const T = this.T;
    if (!c || c.ents.length || c.plural || !(TRADER_NOUNS.test(c.noun) || TRADE_NAMES.has(c.noun) || OPERATOR_NOUNS.test(c.noun)) || T[c.last]?.text !== ',') return [];
    let next = chunkAt(this.g, s, c.last + 1);
    const opens = next ? next.first + (T[next.first]?.lower === 'the' ? 1 : 0) : -1;
    if (!next?.ents.length || this.g.at[opens] < 0 || this.opensClause(next, s)) return [];
    const names = [...next.ents, ...this.pastRelatives(next, s, true)];
    // (Past the apposition's closing comma, the items joined on: ", and its director B", ", as well as C".)
    for (let guard = 0; guard < 4 && T[next.last]?.text === ','; guard++) {
      let q = next.last + 1;
      if (T[q]?.lower === 'and') q++;
      else if (T[q]?.lower === 'as' && T[q + 1]?.lower === 'well' && T[q + 2]?.lower === 'as') q += 3;
      else break;
      next = chunkAt(this.g, s, q);
      // (Not the subject of a clause of its own: "..., and B praised the move", "..., and the EU did the same".)
      if (!next || this.opensClause(next, s)) break;
      // ("the Thai firm, A, and a Lao firm, B": a second description with its own name in apposition.)
      if (!next.ents.length) {
        names.push(...this.apposedList(next, s));
        break;
      }
      names.push(...next.ents);
    }
    return [...new Set(names)];
  }

  /**
   * Whether a phrase is the subject of a clause of its own: "B praised the move", "the EU did the same", "B said" (a
   * verb right after it, or a clause that takes it as its subject).
   */
  private opensClause(c: Chunk, s: Sentence): boolean {
    const after = this.T[c.last];
    const verbNext = !!after && this.g.at[c.last] < 0 && /^(?:VERB|AUX)$/.test(after.pos);
    return verbNext || this.sentClauses.some((x) => x.sent === s.index && x.subj?.first === c.first && x.subjHow === 'adjacent');
  }

  /** The company a generic description names right after it: "a trader (in Hong Kong), A,". */
  private appositionName(c: Chunk, s: Sentence): number[] {
    if (!(TRADER_NOUNS.test(c.noun) || PERSON_ROLES.test(c.noun) || CHILD_NOUNS.has(c.noun) || /^(?:house|concern|outfit|agency|network)$/.test(c.noun)) || c.plural) return [];
    const T = this.T;
    let q = c.last;
    // ("a company from Kazakhstan, A,": a place of origin alike.)
    if (T[q]?.lower === 'in' || T[q]?.lower === 'based' || T[q]?.lower === 'from') {
      const place = chunkAt(this.g, s, T[q].lower === 'based' ? q + 2 : q + 1);
      if (!place) return [];
      q = place.last;
    }
    // ("the subsidiary of B in Laos, A,": a unit's group, then its place.)
    if (CHILD_NOUNS.has(c.noun) && T[q]?.lower === 'of') {
      const group = chunkAt(this.g, s, q + 1);
      if (!group) return [];
      q = group.last;
      const place = T[q]?.lower === 'in' ? chunkAt(this.g, s, q + 1) : null;
      if (place?.ents.length && place.ents.every(this.isCountry)) q = place.last;
    }
    // "the First Deputy Minister of Trade of X, A,": a post's own "of" phrases before the name.
    for (let guard = 0; guard < 2 && PERSON_ROLES.test(c.noun) && T[q]?.lower === 'of'; guard++) {
      const of = chunkAt(this.g, s, q + 1);
      if (!of) return [];
      q = of.last;
    }
    // "a buyer in Minsk called A": the name the description introduces after its place.
    const called = /^(?:called|named)$/.test(T[q]?.lower ?? '') && q > c.last ? q : -1;
    if (T[q]?.text !== ',' && called < 0) return [];
    const next = chunkAt(this.g, s, q + 1);
    // ("the firm's owner, A, and its director, B": each post's holder, the second joined with a post of its own.)
    const severalPosts = !!next && next.ents.length > 1 && PERSON_ROLES.test(c.noun) && this.namesBeforeRole(next).length < next.ents.length;
    if (!next || (next.ents.length !== 1 && !severalPosts) || next.noun || next.ents.some((e) => this.isCountry(e) || !this.actor(e))) return [];
    // ("sold cylinders to the company, B said.": the closing attribution's speaker is no apposition.)
    if (reportingVerb(T[next.last]?.lower ?? '')) return [];
    // ("a Russian company, A, and a Thai firm, B": a second description joined with its own name.)
    const joined = T[next.last]?.text === ',' && T[next.last + 1]?.lower === 'and' ? chunkAt(this.g, s, next.last + 2) : null;
    const more = joined && !joined.ents.length ? this.appositionName(joined, s) : [];
    return [...next.ents, ...more];
  }

  /** "four companies: A, B and C", "several firms, including A and B": the names the phrase announces. */
  private announced(c: Chunk, s: Sentence): number[] | null {
    const T = this.T;
    let q = c.last;
    // ("designated A and three Chinese firms -- B, C and D": a name joined to a counted description, and its names.)
    if (c.ents.length && T[q]?.lower === 'and') {
      const group = chunkAt(this.g, s, q + 1);
      const more = group && !group.ents.length ? this.announced(group, s) : null;
      if (more?.length) return [...c.ents, ...more];
    }
    // ("firms that ship tools to Russian arms makers, including A and B": the list belongs to the description the
    // relative clause is on, not to the description inside the clause.)
    if (!c.ents.length && T[q]?.text === ',' && /^(?:including|notably)$/.test(T[q + 1]?.lower ?? '') && this.insideRelativeOnDescription(c, s)) return null;
    // ("to Russian firms since 2022, including A": past a time phrase to the list; "to countries in Central Asia,
    // including A": past a place.)
    // ("sanctioned 12 entities on Tuesday, including A": past a day too.)
    if (!c.ents.length && /^(?:since|in|during|between|until|through|on|last|this|earlier)$/.test(T[q]?.lower ?? '')) {
      let r = q + 1;
      const place = (k: number) => T[q].lower === 'in' && this.g.at[k] >= 0 && this.kind(this.g.res.entityOf[this.g.at[k]]) !== 'company';
      while (r < s.last && r < q + 7 && T[r].text !== ',' && (this.g.at[r] < 0 || place(r)) && /^(?:NUM|PROPN|NOUN|CCONJ|DET|ADJ)$/.test(T[r].pos)) r++;
      if (T[r]?.text === ',' && /^(?:including|notably|among|such)$/.test(T[r + 1]?.lower ?? '')) q = r;
    }
    // ("to research bodies on the Entity List, including A": past the list they are on.)
    if (T[q]?.lower === 'on') {
      const list = chunkAt(this.g, s, q + 1);
      if (list && T[list.last]?.text === ',') q = list.last;
    }
    // ("sanctioned several firms supplying the Russian military, including A and B": past a participle clause on a
    // plural description to the list it announces; "firms that ship chips to B, including A" alike, past a relative
    // clause, whose own frame takes the description and so the same names.)
    // (The chunker may keep the participle in the description: "several firms supplying".)
    const after = T[q + 1];
    const clauseAt = !c.ents.length && c.plural
      ? T[q] && T[q].lower !== c.noun && /(?:ing|ed)$/.test(T[q].lower) ? q + 1
        : after && this.g.at[q + 1] < 0 && after.pos === 'VERB' && /(?:ing|ed)$/.test(after.lower) ? q + 2
          : /^(?:that|which|who)$/.test(T[q]?.lower ?? '') ? q + 1
            : -1
      : -1;
    if (clauseAt > 0) {
      let r = clauseAt;
      while (r < s.last && r < q + 16 && !/^[,;:.]$/.test(T[r].text)) r++;
      // (Not people listed after words for firms: "firms linked to two tycoons, including A and B" lists the tycoons;
      // "traders who shipped G, including A" lists the traders.)
      const listed = T[r]?.text === ',' && /^(?:including|notably)$/.test(T[r + 1]?.lower ?? '') ? chunkAt(this.g, s, r + 2) : null;
      if (listed?.ents.length && FIRMS_NOT_PEOPLE.test(c.noun) && listed.ents.every((e) => this.kind(e) === 'person')) return null;
      if (listed) q = r;
    }
    // ("Among the companies that received G from B were A and C": the names the inverted copula gives.)
    const amongAt = this.amongListed(c, s);
    if (amongAt.length) return amongAt;
    // ("Chinese companies — A, a maker of fibre, and C, which is a unit of D — had shipped ...": the names set off
    // between dashes, past each one's own apposition or relative clause.)
    if (!c.ents.length && c.plural && !c.count && TRADER_NOUNS.test(c.noun) && T[q] && isDash(T[q])) {
      const names = this.namesBetweenDashes(q, s);
      if (names.length >= 2) return names;
    }
    // ("sanctions on: two Laotian entities [A and B]; one Thai individual [C]": counted groups, each with its names in
    // brackets, joined by semicolons or "and".)
    const groups = this.bracketedGroups(c, s);
    if (groups.length) return groups;
    // ("sanctions against four entities in K (A, B, C and D)": the names a counted group gives in parentheses, past its
    // place.)
    // ("two companies from K (A and B) and two from L (C and D)": "from" a place too, and a second count of the same
    // kind after "and", its noun left out.)
    if (!c.ents.length && c.plural && c.count >= 2 && (TRADER_NOUNS.test(c.noun) || COUNTED_PARTIES.test(c.noun))) {
      const out: number[] = [];
      for (let at = q, guard = 0; guard < 4; guard++) {
        let place = /^(?:in|from)$/.test(T[at]?.lower ?? '') ? chunkAt(this.g, s, at + 1) : null;
        // (After "from", a country's name: not "importers from Laotian suppliers (A and B)".)
        if (place && T[at].lower === 'from' && !(place.ents.length && place.ents.every(this.isCountry) && !place.noun)) place = null;
        // (The place's phrase may take in the parenthesis after it, "Laos (A and B)", past its own short form, "the
        // United Arab Emirates (UAE) (A and B)".)
        // (A second count gives its own place: "and one in L (C)", not "and 2020 (C)".)
        if (!place && out.length) break;
        const opens: number[] = [];
        if (place) {
          for (let k = place.first; k <= place.last; k++) if (T[k]?.text === '(') opens.push(k);
        } else opens.push(at);
        const names = (open: number) => {
          const list = T[open]?.text === '(' ? chunkAt(this.g, s, open + 1) : null;
          return list && list.ents.length && !list.noun && T[list.last]?.text === ')' && (out.length || list.ents.length >= 2) ? list : null;
        };
        const list = opens.map(names).find((l) => l);
        if (!list) break;
        out.push(...list.ents.filter((e) => this.actor(e)));
        at = list.last + 1;
        if (T[at]?.lower !== 'and' || !(T[at + 1]?.pos === 'NUM' || T[at + 1]?.num >= 0)) break;
        at += 2;
      }
      if (out.length) return out;
    }
    // ("to two Russian firms, A and B": a counted description and its names in apposition; "of three airlines - A, B
    // and C -" between dashes.)
    // ("targeted two firms for sanctions, A and B": past what the group is taken for.)
    if (!c.ents.length && c.count >= 2 && T[q]?.lower === 'for') {
      const measure = chunkAt(this.g, s, q + 1);
      if (measure && SANCTION_NOUNS.has(measure.noun) && T[measure.last]?.text === ',') q = measure.last;
    }
    // ("sanctioned nine firms for the sale of drones, including A": past the deed a measure's targets are taken
    // for, and what it is of, to the list.)
    if (!c.ents.length && c.plural && TRADER_NOUNS.test(c.noun) && T[q]?.lower === 'for') {
      let deed = chunkAt(this.g, s, q + 1);
      if (deed && !deed.ents.length && T[deed.last]?.lower === 'of') deed = chunkAt(this.g, s, deed.last + 1);
      let end = deed && !deed.ents.length ? deed.last : -1;
      // (Past a name the deed was for, which announces no list: "for the sale of drones for B, including A".)
      const buyer = end > 0 && /^(?:for|to)$/.test(T[end].lower) ? chunkAt(this.g, s, end + 1) : null;
      // (Not past a description, whose own members the list may give: "to B and its partners, including A".)
      if (buyer?.ents.length && !buyer.noun && !T.slice(buyer.first, buyer.last).some((t) => t.lower === 'and')) end = buyer.last;
      // (Nor to a list of the buyer's own units: "to B, including its unit A".)
      const units = end > 0 && /^(?:its|their)$/.test(T[end + 2]?.lower ?? '');
      if (end > 0 && T[end].text === ',' && /^(?:including|notably)$/.test(T[end + 1]?.lower ?? '') && !units) q = end;
    }
    // ("on two organisations in Laos – A and B": past the group's place.)
    if (!c.ents.length && c.plural && c.count >= 2 && T[q]?.lower === 'in') {
      const place = chunkAt(this.g, s, q + 1);
      if (place && place.ents.length && place.ents.every(this.isCountry) && (T[place.last]?.text === '-' || isDash(T[place.last]))) q = place.last;
    }
    if (!c.ents.length && c.plural && c.count >= 2 && (TRADER_NOUNS.test(c.noun) || COUNTED_PARTIES.test(c.noun)) && (T[q]?.text === ',' || T[q]?.text === '-' || isDash(T[q]))) {
      const list = chunkAt(this.g, s, q + 1);
      const names = list && !list.noun ? list.ents.filter((e) => this.actor(e) && !this.isCountry(e)) : [];
      if (list && names.length === lastConjunctCount(T, c) && names.length === list.ents.length) {
        // ("three individuals—A, B and C—and four entities, including D and E": a second group after the names.)
        const end = /^[,-]$/.test(T[list.last]?.text ?? '') || isDash(T[list.last]) ? list.last + 1 : list.last;
        const group = T[end]?.lower === 'and' ? chunkAt(this.g, s, end + 1) : null;
        const more = group ? this.announced(group, s) : null;
        return more?.length ? [...names, ...more] : names;
      }
    }
    // ("on a group of prison officials (responsible for the camps), namely A and B": past what the group is of.)
    // ("designating A and a network of firms, including B, C and D": the members of a network, past what it is of.)
    if (!c.ents.length && /^(?:group|number|series|range|set|network)$/.test(c.noun) && T[q]?.lower === 'of') {
      let end = chunkAt(this.g, s, q + 1)?.last ?? -1;
      for (let guard = 0; guard < 2 && end > 0 && /^(?:for|in|at|of)$/.test(T[end]?.lower ?? ''); guard++) end = chunkAt(this.g, s, end + 1)?.last ?? -1;
      if (end > 0 && T[end]?.text === ',' && /^(?:namely|including)$/.test(T[end + 1]?.lower ?? '')) q = end;
    }
    // ("from the biggest firms in the trade – led by A, B and C": the leaders a group of firms names, past its place.)
    let ledBy = -1;
    if (!c.ents.length && c.plural && TRADER_NOUNS.test(c.noun)) {
      const r = T[q]?.lower === 'in' ? chunkAt(this.g, s, q + 1)?.last ?? q : q;
      // (Firms, not people: "Thai firms, led by Martin Varno, shipped G".)
      const leaders = (T[r]?.text === ',' || isDash(T[r])) && T[r + 1]?.lower === 'led' && T[r + 2]?.lower === 'by' ? chunkAt(this.g, s, r + 3) : null;
      if (leaders?.ents.length && !leaders.ents.some((e) => this.kind(e) === 'person')) ledBy = r + 3;
    }
    if (ledBy > 0) q = ledBy;
    // ("to Russian buyers, among them B", "to firms, such as B".)
    else if (!c.ents.length && T[q]?.text === ',' && /^(?:among|such)$/.test(T[q + 1]?.lower ?? '') && /^(?:them|as)$/.test(T[q + 2]?.lower ?? '')) q += 3;
    // ("sanctions on 12 companies, among which are B and C".)
    else if (!c.ents.length && T[q]?.text === ',' && T[q + 1]?.lower === 'among' && /^(?:which|whom)$/.test(T[q + 2]?.lower ?? '') && BE_FORMS.has(T[q + 3]?.lower ?? '')) q += 4;
    else if (!c.ents.length && T[q]?.text === ',' && /^(?:including|notably|namely)$/.test(T[q + 1]?.lower ?? '')) q += 2;
    else if (!c.ents.length && /^(?:including)$/.test(T[q]?.lower ?? '')) q += 1;
    // ("firms such as B": the tagger's adjective "such" may close the phrase.)
    else if (!c.ents.length && T[q]?.lower === 'such' && T[q + 1]?.lower === 'as' && c.plural) q += 2;
    else if (!c.ents.length && T[q - 1]?.lower === 'such' && T[q]?.lower === 'as' && c.plural) q += 1;
    // ("countries like A, B and C": "like" as "such as", before names.)
    else if (!c.ents.length && c.plural && T[q]?.lower === 'like' && this.g.at[q + 1] >= 0) q += 1;
    else if (T[q]?.text === ':' && !c.ents.length) q += 1;
    else if (!c.ents.length && (c.count > 1 || this.following(c) || c.plural && !c.det) && (TRADER_NOUNS.test(c.noun) || LISTED_NOUNS.test(c.noun))) {
      // "Three companies supplied the parts to Russia: A, B and C": the list closing the sentence.
      // "The following entities were added to the Entity List: A, B and C" alike.
      q = -1;
      for (let r = c.last; r < s.last && r < c.last + 40; r++) if (T[r].text === ':') { q = r + 1; break; }
      if (q < 0) return null;
      // (An uncounted group only where no other group of parties comes before the colon: "Thai firms sold drones to two
      // buyers: A and B", "supplied B's partners with G: A and C" name the buyers; "to B in recent months: A and C"
      // names the firms.)
      if (!(c.count > 1 || this.following(c))) {
        for (let r = c.last + 1; r < q; r++) {
          const other = this.endAtFor(s, r);
          if (other && other.first > c.first && this.partyGroup(other)) return null;
        }
      }
      if (numbered(T, q)) return this.numberedNames(q, s);
      const list = chunkAt(this.g, s, q);
      // (Its last item may carry a relative clause to the end: "..., and C, which makes cellulose.")
      const closes = list && (list.last >= s.last - 1 || (T[list.last]?.text === ',' && /^(?:which|who|whom)$/.test(T[list.last + 1]?.lower ?? '')));
      if (list && closes && list.ents.length >= 2) return list.ents.filter((e) => this.actor(e));
      // ("...: A, whom K described as X, and A's wife, B, who ...": single names, each past its relative clause.)
      const items = list && closes ? this.pastRelatives(list, s) : [];
      if (items.length >= 2) return items.filter((e) => this.actor(e));
      // ("...: A, B, C.": names joined by commas alone, to the end of the sentence.)
      const names = this.namesToEnd(q, s);
      return names.length >= 2 ? names : null;
    } else return null;
    if (q >= s.last) return null;
    // (": (1) A, a trading firm ...; and (2) B, ...": numbered items.)
    if (numbered(T, q)) return this.numberedNames(q, s);
    // (": A and its units; B; and C": items set apart by semicolons, each opening with its name.)
    if (T[q - 1]?.text === ':') {
      const items = this.semicolonItems(q, s);
      if (items) return items;
    }
    let list = chunkAt(this.g, s, q);
    // ("sold weapons to several countries, including rocket launchers to A and B": the goods each got, then
    // the names after "to".)
    if (list && !list.ents.length && goodsHead(list, T) && T[list.last]?.lower === 'to') list = chunkAt(this.g, s, list.last + 1);
    // ("including two from Hong Kong, A and B, as well as C": a count before the names it gives, past its place.)
    if (list && !list.ents.length && T[list.first]?.pos === 'NUM') {
      let r = list.last;
      while (r < s.last && r < list.last + 6 && T[r].text !== ',' && !/^(?:VERB|AUX)$/.test(T[r].pos)) r++;
      const names = T[r]?.text === ',' ? chunkAt(this.g, s, r + 1) : null;
      if (names && names.ents.length && !names.noun) list = names;
    }
    return list && list.ents.length ? this.pastRelatives(list, s).filter((e) => this.actor(e)) : null;
  }

  /**
   * Counted groups, each followed by its names in brackets: "two Laotian entities [A (AB) and B]; four Thai entities
   * [C, D and E] and one Thai individual [F]". Every group's names, or none when the first group gives none.
   */
  private bracketedGroups(first: Chunk, s: Sentence): number[] {
    const T = this.T;
    const out: number[] = [];
    let next: Chunk | null = first;
    for (let guard = 0; guard < 12 && next; guard++) {
      const group: Chunk = next;
      // (The tagger may take "individual" for an adjective, and the demonym before it for the phrase's name.)
      const head = group.noun || (T[group.last - 1]?.lower ?? '');
      const counted = group.count || T[group.first]?.pos === 'NUM';
      if (!counted || group.ents.some((e) => !this.demonymOnly(group, e)) || !(TRADER_NOUNS.test(head) || COUNTED_PARTIES.test(head) || /^(?:individual|person)$/.test(head))) break;
      const open = T[group.last]?.text;
      if (open !== '[' && open !== '(') break;
      const close = open === '[' ? ']' : ')';
      let r = group.last + 1;
      // (Past a short form or an alias in parentheses inside the brackets: "[A (AB) and B (aka C)]".)
      for (let depth = 0; r < s.last && r < group.last + 60 && !(T[r].text === close && depth === 0); r++) {
        if (open === '[' && T[r].text === '(') depth++;
        else if (open === '[' && T[r].text === ')') depth--;
        else if (this.g.at[r] >= 0 && depth === 0) {
          const e = this.g.res.entityOf[this.g.at[r]];
          if (!out.includes(e) && this.actor(e)) out.push(e);
          r = this.g.mentions[this.g.at[r]].last - 1;
        }
      }
      if (T[r]?.text !== close) return [];
      r++;
      if (T[r]?.text === ';') r++;
      if (T[r]?.lower === 'and') r++;
      next = chunkAt(this.g, s, r);
    }
    return out;
  }

  /** Names joined to a phrase past its time, each with a time of its own: "A in 2017 and B in 2013" gives B. */
  private pairedWithTimes(c: Chunk, s: Sentence): number[] {
    const T = this.T;
    const out: number[] = [];
    let q = c.last;
    for (let guard = 0; guard < 4; guard++) {
      if (!/^(?:in|on)$/.test(T[q]?.lower ?? '') || !/^\d{4}$/.test(T[q + 1]?.text ?? '')) break;
      q += 2;
      if (!/^(?:and|,)$/.test(T[q]?.lower ?? '')) break;
      if (T[q].text === ',' && T[q + 1]?.lower === 'and') q++;
      const next = chunkAt(this.g, s, q + 1);
      if (!next || !next.ents.length || next.noun || !/^(?:in|on)$/.test(T[next.last]?.lower ?? '') || !/^\d{4}$/.test(T[next.last + 1]?.text ?? '')) break;
      out.push(...next.ents.filter((e) => this.actor(e)));
      q = next.last;
    }
    return out;
  }

  /** The names that open numbered items from token q on ("(1) A, a trading firm ...; and (2) B, ..."), or null. */
  private numberedNames(q: number, s: Sentence): number[] | null {
    const T = this.T;
    const out: number[] = [];
    for (let r = q; r < s.last; r++) {
      if (!numbered(T, r)) continue;
      const item = chunkAt(this.g, s, r + 3);
      if (item && item.ents.length && !item.noun) out.push(...item.ents);
    }
    return out.length ? out.filter((e) => this.actor(e)) : null;
  }

  /**
   * The names opening the items of a list set apart by semicolons, from token q to the end of the sentence ("A and 12
   * affiliates; B; C, together with its units; and D"); null when no item opens with one.
   */
  private semicolonItems(q: number, s: Sentence): number[] | null {
    const T = this.T;
    const out: number[] = [];
    for (let r = q; r < s.last; ) {
      if (T[r].lower === 'and') r++;
      const item = chunkAt(this.g, s, r);
      // (An item that opens otherwise names no one: "...; officials in K said ..."; nor is a clause an item: "...; A's
      // owner said it would appeal".)
      if (item?.ents.length && !/^(?:VERB|AUX)$/.test(T[item.last]?.pos ?? '')) {
        out.push(...item.ents);
        r = item.last;
      }
      while (r < s.last && T[r].text !== ';') r++;
      r++;
    }
    return out.length ? out.filter((e) => this.actor(e)) : null;
  }

  /**
   * The names of the items after the first of a semicolon set closed by "; and" ("A, a state firm; B, a supplier of C;
   * and D, ..."), each a name and its description; none when an item goes on as a clause ("...; B shipped G to C").
   */
  private semicolonSet(first: Chunk, s: Sentence): number[] {
    const T = this.T;
    const items = itemsAfterSemicolons(T, s, first, { get: (q) => chunkAt(this.g, s, q) });
    const last = items[items.length - 1];
    if (!last || !/^(?:and|or)$/.test(T[last.first - 1]?.lower ?? '') || items.some((c) => /^(?:VERB|AUX)$/.test(T[c.last]?.pos ?? ''))) return [];
    return items.flatMap((c) => c.ents);
  }

  /** Bare names from token q to the end of the sentence, joined by commas or "and"; none when anything else comes between. */
  private namesToEnd(q: number, s: Sentence): number[] {
    const T = this.T;
    const out: number[] = [];
    let r = q;
    for (let guard = 0; guard < 12 && r < s.last; guard++) {
      const item = chunkAt(this.g, s, r);
      if (!item || !item.ents.length || item.noun) return [];
      out.push(...item.ents);
      r = item.last;
      // ("A, director of C, B, deputy director, and D": past an item's own apposition in lower case, to the next name.)
      if (T[r]?.text === ',' && /^\p{Ll}/u.test(T[r + 1]?.text ?? '')) {
        let end = r + 1;
        while (end < s.last && end < r + 12 && !/^[,.;]$/.test(T[end].text)) end++;
        r = end;
      }
      while (r < s.last && /^(?:,|and)$/.test(T[r].lower)) r++;
      if (r >= s.last - 1 && (r >= s.last || /^[.;!]$/.test(T[r].text))) return out.filter((e) => this.actor(e));
      if (r === item.last) return [];
    }
    return [];
  }

  /** The names listed between the dash at `q` and the closing one, each item a name; none when that is not so. */
  private namesBetweenDashes(q: number, s: Sentence): number[] {
    const T = this.T;
    const out: number[] = [];
    let r = q + 1;
    for (let guard = 0; guard < 8 && r < s.last; guard++) {
      const item = chunkAt(this.g, s, r);
      if (!item || !item.ents.length || item.noun) return [];
      out.push(...item.ents);
      // (Past the item's own apposition or relative clause to the next "and" or the closing dash.)
      r = item.last;
      while (r < s.last && r < item.last + 25 && !isDash(T[r]) && T[r].lower !== 'and') r++;
      if (isDash(T[r])) return out.filter((e) => this.actor(e));
      if (T[r]?.lower !== 'and') return [];
      r++;
    }
    return [];
  }

  /**
   * A list whose members carry relative clauses of their own: "including A, which has shipped radios to B, and C":
   * the names after each ", which ...," clause, to the list's end.
   */
  private pastRelatives(list: Chunk, s: Sentence, strict = false): number[] {
    const T = this.T;
    // ("including A, two Halvern Group research institutes working on radar, and C": a counted item that names its
    // firm before its noun, past the phrase on it.)
    const counted = (at: number): Chunk | null => {
      const d = chunkAt(this.g, s, at);
      return d && T[d.first]?.pos === 'NUM' && d.mods.some((e) => this.kind(e) === 'company') ? d : null;
    };
    // ("A, one of the largest lenders in P, and B": an apposition that places the item in a group.)
    // (Not a relative: "A, one of whose directors, B, was arrested, and C".)
    const oneOf = (at: number) => T[at]?.lower === 'one' && T[at + 1]?.lower === 'of' && !/^(?:whose|which|whom)$/.test(T[at + 2]?.lower ?? '');
    // ("A, the head of B, C, the chief of D, and E": a post held, with "the"; only where each item must show the list's
    // shape, see below.)
    // (The post's word may be read as an adjective: "the chief of B".)
    const post = (at: number) => strict && T[at]?.lower === 'the' && (PERSON_ROLES.test(chunkAt(this.g, s, at)?.noun ?? '') ||
      (PERSON_ROLES.test(T[at + 1]?.lower ?? '') && T[at + 2]?.lower === 'of'));
    const opens = (at: number) => /^(?:which|who|whom|a|an)$/.test(T[at]?.lower ?? '') || oneOf(at) || !!counted(at) || post(at) ||
      describingParticiple(T, at);
    if (T[list.last]?.text !== ',' || !opens(list.last + 1)) return list.ents;
    const ents = [...list.ents];
    let end = list.last;
    // (Past an item's description in apposition too: "A, which ..., B, a firm designated by K, and C".)
    for (let guard = 0; guard < 8 && T[end]?.text === ',' && opens(end + 1); guard++) {
      const item = counted(end + 1);
      // (The counted item's firm only once another item follows it: "..., two Halvern Group officials said" is none.)
      const itemFirms = item ? item.mods.filter((e) => this.kind(e) === 'company') : [];
      let r = item ? item.last : end + 2;
      while (r < s.last && r < end + 30 && !/^[,;:.()]$/.test(T[r].text)) r++;
      // ("A, known for exporting G; B, ...": items set apart by semicolons alike.)
      if (!/^[,;]$/.test(T[r]?.text ?? '')) break;
      const next = /^(?:and|or)$/.test(T[r + 1]?.lower ?? '') ? r + 2 : r + 1;
      // (An item after a semicolon only where it is no clause of its own: not "A, a carrier; B, its rival, was spared".)
      if (T[r].text === ';' && clauseAhead(T, next, s.last)) break;
      let more = chunkAt(this.g, s, next);
      // ("..., and A's wife, B, who ...": an item given by a post or a kin word, named after its comma.)
      const named = more && !more.ents.length && (PERSON_ROLES.test(more.noun) || KIN.has(more.noun)) && T[more.last]?.text === ',' ? chunkAt(this.g, s, more.last + 1) : null;
      if (named?.ents.length && !named.noun) more = named;
      // (Not the speaker of a closing attribution: "..., and C, a shipper, the Treasury said".)
      if (!more || !more.ents.length || more.noun || reportingVerb(T[more.last]?.lower ?? '')) break;
      // (`strict`: each further item described in turn or closing the list after "and": not the rest of a list inside
      // the description, "A, a firm owned by B, C and D".)
      if (strict && !(next === r + 2 || (T[more.last]?.text === ',' && opens(more.last + 1)))) break;
      ents.push(...itemFirms, ...more.ents);
      end = more.last;
    }
    return ents;
  }

  /**
   * "Among the (sanctioned) companies that received goods from B were A and C": a plural description after "among",
   * with its relative clause, named after the copula that follows. "a subsidiary of D" among them stands for D.
   */
  private amongListed(c: Chunk, s: Sentence): number[] {
    const T = this.T;
    if (c.ents.length || !c.plural || !/^(?:that|which|who)$/.test(T[c.last]?.lower ?? '')) return [];
    let b = c.first - 1;
    while (b > s.first && b >= c.first - 3 && amongModifier(T[b])) b--;
    if (T[b]?.lower !== 'among') return [];
    for (let q = c.last + 1; q < s.last && q < c.last + 30; q++) {
      if (/^[;:.]$/.test(T[q].text)) return [];
      if (!/^(?:were|was|are|is)$/.test(T[q].lower) || this.g.at[q] >= 0 || T[q + 1]?.pos === 'VERB') continue;
      let list = chunkAt(this.g, s, q + 1);
      if (list && !list.ents.length && CHILD_NOUNS.has(list.noun) && T[list.last]?.lower === 'of') list = chunkAt(this.g, s, list.last + 1);
      return list && list.ents.length ? this.pastRelatives(list, s).filter((e) => this.actor(e) && !this.isCountry(e)) : [];
    }
    return [];
  }

  /** Whether a chunk lies in a relative clause on a plural description: "firms that ship parts to <c>". */
  private insideRelativeOnDescription(c: Chunk, s: Sentence): boolean {
    const T = this.T;
    for (let r = c.first - 1; r > s.first && r >= c.first - 16; r--) {
      if (/^[,;:.()]$/.test(T[r].text)) return false;
      if (!/^(?:that|which|who)$/.test(T[r].lower)) continue;
      const before = T[r - 1];
      return this.g.at[r - 1] < 0 && before.pos === 'NOUN' && /s$/.test(before.lower);
    }
    return false;
  }

  /** "the following entities", "the following individuals": a phrase that announces a list. */
  private following(c: Chunk): boolean {
    for (let q = c.first; q < c.last; q++) if (this.T[q].lower === 'following') return true;
    return false;
  }

  /**
   * "Two firms shipped radios to B. They were A and C.": a counted description a clause could not resolve, named in the
   * next sentence by "They were ...", "The firms are ...", "They include ...".
   */
  private counted: { type: RelationType; others: number[]; role: 'source' | 'target'; rule: string; sent: number; noun: string; count?: number; one?: boolean }[] = [];
  private noteCounted(c: Chunk | null | undefined, others: number[], role: 'source' | 'target', f: FrameSpec, s: Sentence): void {
    // ("added five companies to its list, accusing them of shipping G to B": the pronoun stands for the counted
    // description an earlier clause of the sentence took as its object.)
    if (c && c.pronoun && /^(?:they|them)$/.test(c.pronoun)) {
      const at = c.first;
      const before = this.sentClauses.filter((x) => x.verb < at && x.obj && !x.obj.ents.length && x.obj.count >= 2 && TRADER_NOUNS.test(x.obj.noun));
      c = before.length ? before[before.length - 1].obj : c;
    }
    // ("One of the Chinese firms sent drones to B. This company, A, ...": one of a group, named by the next sentence.)
    if (c && !c.ents.length && c.last - c.first === 1 && this.T[c.first].lower === 'one' && this.T[c.last]?.lower === 'of' && others.length) {
      const of = chunkAt(this.g, s, c.last + 1);
      if (of && of.plural && !of.ents.length && TRADER_NOUNS.test(of.noun)) this.counted.push({ type: f.type, others, role, rule: f.name + '+named-next', sent: s.index, noun: of.noun, one: true });
      return;
    }
    // ("A small group of Chinese firms ship G to B": the firms of a group, named by the next sentences.)
    if (c && !c.ents.length && COLLECTIVE_NOUNS.test(c.noun) && this.T[c.last]?.lower === 'of' && others.length) {
      const of = chunkAt(this.g, s, c.last + 1);
      if (of && of.plural && !of.ents.length && TRADER_NOUNS.test(of.noun)) this.counted.push({ type: f.type, others, role, rule: f.name + '+named-next', sent: s.index, noun: of.noun });
      return;
    }
    // ("A small group of Chinese firms that bought G ship it to B": the phrase a relative clause left as the subject.)
    const collective = c && !c.ents.length && c.plural && this.T[c.first - 1]?.lower === 'of' ? this.endAtFor(s, c.first - 1) : undefined;
    if (c && collective && !collective.ents.length && COLLECTIVE_NOUNS.test(collective.noun) && TRADER_NOUNS.test(c.noun) && others.length) {
      this.counted.push({ type: f.type, others, role, rule: f.name + '+named-next', sent: s.index, noun: c.noun });
      return;
    }
    // ("Several firms supplied ...", "Some companies shipped ...": an unnumbered group the next sentence may name.)
    const group = c && c.plural && /^(?:several|some|many|various|multiple)$/.test(this.T[c.first]?.lower ?? '');
    if (!c || c.ents.length || (c.count < 2 && !group) || !TRADER_NOUNS.test(c.noun) || !others.length) return;
    this.counted.push({ type: f.type, others, role, rule: f.name + '+named-next', sent: s.index, noun: c.noun, count: c.count });
  }
  private nameCounted(s: Sentence, startAt: Map<number, Chunk>): void {
    // (Named in the next sentence, or one after: "... accusing them of shipping G to B. The company makes drones.
    // The sanctioned entities are A; C; and D." A group counted again with the same number reaches further.)
    this.counted = this.counted.filter((x) => s.index - x.sent <= (x.count && x.count >= 2 ? COUNTED_REACH : 2));
    if (!this.counted.length) return;
    const T = this.T;
    // "Among them were A and B": some of the group, named.
    const among = T[s.first]?.lower === 'among' && /^(?:them|these|those)$/.test(T[s.first + 1]?.lower ?? '') && /^(?:were|was|are|is)$/.test(T[s.first + 2]?.lower ?? '');
    // ("Under the order, the listed firms include A": past an opening phrase.)
    const head = among ? undefined : startAt.get(openingSkipped(T, s));
    // ("This company, A, calls itself ...": the one of the group, named in apposition.)
    const one = head && !head.ents.length && !head.plural && /^(?:this|the|that)$/.test(head.det) && TRADER_NOUNS.test(head.noun) && T[head.last]?.text === ',' ?
      chunkAt(this.g, s, head.last + 1) : undefined;
    if (one && one.ents.length === 1 && !one.noun && T[one.last]?.text === ',') {
      for (const x of this.counted) if (x.one && x.sent < s.index && this.actor(one.ents[0])) this.nameCountedAs(x, one.ents, s);
      return;
    }
    // ("A, the largest of the companies, ...", "A, one of them, ...": a member of the group, named with its place in it.)
    const member = head && head.ents.length === 1 && !head.noun && T[head.last]?.text === ',' ? memberOfGroup(T, head.last + 1, s.last) : null;
    if (member && this.actor(head!.ents[0])) {
      for (const x of this.counted) {
        if (x.sent < s.index && (member === 'them' || member === x.noun || FIRMS.test(member))) this.nameCountedAs(x, head!.ents, s);
      }
      return;
    }
    const opens = head && !head.ents.length && (head.pronoun === 'they' || (head.det === 'the' && head.plural));
    // ("Three firms took part in the fraud: A, B and C", "... in the scheme – A, B and C": the group again, its names
    // after a colon or a dash.)
    const colon = head && !head.ents.length && head.plural && (head.count >= 2 || head.det === 'the') && TRADER_NOUNS.test(head.noun)
      ? T.slice(head.last, s.last).findIndex((t) => t.text === ':' || isDash(t)) : -1;
    // ("The firms sanctioned by B are A and C", "The companies facing charges include A": past the participle's phrase.)
    const verb = head && opens ? verbAfterParticiple(T, head.last, s.last) : -1;
    if (!among && colon < 0 && verb < 0) return;
    const named = startAt.get(among ? s.first + 3 : colon >= 0 ? head!.last + colon + 1 : verb + 1);
    if (!named || named.ents.length < (among ? 1 : 2)) return;
    const names = named.ents.filter((e) => this.actor(e));
    for (const x of this.counted) {
      // (The same noun, or a generic one for the group named: "five companies ... The sanctioned entities are ...".)
      if (x.one || x.sent >= s.index || (head?.noun && head.noun !== x.noun && !FIRMS.test(head.noun))) continue;
      // (Past the next two sentences only the same count names the group again: "Three firms ... three companies were
      // involved: A, B and C"; past the next four, only as many names as the group counted: "Two firms shipped G to
      // B. ... The companies are A and C.")
      const sameCount = !among && x.count !== undefined && names.length === x.count;
      if (s.index - x.sent > 2 && !(colon >= 0 && head!.count === x.count) && !sameCount) continue;
      if (s.index - x.sent > 4 && !sameCount) continue;
      this.nameCountedAs(x, names, s);
    }
  }

  /** The relations a counted description took, drawn for the names a later sentence gives it. */
  private nameCountedAs(x: Interpreter['counted'][number], names: number[], s: Sentence): void {
    const told = this.g.an.sentences[x.sent];
    this.namedLater.add(told.end);
    // (Named within the next two sentences the quote runs from the clause to the names; further on it is the two
    // sentences, each quoted on its own.)
    const near = s.index - x.sent <= 2;
    // ("One of the firms sent drones to K. This firm, A, ... The drones were sent to B": the flow's goods are A's.)
    if (x.type === 'SHIPPED_TO' && x.role === 'source' && (!this.lastFlow || this.lastFlow.sent <= x.sent)) this.lastFlow = { sources: [...names], targets: x.others, vias: [], sent: x.sent };
    for (const a of names) for (const b of x.others) {
      const [source, target] = x.role === 'source' ? [a, b] : [b, a];
      this.emit(x.type, source, target, s, near ? x.sent : s.index, x.rule);
      if (!near) this.emit(x.type, source, target, told, x.sent, x.rule);
    }
  }

  /**
   * "Concurrently, the State Department is designating ...", "Separately, the UK sanctioned ...": an action the text
   * reports beside the one it is about.
   */
  private parallelAction(s: Sentence): boolean {
    const T = this.T;
    const w = (q: number) => T[s.first + q]?.lower ?? '';
    return PARALLEL_CUES.test(w(0)) || (w(0) === 'in' && /^(?:parallel|addition|tandem)$/.test(w(1))) ||
      (w(0) === 'at' && w(1) === 'the' && w(2) === 'same' && w(3) === 'time');
  }

  /** The body on record before a sentence's first sanctioning clause, that sentence and that clause's verb. */
  private priorBody: { sent: number; prior: number[]; verb: number } | null = null;
  private notePriorBody(cl: Clause, s: Sentence): void {
    if (this.priorBody?.sent !== s.index) this.priorBody = { sent: s.index, prior: this.d.listingSanctioner(s.index), verb: cl.verb };
  }

  /** "Further sanctions come from B", "B announced sanctions of its own": a measure beside the main one. */
  private additionalMeasure(cl: Clause): boolean {
    const m = cl.voice === 'passive' ? cl.subj : cl.obj;
    if (!m || !SANCTION_NOUNS.has(m.noun)) return false;
    for (let q = m.first; q < m.last; q++) if (/^(?:additional|separate)$/.test(this.T[q].lower)) return true;
    return false;
  }

  /** The one government entity the article names as the department of `word` ("Department of State"), or -1. */
  private departmentNamed(word: string): number {
    if (!/^(?:state|commerce|treasury|justice)$/.test(word)) return -1;
    const found: number[] = [];
    this.g.res.entities.forEach((e, i) => {
      if (e.kind === 'government' && e.key.endsWith(`:department of ${word === 'treasury' ? 'the treasury' : word}`)) found.push(i);
    });
    return found.length === 1 ? found[0] : -1;
  }

  /** Whether the sentence names a sanctioning body before token k. */
  private bodyBefore(s: Sentence, k: number): boolean {
    for (let q = s.first; q < k; q++) {
      const mi = this.g.at[q];
      if (mi >= 0 && this.canSanction(this.g.res.entityOf[mi])) return true;
    }
    return false;
  }

  /** A list phrase that may be a sanctions list: "the list", "the list of sanctioned entities" (not "the list of suppliers"). */
  private sanctionsListPhrase(c: Chunk, s: Sentence): boolean {
    if (this.T[c.last]?.lower !== 'of') return true;
    const of = chunkAt(this.g, s, c.last + 1);
    if (!of) return false;
    for (let q = of.first; q < of.last; q++) if (/^(?:sanction\w*|designated|blacklisted|listed|restricted)$/.test(this.T[q].lower)) return true;
    return false;
  }

  /** Whether sentence `si` speaks of a sanctions list: "a revised list of sanctioned firms", "its sanctions list". */
  private sanctionsListIn(si: number): boolean {
    const s = this.g.an.sentences[si];
    if (!s) return false;
    const T = this.T;
    for (let q = s.first; q < s.last; q++) {
      if (!/^(?:list|lists|blacklist)$/.test(T[q].lower)) continue;
      for (let r = Math.max(s.first, q - 3); r < Math.min(s.last, q + 4); r++) if (/^(?:sanction\w*|blacklist\w*|designated|sdn)$/.test(T[r].lower)) return true;
    }
    return false;
  }

  /** The body the article names that keeps a list known by its own name (the Entity List, the SDN list), or -1. */
  private keeperOf(list: Chunk): number {
    const words = new Set<string>();
    for (let q = list.first; q < list.last; q++) words.add(this.T[q].lower);
    const keeper = [...LIST_KEEPERS].find(([name]) => name.split(' ').every((w) => words.has(w)))?.[1];
    if (!keeper) return -1;
    const found = this.g.res.entities.flatMap((e, i) => (e.kind === 'government' && keeper.test(e.key) ? [i] : []));
    // (A bureau and its department both named: the bureau that keeps the list, "the Commerce Department's BIS".)
    const bureau = found.length === 2 ? found.filter((e) => /^N:bis$|bureau/.test(this.g.res.entities[e].key)) : found;
    return bureau.length === 1 ? bureau[0] : -1;
  }

  /** A phrase of names only, joined by "and" to the phrase c ("EU and US sanctions", the "EU" before "US sanctions"). */
  private namesBefore(c: Chunk, endAt: Map<number, Chunk>): Chunk | undefined {
    if (this.T[c.first - 1]?.lower !== 'and') return undefined;
    const before = endAt.get(c.first - 1);
    return before && before.ents.length && !before.noun && before.poss === -1 ? before : undefined;
  }

  /**
   * The bodies whose imposition a measure's phrase follows: "Laos's imposition of sanctions on A", "the UN and EU's
   * recent introduction of sanctions on B".
   */
  private imposers(c: Chunk, endAt: Map<number, Chunk>): number[] {
    const act = this.T[c.first - 1]?.lower === 'of' ? endAt.get(c.first - 1) : undefined;
    if (!act || !IMPOSITIONS.test(act.noun)) return [];
    // (Not one only urged: "called for B's imposition of sanctions", "urged B's adoption of sanctions".)
    const before = this.T[act.first - 1]?.lower ?? '';
    if (before === 'for' || NON_ASSERTING.test(before)) return [];
    return [...(this.namesBefore(act, endAt)?.ents.filter(this.canSanction) ?? []), ...this.bodyOf(act)];
  }

  /** The body a list's own phrase names: "B's sanctions list", "the sanctions list of the European Union". */
  private listBodies(list: Chunk | null | undefined, cl: Clause): number[] {
    const own = this.bodyOf(list);
    return !own.length && list && cl.roles.of && cl.roles.of.first === list.last + 1 ? this.bodyOf(cl.roles.of) : own;
  }

  /** The names in a phrase that name a war rather than act: "Ukraine" in "Ukraine war sanctions". */
  private warNamers(c: Chunk): Set<number> {
    const out = new Set<number>();
    for (let q = c.first; q < c.last; q++) {
      const mi = this.g.at[q];
      if (mi < 0) continue;
      const m = this.g.mentions[mi];
      // (A country only, and a war's name only: "EU war sanctions" are the EU's, "war crimes sanctions" name no war.)
      const e = this.g.res.entityOf[mi];
      if (/^(?:war|conflict|invasion|crisis)$/.test(this.T[m.last]?.lower ?? '') && !/^(?:crimes|criminals)$/.test(this.T[m.last + 1]?.lower ?? '') && this.isCountry(e)) out.add(e);
      q = m.last - 1;
    }
    return out;
  }

  /** The sanctioning body named in a measure's own phrase ("US sanctions", "the EU's package"), if any. */
  private bodyOf(c: Chunk | null | undefined): number[] {
    if (!c) return [];
    // ("Thailand's Laos sanctions regime": a possessor's measures, named for the country they are on.)
    // (Only a body's own: "A's US sanctions" are the US's on A.)
    let mods = c.poss >= 0 && this.canSanction(c.poss) ? c.mods.filter((e) => !this.isCountry(e)) : c.mods;
    // ("Ukraine war sanctions against B", "the Laos conflict sanctions": a country naming a war names no body.)
    const war = this.warNamers(c);
    if (war.size) mods = mods.filter((e) => !war.has(e));
    const own = [...c.ents, ...mods, ...(c.poss >= 0 ? [c.poss] : [])].filter(this.canSanction);
    // "the Treasury Department's latest US measures": the body, not its country ("the US, the UK and the EU": all three).
    const bodies = own.filter((e) => !this.isCountry(e) || c.ents.includes(e));
    return bodies.length ? bodies : own;
  }

  /**
   * Bodies listed on after a sanctioning phrase: "by the US and B in 2017, C in 2019, and the EU in 2023" (a date
   * may close each item), "from all EU states, the UK and Japan". Only phrases that are names of bodies and nothing
   * else continue the list.
   */
  private moreBodies(c: Chunk, s: Sentence): number[] {
    const T = this.T;
    const out: number[] = [];
    const date = (t: Token | undefined) => !!t && (t.num >= 0 || t.pos === 'NUM');
    for (let q = c.last, guard = 0; q < s.last && guard < 12; guard++) {
      if (/^(?:in|since)$/.test(T[q].lower) && date(T[q + 1])) {
        q++;
        while (q < s.last && (date(T[q]) || (T[q].text === '-' && date(T[q + 1])))) q++;
      }
      const at = q;
      while (q < s.last && /^(?:,|and)$/.test(T[q].lower)) q++;
      if (q === at) break;
      const next = chunkAt(this.g, s, q);
      if (!next || next.noun || !next.ents.length || !next.ents.every(this.canSanction)) break;
      // (", and B condemned the move": the subject of a clause of its own.)
      if (/^(?:VERB|AUX)$/.test(T[next.last]?.pos ?? '') || this.sentClauses.some((o) => o.subj?.first === next.first)) break;
      out.push(...next.ents);
      q = next.last;
    }
    return out;
  }

  /**
   * Bodies after a clause that each take its verb with a time of their own, the verb left out: "A sanctioned B in
   * 2022, C in June of that year and D a little later" gives C and D. The first comes right after the comma or "and"
   * that closes the clause's own time; each is a country or a body of no country's (not "the Laotian Defence Ministry",
   * more likely one more target), followed by its time and then by a comma, "and" or the sentence's end, with no verb.
   * Not past a relative or subordinate clause, whose own lists they would be.
   */
  private gappedBodies(cl: Clause, s: Sentence): number[] {
    const T = this.T;
    const out: number[] = [];
    const timeAt = (q: number) => /^(?:later|earlier|afterwards|soon|shortly)$/.test(T[q]?.lower ?? '') ||
      (/^(?:in|on|since)$/.test(T[q]?.lower ?? '') && (T[q + 1]?.num >= 0 || T[q + 1]?.pos === 'NUM' || MONTH.test(T[q + 1]?.text ?? ''))) ||
      (/^(?:a|some|weeks|months|days|years)$/.test(T[q]?.lower ?? '') && T.slice(q, q + 4).some((t) => t.lower === 'later'));
    const timeEnds = (q: number) => T[q]?.num >= 0 || T[q]?.pos === 'NUM' || MONTH.test(T[q]?.text ?? '') || /^(?:later|earlier)$/.test(T[q]?.lower ?? '');
    const body = (e: number) => this.isCountry(e) || (this.canSanction(e) && !this.g.res.entities[e]?.country);
    let q = cl.verb + 1;
    while (q < s.last && !((T[q].text === ',' || T[q].lower === 'and') && timeEnds(q - 1))) {
      if (T[q].text === ';' || /^(?:which|who|whom|whose|that|after|before|while|when|because)$/.test(T[q].lower)) return [];
      q++;
    }
    while (q < s.last) {
      const at = T[q + 1]?.lower === 'and' ? q + 2 : q + 1;
      const c = chunkAt(this.g, s, at);
      if (!c || !c.ents.length || !c.ents.every(body) || !timeAt(c.last)) break;
      let e = c.last;
      while (e < s.last && !/^(?:,|and|[.;])$/.test(T[e].lower) && !/^(?:VERB|AUX)$/.test(T[e].pos)) e++;
      if (e < s.last && /^(?:VERB|AUX)$/.test(T[e].pos)) break;
      out.push(...c.ents);
      q = e;
    }
    return out;
  }

  /** Whether the role being read is one of a measure's targets: see `party`. */
  private inMeasure = false;

  private role(cl: Clause, role: ArgRole, s: Sentence, exclude: number[], f: FrameSpec): Found {
    const outer = this.inMeasure;
    this.inMeasure = f.type === 'SANCTIONED' && (f.target as readonly string[]).includes(role);
    try {
      return this.roleOf(cl, role, s, exclude, f);
    } finally {
      this.inMeasure = outer;
    }
  }

  private roleOf(cl: Clause, role: ArgRole, s: Sentence, exclude: number[], f: FrameSpec): Found {
    const sanction = f.type === 'SANCTIONED';
    switch (role) {
      case 'subj': {
        // ('"Today we are sanctioning A," said Laos's foreign minister': the body of the speaker "we" speaks for.)
        if (sanction && !cl.subj && this.T[cl.first - 1]?.lower === 'we') {
          const body = this.speakersBody(cl);
          if (body.length) return { ents: body, from: s.index };
        }
        // "B said A had shipped G to C and imposed sanctions on it": a measure joined to a reported clause whose
        // subject cannot impose one is the reporting body's.
        if (sanction && cl.subjHow === 'coordinated' && cl.subj?.ents.length && !cl.subj.ents.some(this.canSanction)) {
          const said = this.sentClauses.find((x) => x.verb < cl.verb && reportingVerb(x.lemma) && !!x.subj?.ents.some(this.canSanction));
          if (said) return { ents: said.subj!.ents.filter(this.canSanction), from: s.index };
        }
        // ("The initial list consists of A and B. It also includes C": the list the sentence before gave, its body's.)
        const takenUp = sanction && f.needs?.nouns === LIST_NOUNS ? this.listTakenUp(cl) : [];
        if (takenUp.length) return { ents: takenUp, from: s.index - 1 };
        // "Ukraine's sanctions list includes A", "the Entity List now includes B": the list's owner or keeper.
        if (sanction && cl.subj && !cl.subj.ents.length && f.needs?.nouns === LIST_NOUNS && LIST_NOUNS.has(cl.subj.noun)) {
          const own = this.bodyOf(cl.subj);
          const keeper = own.length ? -1 : this.keeperOf(cl.subj);
          if (own.length) return { ents: own, from: s.index };
          if (keeper >= 0) return { ents: [keeper], from: s.index };
          // ("The list includes three firms: A, B and C", "The list, which ..., named A": the list of the measure the
          // text has just reported, its body's; not "the list of suppliers".)
          // (Further back when the sentence before introduced the list: "... released a revised list of sanctioned
          // firms. The list ...".)
          // ("The initial list with 13 firms consists of A": a list the words call a measure's release, the body's on
          // record however far back it acted.)
          // (Only when the sentences since name no firm, person, outlet or other body that may have released a list of
          // its own: "B, a think tank, released its ranking. The new list comprises A".)
          const released = this.T.slice(cl.subj.first, cl.subj.last).some((t) => RELEASED_LIST.test(t.lower));
          const recent = cl.subj.det !== 'the' || !this.sanctionsListPhrase(cl.subj, s) || !this.onlyStatesSince(this.d.sanctionerSentence(), s.index) ? []
            : released || this.sanctionsListIn(s.index - 1) ? this.d.sanctioner() : this.d.recentSanctioner(s.index);
          return recent.length ? { ents: recent, from: Math.max(0, s.index - 1) } : NONE;
        }
        // ("The Treasury Department's actions target A", "OFAC's action targets two firms – A and B": a body's actions
        // are its measures, where they name firms; not "target Russia's energy sector".)
        if (sanction && cl.subj && !cl.subj.ents.length && /^actions?$/.test(cl.subj.noun) && cl.subj.poss >= 0 && this.canSanction(cl.subj.poss) &&
          this.firmsNamed(cl.obj, s)) {
          return { ents: [cl.subj.poss], from: s.index };
        }
        // ("the Laotian Commerce Department order imposes restrictions on A": a body's order, its body.)
        if (sanction && cl.subj && !cl.subj.ents.length && /^(?:order|decision|decree|ruling|determination)$/.test(cl.subj.noun)) {
          const own = this.bodyOf(cl.subj);
          if (own.length) return { ents: own, from: s.index };
          // ("K imposed sanctions on firms from P. ... a determination has been made to impose measures on: A": the body of
          // the sanctions the text is about, who decided them.)
          // (Not "the decision to impose the measures is due to ...", a decision the text has spoken of.)
          const recent = cl.subj.det === 'a' ? this.d.sanctioner() : [];
          if (recent.length) return { ents: recent, from: Math.max(0, s.index - 1) };
        }
        if (sanction && cl.subj && !cl.subj.ents.length && SANCTION_NOUNS.has(cl.subj.noun)) {
          const own = this.bodyOf(cl.subj);
          if (own.length) return { ents: own, from: s.index };
          // "(the EU adopted) its 12th package, which targets A": the body the possessive refers to.
          const its = cl.subj.poss === -2 && /^(?:its|their)$/.test(cl.subj.det) ? this.d.lastBody(s.index) : [];
          return its.length ? { ents: its, from: s.index } : NONE;
        }
        // "the UK government froze ...", "British authorities designated ...": the country's government acts.
        if (sanction && cl.subj && !cl.subj.ents.length && GOVERNMENT_NOUNS.test(cl.subj.noun)) {
          const own = this.bodyOf(cl.subj);
          if (own.length) return { ents: own, from: s.index };
        }
        // "State is designating A", "Commerce is adding B": a department by its short name, when the text names it.
        // (The capitalised word may have been taken for a name of no kind.)
        if (sanction && cl.subj && cl.subj.ents.every((e) => this.kind(e) === null) && cl.subj.last - cl.subj.first === 1 && /^[A-Z]/.test(this.T[cl.subj.first].text)) {
          const dept = this.departmentNamed(this.T[cl.subj.first].lower);
          if (dept >= 0) return { ents: [dept], from: s.index };
        }
        // "President A signed an order that imposes sanctions on B": the state of the one who signed the act ("the
        // agency's assistant secretary A issued orders denying ...": the body the signer's title names).
        if (sanction && cl.subj && !cl.subj.ents.length && DECREES.test(cl.subj.noun)) {
          const signer = this.sentClauses.find((x) => x.obj === cl.subj && (x.subj?.ents.length || x.subj?.mods.length));
          const office = (signer?.subj?.mods ?? []).filter((e) => this.kind(e) === 'government');
          const state = (e: number) => (office.length ? office : [this.countryEntity(this.g.res.entities[e].country)]);
          // ("the agency's assistant secretary issued orders": a title with no name, the body it names.)
          const states = !signer?.subj?.ents.length ? (PERSON_ROLES.test(signer?.subj?.noun ?? '') ? office : [])
            : signer.subj.ents.flatMap((e) => (this.kind(e) === 'person' ? state(e) : this.canSanction(e) ? [e] : [])).filter((e) => e >= 0);
          if (states.length) return { ents: states, from: s.index };
        }
        // ("The US stated it was sanctioning A": the body that said so.)
        const speaker = sanction && cl.voice === 'active' && cl.subj ? this.speakerOf(cl.subj) : -1;
        if (speaker >= 0 && this.canSanction(speaker)) return { ents: [speaker], from: s.index };
        const described = sanction && cl.voice === 'passive' ? this.describedTargets(cl, s) : null;
        if (described) return described;
        // (Only as the agent: "It too was sanctioned" is a target.)
        if (sanction && cl.voice === 'active' && cl.subj && !cl.subj.ents.length) {
          // ("B has imposed sanctions on K, most recently when it sanctioned A": "it" is the body of the sentence's
          // earlier measure, not one the sentence before named.)
          // (The nearest clause before "it", not one a relative clause or a verb of saying stands after: "Laos listed V,
          // which the EU sanctioned when it designated A" is the EU's.)
          const before = cl.subj.pronoun === 'it' ? this.sentClauses.findLast((x) => x.verb < cl.subj!.first) : undefined;
          const earlier = before && before.voice === 'active' && before.subj?.ents.length === 1 && this.measureClause(before) ? before : undefined;
          if (earlier) return { ents: earlier.subj!.ents, from: s.index };
          const body = this.d.body(cl.subj, s.index);
          // ("The office listed A ... It also designated C": a body referred to stays the one "it" means.)
          if (body.length) this.d.noteBody(body, s.index);
          if (body.length) return { ents: body, from: Math.max(0, s.index - 1) };
        }
        // "A signed a contract (on May 1) to supply B with G": the party that signed the contract performs it.
        // ("A received a contract to supply G to B": as the one that won it.)
        if (!sanction && cl.subj && !cl.subj.ents.length && AGREEMENTS.test(cl.subj.noun) && this.T[cl.verb - 1]?.lower === 'to') {
          const subj = cl.subj;
          const signer = this.sentClauses.find((x) => x.obj?.first === subj.first && x.voice === 'active' && !x.negated && !x.hedged && /^(?:sign|conclude|ink|win|receive|secure|land)$/.test(x.lemma));
          if (signer) return this.party(signer.subj, s, exclude, true);
        }
        // "an agreement with A to deliver G to B": the party the agreement binds performs its infinitive.
        if (!sanction && cl.subj && !cl.subj.ents.length && AGREEMENTS.test(cl.subj.noun) && /^(?:from|with)$/.test(this.T[cl.subj.last]?.lower ?? '') &&
          this.T[cl.verb - 1]?.lower === 'to') {
          return this.party(chunkAt(this.g, s, cl.subj.last + 1), s, exclude, false);
        }
        // ("B's makers rely on G from C, which they acquire through D": "they" in a relative clause on the main clause's
        // object is that clause's plural subject.)
        if (cl.subj?.pronoun === 'they' && /^(?:which|that)$/.test(this.T[cl.subj.first - 1]?.lower ?? '')) {
          const main = this.sentClauses.find((x) => x !== cl && x.verb < cl.verb && x.subjHow === 'adjacent' && !!x.subj && !x.subj.pronoun && x.subj.plural);
          if (main) return this.party(main.subj, s, exclude, !sanction);
        }
        // ("Two cargo ships, A and B, are carrying G from C to D": names in apposition to vessels are the carriers, no
        // supplier.)
        if (!sanction && cl.subj?.ents.length && this.T[cl.subj.first - 1]?.text === ',' && VESSELS.test(this.endAtFor(s, cl.subj.first - 1)?.noun ?? '')) return NONE;
        // ("A and C participated in a scheme to supply B with G": the scheme's infinitive is its participants' doing.)
        if (!sanction && cl.subj && !cl.subj.ents.length && SCHEMES.test(cl.subj.noun) && this.T[cl.verb - 1]?.lower === 'to') {
          const part = this.sentClauses.find((x) => x !== cl && x.roles.in?.first === cl.subj!.first && triggerClasses(x.lemma).includes('engage'));
          if (part?.subj) return this.party(part.subj, s, exclude, true);
        }
        // ("A shipped chips to B. The company then re-exported them to C": who sends the same goods on is who got them.)
        const onward = !sanction && cl.subj && Discourse.anaphoric(cl.subj, this.T) && ONWARD_VERBS.test(this.T[cl.verb].lower) ? this.lastRecipients(cl, s) : null;
        if (onward) return onward;
        let found = this.party(cl.subj, s, exclude, !sanction);
        // ("A and Laotian firms shipped G to B", "K and European countries announced sanctions": a name joined to the
        // described group the clause reads as its subject acts with it.)
        const joined = /^(?:adjacent|gerund|coordinated)$/.test(cl.subjHow ?? '') && cl.subj && !cl.subj.ents.length && this.T[cl.subj.first - 1]?.lower === 'and' ? this.endAtFor(s, cl.subj.first - 1) : undefined;
        if (joined?.ents.length && !/^(?:ADP|VERB|AUX)$/.test(this.T[joined.first - 1]?.pos ?? '')) {
          const named = joined.ents.filter((e) => this.actor(e) && !exclude.includes(e) && !found.ents.includes(e));
          if (named.length) found = { ents: [...named, ...found.ents], from: s.index };
        }
        // "A and his company B, which supplied G to C": "which" relativises the company, not the person.
        if (cl.subjHow === 'relative' && this.T[cl.first - 1]?.lower === 'which' && found.ents.some((e) => this.kind(e) === 'person')) {
          const things = found.ents.filter((e) => this.kind(e) !== 'person');
          if (things.length) return { ents: things, from: found.from };
        }
        // ("A sanctioned B in May, C in June and D a little later": bodies the sentence goes on with, each with a time
        // and no verb of its own, did the same.)
        // (Not after a country as the target: "A sanctioned K in May, L in June" may go on with targets.)
        if (sanction && found.ents.length && found.ents.every(this.canSanction) && !cl.obj?.ents.some(this.isCountry)) {
          const more = this.gappedBodies(cl, s).filter((e) => !found.ents.includes(e));
          if (more.length) return { ...found, ents: [...found.ents, ...more] };
        }
        return found;
      }
      case 'obj': {
        // ("designated the Laotian carrier, A, as well as B": the description's name in apposition opens the list.)
        const apposed = sanction ? this.apposedList(cl.obj, s) : [];
        if (apposed.length) {
          const names = apposed.filter((e) => !exclude.includes(e) && this.actor(e));
          if (names.length) return { ents: names, from: s.index };
        }
        let found = this.party(cl.obj, s, exclude, !sanction);
        // ("sanctioned A, a director of B, C, the head of D, and E": the names past each one's description.)
        const described = sanction && cl.obj?.ents.length && cl.obj.first > cl.verb ? this.pastRelatives(cl.obj, s, true).filter((e) => !found.ents.includes(e) && !exclude.includes(e) && this.actor(e)) : [];
        if (described.length) found = { ...found, ents: [...found.ents, ...described] };
        // ("sanctioned A in 2017 and B in 2013": objects paired with their times.)
        const more = found.ents.length && cl.obj ? this.pairedWithTimes(cl.obj, s) : [];
        return more.length ? { ents: [...found.ents, ...more.filter((e) => !exclude.includes(e) && !found.ents.includes(e))], from: found.from } : found;
      }
      case 'usedIn': {
        // "supplying components used in Russian drones": the country of the goods the parts went into.
        const obj = cl.obj;
        const used = obj && this.sentClauses.find((x) => x.subj?.first === obj.first && x.voice === 'passive' && this.T[x.verb].lower === 'used' && x.roles.in);
        const into = used ? used.roles.in! : null;
        const countries = into && !into.ents.length ? into.mods.filter(this.isCountry) : [];
        return countries.length ? { ents: countries, from: s.index } : NONE;
      }
      case 'foundIn': {
        // ("found in Russian drones", "on B's missiles", "recovered from Russian drones"; not "found in Ukraine", a place,
        // nor "found in the wreckage".)
        for (const at of [cl.roles.in, cl.roles.on, cl.roles.from]) {
          const owners = this.weaponOwners(at, s, exclude);
          if (owners.ents.length) return owners;
        }
        // ("found chips made by A in Russian drones": the phrase the goods' own participle took.)
        const goods = cl.voice === 'active' ? cl.obj : null;
        const made = goods ? this.sentClauses.find((m) => m !== cl && m.subj === goods && m.voice === 'passive') : undefined;
        return this.weaponOwners(made ? made.roles.in ?? made.roles.on : null, s, exclude);
      }
      case 'weaponOf':
        // ("Russian drones contained chips made by A": the weapons that hold the goods; not trucks that carry them on,
        // "Russian trucks carried chips from A to K".)
        if (!cl.subj || !weaponNoun(cl.subj.noun) || cl.roles.to || cl.roles.into) return NONE;
        // (Nor where the goods' own participle takes the destination: "carried parts made by A to K".)
        if (cl.obj && this.sentClauses.some((m) => m !== cl && m.subj === cl.obj && (m.roles.to || m.roles.into))) return NONE;
        return this.weaponOwners(cl.subj, s, exclude);
      case 'objOrigin': {
        // Goods named with their maker as the object: "A's chips", "A chips", "chips from A".
        let c = this.objectOrValued(cl);
        // ("received batches of Thai drones": the goods after a batch's or a number's "of".)
        if (c) c = this.countedPhrase(c, s);
        if (!c || c.ents.length || !this.goods.has(c.noun)) return NONE;
        const origin = [...c.mods, ...(c.poss >= 0 ? [c.poss] : [])].filter((e) => this.actor(e) && !exclude.includes(e));
        if (origin.length) return { ents: origin, from: s.index };
        return this.party(cl.roles.from, s, exclude, true);
      }
      case 'ofOrigin': {
        // ("took delivery of two Laotian fighter jets": goods named with their country after "of" came from it.)
        const goods = cl.roles.of;
        if (!goods || !this.goods.has(goods.noun)) return NONE;
        const made = this.madeIn(goods);
        return made.length ? { ents: made, from: s.index } : NONE;
      }
      case 'contractParty': {
        // ("A signed contracts with B to produce G", "a contract with B to supply G": the other party to the agreement.)
        const deal = cl.subj;
        if (!deal || deal.ents.length || !AGREEMENTS.test(deal.noun) || this.T[cl.verb - 1]?.lower !== 'to') return NONE;
        // (Goods made for the party, not "a contract with B to build a factory".)
        if (f.trigger === 'produce' && !(cl.obj && this.goods.has(cl.obj.noun))) return NONE;
        const signer = this.sentClauses.find((x) => x.obj?.first === deal.first && x.voice === 'active' && !x.negated && !x.hedged && /^(?:sign|conclude|ink|win|award)$/.test(x.lemma));
        return signer?.roles.with ? this.party(signer.roles.with, s, exclude, true) : NONE;
      }
      case 'goodsMaker': {
        // "engines made by A", "chips supplied by A" as the goods of the clause (its object, or what it relies on), or
        // as the goods its object goes on to name ("Western technology, including the X7 chip produced by A").
        const goods = cl.obj ?? cl.roles.on ?? cl.roles.upon;
        if (!goods || goods.ents.length) return NONE;
        const named = (m: Clause): boolean => m.subj === goods ||
          (!!m.subj && m.subj.first > goods.last && m.subj.first - goods.last <= 3 && /^(?:including|as)$/.test(this.T[m.subj.first - 1].lower));
        // (Not when the goods came from someone else: "bought engines made by A from C".)
        const maker = this.sentClauses.find((m) => m !== cl && m.voice === 'passive' && m.roles.by && !m.roles.from &&
          (MAKE_VERBS.test(m.lemma) || /^(?:supply|provide|sell|ship|deliver|export)$/.test(m.lemma)) && named(m));
        return maker ? this.party(maker.roles.by, s, exclude, false) : NONE;
      }
      case 'underBody': {
        // ("fell under US sanctions": the body the measure names.)
        // ("sanctioned under UN Security Council Resolution 4021": a measure or a body's act, not "under pressure".)
        const under = cl.roles.under;
        if (f.trigger !== 'fall' && !(under && (SANCTION_NOUNS.has(under.noun) || BODY_ACTS.test(under.noun)))) return NONE;
        const own = this.bodyOf(under);
        return own.length ? { ents: own, from: s.index } : NONE;
      }
      case 'listedTargets': {
        // ("a list of new Laotian targets, including A", "a list of sanctioned entities: A, C": the list's names.)
        const of = cl.obj && this.T[cl.obj.last]?.lower === 'of' ? chunkAt(this.g, s, cl.obj.last + 1) : null;
        if (!of || of.ents.length) return NONE;
        let marked = TARGET_NOUNS.has(of.noun);
        for (let q = of.first; q < of.last; q++) if (TARGETED.test(this.T[q].lower)) marked = true;
        return marked ? this.party(of, s, exclude, false) : NONE;
      }
      case 'afterFor': {
        // ("named for sanctions the company, executives A and B, and two managers, C and D": the names after the "for"
        // phrase, up to a clause of their own.)
        const f = cl.roles.for;
        if (!f) return NONE;
        const ents: number[] = [];
        for (let q = f.last; q < s.last && q < f.last + 60;) {
          const t = this.T[q];
          if (t.text === ';' || t.pos === 'VERB' || t.pos === 'AUX' || /^(?:which|who|whom|that|while|whereas)$/.test(t.lower)) break;
          // (", and the EU froze ...": a clause of its own after the list.)
          if (t.text === ',' && this.T[q + 1]?.lower === 'and' && this.sentClauses.some((x) => x.subj && x.subj.first === q + 2)) break;
          const c = chunkAt(this.g, s, q);
          if (c) {
            ents.push(...c.ents);
            q = c.last;
          } else q++;
        }
        return ents.length ? { ents, from: s.index } : NONE;
      }
      case 'payee': {
        // ("paid A $3 million", "paid $3 million to A": the party paid; not "paid a fine for G to B".)
        if (cl.roles.to) return cl.obj && !cl.obj.ents.length ? NONE : this.party(cl.roles.to, s, exclude, true);
        return cl.obj && cl.obj.ents.length && !cl.obj.noun ? this.party(cl.obj, s, exclude, true) : NONE;
      }
      case 'chainOwner': {
        // ("B devised new supply chains", "set up its procurement routes": a buyer's chains; not "export routes".)
        const c = cl.obj;
        if (!c || c.ents.length || !/^(?:supply|procurement|import|purchasing)$/.test(this.T[c.last - 2]?.lower ?? '')) return NONE;
        return this.party(cl.subj, s, exclude, true);
      }
      case 'forUse': {
        // "provided drones for use by B", "for use by groups such as B": the users the goods are for receive them.
        const c = cl.roles.for;
        if (!c || c.noun !== 'use' || c.ents.length || this.T[c.last]?.lower !== 'by') return NONE;
        return this.party(chunkAt(this.g, s, c.last + 1), s, exclude, true);
      }
      case 'beneficiary': {
        // "procured machines for B", "bought parts for the Russian military": a party, not the goods' kind ("spare
        // parts for Velmar aircraft" names a maker's aircraft).
        const c = cl.roles.for;
        if (!c) return this.purposeServed(cl, s, exclude);
        // ("obtained technologies for Russia's defense sector": a country's forces or arms industry stand for it.)
        const served = this.armsOf(c, exclude);
        if (served.length) return { ents: served, from: s.index };
        // ("bought chips for A's factory in Russia": a facility, not a party.)
        if ((c.noun && !TRADER_NOUNS.test(c.noun)) || c.poss !== -1 || FACILITY.test(c.noun)) return NONE;
        // ("for Velmar and Orbis aircraft": the chunker may stop at the name; a goods word after the names ends it.)
        let q = c.last;
        while (q < s.last && q < c.last + 5 && (this.g.at[q] >= 0 || /^(?:and|or|,|-)$/.test(this.T[q].lower))) q++;
        if (knownGoods(this.T[q]?.lower ?? '')) return NONE;
        // ("imported lathes for defence firms from K": the clause's own "from" phrase, not the firms' place.)
        const found = this.party(c, s, exclude, true);
        const from = cl.roles.from?.ents ?? [];
        return { ...found, ents: found.ents.filter((e) => !from.includes(e)) };
      }
      case 'objDative':
        return this.dative(cl, s, exclude);
      case 'prevAgent': {
        // "were bought by A and shipped to B", "were routed through A and delivered to B": the party the goods
        // reached in the joined passive hands them on.
        const p = cl.prev;
        if (!p || cl.subjHow !== 'coordinated' || cl.voice !== 'passive' || p.voice !== 'passive') return NONE;
        const acquired = triggerClasses(p.lemma).includes('acquire');
        // ("was made in A and shipped to B", "were built by A and sent to B": where the goods were made, or their maker.)
        if (triggerClasses(p.lemma).includes('produce')) {
          if (p.roles.by) return this.party(p.roles.by, s, exclude, true);
          // ("made in Laos", "assembled in Lao plants", "produced at Lao factories": the country, or the plants' country.)
          const at = this.T[p.verb + 1]?.lower === 'at' ? chunkAt(this.g, s, p.verb + 2) : null;
          for (const c of [at, p.roles.in]) {
            const place = this.party(c, s, exclude, true);
            if (place.ents.length && place.ents.every(this.isCountry)) return place;
          }
          return NONE;
        }
        // ("were bought from A and shipped to B": with no buyer named, from the seller, through whoever bought them.)
        const holder = acquired ? p.roles.by ?? p.roles.from : p.roles.through ?? p.roles.via ?? p.roles.by;
        if (holder || acquired || !triggerClasses(p.lemma).includes('supply')) return this.party(holder, s, exclude, true);
        // ("were shipped to A and then forwarded to B": with no agent or route named, from the party the first step took
        // them to; not a country, where the next step may only reach the buyer ("trucked to K and delivered to B").)
        // (Not goods sent back: "were shipped to A and then sent back to B".)
        if (/^(?:back|home)$/.test(this.T[cl.verb + 1]?.lower ?? '')) return NONE;
        const reached = this.party(p.roles.to, s, exclude, true);
        return reached.ents.some(this.isCountry) ? NONE : reached;
      }
      case 'lastBuyer': {
        // "Valves were bought by B last year. They were bought via firms in A": goods bought with no buyer of their own,
        // in the sentence after the one that named the buyer, go to the same buyer.
        const d = this.destination;
        if (cl.voice !== 'passive' || cl.roles.by || !d || d.sent >= s.index || s.index - d.sent > 1 || d.block !== s.block || !goodsHead(cl.subj, this.T)) return NONE;
        return { ents: d.ents.filter((e) => !exclude.includes(e)), from: d.sent };
      }
      case 'goodsDestination': {
        // "the export of radios to B ... part of the radios were sold by A through C": goods the text has just
        // sent to B, named again as the subject of an agentive passive without a destination of its own.
        // ("A exported G to B. The shipments came from K": the place goods named again left from, with no destination of
        // their own, in the sentence after.)
        // (Not a return: "The drones came back from K".)
        const left = f.trigger === 'originate' && cl.voice === 'active' && !!cl.roles.from && !cl.roles.to && !cl.roles.into && !cl.roles.under && this.T[cl.verb + 1]?.lower !== 'back';
        if (!(left || (cl.voice === 'passive' && cl.roles.by)) || !this.lastFlow || s.index - this.lastFlow.sent > 1 || !this.goodsAgain(cl.subj, s)) return NONE;
        return { ents: this.lastFlow.targets.filter((e) => !exclude.includes(e)), from: this.lastFlow.sent };
      }
      case 'facilitator': {
        // "B got deliveries of G arranged by A": the party that arranged the deliveries supplied them.
        const m = this.sentClauses.find((x) => x.verb > cl.verb && x.voice === 'passive' && FACILITATE.test(x.lemma) && x.roles.by && (x.subj === cl.obj || x.first <= (cl.obj?.last ?? -1) + 12));
        return m ? this.party(m.roles.by, s, exclude, true) : NONE;
      }
      case 'goodsHolder': {
        // "A sent radios to X through K. The radios were collected by B": goods named again in a passive
        // without an agent or origin leave from where the last flow left them (its intermediary on the way to a
        // country, else its recipient).
        const f = this.lastFlow;
        // ("... were re-exported to B, where they were delivered to C": the same sentence goes on at the destination.)
        const at = cl.subj && this.T[cl.subj.first - 1]?.lower === 'where' ? cl.subj.first - 1 : -1;
        const where = f?.sent === s.index && at > 0 && this.T[at - 1]?.text === ',';
        // ("shipped G to K, where they were re-exported to B": the place goods were sent to, which "where" stands for,
        // holds them, a country too.)
        const there = at > 0 && /^(?:they|it)$/.test(cl.subj!.pronoun ?? '') ? this.endAtFor(s, this.T[at - 1]?.text === ',' ? at - 1 : at) : undefined;
        const sentThere = !!there && this.T[there.first - 1]?.lower === 'to';
        // (On to a country; "re-exported to K, where they were delivered to C" is the holder's delivery inside K, read
        // below.)
        const abroad = !!cl.roles.to?.ents.some(this.isCountry);
        if (there?.ents.length && sentThere && abroad) {
          return { ents: there.ents.filter((e) => !exclude.includes(e)), from: s.index };
        }
        // ("A shipped G to B and then they were forwarded to C": the goods again, by a pronoun after "and then/later".)
        const onward = f?.sent === s.index && !!cl.subj && /^(?:it|they)$/.test(cl.subj.pronoun ?? '') && /^(?:later|then|subsequently|afterwards)$/.test(this.T[cl.subj.first - 1]?.lower ?? '') &&
          this.T[cl.subj.first - 2]?.lower === 'and';
        // ("A supplied G to K. B has provided H for K. All of the deliveries were received by C": every flow just told.)
        const all = cl.voice === 'passive' && !cl.roles.from && !!cl.roles.by && f && f.sent < s.index && s.index - f.sent <= 2 ? this.allSuppliesOf(cl.subj, s) : NONE;
        if (all.ents.length) return { ents: all.ents.filter((e) => !exclude.includes(e) && !cl.roles.by!.ents.includes(e)), from: all.from };
        if (cl.voice !== 'passive' || cl.roles.from || !f || s.index - f.sent > 2 || (f.sent === s.index && !where && !onward) || !(onward || this.goodsAgain(cl.subj, s))) return NONE;
        const supply = triggerClasses(cl.lemma).includes('supply');
        if (supply && cl.roles.by) return NONE;
        // ("The valves were bought by A through C", A already a party to the last flow: an earlier step of it.)
        const other = supply ? cl.roles.to ?? cl.roles.into : cl.roles.by;
        if (other && other.ents.some((e) => f.sources.includes(e) || f.targets.includes(e) || f.vias.includes(e))) return NONE;
        // ("A supplied X with pumps. The pumps were shipped to B through C": a country as the recipient
        // stands for its buyers; the goods are still the supplier's.)
        // ("A delivered machines to a Turkish importer. The machines were shipped to B": the country of a described
        // recipient holds them.)
        const held1 = (e: number) => !this.isCountry(e) || !!f.described?.includes(e);
        const named = f.targets.filter(held1);
        // ("A supplied G to B. The consignments were routed through K": the route of that flow, from its supplier.)
        const routing = supply && !cl.roles.to && !cl.roles.into && !!(cl.roles.through ?? cl.roles.via);
        // ("Goods from K were received by B. In addition, the goods were supplied to C", "... were also supplied to C":
        // another recipient of the same supplier, not one the goods went on to.)
        const alongside = supply && !f.vias.length && f.sent < s.index && this.alsoSaid(cl, s);
        const held = routing || alongside ? f.sources : named.length ? named : f.vias.length ? f.vias : f.sources;
        return { ents: held.filter((e) => !exclude.includes(e) && (alongside || held1(e))), from: f.sent };
      }
      case 'recentSupplier': {
        // "One of the exporters, A, ... Later, valves were sent to B": an agentless passive of goods right
        // after the text introduced a supplier by name.
        if (cl.voice !== 'passive' || cl.roles.by || cl.roles.from || (cl.subj && cl.subj.ents.some((e) => this.actor(e))) || !this.supplierNamed || s.index - this.supplierNamed.sent > 1) return NONE;
        return { ents: this.supplierNamed.ents.filter((e) => !exclude.includes(e)), from: this.supplierNamed.sent };
      }
      case 'recordsOf': {
        // "in B's import declarations", "in customs records of B", "in import declarations filed by B".
        const c = cl.roles.in;
        if (!c || c.ents.length || !RECORD_NOUNS.test(c.noun)) return NONE;
        let trade = false;
        for (let q = c.first; q < c.last; q++) if (/^(?:import|imports|customs|shipping|trade|export)$/.test(this.T[q].lower)) trade = true;
        if (!trade) return NONE;
        if (c.poss >= 0) return this.party({ ...c, ents: [c.poss], noun: '' }, s, exclude, false);
        const T = this.T;
        const at = /^(?:filed|submitted|lodged)$/.test(T[c.last]?.lower ?? '') && T[c.last + 1]?.lower === 'by' ? c.last + 2 : T[c.last]?.lower === 'of' ? c.last + 1 : -1;
        return at > 0 ? this.party(chunkAt(this.g, s, at), s, exclude, false) : NONE;
      }
      case 'lastHolder': {
        // "Battery packs with the same part numbers appear ...": goods of the last flow, with its recipient.
        const f = this.lastFlow;
        const c = cl.subj;
        if (!f || f.sent === s.index || s.index - f.sent > 2 || !c || c.ents.length || !this.goods.has(c.noun)) return NONE;
        let same = false;
        for (let q = c.first; q < Math.min(s.last, cl.verb); q++) if (/^(?:same|identical|matching)$/.test(this.T[q].lower)) same = true;
        if (!same && !this.goodsAgain(c, s)) return NONE;
        const held = f.targets.filter((e) => !this.isCountry(e) && !exclude.includes(e));
        return held.length ? { ents: held, from: f.sent } : NONE;
      }
      case 'forTrader': {
        // "supply components for Russian drone manufacturer B", "parts for the Russian army": a trader or a state body the
        // goods are for. (Not "supplied B with parts for C" or "sold G for B as its distributor": B's own customer, or an
        // agency.)
        const c = cl.roles.for;
        if (!c || cl.roles.with || (cl.obj && cl.obj.ents.length)) return NONE;
        // ("supplied goods critical for K's war effort", "essential for the Kish military activity": the country whose
        // war or forces the goods serve.)
        const served = this.armsOf(c, exclude);
        if (served.length) return { ents: served, from: s.index };
        // ("supplied components for Russian drones", "engines for Laos's missiles": the country whose weapons the goods go into.)
        // (Not the maker of a design, "for Iranian-made drones", "Soviet-era Russian tanks": who flies them is not said;
        // nor weapons a participle or a clause after them gives to another, "for Russian tanks used by K", "for Laotian
        // drones that K launches", where the country may be only the make.)
        const after = this.T[c.last];
        const design = this.T.slice(c.first, c.last).some((t) => /^(?:made|designed|built|produced|era|soviet)$/.test(t.lower)) ||
          (!!after && (after.pos === 'VERB' || /^(?:that|which|still|now|currently)$/.test(after.lower)));
        // (Goods sent, not made: "manufactures parts for American helicopters" names a make the parts fit.)
        const armed = weaponNoun(c.noun) && !design && f.trigger !== 'produce' ? this.weaponOwners(c, s, exclude) : NONE;
        if (armed.ents.length) return armed;
        // ("supplied construction materials for a B factory compound", "for B's plant": the firm whose site it is.)
        const site = SITES.test(c.noun) ? (c.poss >= 0 ? [c.poss] : c.mods).filter((e) => this.actor(e) && !this.isCountry(e)) : [];
        if (site.length === 1) return { ents: site, from: s.index };
        // ("provided four helicopters for B", B a country named outright: the state the goods went to.)
        const state = !c.noun && c.ents.length > 0 && c.ents.every(this.isCountry);
        // ("supplying servomotor orders for B", B a company named outright, not "for B as its agent": the buyer.)
        const firm = !c.noun && c.ents.length > 0 && c.ents.every((e) => this.kind(e) === 'company') && this.T[c.last]?.lower !== 'as';
        if (!(TRADER_NOUNS.test(c.noun) || TRADER_NOUNS.test(c.pre) || state || firm || c.ents.some((e) => this.kind(e) === 'government'))) return NONE;
        return this.role(cl, 'beneficiary', s, exclude, f);
      }
      case 'inWhich': {
        // "A, in which B holds a stake,": the phrase before ", in which".
        const c = cl.subj;
        const T = this.T;
        // ("A owns a 51% stake in C and B holds 49%": the firm of the stake the clause before names, its "in" left out.)
        const before = c ? this.sentClauses.findLast((x) => x.verb < c.first && x !== cl) : undefined;
        if (before?.roles.in && triggerClasses(before.lemma).includes('stake') && STAKE_NOUNS.has(before.obj?.noun ?? '')) return this.party(before.roles.in, s, exclude, false);
        if (!c || T[c.first - 1]?.lower !== 'which' || T[c.first - 2]?.lower !== 'in' || T[c.first - 3]?.text !== ',') return NONE;
        return this.party(this.endAtFor(s, c.first - 3), s, exclude, false);
      }
      case 'goodsOwner': {
        // ("B purchases its products", "A's products are bought by B": the firm whose goods they are sells them.)
        // ("some $4 million of its drones were bought by B": any goods of the owner's in a passive, past a sum.)
        const c = cl.voice === 'active' ? cl.obj : cl.subj && this.countedPhrase(cl.subj, s);
        if (!c || c.ents.length || c.poss === -1 || !(/^(?:products|goods|output|wares)$/.test(c.noun) || (cl.voice === 'passive' && this.goods.has(c.noun)))) return NONE;
        // (Not the buyer's own: "B buys its products from C" names C, and "its" is never the buyer.)
        const buyers = [...exclude, ...((cl.voice === 'active' ? cl.subj : cl.roles.by)?.ents ?? [])];
        const owners = c.poss >= 0 ? [c.poss] : this.d.resolve({ ...c, pronoun: c.det === 'their' ? 'they' : 'it', plural: c.det === 'their' }, s.index, buyers, this.kindOf);
        const ents = owners.filter((e) => !buyers.includes(e) && this.actor(e) && !this.isCountry(e));
        return ents.length ? { ents, from: c.poss >= 0 ? s.index : Math.max(0, s.index - 1) } : NONE;
      }
      case 'whoseGoods': {
        // ("A, whose machines were shipped to B", "makers whose lathes were imported to B": the goods' owner.)
        const owner = this.whoseOwner(cl, s);
        return owner ? this.party(owner, s, exclude, true) : NONE;
      }
      case 'customsOf': {
        // ("According to Laotian customs declarations, A shipped G": a country's customs record what enters it.)
        // (Not "exported": a country's customs record its exports too.)
        const T = this.T;
        if (cl.lemma === 'export' || cl.roles.to || cl.roles.into) return NONE;
        // (Nor where a recipient follows the verb anyway: "shipped G declared at $6 million to B".)
        for (let q = cl.verb + 1; q + 1 < s.last; q++) if (T[q].lower === 'to' && this.g.at[q + 1] >= 0) return NONE;
        for (let q = s.first + 1; q + 1 < s.last; q++) {
          if (T[q].lower !== 'customs' || !CUSTOMS_RECORDS.test(T[q + 1].lower)) continue;
          const mi = this.g.at[q - 1];
          const e = mi >= 0 ? this.g.res.entityOf[mi] : -1;
          if (e >= 0 && this.isCountry(e) && !exclude.includes(e) && !(cl.subj?.ents ?? []).some((a) => this.sameCountry(a, e))) return { ents: [e], from: s.index };
        }
        return NONE;
      }
      case 'importedTo': {
        // ("were imported to B": an import's "to" is its buyer's place.)
        return cl.lemma === 'import' ? this.party(cl.roles.to, s, exclude, true) : NONE;
      }
      case 'madeIn': {
        // "B imports resin made in X, Y and Z through A": the countries the goods were made in.
        const made = this.madeClause(cl);
        // ("received shipments of Chinese-made drones": the country a hyphened "-made" names.)
        const goods = cl.obj && !cl.obj.ents.length && /^(?:shipments?|consignments?|batch(?:es)?|deliver(?:y|ies)|lots?)$/.test(cl.obj.noun) ? cl.roles.of : cl.obj;
        const places = made?.roles.in && !made.roles.in.noun ? made.roles.in.ents.filter(this.isCountry) : goods ? this.madeBy(goods) : [];
        // (Not the buyer's own country: "A, a Russian distributor, bought drones produced in Russia".)
        const buyers = cl.subj?.ents ?? [];
        const foreign = places.filter((e) => !exclude.includes(e) && !buyers.some((b) => this.sameCountry(b, e)));
        return foreign.length ? { ents: foreign, from: s.index } : NONE;
      }
      case 'maker': {
        // "Valves made by A were bought by B": the maker of the goods bought is their first supplier.
        // ("The plan, developed by A, reached the ministry", "The payments, made by A, reached B": where the goods' own
        // verb is one of arriving, goods made, not plans developed or money paid.)
        const arriving = f.trigger === 'arrive';
        if (arriving && (!cl.subj || MONEY_OR_PAPERWORK.test(cl.subj.noun))) return NONE;
        const maker = this.sentClauses.find((m) => m !== cl && m.subj === cl.subj && m.voice === 'passive' && MAKE_VERBS.test(m.lemma) && m.roles.by &&
          (!arriving || MADE_PARTICIPLES.test(this.T[m.verb].lower)));
        if (maker) return this.party(maker.roles.by, s, exclude, false);
        // ("A produced the fleet of helicopters purchased by B": the maker whose output the reduced relative describes.)
        // ("the fleet of helicopters": the goods counted by a word for a group of them.)
        // (Not a causative: "made the drones bought by B obsolete", "made drones bought by B a target"; nor a designer,
        // "developed the drones bought by B".)
        const after = this.T[cl.roles.by?.last ?? cl.last];
        // (An adjunct may follow: "purchased by B starting in 1995".)
        const closed = !after || /^(?:ADP|CCONJ|PUNCT)$/.test(after.pos) || (after.pos === 'VERB' && /ing$/.test(after.lower));
        const producer = cl.subj && closed && this.sentClauses.find((m) => m !== cl && m.voice === 'active' && PRODUCING.test(m.lemma) &&
          (m.obj === cl.subj || (m.roles.of === cl.subj && GOODS_GROUPS.test(m.obj?.noun ?? ''))));
        return producer ? this.party(producer.subj, s, exclude, false) : NONE;
      }
      case 'helper': {
        // "A helped B procure G": the helper supplies the one it helped.
        const c = cl.subj;
        if (!c || !/^(?:help|helps|helped|helping|assist|assists|assisted|assisting|enable|enables|enabled|enabling)$/.test(this.T[c.first - 1]?.lower ?? '')) return NONE;
        let q = c.first - 1;
        while (q > s.first && /^(?:has|have|had|also|allegedly|reportedly)$/.test(this.T[q - 1].lower)) q--;
        // ("A was sanctioned for helping B obtain G": the subject the gerund of helping has.)
        const helping = this.endAtFor(s, q) ? undefined : this.sentClauses.find((x) => x.verb === c.first - 1 && x.subjHow === 'gerund' && !x.negated && !x.hedged);
        return this.party(helping ? helping.subj : this.endAtFor(s, q), s, exclude, true);
      }
      case 'destination': {
        // "on their way to B", "before reaching B", "bound for B", "heading to B", "destined for B".
        const T = this.T;
        for (let q = cl.last; q < s.last - 1 && q < cl.last + 20; q++) {
          const w = T[q].lower;
          let at = -1;
          if (w === 'way' && T[q + 1]?.lower === 'to') at = q + 2;
          else if (/^(?:reaching|entering)$/.test(w)) at = q + 1;
          else if (/^(?:bound|destined|heading|headed)$/.test(w) && /^(?:for|to)$/.test(T[q + 1]?.lower ?? '')) at = q + 2;
          else if (w === 'route' && T[q - 1]?.lower === 'en' && T[q + 1]?.lower === 'to') at = q + 2;
          if (at < 0) continue;
          const found = this.party(chunkAt(this.g, s, at), s, exclude, true);
          if (found.ents.length) return found;
        }
        return NONE;
      }
      case 'objCountry':
        // "The parts entered Russia through A".
        return cl.obj && cl.obj.ents.length && cl.obj.ents.every(this.isCountry) && !cl.obj.noun ? { ents: cl.obj.ents, from: s.index } : NONE;
      case 'subjCompany':
        // "A was acquired by B": only a company named as such is bought whole (goods are bought too).
        // ("Valves made by A were bought by B": A sits in a phrase of the subject, it is not the subject.)
        return cl.subj && cl.subj.ents.length && cl.subj.ents.every((e) => this.kind(e) === 'company') && !cl.roles.from &&
          this.T[cl.subj.first - 1]?.pos !== 'ADP' ? { ents: cl.subj.ents, from: s.index } : NONE;
      case 'objCompany':
        // "B acquired A": a company named bare as the object is bought whole ("acquired A's drones" buys goods).
        return cl.obj && cl.obj.ents.length && !cl.obj.noun && cl.obj.poss === -1 && cl.obj.ents.every((e) => this.kind(e) === 'company') && !cl.roles.from
          ? { ents: cl.obj.ents, from: s.index } : NONE;
      case 'subjParty':
        // "A was supplied (with G) by B": a named subject is the recipient, unless a "to" phrase names another.
        if (!cl.subj || !cl.subj.ents.length || cl.roles.to || cl.roles.into) return NONE;
        return this.party(cl.subj, s, exclude, false);
      case 'atAfterObj': {
        // ("The new sanctions take aim at A": the phrase after "at", right after the object; only a measure's aim, not
        // "The State Department took aim at A", a criticism.)
        const at = cl.obj && cl.subj && SANCTION_NOUNS.has(cl.subj.noun) ? chunkAt(this.g, s, cl.obj.last + 1) : null;
        return this.party(at ?? undefined, s, exclude, false);
      }
      case 'objPossessor':
        // ("froze A's assets", "suspended A's export privileges": the holder the possessive names.)
        return cl.obj && cl.obj.poss >= 0 && !exclude.includes(cl.obj.poss) ? { ents: [cl.obj.poss], from: s.index } : NONE;
      case 'subjOf':
        // "the assets of A were frozen".
        return this.party(cl.preRoles.of, s, exclude, false);
      case 'subjTo':
        return this.party(cl.preRoles.to, s, exclude, true);
      case 'subjOrigin': {
        // Goods named with their origin: "US semiconductors", "TI chips".
        // ("Hundreds of A's drones", "$3 million of A's equipment": the goods a count or a sum is of.)
        const c = cl.subj && this.countedPhrase(cl.subj, s);
        if (!c || c.ents.length || !(this.goods.has(c.noun) || this.goodsVessel(c))) return NONE;
        // ("A's cameras were purchased by B and resold to C": past a purchase, the buyer resells them, not their maker.)
        const p = cl.prev;
        if (cl.subjHow === 'coordinated' && p?.voice === 'passive' && p.roles.by?.ents.length && triggerClasses(p.lemma).includes('acquire')) return NONE;
        // ("K's shipments of X drones used by B": the shipper whose trade the goods are, not the brand or model before
        // the goods' noun.)
        const trade = this.T[c.first - 1]?.lower === 'of' ? this.endAtFor(s, c.first - 1) : undefined;
        if (trade && TRADE_OBJECTS.has(trade.noun) && trade.poss >= 0 && this.actor(trade.poss) && !exclude.includes(trade.poss)) return { ents: [trade.poss], from: s.index };
        // ("A's drones reached B": the possessor is the origin.)
        const origin = [...c.mods, ...(c.poss >= 0 ? [c.poss] : [])].filter((e) => this.actor(e));
        if (origin.length) return { ents: origin, from: s.index };
        // ("Rockets produced in A and sent to B", "shells made in A were shipped to B": the country they were made in.)
        const made = this.sentClauses.find((m) => m !== cl && m.subj === c && MADE_PARTICIPLES.test(this.T[m.verb].lower) && !!m.roles.in && !m.roles.in.noun);
        const places = made ? made.roles.in!.ents.filter((e) => this.isCountry(e) && !exclude.includes(e)) : [];
        if (places.length) return { ents: places, from: s.index };
        // ("Drones from A were delivered to B": the goods' own "from" phrase; "goods from K from sanctioned companies":
        // the one of them that names a party.)
        if (cl.preRoles.from && !cl.preRoles.from.ents.length) {
          for (let q = c.last; q < cl.verb; q++) {
            const ch = this.T[q].lower === 'from' ? chunkAt(this.g, s, q + 1) : null;
            if (ch?.ents.length) return this.party(ch, s, exclude, true);
          }
        }
        return this.party(cl.preRoles.from, s, exclude, true);
      }
      case 'fromCountry': {
        // "exporting technology from the US to ...": a country of origin beside (or without) the exporter.
        const c = cl.roles.from;
        // ("shipped G to two companies from K": where the counted buyers are from, right after them.)
        const dest = cl.roles.to;
        // (Not buyers of a nationality of their own: "to two Russian companies from K", where K is the goods' origin.)
        if (c && dest && dest.last + 1 === c.first && !dest.ents.length && dest.count > 0 && TRADER_NOUNS.test(dest.noun) && !dest.mods.some(this.isCountry)) return NONE;
        const countries = c ? c.ents.filter(this.isCountry) : [];
        return countries.length && c && !c.noun ? { ents: countries, from: s.index } : NONE;
      }
      case 'objBody': {
        // "A faces US sanctions": the body the measure names ("secondary sanctions" are a threat, not a measure on A).
        if (!cl.obj || cl.obj.ents.length) return NONE;
        for (let q = cl.obj.first; q < cl.obj.last; q++) if (this.T[q].lower === 'secondary') return NONE;
        const own = this.bodyOf(cl.obj);
        return own.length ? { ents: own, from: s.index } : NONE;
      }
      case 'subjBody': {
        // "EU sanctions imposed on A": the body the measure's own phrase names.
        if (!cl.subj || cl.subj.ents.length) return NONE;
        const own = this.bodyOf(cl.subj);
        if (own.length) return { ents: own, from: s.index };
        // ("Sanctions from K, L and M also apply to A": the bodies named after "from".)
        if (this.T[cl.subj.last]?.lower !== 'from') return NONE;
        const from = chunkAt(this.g, s, cl.subj.last + 1);
        const bodies = from ? from.ents.filter(this.canSanction) : [];
        return bodies.length ? { ents: bodies, from: s.index } : NONE;
      }
      case 'overseer': {
        // ("the UN committee charged with enforcing sanctions imposed on A", "the council's panel monitoring
        // sanctions imposed on A": the body whose organ oversees the measure.)
        const c = cl.subj;
        if (!c || c.ents.length || !OVERSEEING.test(this.T[c.first - 1]?.lower ?? '')) return NONE;
        const q = c.first - 1;
        // (Past "responsible for", which the organ's phrase may end with: "the committee responsible".)
        const duty = /^(?:for|with)$/.test(this.T[q - 1]?.lower ?? '') && /^(?:responsible|charged|tasked)$/.test(this.T[q - 2]?.lower ?? '');
        const organ = duty ? this.endAtFor(s, q - 1) ?? this.endAtFor(s, q - 2) : this.endAtFor(s, q);
        const own = organ && ORGANS.test(organ.noun) ? this.bodyOf(organ) : [];
        return own.length ? { ents: own, from: s.index } : NONE;
      }
      case 'subjOn':
        // "Sanctions on A were imposed by B": the target inside the measure's own phrase.
        return this.party(measureTarget(cl), s, exclude, false);
      case 'objParty': {
        // "supplied the army", "provided Russia with engines": a named object is the recipient.
        if (!cl.obj || cl.roles.to) return NONE;
        if (cl.obj.ents.length) return this.party(cl.obj, s, exclude, false);
        // ("supplying numerous state enterprises, including A and B": the names a plural description of buyers announces.)
        const listed = TRADER_NOUNS.test(cl.obj.noun) ? this.announced(cl.obj, s)?.filter((e) => this.actor(e) && !exclude.includes(e)) : null;
        if (listed?.length) return { ents: listed, from: s.index };
        // ("supplying the Vietnamese airline with parts": the firm the text placed there, which the description refers back to.)
        if (placedFirmNoun(cl.obj) && cl.obj.mods.some(this.isCountry)) {
          const firm = this.party(cl.obj, s, exclude, false);
          if (firm.ents.length) return firm;
        }
        // ("supplied the Kestra LNG 2 project with turbines": a project named by its own name.)
        if (NAMED_WORKS.test(cl.obj.noun)) {
          const works = this.party(cl.obj, s, exclude, false);
          if (works.ents.length) return works;
        }
        // "supplying Russia's military with drones": the possessor of a trader noun.
        return cl.obj.poss >= 0 && (TRADER_NOUNS.test(cl.obj.noun || this.T[cl.obj.last - 1].lower) || this.warMachine(cl.obj)) ? { ents: [cl.obj.poss], from: s.index } : NONE;
      }
      case 'sanctioner': {
        // Only when the clause names no other agent: "the latest sanctions target A", "A was also sanctioned".
        // ("A faces sanctions": the subject is the target, and the measure's body is the text's; not "faced
        // restrictions", which may be anyone's, nor "secondary sanctions", a threat.)
        // (Nor "faced sanctions in 2019", "A, which faces sanctions", "faces sanctions if it ...": past, aside or threat.)
        if (f.trigger === 'face' && !(cl.obj && /^sanctions?$/.test(cl.obj.noun) && !this.notYet(cl.obj) && /^faces?$/.test(this.T[cl.verb].lower) &&
          cl.subjHow !== 'relative' && !this.conditionAfter(cl.verb, s))) return NONE;
        // (Nor an active clause's subject other than a measure, but for verbs whose subject is the target: "faces", "fell under".)
        // ("The sanctions list further imposes asset freezes on A": the list speaks for its body.)
        // ("Authorities also sanctioned A": unnamed authorities are the body on record.)
        if (cl.voice === 'active' && f.trigger !== 'face' && f.trigger !== 'fall' && cl.subj && !SANCTION_NOUNS.has(cl.subj.noun) && !SANCTION_ACTS.has(cl.subj.noun) && !Discourse.anaphoric(cl.subj, this.T) &&
          !(LIST_NOUNS.has(cl.subj.noun) && !cl.subj.ents.length && cl.subj.poss === -1) && !(unnamedAuthorities(cl.subj, this.T) && !this.namesBody(s))) return NONE;
        // (An agent the chunker could not read is an agent all the same: "sanctioned by ...".)
        // ("were targeted by sanctions": a measure after "by" is no agent.)
        const byMeasure = !!cl.roles.by && !cl.roles.by.ents.length && cl.roles.by.poss === -1 && SANCTION_NOUNS.has(cl.roles.by.noun);
        if (cl.voice === 'passive' && (cl.roles.by || this.T[cl.verb + 1]?.lower === 'by') && !byMeasure) return NONE;
        // A body named before an active verb the clause reader could not take as its subject is still its agent.
        if (cl.voice === 'active' && !cl.subj && this.bodyBefore(s, cl.first)) return NONE;
        // ("The new sanctions by B target A": the body the measure's own "by" phrase names.)
        const byBody = this.measureBy(cl);
        if (byBody.length) return { ents: byBody, from: s.index };
        // ("B announced the sanctions, which targeted A": the body that imposed the measure the relative clause is on.)
        const imposer = cl.subjHow === 'relative' && cl.subj ? this.sentClauses.find((x) => x.voice === 'active' && x.obj?.first === cl.subj!.first &&
          triggerClasses(x.lemma).includes('impose')) : undefined;
        const imposers = imposer?.subj ? imposer.subj.ents.filter(this.canSanction) : [];
        if (imposers.length) return { ents: imposers, from: s.index };
        // "The Commerce Department said the following entities were added ...": the body reporting its own action.
        const taken = this.measureTakenUp(cl, s);
        if (taken) return { ents: taken.ents, from: taken.sent };
        const ents = this.speaker?.sent === s.index ? this.speaker.ents : this.d.sanctioner();
        return ents.length ? { ents, from: s.index } : NONE;
      }
      case 'listAdditions': {
        // "B expanded the blacklist including A", "B updated the SDN list and added A": what the amended list
        // now holds, the object of an "include" or "add" whose subject is the list or, coordinated, the body.
        const list = cl.obj;
        const added = list && this.sentClauses.find((x) => x.verb > cl.verb && x.voice === 'active' && /^(?:include|add)$/.test(x.lemma) &&
          (x.subj?.first === list.first || (x.subjHow === 'coordinated' && x.subj?.first === cl.subj?.first)));
        return added ? this.party(added.obj, s, exclude, false) : NONE;
      }
      case 'objListOwner': {
        // ("hit the black list of B", "made B's sanctions list": the body the list's own phrase names.)
        const own = this.listBodies(cl.obj, cl);
        return own.length ? { ents: own, from: s.index } : NONE;
      }
      case 'listOwner': {
        const list = cl.roles.to ?? cl.roles.on ?? cl.roles.in ?? cl.roles.under;
        const own = this.listBodies(list, cl);
        if (own.length) return { ents: own, from: s.index };
        // "A was added to the Entity List": the list's keeper, when the text names it anywhere.
        const keeper = list ? this.keeperOf(list) : -1;
        return keeper >= 0 ? { ents: [keeper], from: s.index } : NONE;
      }
      default: {
        // ("sanctions on the firms behind the sale of missiles to B": with an "on" phrase, a later "to" is inside it.)
        // ("sanctions on exports to B": unless the "on" phrase is the trade itself, its "to" the party it reaches.)
        if (sanction && role === 'to' && (cl.roles.on || cl.roles.against) && !this.measureOnTrade(cl)) return NONE;
        let c = cl.roles[role as keyof Clause['roles']];
        // ("transferred the firms to his name": a change of owner on record, no one the goods reach.)
        if (role === 'to' && c && !c.ents.length && c.noun === 'name' && (c.poss !== -1 || /^(?:his|her|its|their)$/.test(c.det))) return NONE;
        // ("buys G produced in A via B": the route after the goods' own participle is the buyer's.)
        if (!c && (role === 'via' || role === 'through') && f.trigger === 'acquire' && cl.obj) c = this.madeClause(cl)?.roles[role];
        // ("through a network of Chinese suppliers": the members of the network the route names.)
        if (c && (role === 'via' || role === 'through') && !c.ents.length && ROUTE_GROUPS.test(c.noun) && cl.roles.of?.first === c.last + 1) c = cl.roles.of;
        if (sanction && (role === 'by' || role === 'with')) {
          const own = c ? [...c.ents, ...c.mods].filter(this.canSanction) : [];
          return own.length ? { ents: [...own, ...this.moreBodies(c!, s)], from: s.index } : this.party(c, s, exclude, false);
        }
        // ("imposed sanctions against A, a state firm; B, a supplier of C; and D": every item of the set.)
        const found = this.party(c, s, exclude, !sanction);
        if (sanction && (role === 'on' || role === 'against') && c?.ents.length && found.ents.length) {
          const more = [...this.semicolonSet(c, s), ...this.includingAgain(c, s)];
          return { ...found, ents: [...found.ents, ...more.filter((e) => this.actor(e) && !exclude.includes(e))] };
        }
        return found;
      }
    }
  }

  /**
   * "sanctions against K, including against A": the measure's targets named again with their preposition after
   * "including" (A's own, not a member of K).
   */
  private includingAgain(c: Chunk, s: Sentence): number[] {
    const T = this.T;
    const q = c.last;
    if (T[q]?.text !== ',' || !/^(?:including|notably|especially)$/.test(T[q + 1]?.lower ?? '') || !/^(?:on|against)$/.test(T[q + 2]?.lower ?? '')) return [];
    const next = chunkAt(this.g, s, q + 3);
    return next?.ents.length ? this.announced(next, s) ?? next.ents : [];
  }

  /**
   * The goods a bill is for: the "for" phrase's head ("for 40 engines"), the goods a sale or delivery is of ("for the
   * delivery of 40 engines"), or the goods before a value ("for microchips worth $2 million").
   */
  private billedGoods(cl: Clause): boolean {
    const c = cl.roles.for;
    if (!c) return false;
    if (this.goods.has(c.noun)) return true;
    const T = this.T;
    if (TRADE_OBJECTS.has(c.noun) && T[c.last]?.lower === 'of') return this.goods.has(chunkAt(this.g, this.g.an.sentences[cl.sent], c.last + 1)?.noun ?? '');
    for (let q = c.first; q < c.last; q++) if (T[q + 1]?.lower === 'worth' && this.goods.has(T[q].lower)) return true;
    return false;
  }

  /** "for drones it never delivered", "for engines, none of which were shipped": a clause after the goods denies their delivery. */
  private deliveryDenied(c: Chunk): boolean {
    const T = this.T;
    for (let q = c.last; q < c.last + 7 && T[q] && !/^[.;]$/.test(T[q].text); q++) {
      if (/^(?:never|not|n't|none)$/.test(T[q].lower) && T.slice(q + 1, q + 5).some((t) => DELIVERED.test(t.lower))) return true;
    }
    return false;
  }

  /** "imposed sanctions on exports (of G) to B": a measure on trade, its "to" right after it. */
  private measureOnTrade(cl: Clause): boolean {
    const on = cl.roles.on;
    if (!on || on.ents.length || !TRADE_OBJECTS.has(on.noun)) return false;
    // ("on exports of chips to B": past the goods.)
    const of = this.T[on.last]?.lower === 'of' && cl.roles.of?.first === on.last + 1 ? cl.roles.of : undefined;
    return cl.roles.to?.first === (of ?? on).last + 1;
  }

  /** Whether two entities are of one stated country (a country is its own). */
  private sameCountry(a: number, b: number): boolean {
    const ca = this.g.res.entities[a]?.country;
    return !!ca && ca === this.g.res.entities[b]?.country;
  }

  /** "Russia-bound goods": a country joined by a hyphen to a word of destination inside the goods phrase. */
  private boundModifier(c: Chunk, e: number): boolean {
    const T = this.T;
    for (let q = c.first; q < c.last - 2; q++) {
      if (entityBefore(this.g, q + 1) !== e || T[q + 1].text !== '-' || T[q + 1].space) continue;
      if (/^(?:bound|destined|headed|oriented)$/.test(T[q + 2].lower)) return true;
    }
    return false;
  }

  /**
   * "supplied the servomotor orders for B", "shipped the chip orders to B": orders of named goods that a supplier
   * supplies or ships are the goods ordered, not paperwork.
   */
  private goodsOrdered(cl: Clause, moved: Chunk): boolean {
    if (!/^orders?$/.test(moved.noun) || cl.voice !== 'active' || !/^(?:supply|ship)$/.test(cl.lemma)) return false;
    const head = moved.last - 1;
    const before = this.T[head - 1];
    return head - 1 >= moved.first && !!before && before.pos === 'NOUN' && !notGoods(before.lower);
  }

  /**
   * Whether what a transfer moves is people only: "sent 10,000 troops", "more than 500 engineers"; not "shells and
   * soldiers".
   */
  private peopleMoved(moved: Chunk | null): boolean {
    if (!moved || moved.ents.length || !people(moved.noun)) return false;
    for (let q = moved.first; q < moved.last; q++) if (/^(?:and|or|,)$/.test(this.T[q].lower)) return false;
    return true;
  }

  /**
   * Whether a clause's verb ends its sentence, or only a time or a medium follows it: "..., A said.", "..., A said on
   * Aug. 14.", "..., A said in a post." (no other party, no other verb).
   */
  private closesSentence(cl: Clause, s: Sentence): boolean {
    const T = this.T;
    if (/^[.!?]$/.test(T[cl.verb + 1]?.text ?? '')) return true;
    if (!/^(?:on|in|at|last|this|late|earlier|during|via|through)$/.test(T[cl.verb + 1]?.lower ?? '')) return false;
    for (let q = cl.verb + 1; q < s.last; q++) {
      if (/^[.!?]$/.test(T[q].text)) return q >= s.last - 2;
      if (T[q].pos === 'VERB' || T[q].text === ',' || (this.g.at[q] >= 0 && this.kind(this.g.res.entityOf[this.g.at[q]]) !== 'media')) return false;
    }
    return true;
  }

  /** "an order from B to freeze ...": the order's "to" names something other than a trade. */
  private instruction(cl: Clause): boolean {
    const from = cl.roles.from;
    const T = this.T;
    if (!from || T[from.last]?.lower !== 'to') return false;
    const v = T[from.last + 1];
    return !!v && (v.pos === 'VERB' || v.pos === 'AUX') && !triggerClasses(verbLemma(v)).some((c) => c === 'supply' || c === 'acquire' || c === 'provision');
  }

  /** "the sale of its Russian unit", "the transfer of its shares", "the sale of B": a business or holding, not goods. */
  private businessMoved(of: Chunk | undefined): boolean {
    if (!of) return false;
    if (of.ents.some((e) => !this.isCountry(e) && this.kind(e) !== 'product')) return true;
    return CHILD_NOUNS.has(of.noun) || STAKE_NOUNS.has(of.noun) || /^(?:business|businesses|operations|assets|company|firm|plant|factory)$/.test(of.noun);
  }

  /** The reduced passive of making on the clause's object: "(buys) nitrocellulose produced in A". */
  /** The countries a goods phrase names with a hyphened participle of making: "Chinese-made drones", "US-produced chips". */
  private madeBy(c: Chunk): number[] {
    const out: number[] = [];
    for (let q = c.first + 2; q < c.last; q++) {
      if (!/^(?:made|produced|manufactured|built)$/.test(this.T[q].lower) || this.T[q - 1].text !== '-' || this.T[q - 1].space) continue;
      const m = this.g.at[q - 2];
      const e = m >= 0 ? this.g.res.entityOf[m] : -1;
      if (e >= 0 && this.isCountry(e)) out.push(e);
    }
    return out;
  }

  private madeClause(cl: Clause): Clause | undefined {
    // ("imported over $20 million of machine tools made in A": the goods of a value.)
    const obj = cl.obj ?? (cl.roles.of && !cl.roles.of.ents.length ? cl.roles.of : undefined);
    // ("equipment called CNC machine tools made in A": the goods by the name the object is called.)
    const goods = (m: Clause) => m.subj === obj || (!!obj && !!m.subj && m.subj.first === obj.last + 1 && /^(?:called|named|dubbed)$/.test(this.T[obj.last]?.lower ?? ''));
    // ("imports CNC units produced in A": a participle right after the object is a reduced passive, whatever voice the
    // clause reader gave it.)
    return obj ? this.sentClauses.find((m) => m !== cl && goods(m) && (m.voice === 'passive' || (this.T[m.verb - 1]?.pos !== 'AUX' && !BE_FORMS.has(this.T[m.verb - 1]?.lower ?? ''))) && MADE_PARTICIPLES.test(this.T[m.verb].lower) && !!m.roles.in) : undefined;
  }

  /** Countries a supply clause's goods were made in ("US items", "lathes made in A"), other than its parties. */
  private madeCountries(cl: Clause, parties: number[], s: Sentence): number[] {
    // ("smuggled dozens of Laotian-made engines": the goods past a quantity.)
    const counted = cl.obj && QUANTITY_NOUNS.test(cl.obj.noun) && this.T[cl.obj.last]?.lower === 'of' ? chunkAt(this.g, s, cl.obj.last + 1) : null;
    const goods = counted ?? cl.obj;
    if (!goods || goods.ents.length || !this.goods.has(goods.noun)) return [];
    // ("re-exported lathes made in A and C to B": the countries a reduced relative says they were made in.)
    const madeIn = this.madeClause(cl)?.roles.in;
    const places = madeIn && !madeIn.noun ? madeIn.ents.filter((e) => this.isCountry(e) && !parties.includes(e)) : [];
    return [...goods.mods.filter((e) => this.isCountry(e) && !parties.includes(e) && !this.boundModifier(goods, e)), ...places];
  }

  private first(cl: Clause, roles: ArgRole[], s: Sentence, exclude: number[], f: FrameSpec): Found {
    for (const r of roles) {
      const x = this.role(cl, r, s, exclude, f);
      if (x.ents.length) return x;
    }
    return NONE;
  }

  /**
   * Whether a reliance is on goods: "B relies on A for engines", not "for protection" nor "to continue its war" (a
   * purpose of the reliance's own, no goods).
   */
  private relianceOnGoods(cl: Clause): boolean {
    const f = cl.roles.for;
    // ("for 90% of its drones": the goods a share's "of" phrase names.)
    const of = f && this.T[f.last]?.lower === 'of' ? chunkAt(this.g, this.g.an.sentences[cl.sent], f.last + 1) : null;
    if (f && !this.goods.has(f.noun) && !(of && this.goods.has(of.noun))) return false;
    const on = cl.roles.on ?? cl.roles.upon;
    // (Not "to supply drones": an infinitive of supply is the goods' own.)
    return !(on && this.T[on.last]?.lower === 'to' && this.T[on.last + 1]?.pos === 'VERB' && !triggerClasses(verbLemma(this.T[on.last + 1])).includes('supply'));
  }

  /**
   * "It also includes C" right after a sentence that gave a sanctions list's members ("The list consists of A and B"):
   * the bodies of that list, which "it" takes up; else none.
   */
  private listTakenUp(cl: Clause): number[] {
    // ("It also includes C" opening the sentence; not "The company said it also includes C among its customers".)
    if (!cl.subj || cl.subj.pronoun !== 'it' || cl.subj.first !== this.g.an.sentences[cl.sent].first) return [];
    const prev = this.g.an.sentences[cl.sent - 1];
    if (!prev) return [];
    const bodies = this.out.filter((r) => r.end === prev.end && /^frame:list-(?:includes|consists)\//.test(r.rule ?? '')).map((r) => r.source);
    return [...new Set(bodies)];
  }

  /**
   * A reason for a measure right after a phrase: "for aiding B", "for its role in ...", "for their ties to B"; not "for
   * its cooperation with the inquiry".
   */
  private reasonAfter(c: Chunk | null): boolean {
    const T = this.T;
    if (!c || T[c.last]?.lower !== 'for') return false;
    return /ing$/.test(T[c.last + 1]?.lower ?? '') ||
      (/^(?:its|their|his|her)$/.test(T[c.last + 1]?.lower ?? '') && /^(?:role|roles|ties|links|support|involvement|part)$/.test(T[c.last + 2]?.lower ?? ''));
  }

  private needsMet(cl: Clause, f: FrameSpec): boolean {
    if (f.with && !cl.roles[f.with]) return false;
    if (f.trigger === 'rely' && !this.relianceOnGoods(cl)) return false;
    // ("blocked the transfer of funds to B": a ban on moving money or help is no measure on trade with B.)
    if (f.trigger === 'ban' && cl.roles.of && immaterial(cl.roles.of.noun)) return false;
    // ("banned from trading with K" is a measure; "banned from trading on the exchange" is a market's rule.)
    if (f.trigger === 'ban' && cl.roles.from?.noun === 'trading' && !cl.roles.with) return false;
    // ("imposed sanctions on A for aiding B, and also named C and D": a naming joined to a measure's clause names more of
    // its targets.)
    // (For a reason: not "and named B as its director".)
    if (f.trigger === 'nameFor' && cl.subjHow === 'coordinated' && cl.prev && this.measureClause(cl.prev) && this.reasonAfter(cl.obj)) return true;
    // ("named in the sanctions": the measure itself, not "named in the sanctions evasion probe".)
    if (f.name === 'name-in/passive' && !SANCTION_NOUNS.has(cl.roles.in?.noun ?? '')) return false;
    // ("named in the Treasury's latest sanctions list", "in the SDN list": a sanctions list by its words, not "named in
    // the list of suppliers" or "in the sanctions evasion probe".)
    if (f.name === 'name-in-list/passive' && !(/^(?:list|lists|blacklist)$/.test(cl.roles.in?.noun ?? '') &&
      this.T.slice(cl.roles.in!.first, cl.roles.in!.last).some((t) => SANCTIONS_LIST_WORDS.has(t.lower)))) return false;
    // ("invoiced B for 40 engines": the bill's head is the goods; not "for drone insurance", "for the transport of G".)
    // (Nor goods the bill's own relative clause denies: "for drones it never delivered".)
    if (f.trigger === 'invoice' && (!this.billedGoods(cl) || this.deliveryDenied(cl.roles.for!))) return false;
    if (!f.needs) return true;
    const c = f.needs.role === 'obj' ? cl.obj : f.needs.role === 'subj' ? cl.subj : cl.roles[f.needs.role];
    // ("has no control over B", "imposed no sanctions on B": the measure or the holding is denied.)
    if (!c || c.det === 'no') return false;
    if (f.needs.nouns === LIST_NOUNS && c === cl.subj && this.listTakenUp(cl).length) return true;
    const nouns = f.needs.nouns;
    const inClass = (w: string): boolean => nouns === 'goods' ? this.goods.has(w) : nouns.has(w);
    // "the EU's upcoming blacklist", "its next sanctions package", "a draft list": not (yet) imposed.
    for (let q = c.first; q < c.last; q++) {
      if (NOT_YET.test(this.T[q].lower)) {
        if (f.type === 'SANCTIONED') this.unasserted.add(this.g.an.sentences[cl.sent].end);
        return false;
      }
    }
    if (inClass(c.noun) || inClass(c.pre)) return true;
    // "most of the parts", "some of the drones": the head is the "of" phrase's.
    if (this.T[c.last]?.lower === 'of' && !c.ents.length) {
      const of = chunkAt(this.g, this.g.an.sentences[cl.sent], c.last + 1);
      if (of && inClass(of.noun)) return true;
    }
    // "put on the Commerce Department's “Entity List”": the list in quotation marks after its keeper.
    if (/^['’]s$/.test(this.T[c.last - 1]?.text ?? '') && /^["“]$/.test(this.T[c.last]?.text ?? '')) {
      const quoted = chunkAt(this.g, this.g.an.sentences[cl.sent], c.last + 1);
      if (quoted) for (let q = quoted.first; q < quoted.last; q++) if (inClass(this.T[q].lower)) return true;
    }
    // "the Entity List", "the Commerce Department's list": a list named as a name.
    const T = this.T;
    for (let q = c.first; q < c.last; q++) if (inClass(T[q].lower)) return true;
    return false;
  }

  /**
   * "A signed a contract with B for 30 jets", "... for the supply of G", "... to buy G": the party the signer contracts
   * with supplies the signer. (Not "to supply G", which the signer performs: see the agreement's infinitive.)
   */
  private contractWith(cl: Clause, s: Sentence): void {
    if (!SIGNING.test(cl.lemma) || cl.negated || cl.hedged || !cl.obj || !cl.roles.with || !CONTRACTS.test(cl.obj.noun)) return;
    const wanted = cl.roles.for;
    // (Goods the lexicon knows, or their supply or purchase: "for cooperation" or "for a partnership" buys nothing.)
    // (Not goods for a third party: "for the supply of G to C".)
    const onward = !!wanted && this.T.slice(wanted.last, Math.min(s.last, wanted.last + 12)).some((t, i) => t.lower === 'to' && this.g.at[wanted.last + i + 1] >= 0);
    const goods = !!wanted && !onward && (knownGoods(wanted.noun) || SUPPLY_EVENT_NOUNS.has(wanted.noun) || ACQUIRE_EVENT_NOUNS.has(wanted.noun));
    const obj = cl.obj;
    const buying = this.sentClauses.some((x) => x.subj === obj && x.voice === 'active' && triggerClasses(x.lemma).includes('acquire') && !x.negated && !x.hedged);
    if (!goods && !buying) return;
    const buyer = this.party(cl.subj, s, [], true);
    const seller = this.party(cl.roles.with, s, buyer.ents, false);
    for (const a of seller.ents) for (const b of buyer.ents) this.emit('SHIPPED_TO', a, b, s, Math.min(buyer.from, seller.from), 'supply/contract-with');
  }

  /**
   * "K will sell 48 drones to B", "B will buy G from K": a deal a named party will make is reported, as a measure is.
   * Only the sentence's own subject (after a dateline at most: "VIENTIANE - K will sell"), "will" right before the
   * verb, goods the lexicon knows and no condition after: not "Critics fear A will sell", "A will probably sell", "A
   * will be allowed to sell", "A will sell its Laos unit", "... if B pays"; "would" and "could" stay hedges.
   */
  private dealAnnounced(cl: Clause, s: Sentence): boolean {
    const T = this.T;
    if (!cl.future || !DEALT.test(cl.lemma) || T[cl.verb - 1]?.lower !== 'will' || !cl.subj || !cl.obj) return false;
    const opening = /^\p{Lu}{3,}$/u.test(T[s.first]?.text ?? '') && isDash(T[s.first + 1]) ? s.first + 2 : s.first;
    const mi = this.g.at[opening];
    if (cl.subj.first !== opening || mi < 0 || !cl.subj.ents.includes(this.g.res.entityOf[mi])) return false;
    return knownGoods(cl.obj.noun) && !this.businessMoved(cl.obj) && !T.slice(cl.verb, s.last).some((t) => CONDITIONS.test(t.lower));
  }

  private clause(cl: Clause, s: Sentence): void {
    // ("A, based in P, western K, was selling G": the place is no supplier, whoever else reads the clause.)
    for (const e of cl.placesPassed ?? []) this.misreadSuppliers.add(`${s.end}|${e}`);
    if (cl.voice === 'passive' && /^(?:found|establish)$/.test(cl.lemma) && !cl.negated && !cl.hedged) this.foundedWithShares(cl, s);
    // ("brokers move chips from A into B", "moved $40 million of machine parts to B": moving goods supplies them;
    // "moved to Yerevan", "moved its office to B" do not.)
    const movedObj = this.objectOrValued(cl);
    // ("Laos tightened sanctions against B": a body enlarging its measures against a target imposes them; "increased its
    // imports" stays no measure.)
    const enlarged = INTENSIFYING.test(cl.lemma) && cl.voice === 'active' && !!cl.obj && !cl.obj.ents.length && SANCTION_NOUNS.has(cl.obj.noun);
    const moved = (cl.lemma === 'move' && cl.voice === 'active' && this.movedGoods(movedObj, s)) || this.passedOn(cl, s);
    this.contractWith(cl, s);
    const classes = moved ? ['supply'] : enlarged ? ['impose'] : triggerClasses(cl.lemma);
    // ("The Laotian national arrived in K from P": people arriving bring no goods.)
    const arriving = this.arrivingHead(cl);
    if (!classes.length || (arriving && people(arriving))) return;
    // ("widened its sanctions to firms in K": what the measures reach is given by "on" or "against" alone.)
    if (enlarged && cl.roles.to) {
      const { to: _reach, ...roles } = cl.roles;
      cl = { ...cl, roles };
    }
    // "Japan will freeze the assets of A", "the Department said it would add B to the Entity List": a government
    // announcing its own measure states it. (Only a named body as the subject; "could", "may", "if" still hedge.)
    const body = cl.subj && (cl.subj.ents.length ? cl.subj.ents.every(this.canSanction) : this.d.body(cl.subj, s.index).length > 0);
    if (cl.future && !cl.negated && cl.voice === 'active' && body && classes.some((c) => SANCTION_CLASSES.has(c))) cl = { ...cl, hedged: false };
    if (this.dealAnnounced(cl, s)) cl = { ...cl, hedged: false };
    // ("The processors were trucked to B": goods the text has named before, with a definite article, go on from
    // their last holder, whom an earlier sentence named; "lathes were shipped to B" and "A's bearings were routed"
    // name new goods, and a supplier from an earlier sentence would be a guess.)
    const namedBefore = cl.subj && !cl.subj.ents.length && cl.subj.poss === -1 && /^(?:the|these|those)$/.test(cl.subj.det) && this.goods.has(cl.subj.noun);
    // ("components are shipped to B by firms set up abroad": an agent that names no one and refers to no one before
    // leaves the supplier as open as no agent does.)
    const by = cl.roles.by;
    const unnamedBy = !!by && !by.ents.length && !by.pronoun && by.poss === -1 && !/^(?:the|these|those|this|that|its|their)$/.test(by.det) && !Discourse.anaphoric(by, this.T);
    if (cl.voice === 'passive' && classes.includes('supply') && (!by || unnamedBy) && !cl.roles.from && !namedBefore) this.agentless.add(s.end);
    // ("The paper says that one of the firms sent drones to B": an active supply clause whose own subject, an
    // indefinite phrase ("one of", "a", "several"; not "the firm", which refers back), names no one; its supplier is no
    // name before it.)
    // ("X detained a businessman who supplied G to B": a relative clause on such a phrase alike.)
    // ("charged two businessmen with selling G to B": a counted phrase, as the subject of a gerund too.)
    if (cl.voice === 'active' && classes.includes('supply') && cl.subj && (cl.subjHow === 'adjacent' || cl.subjHow === 'relative' || cl.subjHow === 'gerund') && !cl.subj.ents.length &&
      cl.subj.poss === -1 && !cl.subj.pronoun && (/^(?:a|an|one|another|some|several)$/.test(this.T[cl.subj.first].lower) || (cl.subj.count >= 2 && this.T[cl.subj.first].pos === 'NUM') ||
        // ("A sold chips to Russia. The buyer then resold them": a role the last flow gives no firm.)
        (cl.subj.det === 'the' && (BUYER_ROLES.test(cl.subj.noun) || SELLER_ROLES.test(cl.subj.noun)) && !this.partyByRole(cl.subj, s, [])))) {
      const at = this.unnamedSubjects.get(s.end);
      if (at) at.push(cl.subj.first);
      else this.unnamedSubjects.set(s.end, [cl.subj.first]);
    }
    if (classes.includes('acquire') && cl.voice === 'active' && !cl.negated && !cl.hedged) this.onBehalf(cl, s, 'buyer');
    // ("A sold G on behalf of K to B", "A brokered the sale of G on behalf of K": K is the seller, A its agent.)
    // (Goods only, not money or services; and not where a purchase in the sentence is made for that party.)
    const sale = classes.includes('supply') || (classes.includes('arrangeTrade') && !!cl.obj && SUPPLY_EVENT_NOUNS.has(cl.obj.noun));
    if (sale && cl.voice === 'active' && !cl.negated && !cl.hedged && !(cl.obj && this.paperworkOrHelp(cl.obj)) && !this.sumMoved(cl) &&
      !this.sentClauses.some((o) => triggerClasses(o.lemma).includes('acquire'))) this.onBehalf(cl, s, 'seller');
    // ("A worked to keep B supplied with G": the participle's phrase is the one supplied, the subject of "keep" the
    // supplier.)
    if (classes.includes('provision') && cl.subj && isParticiple(this.T[cl.verb]) && cl.verb === cl.subj.last && /^(?:keep|keeps|kept|keeping)$/.test(this.T[cl.subj.first - 1]?.lower ?? '')) {
      const keeper = this.sentClauses.find((x) => x.lemma === 'keep' && x.obj === cl.subj && !!x.subj);
      if (keeper) cl = { ...cl, subj: keeper.subj, subjHow: keeper.subjHow, obj: cl.subj, voice: 'active', hedged: cl.hedged || keeper.hedged, negated: cl.negated || keeper.negated };
    }
    // ("Rockets produced in A and sent to B": a participle of supply with goods for its subject and no auxiliary, no
    // object, is a reduced passive; goods send nothing.)
    if (cl.voice === 'active' && classes.includes('supply') && !cl.obj && cl.subj && !cl.subj.ents.length && this.goods.has(cl.subj.noun) &&
      isParticiple(this.T[cl.verb]) && this.T[cl.verb - 1]?.pos !== 'AUX') cl = { ...cl, voice: 'passive' };
    let recognised = false;
    let inherit: { f: FrameSpec; src: Found } | null = null;
    // ("Other firms supplying B are A and C": the names a described subject is given after a copula, read once.)
    const complement = this.namedComplement(cl, s);
    for (const f of ORDERED_FRAMES) {
      if (!classes.includes(f.trigger) || f.voice !== cl.voice || (recognised && !f.needs) || !this.needsMet(cl, f)) continue;
      // ("the materials included Tier 2 parts on the list": goods as the subject of an active clause list no one.)
      if (f.type === 'SANCTIONED' && cl.voice === 'active' && cl.subj && !cl.subj.ents.length && (this.goods.has(cl.subj.noun) || this.goodsAgain(cl.subj, s))) continue;
      // ("A received $3 million from B for G": only a sum taken is a payment; "received components for drones from B" is goods.)
      if (f.trigger === 'payment' && !this.sumMoved(cl)) continue;
      // ("the lathes went from A to B": the general verb "go" moves goods only when its subject is goods by name or named
      // before; not "batches that Chinese records show going to B".)
      if (cl.lemma === 'go' && !(cl.subj && (knownGoods(cl.subj.noun) || this.goodsAgain(cl.subj, s)))) continue;
      // ("A targeted B with drones", "hit B with missile strikes": an attack, no measure; nor what the older layer reads.)
      if (f.type === 'SANCTIONED' && /^(?:target|hit)$/.test(cl.lemma) && ATTACKS.test(cl.roles.with?.noun ?? '')) {
        this.unasserted.add(s.end);
        continue;
      }
      // ("took the sanctions against A into account": an idiom of weighing, no measure; nor what the older layer reads.)
      if (f.type === 'SANCTIONED' && cl.lemma === 'take' && cl.roles.into?.noun === 'account') {
        this.unasserted.add(s.end);
        continue;
      }
      if (f.type === 'SANCTIONED' && this.designatedAsRole(cl)) {
        // (Nor what the older layer reads in the sentence.)
        this.unasserted.add(s.end);
        continue;
      }
      // A frame with a required word ("sold a stake in ...") claims the clause from the general ones.
      if (f.needs) recognised = true;
      // ("A transferred control of the firm to the state": a stake or control handed on is no goods the seller sends,
      // whatever the older layer reads.)
      if (f.trigger === 'stakeSale' && this.firmSold(cl)) for (const a of cl.subj?.ents ?? []) this.nonGoods.add(`${s.end}|${a}|*`);
      // A sanctioning body is on record even when the clause names no target yet ("the US imposed sanctions on a network").
      const src = complement.ents.length && f.source[0] === 'subj' ? complement : this.first(cl, f.source, s, [], f);
      // ("cut its stake in B to zero", "cut it entirely": a stake given up is no longer held.)
      if (f.name === 'stake-change/active' && wordIn(this.T, cl.verb, Math.min(s.last, cl.verb + 12), /^(?:zero|0|nil|nothing|entirely|completely)$/)) continue;
      // (A government body's action, taken: not a state's "military action against B", nor "announced action".)
      // (In a text that has reported sanctions: not "the competition commission took action against A".)
      if (f.name === 'take-action/active' && (cl.lemma !== 'take' || !src.ents.length || src.ents.some((e) => this.kind(e) !== 'government') || !this.d.sanctioner().length || wordIn(this.T, cl.obj!.first, cl.obj!.last, /^(?:military|armed|legal|court)$/))) continue;
      let tgt = cl.negated || cl.hedged ? NONE : this.first(cl, f.target, s, src.ents, f);
      // ("The list includes generals of the K Army A and B, engineer C and another officer, D": people given by their
      // posts, each named after the post and the body it is of.)
      // (Only where the names follow the body the posts are of, and only up to a word that opens another phrase: not "but not
      // its chairman, A", "following a report by A", "after A, a journalist, exposed ...".)
      if (f.type === 'SANCTIONED' && !tgt.ents.length && !cl.negated && !cl.hedged && f.target[0] === 'obj' && cl.obj && !cl.obj.ents.length &&
        PERSON_TITLES.has(cl.obj.noun.replace(/s$/, '')) && cl.roles.of?.first === cl.obj.last + 1 && cl.roles.of.ents.some((e) => this.kind(e) === 'person')) {
        let end = cl.obj.first;
        while (end < s.last && !/^(?:but|after|following|over|in|by|to|for|as|while|when|because|since|with|from|at|on|;)$/.test(this.T[end].lower)) end++;
        const people = this.titledPeople({ ...s, last: end }, cl.obj.first);
        if (people.length) tgt = { ents: people, from: s.index };
      }
      // ("A Russian plant builds missiles for the Russian navy", "B used the firms to make equipment for C": a maker
      // working for its own country's forces, or a person behind makers, supplies no one across a border.)
      if (f.name === 'produce-for/active' && src.ents.some((a) => this.kind(a) === 'person' || tgt.ents.some((b) => this.sameCountry(a, b)))) tgt = NONE;
      // A body sanctioning a whole country ("sanctions on Russia") sets the scene; the measures the text goes on
      // to report ("the latest sanctions target A") are those of the body named with a target of its own.
      // (Amending a list puts on record only the body of what it added: "B updated its sanctions list" alone may be
      // background to another body's measures.)
      // ("announced that sanctions were introduced against Russian companies": a country's firms are targets of their own.)
      const wholeCountries = tgt.ents.length > 0 && tgt.ents.every((b) => this.isCountry(b) && this.countryNamedAsTarget(cl, f, b));
      if (f.type === 'SANCTIONED' && f.source[0] !== 'sanctioner' && !wholeCountries && (f.trigger !== 'amend' || tgt.ents.length > 0)) {
        // The body the clause itself names ("by A", "A's list"), not one carried from the discourse; or the body whose
        // announcement reports it ("The Commerce Department announced that sanctions were introduced against ...").
        let named = this.first(cl, f.source.filter((r) => r !== 'sanctioner'), s, [], f);
        if (!named.ents.length && cl.voice === 'passive' && !cl.roles.by && this.speaker?.sent === s.index) named = { ents: this.speaker.ents, from: s.index };
        if (named.ents.length && !cl.negated && !cl.hedged) {
          // (A body named on one item of a list of targets is no body of the list: see targets.)
          this.notePriorBody(cl, s);
          this.d.noteSanctioner(named.ents.filter(this.canSanction), s.index, this.parallelAction(s) ? 'listing' : this.additionalMeasure(cl) ? 'quiet' : 'no');
          // ("OFAC sanctions were set against A. It also designated C": the body of a measure is what a later "it" means.)
          this.d.noteBody(named.ents.filter((e) => this.canSanction(e) && !this.isCountry(e)), s.index);
        }
      } else if (f.type === 'SANCTIONED' && wholeCountries && f.source[0] !== 'sanctioner' && !cl.negated && !cl.hedged) {
        // ("The UK unveiled a package against Russia. The package also targeted A": the body that set the scene, when
        // the text names no other.)
        this.d.noteMeasureBodies(this.first(cl, f.source.filter((r) => r !== 'sanctioner'), s, [], f).ents.filter(this.canSanction));
      }
      if (cl.negated || cl.hedged) {
        if (f.type === 'SANCTIONED') this.unasserted.add(s.end);
        if (f.type === 'SHIPPED_TO') this.unassertedFlows.add(s.end);
        if (f.type === 'SUBSIDIARY_OF') this.unassertedOwnership.add(s.end);
        return;
      }
      // "B received an order from A", "a payment from A": money and paperwork go the other way, no goods.
      // ("hid the payments he received from B": a clause with no object of its own, right after a phrase it relates
      // without a pronoun, moves that phrase.)
      // (Not a preposition's object: "admitted to officials it received from B three shipments".)
      const gap = cl.voice === 'active' && !cl.obj && cl.subj ? this.endAtFor(s, cl.subj.first) : undefined;
      let moved = cl.voice === 'active' ? cl.obj ?? (gap && this.T[gap.first - 1]?.pos !== 'ADP' ? gap : null) : cl.subj;
      // ("received hundreds of complaints from B", "sent thousands of troops to B": what a count counts.)
      if (moved) moved = this.countedPhrase(moved, s);
      // ("provided B with intelligence", "transferred $5 million to B": help and sums of money are no goods either.)
      // ("provided several firms, including B, with loans": buyers described are no goods either; what they got is.)
      const given = moved && !moved.ents.length && !TRADER_NOUNS.test(moved.noun) ? null : cl.roles.with;
      // (Unless the frame is about the paperwork: "A received an order from B" makes B A's buyer, order-from/active.)
      // ("received an order from the Treasury to freeze B's assets": an instruction, not a purchase.)
      // ("provided logistics services to B": a service, no goods.)
      const paperwork = moved && this.paperworkOrHelp(moved) && !this.goodsOrdered(cl, moved) &&
        (!(f.needs?.role === 'obj' && f.needs.nouns !== 'goods' && f.needs.nouns.has(moved.noun)) || this.instruction(cl));
      // ("sent 10,000 troops to B", "the engineers were sent to B": people are no goods.)
      const persons = this.peopleMoved(moved);
      // (Money paid for goods names a flow of the goods: "paid A $3 million for 200 drones".)
      const forGoods = f.needs?.role === 'for';
      if (f.type === 'SHIPPED_TO' && !forGoods && (paperwork || persons || (given && !given.ents.length && immaterial(given.noun)) || this.sumMoved(cl))) {
        // (The party the help was given to: "provided B with intelligence" names no "to" phrase.)
        const others = tgt.ents.length || cl.voice !== 'active' ? tgt.ents : this.party(cl.obj, s, src.ents, true).ents;
        // (Either way: "received an order from B" moves nothing from B either.)
        for (const a of src.ents) for (const b of others) this.nonGoods.add(`${s.end}|${a}|${b}`).add(`${s.end}|${b}|${a}`);
        // ("the firm sent a message to B": a sender only the older layer resolves sends B no goods either.)
        if (!src.ents.length) for (const b of others) this.nonGoods.add(`${s.end}|*|${b}`);
        // ("based on data provided by A": paperwork with no recipient; A is no supplier of anyone in the sentence.)
        if (!others.length) for (const a of src.ents) this.nonGoods.add(`${s.end}|${a}|*`);
        return;
      }
      // "completed the sale of its Russian unit to B", "carried out the transfer of its shares to B": a business or
      // a holding changes hands, no goods.
      if (f.name === 'light-verb-supply/active' && this.businessMoved(cl.roles.of)) return;
      // "A sold its subsidiary B to C", "C bought B from A": a company changes hands; it is not goods shipped to C.
      // (Later frames still read the clause: the takeover frame's "C bought B", where no seller is named.)
      if (f.type === 'SHIPPED_TO' && cl.voice === 'active' && this.companySold(cl, s)) {
        this.companiesSold.add(s.end);
        continue;
      }
      if (f.type === 'SHIPPED_TO') this.assertedFlows.add(s.end);
      if (src.ents.length && !tgt.ents.length && f.type === 'SANCTIONED') {
        this.announce(cl, f, s, src.ents);
        this.group = { by: src.ents.filter(this.canSanction), sent: s.index };
        // ("imposed sanctions on six companies": a counted group the next sentences may name, a few at a time.)
        const measured = [cl.roles.on, cl.roles.against, cl.voice === 'active' ? cl.obj : cl.subj];
        const counted = measured.find((c) => c && !c.ents.length && c.count >= 2 && TRADER_NOUNS.test(c.noun));
        if (counted && !cl.negated && !cl.hedged) this.countedTargets = { by: this.group.by, count: this.countedTotal(counted), sent: s.index, names: [], last: s.index };
        // ("imposed measures on a Laotian company": one target of a country, which a later sentence may name.)
        const one = measured.find((c) => c && !c.ents.length && /^(?:a|an)$/.test(c.det) && !c.plural &&
          TRADER_NOUNS.test(c.noun) && c.mods.length > 0 && this.isCountry(c.mods[0]));
        if (!counted && one && !cl.negated && !cl.hedged) this.countedTargets = { by: this.group.by, count: 1, sent: s.index, names: [], last: s.index, country: one.mods[0] };
      }
      if (!src.ents.length && tgt.ents.length && f.via && f.type === 'SHIPPED_TO') {
        // "The parts were routed through A to B": the intermediary's hop, though the origin is not named.
        const vias = this.first(cl, f.via, s, tgt.ents, f);
        // ("B received drones through a Russian intermediary", B itself Russian: no hop from the country to B.)
        for (const v of vias.ents) for (const b of tgt.ents) if (!(this.isCountry(v) && this.sameCountry(v, b))) this.emit(f.type, v, b, s, Math.min(vias.from, tgt.from), f.name + '+via-only');
        // ("moving chips from X to B via Y": the country the goods left, to the intermediary.)
        const origin = vias.ents.length ? this.first(cl, ['fromCountry'], s, [...tgt.ents, ...vias.ents], f) : NONE;
        for (const o of origin.ents) for (const v of vias.ents) this.emit(f.type, o, v, s, Math.min(vias.from, origin.from), f.name + '+from-via');
        if (vias.ents.length) return;
      }
      if (src.ents.length && !tgt.ents.length && f.via && f.type === 'SHIPPED_TO') {
        // "They went via K (and on to B)": the supplier's hop to the intermediary.
        const vias = this.first(cl, f.via, s, src.ents, f);
        // ("was imported by B and transported through P": the agent the clause shares with a purchase is the buyer;
        // the goods reached it through P.)
        if (cl.voice === 'passive' && !cl.roles.by && cl.prev?.voice === 'passive' && cl.prev.roles.by && triggerClasses(cl.prev.lemma).includes('acquire')) {
          for (const v of vias.ents) for (const b of src.ents) this.emit(f.type, v, b, s, Math.min(src.from, vias.from), f.name + '+via-to-buyer');
          // (From the goods' maker, where the sentence names one: "created by A, was imported by B and transported through P".)
          const makers = vias.ents.length ? this.first(cl, ['maker'], s, [...src.ents, ...vias.ents], f) : NONE;
          for (const m of makers.ents) for (const v of vias.ents) this.emit(f.type, m, v, s, s.index, f.name + '+via-to-buyer');
          continue;
        }
        // The route of the last flow goes on to its recipients.
        // ("A used his company, F, to ship G to B. He routed it through K": the route of the firm's shipment.)
        const own = vias.ents.length ? this.ownFirmsFlow(src.ents, s, cl.lemma) : undefined;
        const last = own ?? this.lastFlow;
        for (const a of own?.sources ?? src.ents) for (const v of vias.ents) this.emit(f.type, a, v, s, own ? own.sent : Math.min(src.from, vias.from), f.name + '+to-via');
        if (vias.ents.length && last && last.sent < s.index && (own || src.ents.every((e) => last.sources.includes(e)))) {
          for (const v of vias.ents) for (const b of last.targets) this.emit(f.type, v, b, s, last.sent, f.name + '+route-of-last');
        }
        if (vias.ents.length) {
          this.lastFlow = { sources: vias.ents, targets: [], vias: vias.ents, sent: s.index };
          return;
        }
      }
      // (A counted description read as its country, "five Chinese companies", may still be named later.)
      const byProxy = src.ents.length > 0 && !!cl.subj && !cl.subj.ents.length && src.ents.every(this.isCountry);
      if ((!src.ents.length || byProxy) && tgt.ents.length && f.source[0] === 'subj' && !cl.negated && !cl.hedged) this.noteCounted(cl.subj, tgt.ents, 'source', f, s);
      // ("30 Austrian makers whose machines were imported to B. The makers include ...": the owners of the goods.)
      const whose = this.whoseOwner(cl, s);
      if (whose && !whose.ents.length && (!src.ents.length || src.ents.every(this.isCountry)) && tgt.ents.length && !cl.negated && !cl.hedged) this.noteCounted(whose, tgt.ents, 'source', f, s);
      if (f.type === 'SHIPPED_TO' && tgt.ents.length) this.destination = { ents: tgt.ents, sent: s.index, block: s.block };
      if (f.name === 'supply/active' && src.ents.length && !tgt.ents.length && !inherit) inherit = { f, src };
      if (f.type === 'SHIPPED_TO' && src.ents.length && !tgt.ents.length) this.openSupply = { sources: src.ents.filter((e) => !this.isCountry(e)), sent: s.index, block: s.block };
      // ("Russia imported 800 tons of vests. These vests were made by A": goods bought from no one named, for their maker.)
      if (f.type === 'SHIPPED_TO' && !src.ents.length && tgt.ents.length && cl.voice === 'active' && !cl.negated && !cl.hedged) {
        // ("imported 800 tons of vests", "obtained $4 billion in chips": the goods after a measure or a sum.)
        // (A sum the chunker reads as no phrase leaves the goods alone after it: "obtained $4 billion in chips".)
        const goods = !cl.obj ? cl.roles.of ?? cl.roles.in : !cl.obj.ents.length ? (this.goods.has(cl.obj.noun) ? cl.obj : cl.roles.of ?? cl.roles.in) : undefined;
        if (goods && !goods.ents.length && this.goods.has(goods.noun)) this.openPurchase = { buyers: tgt.ents, noun: goods.noun, sent: s.index };
        // ("A bought a lathe from the Laotian firm. The lathe was later sent to B": the buyer holds the goods, for
        // where they go next.)
        if (goods && !goods.ents.length && this.goods.has(goods.noun) && f.trigger === 'acquire') {
          this.lastFlow = { sources: [], targets: tgt.ents, vias: [], sent: s.index, described: [] };
        }
      }
      // ("Two men smuggled Laotian-made engines to B": shipped by no one named, the goods went from the country they were
      // made in.)
      if (f.name === 'supply/active' && !src.ents.length && tgt.ents.length && !cl.negated && !cl.hedged) {
        for (const o of this.madeCountries(cl, tgt.ents, s)) for (const b of tgt.ents) this.emit(f.type, o, b, s, tgt.from, f.name + '+made-in');
      }
      if (!src.ents.length || !tgt.ents.length) continue;
      const from = Math.min(src.from, tgt.from);
      const vias = f.via ? this.first(cl, f.via, s, [...src.ents, ...tgt.ents], f) : NONE;
      // (Goods a party uses, or that turn up in its weapons, go no further: "B uses engines from K. The parts are bought
      // through C" is no hop from B to C, nor from an earlier flow's parties.)
      if (f.type === 'SHIPPED_TO' && GOODS_END_TRIGGERS.has(f.trigger)) this.lastFlow = null;
      else if (f.type === 'SHIPPED_TO') {
        const to = cl.roles.to ?? cl.roles.into;
        const described = to && !to.ents.length && TRADER_NOUNS.test(to.noun) && /^(?:a|an)$/.test(to.det) ? tgt.ents.filter(this.isCountry) : [];
        this.lastFlow = { sources: vias.ents.length ? vias.ents : src.ents, targets: tgt.ents, vias: vias.ents, sent: s.index, described };
      }
      // ("Despite penalties levied on Russia, ...": measures on a whole country are those of a body the clause names, not
      // of the body the text is about.)
      // ("UN sanctions were restored. The sanctions re-imposed on K ...": the body of the measure "the sanctions" take up.)
      const bodyNamed = f.type === 'SANCTIONED' && tgt.ents.some(this.isCountry) &&
        (this.first(cl, f.source.filter((r) => r !== 'sanctioner'), s, [], f).ents.length > 0 || !!this.measureTakenUp(cl, s));
      // ("A and B ... The entities buy parts for A and B": the same group on both ends trades with no one inside it; a
      // single party on both ends is left to the guards on a supplier sending to itself.)
      if (f.type === 'SHIPPED_TO' && src.ents.length > 1 && src.ents.every((e) => tgt.ents.includes(e))) tgt = { ...tgt, ents: tgt.ents.filter((e) => !src.ents.includes(e)) };
      for (const a of src.ents) {
        for (const b of tgt.ents) {
          if (f.type === 'SANCTIONED' && this.isCountry(b) && (!this.countryNamedAsTarget(cl, f, b) || !bodyNamed)) continue;
          // ("B received drones through a Russian intermediary", B a Russian firm: an unnamed go-between in the buyer's
          // own country adds no leg.)
          const legs = f.type === 'SHIPPED_TO' && !this.isCountry(b) ? vias.ents.filter((v) => !(this.isCountry(v) && this.sameCountry(v, b))) : vias.ents;
          if (vias.ents.length && !legs.length) this.emit(f.type, a, b, s, from, f.name);
          else if (vias.ents.length) {
            // ("when B annexed C by shipping G to B through P": a supplier sending to itself through a place is a
            // misread subject; neither leg stands.)
            if (a === b && f.type === 'SHIPPED_TO') {
              this.misreadSuppliers.add(`${s.end}|${a}`);
              continue;
            }
            for (const v of legs) {
              this.emit(f.type, a, v, s, from, f.name + '+via');
              this.emit(f.type, v, b, s, from, f.name + '+via');
            }
            // An owner through a holding company owns the company all the same.
            if (f.type === 'SUBSIDIARY_OF') this.emit(f.type, a, b, s, from, f.name);
          } else this.emit(f.type, a, b, s, from, f.name);
        }
      }
      // "A shipped US items to Russia": where the goods were made, to the one who shipped them on.
      // (Not "Russia-bound goods", a destination; nor a firm's own country's goods: "the Chinese firm A shipped Chinese drones".)
      if (f.name === 'supply/active') {
        const made = this.madeCountries(cl, [...src.ents, ...tgt.ents], s);
        // ("Turkish companies exported American-made electronics to B": firms described by their country stand for it.)
        const described = !!cl.subj && !cl.subj.ents.length && cl.subj.plural && TRADER_NOUNS.test(cl.subj.noun);
        for (const o of made) {
          for (const a of src.ents) {
            if ((!this.isCountry(a) || described) && !this.sameCountry(a, o)) this.emit(f.type, o, a, s, from, f.name + '+origin');
          }
        }
      }
      // ("A exported G from X to B": the goods went from the country X too.)
      if (f.name === 'supply/active') {
        const from = this.first(cl, ['fromCountry'], s, [...src.ents, ...tgt.ents], f);
        for (const o of from.ents) for (const b of tgt.ents) if (!src.ents.includes(o) && o !== b) this.emit(f.type, o, b, s, s.index, f.name + '+from-country');
      }
      // ("A co-owned B with C", "A owns B with his wife C": the partner owns B too.)
      // (Not the owned firm's own units, "with subsidiaries C and D", nor more holdings after a comma or "together".)
      const w = cl.roles.with;
      if (f.name === 'own/active' && w && !CHILD_NOUNS.has(w.pre) && !CHILD_NOUNS.has(w.noun) && !/^(?:,|together)$/.test(this.T[w.first - 2]?.lower ?? '')) {
        const partners = this.party(w, s, [...src.ents, ...tgt.ents], false).ents;
        for (const a of src.ents) for (const p of partners) this.emit(f.type, a, p, s, from, f.name + '+partner');
      }
      // ("A used B and C to export G to D": whoever used the firms to ship sent the goods through them.)
      if (f.name === 'supply/active') for (const u of this.usersOf(cl)) for (const a of src.ents) if (u !== a) this.emit(f.type, u, a, s, from, f.name + '+user');
      // ("A smuggled G to B from their company C": the shipper's own firm the goods left from shipped them too.)
      const own = cl.roles.from;
      if (f.name === 'supply/active' && own && own.poss === -2 && /^(?:his|her|their)$/.test(own.det) && /^(?:company|firm|business)$/.test(own.pre) && own.ents.length === 1) {
        for (const b of tgt.ents) if (own.ents[0] !== b && !src.ents.includes(own.ents[0])) this.emit(f.type, own.ents[0], b, s, s.index, f.name + '+own-firm');
      }
      // ("A procured parts for B from C": the buyer for a party, beside its own seller, supplies that party.)
      if (f.name === 'acquire/active') {
        const forWhom = this.first(cl, ['beneficiary'], s, [...src.ents, ...tgt.ents], f);
        for (const a of tgt.ents) for (const b of forWhom.ents) this.emit(f.type, a, b, s, Math.min(from, forWhom.from), 'acquire-for/active');
      }
      // "exported G to Russia, mainly destined for B": the buyer in the country the goods went to.
      if (f.type === 'SHIPPED_TO' && f.target[0] === 'to' && tgt.ents.every(this.isCountry)) {
        const dest = this.first(cl, ['destination'], s, [...src.ents, ...tgt.ents], f);
        for (const a of src.ents) for (const d of dest.ents) if (!this.isCountry(d)) this.emit(f.type, a, d, s, Math.min(from, dest.from), f.name + '+destined');
      }
      return;
    }
    if (inherit) this.inheritDestination(cl, s, inherit.f, inherit.src);
  }

  /**
   * Who used the subject of a clause to do it: "A used B to export G" (the clause of "used", its object, or the name in
   * apposition to it, the subject here), a person or a company.
   */
  private usersOf(cl: Clause): number[] {
    // ("A used his company, B, to ship G": the name in apposition to the object.)
    const used = (x: Clause) => x.obj === cl.subj || (!!x.obj && !x.obj.ents.length && this.T[x.obj.last]?.text === ',' && cl.subj?.first === x.obj.last + 1);
    // (Not "used B as a consultant to sell G": what the firm was used as says it; a front is read as such.)
    // (The trade is the infinitive of purpose: "used B, which ships G, as a front" says what B does on its own.)
    let v = cl.verb - 1;
    while (this.T[v]?.pos === 'ADV') v--;
    if (this.T[v]?.lower !== 'to') return [];
    const use = this.sentClauses.find((x) => USING.test(x.lemma) && x.voice === 'active' && used(x) && x.verb < cl.verb && this.T[x.obj!.last]?.lower !== 'as');
    return use?.subj?.ents.filter((e) => !this.isCountry(e) && this.actor(e)) ?? [];
  }

  /**
   * "A procured G on behalf of B": the buyer acts for B, and the goods go on to B (frame acquire-on-behalf/active).
   * "A sold G on behalf of K": the seller acts for K, and the goods come from K (frame supply-on-behalf/active).
   * A bare "for" is not read so: "bought G for its drones" names a use, not a party.
   */
  private onBehalf(cl: Clause, s: Sentence, side: 'buyer' | 'seller'): void {
    const T = this.T;
    for (let q = cl.verb + 1; q + 3 < s.last && q < cl.verb + 25; q++) {
      if (T[q].text === ';' || (T[q].text === ',' && /^(?:which|who|while|but)$/.test(T[q + 1]?.lower ?? ''))) return;
      // ("for providing services to A and for making payments on behalf of B": the phrase of another verb.)
      if (this.sentClauses.some((o) => o !== cl && o.verb === q && /^(?:for|and|or|,|while|by)$/.test(T[q - 1]?.lower ?? ''))) return;
      if (T[q].lower !== 'on' || T[q + 1].lower !== 'behalf' || T[q + 2].lower !== 'of') continue;
      // ("shipped G to B on behalf of its client C": after the recipient, the party is the buyer's side, no seller.)
      if (side === 'seller' && cl.roles.to && cl.roles.to.first < q) return;
      const src = this.party(cl.subj, s, [], true);
      const of = chunkAt(this.g, s, q + 3);
      // ("on behalf of B's…": a possessive whose head the text cut off is B.)
      const elided = of && !of.ents.length && !of.noun && of.poss >= 0 ? { ents: [of.poss], from: s.index } : null;
      const tgt = elided ?? this.party(of, s, src.ents, true);
      for (const a of src.ents) for (const b of tgt.ents) {
        if (side === 'buyer') this.emit('SHIPPED_TO', a, b, s, Math.min(src.from, tgt.from), 'acquire-on-behalf/active');
        else this.emit('SHIPPED_TO', b, a, s, Math.min(src.from, tgt.from), 'supply-on-behalf/active');
      }
      return;
    }
  }

  /**
   * "A shipped electronics to B. The shipments included chips made by C and D" (or "chips from U.S. companies C and
   * D"): the makers of goods the last flow moved supplied its recipient (frame supply/goods-include-makers).
   */
  private includedMakers(cl: Clause, s: Sentence): void {
    const f = this.lastFlow;
    if (!/^(?:include|comprise|contain)$/.test(cl.lemma) || cl.voice !== 'active' || cl.negated || cl.hedged || !cl.obj || cl.obj.ents.length) return;
    if (!f || f.sent === s.index || s.index - f.sent > 1 || !f.targets.length || !this.goodsAgain(cl.subj, s)) return;
    const made = this.sentClauses.find((m) => m.subj === cl.obj && m.voice === 'passive' && MAKE_VERBS.test(m.lemma) && m.roles.by);
    const by = made ? made.roles.by : cl.roles.from;
    const makers = by ? by.ents.filter((e) => this.actor(e) && !this.isCountry(e) && this.kind(e) !== 'person') : [];
    for (const a of makers) for (const b of f.targets) if (!f.sources.includes(a)) this.emit('SHIPPED_TO', a, b, s, f.sent, 'supply/goods-include-makers');
  }

  /** Where the last supply clause (named supplier or not) sent goods: "Parts are supplied to B by firms abroad." */
  private destination: { ents: number[]; sent: number; block: number } | null = null;

  /**
   * "Parts are often supplied to B by firms abroad. For example, A supplied components worth $2m.": a supply
   * clause that names its supplier and goods but no recipient, in the paragraph right after a clause that named
   * one, goes on about the same destination. Not when the object names a party ("supplied the army") or the
   * clause is itself about the last destination.
   */
  private inheritDestination(cl: Clause, s: Sentence, f: FrameSpec, src: Found): void {
    const d = this.destination;
    // ("... but ended up in B. ¶ In particular, A sent microchips": an example opens the next paragraph about them.)
    const T = this.T;
    const example = /^(?:for|in)$/.test(T[s.first]?.lower ?? '') && /^(?:example|instance|particular)$/.test(T[s.first + 1]?.lower ?? '');
    const nextParagraph = !!d && example && s.index - d.sent === 1 && s.block - d.block === 1;
    if (!d || d.sent >= s.index || s.index - d.sent > 2 || (d.block !== s.block && !nextParagraph)) return;
    // ("B, a German firm, sells machine tools": a line of business in the present is no shipment.)
    if (!isParticiple(this.T[cl.verb])) return;
    if (cl.voice !== 'active' || !cl.obj || cl.obj.ents.length || cl.obj.poss >= 0 || cl.obj.pronoun || !goodsHead(cl.obj, this.T)) return;
    // ("who sell parts in B": a market, not a shipment.)
    if (cl.roles.to || cl.roles.into || cl.roles.for || cl.roles.via || cl.roles.through || cl.roles.in) return;
    if (src.ents.some((e) => d.ents.includes(e) || this.isCountry(e))) return;
    for (const a of src.ents) for (const b of d.ents) this.emit('SHIPPED_TO', a, b, s, d.sent, f.name + '+destination-of-last');
  }

  /**
   * Whether a stake-sale clause sells part of a firm: a stake in or control of a firm or works ("control of B", not
   * "60 percent of its drones"), or shares and stakes themselves ("sold his shares to B", "a 51 percent stake").
   */
  private firmSold(cl: Clause): boolean {
    const held = cl.roles.in ?? cl.roles.of;
    return (!!held && (held.ents.some((e) => this.actor(e)) || UNDER_OWNER_NOUNS.test(held.noun) || HOLDINGS.test(held.noun))) || HOLDINGS.test(cl.obj?.noun ?? '');
  }

  /** The clause's object, or the goods of a value the chunker leaves out ("moved $40 million of parts"): read through its "of". */
  private objectOrValued(cl: Clause): Chunk | null {
    return cl.obj ?? (/^(?:\$|€|£|\d)/.test(this.T[cl.verb + 1]?.text ?? '') ? cl.roles.of ?? null : null);
  }

  /**
   * What a count, a batch or a sum counts ("hundreds of complaints", "batches of drones", "$3 million of A's equipment"):
   * the phrase after its "of", else the phrase.
   */
  private countedPhrase(c: Chunk, s: Sentence): Chunk {
    const sum = !c.noun && /^[$€£]/.test(this.T[c.first - 1]?.text ?? '');
    if (c.ents.length || !(QUANTITY_NOUNS.test(c.noun) || GOODS_GROUPS.test(c.noun) || sum) || this.T[c.last]?.lower !== 'of') return c;
    return chunkAt(this.g, s, c.last + 1) ?? c;
  }

  /** Whether a phrase moved names money, paperwork or help, no goods ("$5 million", "financial services"). */
  private paperworkOrHelp(moved: Chunk): boolean {
    return !moved.ents.length && (MONEY_OR_PAPERWORK.test(moved.noun) || helpOnly(moved, this.T));
  }

  /** "transferred $5 million to B": a sum of money right after the verb, not the worth of goods ("$5 million of chips"). */
  private sumMoved(cl: Clause): boolean {
    const T = this.T;
    let q = cl.verb + 1;
    while (T[q]?.pos === 'ADV') q++;
    // ("exported $1.2 billion to B": goods of that worth.)
    if (!MONEY_SIGN.test(T[q]?.lower ?? '') || /^(?:export|ship|sell|supply|deliver)$/.test(cl.lemma)) return false;
    q++;
    while (T[q] && (T[q].pos === 'NUM' || /^(?:million|billion|thousand|mln|bn|m)$/i.test(T[q].text) || T[q].text === '.')) q++;
    return !/^(?:of|worth|in)$/.test(T[q]?.lower ?? '');
  }

  /** "A Latvian engineer who arrived in Norway in 2020": people, not goods, arrive; nor does the older layer read a trade. */
  private arrivalOfPeople(cl: Clause, s: Sentence): void {
    const head = this.arrivingHead(cl);
    if (!head || !notGoods(head)) return;
    for (const c of [cl.roles.to, cl.roles.in, cl.roles.into, cl.obj]) for (const e of c?.ents ?? []) this.nonGoods.add(`${s.end}|*|${e}`);
  }

  /** The head noun of an active arrival clause's subject that names no one, or null. */
  private arrivingHead(cl: Clause): string | null {
    const subj = cl.subj;
    if (cl.voice !== 'active' || !subj || !triggerClasses(cl.lemma).includes('arrive')) return null;
    // ("The Laotian national arrived": a head the tagger reads as an adjective, after a nation's, is the phrase's noun.)
    if (!subj.noun && this.g.at[subj.last - 1] < 0 && this.T[subj.last - 1].pos === 'ADJ') return this.T[subj.last - 1].lower;
    return subj.ents.length ? null : subj.noun || null;
  }

  /** "A court ordered the son of B to be placed under arrest": an order to do something is no purchase by anyone. */
  private orderToDo(cl: Clause, s: Sentence): void {
    if (cl.lemma !== 'order' || cl.voice !== 'active' || !cl.obj) return;
    const T = this.T;
    for (let q = cl.obj.last; q < s.last - 1 && q < cl.obj.last + 8; q++) {
      if (T[q].lower === 'to' && (T[q + 1].lower === 'be' || T[q + 1].pos === 'VERB' || T[q + 1].pos === 'AUX')) {
        for (const e of [...(cl.subj?.ents ?? []), ...(cl.subj?.mods ?? [])]) this.nonGoods.add(`${s.end}|*|${e}`);
        return;
      }
      if (/^[,;]$/.test(T[q].text) || this.sentClauses.some((o) => o !== cl && o.verb === q)) return;
    }
  }

  /** "... to A and B, from where everything goes to C": the goods go on from the places the last flow reached. */
  private onwardFromWhere(cl: Clause, s: Sentence): void {
    const T = this.T, f = this.lastFlow;
    if (!f || f.sent !== s.index || !f.targets.length || cl.voice !== 'active' || cl.negated || cl.hedged || !cl.roles.to) return;
    if (!/^(?:go|travel|flow|move|head|continue)$/.test(cl.lemma)) return;
    // (Past the subject: "from where everything goes", "from where the goods travel".)
    let q = (cl.subj?.first ?? cl.verb) - 1;
    while (q > s.first && q > cl.verb - 4 && !/^(?:where|whence|,)$/.test(T[q].lower)) q--;
    if (!(T[q]?.lower === 'whence' || (T[q]?.lower === 'where' && T[q - 1]?.lower === 'from'))) return;
    const dest = this.party(cl.roles.to, s, f.targets, true);
    for (const a of f.targets) for (const b of dest.ents) this.emit('SHIPPED_TO', a, b, s, s.index, 'transit/onward-from-where');
  }

  /**
   * "designated B as its base", "was designated as a partner": "designate ... as" names a role, not a measure, unless
   * the role is one of the lists' ("as a terrorist organisation", "as a Specially Designated National").
   */
  private designatedAsRole(cl: Clause): boolean {
    if (cl.lemma !== 'designate') return false;
    const T = this.T;
    const at = cl.voice === 'active' ? cl.obj?.last ?? -1 : cl.verb + 1;
    if (T[at]?.lower !== 'as') return false;
    for (let q = at + 1; q < at + 7 && q < T.length && T[q].sent === T[at].sent; q++) {
      if (/^(?:terrorists?|terrorism|sanction\w*|specially|sponsors?|extremists?|undesirable|agents?|threats?|proliferators?)$/.test(T[q].lower)) return false;
    }
    return true;
  }

  /**
   * The object of "sell" or "transfer" is a company itself ("sold its unit B to C", "transferred B to C"); of
   * "buy" too ("had bought B from C": the buyer took over a firm, no goods).
   */
  private companySold(cl: Clause, s: Sentence): boolean {
    const o = cl.obj;
    if (!/^(?:sell|transfer|buy|purchase|acquire)$/.test(cl.lemma) || !o || !o.ents.length || (o.noun && !CHILD_NOUNS.has(o.noun))) return false;
    // ("A sold B dual-use goods worth $5 million": a first object before the goods is the buyer.)
    if (this.dative(cl, s, []).ents.length) return false;
    return o.ents.every((e) => this.kind(e) === 'company' || (this.kind(e) === null && CHILD_NOUNS.has(o.pre)));
  }

  /** Whether an object names firms: outright ("A and B"), or a counted group's names between dashes ("two firms – A and B –"). */
  private firmsNamed(obj: Chunk | null, s: Sentence): boolean {
    if (!obj) return false;
    const firms = (c: Chunk | null) => !!c && c.ents.length > 0 && c.ents.every((e) => this.actor(e) && !this.isCountry(e));
    if (obj.ents.length) return firms(obj) && !obj.noun;
    return obj.count >= 2 && !!this.T[obj.last] && isDash(this.T[obj.last]) && firms(chunkAt(this.g, s, obj.last + 1));
  }

  /** The entities named in tokens [from, to), in order. */
  private entitiesIn(from: number, to: number): Set<number> {
    const out = new Set<number>();
    for (let q = from; q < to; q++) if (this.g.at[q] >= 0) out.add(this.g.res.entityOf[this.g.at[q]]);
    return out;
  }

  /** Whether every entity of `ents` is named in sentence s before token k. */
  private namedBefore(s: Sentence, k: number, ents: number[]): boolean {
    const here = this.entitiesIn(s.first, k);
    return ents.every((e) => here.has(e));
  }

  /**
   * "passed them on to B", "passing on the chips to B": handing goods on to the next holder supplies them (goods by
   * name, or a pronoun for goods already named; not "passed the costs on to B", nor "passed the note on Monday to B").
   */
  private passedOn(cl: Clause, s: Sentence): boolean {
    if (cl.lemma !== 'pass' || !cl.roles.to) return false;
    const T = this.T;
    const goods = (c: Chunk | null | undefined) => !!c && (this.movedGoods(c, s) || this.goodsAgain(c, s));
    // ("were shipped to A and passed on to B": goods passed on, the subject of a passive or of the passive it is joined to.)
    if (cl.voice === 'passive') return T[cl.verb + 1]?.lower === 'on' && T[cl.verb + 2]?.lower === 'to' && (goods(cl.subj) || (cl.subjHow === 'coordinated' && goods(cl.prev?.subj)));
    // ("passed them on to B": the particle after the goods; "passed on the chips to B": before them, read as an "on" phrase.)
    if (cl.obj && T[cl.obj.last]?.lower === 'on') return T[cl.obj.last + 1]?.lower === 'to' && goods(cl.obj);
    return T[cl.verb + 1]?.lower === 'on' && cl.roles.on?.first === cl.verb + 2 && goods(cl.roles.on);
  }

  /** An object that is goods by name, or a quantity or value of them ("$40 million of machine parts"). */
  private movedGoods(obj: Chunk | null, s: Sentence): boolean {
    for (let c = obj, hops = 0; c && !c.ents.length && hops < 3; hops++) {
      if (knownGoods(c.noun) || this.goods.has(c.noun)) return true;
      c = this.T[c.last]?.lower === 'of' ? chunkAt(this.g, s, c.last + 1) : null;
    }
    return false;
  }

  /** "the radios", "part of the radios", "most of them", "they": goods the text has already named. */
  private goodsAgain(c: Chunk | null, s: Sentence): boolean {
    if (!c || c.ents.length) return false;
    if (c.pronoun === 'they') return true;
    let x: Chunk | null = c;
    if (/^(?:some|most|many|all|part|half|much|several|one)$/.test(c.noun) && this.T[c.last]?.lower === 'of') x = chunkAt(this.g, s, c.last + 1);
    if (!x) return false;
    if (x.pronoun === 'them' || x.pronoun === 'they') return true;
    return /^(?:the|these|those)$/.test(x.det) && !x.ents.length && this.goods.has(x.noun);
  }

  /**
   * "All of the supplies", "all these shipments": every flow the two sentences before told, by its suppliers (only those
   * that sent to a country, which stands for the buyers the subject's clause now names).
   */
  private allSuppliesOf(c: Chunk | null, s: Sentence): Found {
    if (!c || c.ents.length) return NONE;
    const T = this.T;
    const all = (T[c.first - 1]?.lower === 'of' && T[c.first - 2]?.lower === 'all') || T[c.first - 1]?.lower === 'all' || T[c.first]?.lower === 'all';
    if (!all || !/^(?:the|these|those)$/.test(c.det) || !SUPPLY_BATCHES.test(c.noun)) return NONE;
    const out: number[] = [];
    let from = s.index;
    for (let i = Math.max(0, s.index - 2); i < s.index; i++) {
      const end = this.g.an.sentences[i].end;
      for (const r of this.out) {
        if (r.type !== 'SHIPPED_TO' || r.end !== end || !this.isCountry(r.target)) continue;
        if (!out.includes(r.source)) out.push(r.source);
        from = Math.min(from, i);
      }
    }
    return out.length >= 2 ? { ents: out, from } : NONE;
  }

  /** "Among the goods delivered were:": a list of goods whose items name their makers. */
  private goodsAnnounced(s: Sentence): boolean {
    const T = this.T;
    if (T[s.first]?.lower !== 'among' || T[s.last - 1]?.text !== ':' || !this.lastFlow || s.index - this.lastFlow.sent > 1) return false;
    const c = chunkAt(this.g, s, s.first + 1);
    if (!c || c.ents.length || s.last - c.last > 4) return false;
    // ("Among the valves shipped were:", "Among the lathes it bought were:": goods by the transfer that follows.)
    let moved = false;
    for (let q = c.last; q < s.last - 1; q++) if (transferVerb(T[q].lemma)) moved = true;
    return this.goods.has(c.noun) || moved && goodsHead(c, T);
  }

  /**
   * "In addition to A, the Treasury blacklisted B": the name the sentence opens with is a target of the same body's
   * measure, read from the sentence's own.
   */
  private targetsInAddition(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    if (T[s.first]?.lower !== 'in' || T[s.first + 1]?.lower !== 'addition' || T[s.first + 2]?.lower !== 'to') return;
    const named = startAt.get(s.first + 3);
    // (Not "In addition to A shipping G to B, ...": a deed, not a target.)
    if (!named?.ents.length || T[named.last]?.text !== ',') return;
    // (The body of the main clause right after the comma: not one a later or reported clause names.)
    const main = this.sentClauses.find((x) => x.verb > named.last);
    if (!main) return;
    const agents = [...(main.subj?.ents ?? []), ...(main.voice === 'passive' ? main.roles.by?.ents ?? [] : [])];
    const bodies = new Set(this.out.filter((r) => r.type === 'SANCTIONED' && r.end === s.end && agents.includes(r.source)).map((r) => r.source));
    // (Not another body: "In addition to the Treasury, the State Department sanctioned B".)
    const targets = named.ents.filter((a) => !this.canSanction(a) || this.kind(a) === 'company' || this.kind(a) === 'person');
    for (const b of bodies) for (const a of targets) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/in-addition-to');
  }

  /**
   * "A shipped G to K although it was in fact destined for B": the place a clause after the trade says the goods were
   * really bound for is their recipient, and the declared one none.
   */
  private trueDestination(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    for (let q = s.first + 3; q + 2 < s.last; q++) {
      if (T[q].lower !== 'destined' || T[q + 1]?.lower !== 'for') continue;
      let r = q - 1;
      while (r > s.first && /^(?:actually|really|in|fact|truly|ultimately)$/.test(T[r].lower)) r--;
      if (!/^(?:was|were)$/.test(T[r]?.lower ?? '') || !/^(?:it|they)$/.test(T[r - 1]?.lower ?? '')) continue;
      const real = startAt.get(q + 2)?.ents.filter((e) => this.actor(e)) ?? [];
      // (A declared country only: "sold G to C, although it was destined for B" keeps its buyer C.)
      const declared = this.out.filter((x) => x.type === 'SHIPPED_TO' && x.end === s.end && this.isCountry(x.target) && !real.includes(x.target));
      if (!real.length || !declared.length) return;
      for (const x of declared) {
        this.out.splice(this.out.indexOf(x), 1);
        this.nonGoods.add(`${s.end}|*|${x.target}`);
        for (const b of real) this.emit('SHIPPED_TO', x.source, b, s, s.index, 'supply/true-destination');
      }
      return;
    }
  }

  /**
   * A heading that announces the targets of one body's measures as the list items below it: "Newly sanctioned by the
   * UK:", "Sanctioned in Canada:", "Also sanctioned by the EU:". Only the participle, its body and the colon.
   */
  private sanctionedHeading(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    if (T[s.last - 1]?.text !== ':') return;
    let q = s.first;
    if (/^(?:newly|also|further|additionally)$/.test(T[q]?.lower ?? '')) q++;
    // ("Listed in Vietnam:" may give where the targets are; "sanctioned in", "designated in" give the body.)
    if (!/^(?:sanctioned|designated|listed|blacklisted)$/.test(T[q]?.lower ?? '') || !(T[q + 1]?.lower === 'by' || (T[q + 1]?.lower === 'in' && T[q].lower !== 'listed'))) return;
    const body = startAt.get(q + 2) ?? (T[q + 2]?.lower === 'the' ? startAt.get(q + 3) : undefined);
    if (!body || body.noun || body.last !== s.last - 1) return;
    this.pending = { by: body.ents, rule: 'sanction/heading-list', sent: s.index };
  }

  /** An item of an announced goods list: the maker it names supplied the goods' last known holder. */
  private goodsItem(s: Sentence, head: Chunk | undefined): void {
    const list = this.goodsList;
    if (!list) return;
    if (s.kind !== 'item' || s.index > list.last + 1) {
      if (s.index > list.last) this.goodsList = null;
      return;
    }
    list.last = s.index;
    // "A's model X", "A Models X100" (the maker as the model's modifier), or the maker named alone.
    const brand = head ? head.mods.filter((e) => !this.isCountry(e)) : [];
    const makers = !head ? [] : head.poss >= 0 ? [head.poss] : brand.length ? brand.slice(0, 1) : head.ents.slice(0, 1);
    for (const m of makers.filter((e) => this.actor(e) && !this.isCountry(e) && this.kind(e) !== 'person')) {
      for (const b of list.buyers) this.emit('SHIPPED_TO', m, b, s, list.sent, 'supply/goods-list-makers');
    }
  }

  /** "sanctions target several firms, including:" with the names in the list items that follow. */
  private announce(cl: Clause, f: FrameSpec, s: Sentence, by: number[]): void {
    const T = this.T;
    const end = s.last - 1;
    if (T[end]?.text !== ':') return;
    for (const r of f.target) {
      const c = r === 'obj' ? cl.obj : r === 'subj' ? cl.subj : cl.roles[r as keyof Clause['roles']];
      if (c && !c.ents.length && c.last >= end - 2) {
        this.pending = { by, rule: f.name + '+list', sent: s.index };
        return;
      }
    }
  }

  /** Guard: "sanctions on Russian companies" sanction no country; "sanctions on Russia" do. */
  private countryNamedAsTarget(cl: Clause, f: FrameSpec, b: number): boolean {
    for (const r of f.target) {
      const c = r === 'obj' ? cl.obj : r === 'subj' ? cl.subj : r === 'subjOn' ? measureTarget(cl) : cl.roles[r as keyof Clause['roles']];
      // (Not "a Moscow-based firm" read without its head: a place before "-based" names no target.)
      // (Nor a demonym: "sanctions on Uzbek, Chinese firms" sanction firms.)
      if (c && c.ents.includes(b) && !c.noun && !this.hyphenModifier(c) && !this.demonymOnly(c, b)) return true;
    }
    return false;
  }

  /** "under UK and EU sanctions": bodies coordinated before the measure's own modifier are its bodies too. */
  private coordinatedBodies(c: Chunk, endAt: Map<number, Chunk>): { more: number[]; start: number } {
    const T = this.T;
    const more: number[] = [];
    let start = c.first;
    for (let guard = 0; guard < 4 && /^(?:and|,)$/.test(T[start - 1]?.lower ?? ''); guard++) {
      const before = endAt.get(start - 1);
      if (!before || !before.ents.length || before.noun || !before.ents.every(this.canSanction)) break;
      more.push(...before.ents);
      start = before.first;
    }
    return { more, start };
  }

  /**
   * "UN sanctions were restored. The sanctions put back on K ...": the bodies of the measure named with its body in this
   * sentence or the one before, and the sentence that named it, when the clause's own measure is a bare "the sanctions"
   * that takes it up.
   */
  private measureTakenUp(cl: Clause, s: Sentence): { ents: number[]; sent: number } | null {
    const bare = (c: Chunk | null) => !!c && SANCTION_NOUNS.has(c.noun) && c.det === 'the' && !c.mods.length && !c.ents.length && c.poss === -1;
    return bare(cl.subj) || bare(cl.obj) ? this.d.recentMeasureBodies(s.index) : null;
  }

  /** "upcoming sanctions", "a draft package", "secondary sanctions": a measure not (yet) in force on anyone named. */
  private notYet(c: Chunk): boolean {
    for (let q = c.first; q < c.last; q++) if (NOT_YET.test(this.T[q].lower) || this.T[q].lower === 'secondary') return true;
    return false;
  }

  /** Is every mention of entity e in the chunk a demonym ("Uzbek", "Chinese")? */
  private demonymOnly(c: Chunk, e: number): boolean {
    let seen = false;
    for (let q = c.first; q < c.last; q++) {
      const mi = this.g.at[q];
      if (mi < 0 || this.g.res.entityOf[mi] !== e) continue;
      if (this.g.mentions[mi].form !== 'demonym') return false;
      seen = true;
    }
    return seen;
  }

  /** Does the chunk hold a hyphenated participle ("Moscow-based", "state-owned")? */
  private hyphenModifier(c: Chunk): boolean {
    for (let q = c.first + 1; q < c.last; q++) if (this.T[q - 1].text === '-' && !this.T[q - 1].space && isParticiple(this.T[q])) return true;
    return false;
  }

  /** "a front company for B", "a front for B": a firm another trades behind, its "for" phrase next. */
  private frontFor(c: Chunk): boolean {
    const T = this.T;
    if (T[c.last]?.lower !== 'for' || c.ents.length) return false;
    return c.noun === 'front' || (/^(?:company|firm|entity)$/.test(c.noun) && T[c.last - 2]?.lower === 'front');
  }

  /** Whether a verb of serving in a role ("operating", "acted", "serves") ends at token q, right after the phrase c. */
  private servingAs(c: Chunk, q: number): boolean {
    const T = this.T;
    if (!/^(?:operat(?:e|es|ed|ing)|act(?:s|ed|ing)?|serv(?:e|es|ed|ing)|function(?:s|ed|ing)?)$/.test(T[q]?.lower ?? '')) return false;
    let p = q - 1;
    while (p > c.first && /^(?:is|was|were|are|has|have|had|been|also|allegedly|reportedly|,)$/.test(T[p].lower)) p--;
    return c.last === p + 1;
  }

  /**
   * A measure imposed after a state's attack: "Laos sanctions imposed following Vietnam's invasion of K", "restrictions
   * which the UN imposed after Vietnam invaded K", "Laos imposed sanctions in response to Vietnam's war": the attacker is
   * the target. The body is the measure's own (`own`, as noted for the discourse), one named between it and the attack,
   * or the subject that imposed it.
   */
  private measureForAggression(c: Chunk, s: Sentence, own: readonly number[]): void {
    const T = this.T;
    const bodies = [...own];
    let q = c.last;
    for (; q < s.last && q < c.last + 6; q++) {
      const e = entityBefore(this.g, q + 1);
      if (this.g.at[q] >= 0 && e >= 0 && this.canSanction(e)) bodies.push(e);
      else if (!MEASURE_LINKS.test(T[q].lower)) break;
    }
    const cue = T[q]?.lower === 'in' && T[q + 1]?.lower === 'response' && T[q + 2]?.lower === 'to' ? q + 3 : AFTER_WORDS.test(T[q]?.lower ?? '') ? q + 1 : -1;
    const attack = cue > 0 ? chunkAt(this.g, s, cue) : null;
    if (!attack) return;
    // ("Vietnam's invasion", "the Vietnamese invasion", or "Vietnam invaded".)
    const attacker = attack.ents.length === 1 && !attack.noun && ATTACK_VERBS.test(T[attack.last]?.lower ?? '') ? attack.ents
      // (A country's name before the noun is more often the one attacked, "the Kuwait invasion": only its demonym.)
      : AGGRESSION_NOUNS.test(attack.noun) ? (attack.poss >= 0 ? [attack.poss] : attack.mods.filter((e) => this.demonymOnly(attack, e))) : [];
    if (attacker.length !== 1 || !this.isCountry(attacker[0])) return;
    // (Not one refused, urged or expected: "Laos refused to impose sanctions after ...".)
    const clause = this.sentClauses.find((x) => x.obj?.first === c.first && x.voice === 'active' && !x.hedged && !x.negated && triggerClasses(x.lemma).includes('impose'));
    const by = bodies.length ? bodies : clause ? this.party(clause.subj, s, [], false).ents.filter(this.canSanction) : [];
    for (const b of new Set(by)) this.emit('SANCTIONED', b, attacker[0], s, s.index, 'sanction/after-aggression');
  }

  /** "co-owner and managing director", "the owner and director": a phrase joining an owner's noun to another role. */
  private ownerAndTitle(c: Chunk): boolean {
    // (Only before the "of" that names what is owned: this runs on every phrase.)
    if (c.ents.length || this.T[c.last]?.lower !== 'of') return false;
    for (let q = c.first; q < c.last - 1; q++) if (OWNER_NOUNS.has(this.T[q].lower) && this.T[q + 1].lower === 'and') return true;
    return false;
  }

  /** Nominal frames over the sentence's chunks. */
  private nominal(s: Sentence, list: Chunk[], startAt: Map<number, Chunk>, endAt: Map<number, Chunk>, clauses: Clause[]): void {
    const T = this.T;
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      const prev = list[i - 1];
      const hedged = this.sentenceHedged(s, c.first);
      // "US sanctions", "EU and UK sanctions": bodies with a measure of their own, for a later agentless "A was sanctioned".
      if (SANCTION_NOUNS.has(c.noun) && !c.ents.length && !hedged && !this.notYet(c)) {
        const own = [...this.coordinatedBodies(c, endAt).more, ...this.bodyOf(c)];
        this.d.noteMeasureBodies(own, s.index);
        // "Laos sanctions imposed following Vietnam's invasion", "restrictions which the UN imposed after Vietnam invaded K".
        this.measureForAggression(c, s, own);
      }
      // "A, a subsidiary of B" / "A is a subsidiary of B" / "B, the owner of A".
      const noun = c.ents.length ? c.pre : c.noun;
      // ("A, part of B,", "A is part of B": a bare "part" of a named company.)
      // ("A, a member of B Group,": a member of a group of companies; not "a member of NATO".)
      // ("A, a B subsidiary company in K,": a child noun before the head noun of a firm.)
      const isChild = CHILD_NOUNS.has(noun) || (/^(?:company|firm)$/.test(noun) && !c.ents.length && CHILD_NOUNS.has(T[c.last - 2]?.lower ?? '')) || (noun === 'part' && c.last - c.first <= 2 && !!startAt.get(c.last + 1)?.ents.length) ||
        (noun === 'member' && this.T[c.last]?.lower === 'of' && this.groupOfCompanies(startAt.get(c.last + 1))) ||
        // ("A, a joint venture of B and C,", "a joint venture between B and C": each partner owns a share of A.)
        (noun === 'venture' && this.T[c.last - 2]?.lower === 'joint') ||
        // ("A is a munitions factory under the B company", "A, a plant under B,": a works under a named company is its unit.)
        (UNDER_OWNER_NOUNS.test(noun) && this.T[c.last]?.lower === 'under' && this.companiesOnly(startAt.get(c.last + 1))) ||
        // ("A is a front company for B", "A, a front for B,": the firm B trades behind.)
        this.frontFor(c);
      // "B, the parent company of A" as well as "B, the owner of A".
      // ("A, co-owner and managing director of B,": an owner's noun joined to a title in one phrase.)
      const isOwner = OWNER_NOUNS.has(noun) || (c.parent && PARENT_HEADS.test(noun)) || this.ownerAndTitle(c);
      // "a former subsidiary of B", "formerly a unit of B", "its one-time owner": a tie that no longer holds.
      const tie = isChild || isOwner || CHILD_NOUNS.has(c.pre) || OWNER_NOUNS.has(c.pre);
      const lapsed = tie && this.lapsed(s, c);
      if (tie && (hedged || lapsed)) this.unassertedOwnership.add(s.end);
      if ((isChild || isOwner) && !c.ents.length && prev && !hedged && !lapsed) {
        // "A is a wholly owned subsidiary of B", "A, a majority-owned unit of B": past the participle.
        let at = c.first;
        while (at - 1 > s.first && OWNED_WORDS.test(T[at - 1].lower) && !isDash(T[at - 1]) && !(T[at - 1].lower === 'a' || T[at - 1].lower === 'an')) at--;
        if (at < c.first && /^(?:a|an)$/.test(T[at - 1]?.lower ?? '')) at--;
        if (at === c.first || !OWNED_WORDS.test(T[at]?.lower ?? '')) at = c.first;
        // ("A is a 90% fully-owned unit": the phrase before the words the walk went past.)
        const subject = at < c.first ? list.slice(0, i).filter((x) => x.last <= at - 1).pop() ?? prev : prev;
        const link = T[at - 1];
        const appositive = (link?.text === ',' || isDash(link)) && subject.last === at - 1;
        // ("A, with a 51% stake, is the owner of B": the subject before an aside set off by commas.)
        const aside = BE_FORMS.has(link?.lower ?? '') && T[at - 2]?.text === ',' && subject.last === at - 2 && !subject.ents.length ? beforeCommaAside(list, list.indexOf(subject), T) : undefined;
        // ("A is listed as the sole owner of B", "A, who is registered as its owner,": a record's description is a
        // copula's.)
        const be = link?.lower === 'as' && RECORDED_AS.test(T[at - 2]?.lower ?? '') && BE_FORMS.has(T[at - 3]?.lower ?? '') ? at - 2 : at;
        // ("A, who is co-owner of B,": a relative's antecedent.)
        const antecedent = BE_FORMS.has(T[be - 1]?.lower ?? '') && /^(?:who|which)$/.test(T[be - 2]?.lower ?? '') ? relativeAntecedent(T, endAt, be - 2) : undefined;
        const copular = BE_FORMS.has(T[be - 1]?.lower ?? '') && (subject.last === be - 1 || !!aside || !!antecedent);
        // "the register names A as an owner of 10% of B", "names them as holders of shares in B".
        // ("A had been acting as a front company for B": past a verb of serving in a role.)
        const asRole = link?.lower === 'as' && (subject.last === at - 1 || (isChild && this.servingAs(subject, at - 2)));
        // ("A is the president of B, founder and owner of C": posts of one holder in a series, the later ones not B's but
        // the holder's the copula gives.)
        // (Only a person's posts, joined: "founder and owner of C", not "the parent company of C" or "owner of C" alone, which
        // the company before the comma may hold.)
        const post = appositive && T[subject.first - 1]?.lower === 'of' && this.joinedPosts(c) ? endAt.get(subject.first - 1) : undefined;
        const holder = post && !post.ents.length && PERSON_TITLES.has(post.noun) ? this.copulaSubject(list, endAt, post.first - 1) : undefined;
        const kind = holder ? 'copula' : appositive ? 'apposition' : copular ? 'copula' : 'as-role';
        const named = appositive || copular || asRole ? this.party(holder ?? aside ?? antecedent ?? subject, s, [], false) : NONE;
        // ("A is co-owner with her brother of B": past the partner the owner shares B with.)
        const partner = T[c.last]?.lower === 'with' ? startAt.get(c.last + 1) : undefined;
        const of = T[c.last]?.lower === 'of' || (noun === 'venture' && T[c.last]?.lower === 'between') || (isChild && T[c.last]?.lower === 'under') || this.frontFor(c)
          ? this.ownedPhrase(startAt, c.last + 1) : partner && T[partner.last]?.lower === 'of' ? this.ownedPhrase(startAt, partner.last + 1) : undefined;
        // ("A and B, a subsidiary of C,": one child noun after a list is its last name's.)
        const children = appositive && !c.plural && named.ents.length > 1 ? named.ents.slice(-1) : named.ents;
        if (named.ents.length && of) {
          // ("the owner of the three firms: A, B and C": the names the colon gives, or none, not an earlier list.)
          const colon = !of.ents.length && T[of.last]?.text === ':';
          const other = colon ? { ents: (this.announced(of, s) ?? []).filter((e) => this.actor(e)), from: s.index } : this.party(of, s, named.ents, false);
          const from = Math.min(named.from, other.from);
          for (const a of children) for (const b of other.ents) {
            if (isChild) this.emit('SUBSIDIARY_OF', a, b, s, from, `own/${kind}-child`);
            else this.emit('SUBSIDIARY_OF', b, a, s, from, `own/${kind}-owner`);
          }
          // (The named partner owns B too.)
          for (const a of partner ? partner.ents.filter((e) => this.actor(e)) : []) {
            for (const b of other.ents) this.emit('SUBSIDIARY_OF', b, a, s, from, `own/${kind}-owner+partner`);
          }
        } else if (named.ents.length && isChild && (appositive || copular)) {
          // "A is a B subsidiary", "A, a B unit,", "A, B's procurement arm,": the owner named as the modifier or possessor.
          const owners = [...c.mods, ...(c.poss >= 0 ? [c.poss] : [])].filter((e) => !this.isCountry(e) && this.actor(e));
          // ("B – of which A is a wholly owned subsidiary –": the name "of which" follows.)
          const p = (aside ?? subject).first;
          if (!owners.length && copular && T[p - 1]?.lower === 'which' && T[p - 2]?.lower === 'of') {
            const owner = entityBefore(this.g, /^[,(]$/.test(T[p - 3]?.text ?? '') || isDash(T[p - 3]) ? p - 3 : p - 2);
            if (owner >= 0) owners.push(owner);
          }
          for (const a of children) for (const b of owners) this.emit('SUBSIDIARY_OF', a, b, s, named.from, `own/${kind}-modifier-child`);
        }
      }
      // ("A, a Thai firm with a sole shareholder, P,", "A has a sole shareholder, P": the owner named in apposition to the
      // owner's noun that a description of A, or A's "has", takes.)
      if (isOwner && !c.ents.length && T[c.last]?.text === ',' && !hedged && !lapsed) {
        const owner = startAt.get(c.last + 1);
        const link = T[c.first - 1]?.lower ?? '';
        const before = endAt.get(c.first - 1);
        const described = link === 'with' && before && !before.ents.length && T[before.first - 1]?.text === ',' ? endAt.get(before.first - 1) : undefined;
        const holder = described ?? (/^(?:has|had|have)$/.test(link) ? endAt.get(c.first - 1) : undefined);
        // (Not an owner until a time: "had a sole shareholder, P, until 2019".)
        if (owner?.ents.length && holder?.ents.length && /^[,.]$/.test(T[owner.last]?.text ?? '') && T[owner.last + 1]?.lower !== 'until') {
          const named = this.party(holder, s, [], false);
          for (const a of named.ents) for (const b of owner.ents) this.emit('SUBSIDIARY_OF', a, b, s, named.from, 'own/owner-named-in-apposition');
        }
      }
      // "four trading companies under this ministry: A, B and C", "two plants under B: A and C": the units a colon
      // lists after the phrase are the named body's or company's.
      if (c.plural && UNDER_OWNER_NOUNS.test(c.noun) && !c.ents.length && T[c.last]?.lower === 'under' && !hedged && !lapsed) {
        const host = startAt.get(c.last + 1);
        const given = host && T[host.last]?.text === ':' ? startAt.get(host.last + 1) : undefined;
        const owners = given?.ents.length ? this.hostUnder(host!, s, list.slice(0, i)) : [];
        for (const b of owners) for (const a of given!.ents.filter((e) => this.kind(e) === 'company')) this.emit('SUBSIDIARY_OF', a, b, s, s.index, 'own/units-under-listed');
      }
      // "its subsidiary A", "B's unit A", "A's owner B", "A's parent company B".
      const ownerWord = OWNER_NOUNS.has(c.pre) || (c.parent && /^(?:company|firm|group|holding|corporation)$/.test(c.pre));
      if (c.poss !== -1 && c.ents.length && (CHILD_NOUNS.has(c.pre) || ownerWord) && !hedged && !lapsed) {
        const owner = c.poss >= 0 ? { ents: [c.poss], from: s.index } : this.possessor(s, c);
        for (const p of owner.ents) for (const a of c.ents) {
          if (CHILD_NOUNS.has(c.pre)) this.emit('SUBSIDIARY_OF', a, p, s, owner.from, 'own/possessive-child');
          else this.emit('SUBSIDIARY_OF', p, a, s, owner.from, 'own/possessive-owner');
        }
      }
      // "He used his firm, A, to buy ...", "The couple used their business A": a person's own firm, named after the
      // possessive (in apposition or right after the noun).
      if (c.poss === -2 && /^(?:his|her|their)$/.test(c.det) && /^(?:company|firm|business)$/.test(c.ents.length ? c.pre : c.noun) && !hedged && !lapsed) {
        const named = c.ents.length ? c : T[c.last]?.text === ',' ? startAt.get(c.last + 1) : undefined;
        // ("A and his Halvern International company": the firm named before the noun.)
        const firms = named && !named.noun ? named.ents.filter((e) => this.kind(e) === 'company')
          : !c.ents.length && c.mods.length === 1 ? c.mods.filter((e) => this.kind(e) === 'company') : [];
        // ("A and his firm B": the person joined to the phrase, else the one the pronoun refers back to.)
        const joined = T[c.first - 1]?.lower === 'and' ? entityBefore(this.g, c.first - 1) : -1;
        const people = !firms.length ? [] : joined >= 0 && this.kind(joined) === 'person' ? [joined]
          : this.d.resolve({ ...c, pronoun: c.det === 'their' ? 'they' : 'he', plural: c.det === 'their' }, s.index, firms, this.kindOf);
        if (people.length && people.every((e) => this.kind(e) === 'person')) {
          for (const a of firms) for (const p of people) this.emit('SUBSIDIARY_OF', a, p, s, joined >= 0 ? s.index : Math.max(0, s.index - 1), 'own/persons-own-firm');
        }
      }
      // "A parent B" (no possessive mark, a headline's or a title's compound): B owns A, the name right before "parent".
      if (c.poss === -1 && c.ents.length && (c.pre === 'parent' || (c.parent && c.pre === 'company')) && !hedged && !lapsed) {
        let q = c.first;
        while (q < c.last && T[q].lower !== 'parent') q++;
        const child = q < c.last ? this.g.at[q - 1] : -1;
        const a = child >= 0 ? this.g.res.entityOf[child] : -1;
        if (a >= 0 && c.mods.includes(a) && this.actor(a) && !this.isCountry(a)) for (const b of c.ents) if (b !== a) this.emit('SUBSIDIARY_OF', a, b, s, s.index, 'own/compound-parent');
      }
      // "the Russian subsidiary Kelvaro Rus" (no possessor): the firm of the text whose name it carries, "Kelvaro".
      if (c.poss === -1 && c.ents.length && CHILD_NOUNS.has(c.pre) && !c.noun && !hedged && !lapsed) {
        for (const a of c.ents) {
          const p = this.namesake(a);
          if (p >= 0) this.emit('SUBSIDIARY_OF', a, p, s, s.index, 'own/namesake-child');
        }
      }
      // "the B-owned plant A".
      if (c.ownedBy.length && c.ents.length && !hedged) {
        for (const o of c.ownedBy) for (const a of c.ents) this.emit('SUBSIDIARY_OF', a, o, s, s.index, 'own/hyphenated-modifier');
      }
      // "the US-sanctioned firm A", "EU-sanctioned A".
      const marked = c.sanctionedBy.length && !hedged ? this.hyphenMarked(c, s) : [];
      for (const b of c.sanctionedBy) for (const a of marked) if (this.markedBy(c, b, a)) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/hyphenated-modifier');
      // ("Another targeted company, A,", "another designated firm, A": one more target of the measure on record.)
      if (c.det === 'another' && /^(?:company|firm|entity|bank|individual|supplier)$/.test(c.ents.length ? c.pre : c.noun) && !hedged &&
        T.slice(c.first, c.last).some((t) => TARGETED.test(t.lower) && !/^(?:named|hit|listed)$/.test(t.lower))) {
        const named = c.ents.length ? c : T[c.last]?.text === ',' ? startAt.get(c.last + 1) : undefined;
        for (const b of this.d.recentSanctioner(s.index)) {
          for (const a of named?.noun ? [] : named?.ents.filter((e) => this.actor(e) && !this.isCountry(e)) ?? []) this.emit('SANCTIONED', b, a, s, s.index - 1, 'sanction/another-targeted');
        }
      }
      // "A, a B-owned company,", "A is a US-sanctioned firm": the description of a name before it.
      // ('"... with A"—a US-sanctioned firm': a dash opens it as well, past a closing quote.)
      if ((c.ownedBy.length || c.sanctionedBy.length) && !c.ents.length && prev?.ents.length && !hedged && this.describes(prev, c)) {
        const named = this.party(prev, s, [], false);
        for (const a of named.ents) {
          for (const o of c.ownedBy) this.emit('SUBSIDIARY_OF', a, o, s, named.from, 'own/described-hyphenated');
          for (const b of c.sanctionedBy) this.emit('SANCTIONED', b, a, s, named.from, 'sanction/described-hyphenated');
        }
      }
      // ("A, a target of US sanctions for ...,", "A is a target of EU sanctions": the name the description is of.)
      if (/^targets?$/.test(c.noun) && !c.ents.length && T[c.last]?.lower === 'of' && prev && prev.last === c.first - 1 && prev.ents.length &&
        (T[c.first - 1]?.text === ',' || BE_FORMS.has(T[c.first - 1]?.lower ?? '')) && !hedged) {
        const measure = startAt.get(c.last + 1);
        const body = measure && SANCTION_NOUNS.has(measure.noun) ? this.bodyOf(measure) : [];
        const named = body.length ? this.party(prev, s, [], false) : NONE;
        for (const b of body) for (const a of named.ents) this.emit('SANCTIONED', b, a, s, named.from, 'sanction/target-of');
      }
      // "US sanctions on A", "the EU's sanctions against B": a measure with its own body and target.
      // ("EU and US sanctions on B": the bodies joined before the measure's own.)
      const joined = SANCTION_NOUNS.has(c.noun) ? this.namesBefore(c, endAt) : undefined;
      // ("may have breached US sanctions against B": the hedge is on the breach; the measure is there all the same.)
      if (SANCTION_NOUNS.has(c.noun) && !c.ents.length && /^(?:on|against)$/.test(T[c.last]?.lower ?? '') &&
        ((!hedged && !this.unasserted.has(s.end)) || PRESUPPOSE_MEASURES.test(T[(joined ?? c).first - 1]?.lower ?? ''))) {
        // ("the EU's ninth package of sanctions against B": the body of the package the measures are of.)
        const pack = T[c.first - 1]?.lower === 'of' ? endAt.get(c.first - 1) : undefined;
        const packBody = pack && /^(?:package|packages|round|rounds|tranche|tranches|wave|set)$/.test(pack.noun) ? this.bodyOf(pack) : [];
        const body = [...(joined?.ents.filter(this.canSanction) ?? []), ...this.bodyOf(c), ...packBody, ...this.imposers(c, endAt)];
        const target = startAt.get(c.last + 1);
        if (body.length && target) {
          for (const a of target.ents.filter((e) => this.actor(e) && (!this.isCountry(e) || !target.noun))) {
            for (const b of body) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/nominal');
          }
        }
      }
      // "A is subject to US sanctions", "A has been under an asset freeze since May".
      if ((SANCTION_NOUNS.has(c.noun) || LIST_NOUNS.has(c.noun)) && !c.ents.length && !hedged) this.underSanctions(s, c, endAt, startAt);
      // "its owners, A, B and C": the named apposition owns the possessor.
      // ("A's parent company, B,"; "A's main shareholder is B".)
      const ownerHead = OWNER_NOUNS.has(c.noun) || (c.parent && PARENT_HEADS.test(c.noun));
      if (c.poss !== -1 && ownerHead && !c.ents.length && (T[c.last]?.text === ',' || BE_FORMS.has(T[c.last]?.lower ?? '')) && !hedged && !lapsed) {
        const named = startAt.get(c.last + 1);
        const owners = named ? this.namesBeforeRole(named) : [];
        if (owners.length) {
          const child = c.poss >= 0 ? { ents: [c.poss], from: s.index } : this.possessor(s, { ...c, ents: owners });
          for (const a of child.ents) for (const o of owners) this.emit('SUBSIDIARY_OF', a, o, s, child.from, 'own/possessive-owners-apposition');
        }
      }
      // ("Parent company B said ...": a parent's name, bare of "its", owns the firm the sentence before is about, whatever
      // this sentence names later; only the name right after "parent company", not "Parent company B and C".)
      const parentAt = c.first + 2;
      if (T[c.first].lower === 'parent' && /^(?:company|firm|group)$/.test(T[c.first + 1]?.lower ?? '') && this.g.at[parentAt] >= 0 && s.index > 0 && !hedged && !lapsed) {
        const parent = this.g.res.entityOf[this.g.at[parentAt]];
        const before = this.g.an.sentences[s.index - 1];
        const firms = new Set<number>();
        for (let q = before.first; q < before.last; q++) {
          const e = this.g.at[q] >= 0 ? this.g.res.entityOf[this.g.at[q]] : -1;
          if (e >= 0 && e !== parent && this.kind(e) === 'company') firms.add(e);
        }
        // (The firm that opens the sentence before, else the one firm it names: "A bought drones from B. Parent company C".)
        const opener = this.g.at[before.first] >= 0 ? this.g.res.entityOf[this.g.at[before.first]] : -1;
        const child = firms.has(opener) ? opener : firms.size === 1 ? [...firms][0] : -1;
        // (Not where the parent says it sold the firm: "said it sold A in 2019".)
        let sold = false;
        for (let q = c.last; q + 1 < s.last; q++) if (/^(?:sold|divested)$/.test(T[q].lower) && this.g.at[q + 1] >= 0 && this.g.res.entityOf[this.g.at[q + 1]] === child) sold = true;
        if (child >= 0 && !sold) this.emit('SUBSIDIARY_OF', child, parent, s, s.index - 1, 'own/parent-named');
      }
      // "the company's subsidiary, B,"; "A operates a Dubai subsidiary, B": the named apposition is the child.
      // ("the firm's sales unit in Laos, B,": past the unit's place.)
      const placed = T[c.last]?.lower === 'in' ? startAt.get(c.last + 1) : undefined;
      const unitEnd = placed && placed.ents.length && placed.ents.every(this.isCountry) && !placed.noun ? placed.last : c.last;
      if (CHILD_NOUNS.has(c.noun) && !c.ents.length && T[unitEnd]?.text === ',' && !hedged && !lapsed) {
        const named = startAt.get(unitEnd + 1);
        const host = clauses.find((cl) => cl.obj === c && cl.voice === 'active' && !cl.negated && !cl.hedged && HOLD_VERBS.test(cl.lemma));
        // ("A's Halvern Group subsidiary in Laos, B,": the firm whose unit it is, named before the noun, over the possessor.)
        const firm = c.mods.filter((e) => this.kind(e) === 'company');
        const owner = firm.length === 1 ? { ents: firm, from: s.index } : c.poss >= 0 ? { ents: [c.poss], from: s.index } : c.poss === -2 ? this.possessor(s, c)
          : host ? this.party(host.subj, s, [], false) : NONE;
        if (named && named.ents.length && !named.noun) {
          // ("Its branch, A, B and C are ...": one unit named, the rest of the list are others.)
          const units = c.plural ? named.ents : named.ents.slice(0, 1);
          for (const o of owner.ents) for (const a of units) this.emit('SUBSIDIARY_OF', a, o, s, owner.from, 'own/child-apposition');
        }
      }
      // ("the subsidiary of B in Laos, A,": the named apposition is B's unit.)
      if (CHILD_NOUNS.has(c.noun) && c.poss === -1 && !c.ents.length && T[c.last]?.lower === 'of' && !hedged && !lapsed) {
        const group = startAt.get(c.last + 1);
        const units = group ? this.appositionName(c, s) : [];
        for (const o of group?.ents ?? []) for (const a of units) if (a !== o) this.emit('SUBSIDIARY_OF', a, o, s, s.index, 'own/unit-of-apposition');
      }
      // "the owner of A, B,": the named apposition owns A.
      if (ownerHead && c.poss === -1 && !c.ents.length && T[c.last]?.lower === 'of' && !hedged && !lapsed) {
        const owned = startAt.get(c.last + 1);
        const named = owned && T[owned.last]?.text === ',' ? startAt.get(owned.last + 1) : undefined;
        if (owned && owned.ents.length && named && named.ents.length && !named.noun) {
          for (const a of owned.ents) for (const o of named.ents) this.emit('SUBSIDIARY_OF', a, o, s, s.index, 'own/owner-of-apposition');
        }
      }
      // "the B subsidiary A": the owner named as a modifier of the child noun.
      if (c.poss === -1 && c.ents.length && CHILD_NOUNS.has(c.pre) && !hedged && !lapsed) {
        for (const o of c.mods.filter((e) => !this.isCountry(e) && this.actor(e))) for (const a of c.ents) this.emit('SUBSIDIARY_OF', a, o, s, s.index, 'own/modifier-child');
      }
      // ("B's A plant", "B's A subsidiary": a company's named plant or unit, the name the noun's modifier, is its own.)
      const site = c.poss >= 0 && OWNED_SITES.test(c.noun) && !c.ents.length ? c.mods.filter((e) => !this.isCountry(e)) : [];
      if (site.length === 1 && !hedged && !lapsed && this.actor(c.poss) && this.actor(site[0]) && this.kind(c.poss) !== 'person' &&
        this.kind(site[0]) !== 'person') {
        this.emit('SUBSIDIARY_OF', site[0], c.poss, s, s.index, 'own/possessive-site');
      }
      // "B owner A told reporters": the company named as a modifier of the owner noun.
      if (c.poss === -1 && c.ents.length && OWNER_NOUNS.has(c.pre) && c.pre !== 'parent' && !hedged && !lapsed) {
        for (const b of c.mods.filter((e) => !this.isCountry(e) && this.actor(e) && this.kind(e) !== 'person')) for (const a of c.ents) this.emit('SUBSIDIARY_OF', b, a, s, s.index, 'own/modifier-owner');
      }
      // ("B's reliance on A for G", "B's dependence on countries like A and C": B's suppliers.)
      if (/^(?:reliance|dependence|dependency)$/.test(c.noun) && c.poss >= 0 && !c.ents.length && T[c.last]?.lower === 'on' && !hedged) {
        const on = chunkAt(this.g, s, c.last + 1);
        const suppliers = on ? this.party(on, s, [c.poss], true).ents.filter((e) => e !== c.poss && this.actor(e)) : [];
        for (const a of suppliers) this.emit('SHIPPED_TO', a, c.poss, s, s.index, 'supply/reliance-on');
      }
      // "A and his company B": a person's own company.
      if (c.ents.length > 1) this.personsCompany(s, c);
      // "A is a major supplier of G to B", "A is a key source of G for B".
      // "A is one of B's main suppliers", "A is a major buyer of G from B", "A is a customer of B".
      // ("a transit point for G bound for B": a point only as a transit point.)
      const transitPoint = c.noun === 'point' && T[c.last - 2]?.lower === 'transit';
      // ("the recipient of G from B": a role noun the tagger took for an adjective heads the phrase all the same.)
      const head = c.noun || (c.det && !c.ents.length && c.last - c.first >= 2 ? T[c.last - 1].lower : '');
      const role = ROLE_SUPPLIER.test(head) || transitPoint ? 'supplier' : ROLE_BUYER.test(head) ? 'buyer' : null;
      if (role && !c.ents.length && !hedged) {
        // ('A is a "major source of supply" for B': the phrase from its article, before an opening quote.)
        const quoted = /^["“«]$/.test(T[c.first - 1]?.text ?? '');
        let cf = quoted && /^(?:a|an|the)$/.test(T[c.first - 2]?.lower ?? '') ? c.first - 2 : quoted ? c.first - 1 : c.first;
        // ('have become important "supply channels for B"': past adjectives before the quote.)
        while (quoted && cf - 1 > s.first && T[cf - 1].pos === 'ADJ' && this.g.at[cf - 1] < 0) cf--;
        // ("A is one of the suppliers", "A is among the top exporters of G to B".)
        // ("A was allegedly among the buyers of B's goods": past an adverb after the copula.)
        const copulaAt = (q: number) => BE_FORMS.has(T[q]?.lower ?? '') || (ADVERB_AFTER_COPULA.test(T[q]?.lower ?? '') && BE_FORMS.has(T[q - 1]?.lower ?? ''));
        const oneOf = T[cf - 1]?.lower === 'of' && T[cf - 2]?.lower === 'one' ? 2 : T[cf - 1]?.lower === 'among' && copulaAt(cf - 2) ? 1 : 0;
        // ("A has become a hub for ...", "A has long been a supplier of ...": the subject before the auxiliaries.)
        const auxFrom = (q: number) => {
          while (q > s.first && /^(?:has|have|had|will|would|also|now|already|long|increasingly)$/.test(T[q - 1].lower)) q--;
          return q;
        };
        // ("A, which has become one of B's suppliers, ...": a relative's antecedent, before its comma.)
        const relative = (q: number) => /^(?:which|who)$/.test(T[q - 1]?.lower ?? '') && T[q - 2]?.text === ',' ? relativeAntecedent(T, endAt, q - 1) : undefined;
        // ('"A" is a supplier of G to B': a quoted name, past its closing mark.)
        const before = auxFrom(cf - 1 - oneOf);
        const subj = endAt.get(before) ?? (/^["”»]$/.test(T[before - 1]?.text ?? '') ? endAt.get(before - 1) : undefined) ?? relative(before);
        // ("A is now a key supplier of G to B": past an adverb of time after the copula.)
        const adverb = ADVERB_AFTER_COPULA.test(T[cf - 1 - oneOf]?.lower ?? '') ? 1 : 0;
        const beforeAdverb = adverb ? endAt.get(cf - 2 - oneOf) : undefined;
        if (subj && BE_FORMS.has(T[cf - 1 - oneOf]?.lower ?? '')) this.copularRole(s, subj, c, startAt, role);
        else if (beforeAdverb && BE_FORMS.has(T[cf - 2 - oneOf]?.lower ?? '')) this.copularRole(s, beforeAdverb, c, startAt, role);
        // ("A, a customer of B, ...", "A, a key supplier to C,": the role in apposition to the name.)
        else if (subj && subj.ents.length && !subj.noun && T[c.first - 1 - oneOf]?.text === ',' && /^(?:a|an|one|the)$/.test(T[c.first - oneOf]?.lower ?? '')) this.copularRole(s, subj, c, startAt, role);
        // ("Laos's agency, the Laotian Security Service (LSS), was among the recipients of ...": the name in apposition
        // before the copula.)
        else if (!subj && oneOf === 1) {
          const be = BE_FORMS.has(T[cf - 2]?.lower ?? '') ? cf - 2 : cf - 3;
          const named = T[be - 1]?.text === ',' ? endAt.get(be - 1) : undefined;
          // (Not the end of a relative clause: "A, which sold G to B, was among the buyers ...".)
          if (named?.ents.length && T[named.first - 1]?.text === ',') this.copularRole(s, named, c, startAt, role);
        }
        // ("One of the leading importers of G from B is A": the name after the copula that the role's phrase leads to.)
        else if (/^(?:the|these)$/.test(c.det) && (c.first - oneOf === s.first || T[c.first - 1 - oneOf]?.text === ',')) {
          const named = this.namedAfterCopula(s, c, startAt);
          if (named) this.copularRole(s, named, c, startAt, role);
          // ("One of the main sellers of G in B is A. Its customers include C": the name is what the sentence is about.)
          if (named?.ents.length && c.first - oneOf === s.first) this.d.noteActors(named.ents.filter((e) => this.actor(e) && !this.isCountry(e)), s.index);
        }
        // "A acted as an intermediary for shipments to B", "A served as a conduit for B".
        else if (!oneOf && T[c.first - 1]?.lower === 'as' && (/^(?:act|acts|acted|acting|serve|serves|served|serving|work|works|worked|function|functioned|emerge|emerges|emerged|operate|operates|operated|operating)$/.test(T[c.first - 2]?.lower ?? '') ||
          // ("A came to light as a supplier for B".)
          (T[c.first - 2]?.lower === 'light' && T[c.first - 3]?.lower === 'to' && /^(?:come|comes|came)$/.test(T[c.first - 4]?.lower ?? '')))) {
          const verb = T[c.first - 2].lower === 'light' ? c.first - 4 : c.first - 2;
          const at = auxFrom(verb);
          // ("another maker, A, came to light as ...": the name in apposition before the verb.)
          // ("A, a firm which had long served as ...": the subject the clause layer read, as for a relative.)
          const who = endAt.get(at) ?? (T[at - 1]?.text === ',' ? endAt.get(at - 1) : undefined) ?? this.sentClauses.find((x) => x.verb === verb)?.subj;
          if (who) this.copularRole(s, who, c, startAt, role);
        }
        // ("A was used as an intermediary for B", "A, a Turkey-based firm allegedly used as an intermediary for B": the one
        // put to that use, or the name its description stands beside.)
        else if (!oneOf && T[c.first - 1]?.lower === 'as' && T[c.first - 2]?.lower === 'used') {
          let at = c.first - 2;
          while (at > s.first && /^(?:was|were|is|are|been|being|be|allegedly|reportedly|also|had|has|have)$/.test(T[at - 1].lower)) at--;
          let who = endAt.get(at);
          if (who && !who.ents.length && T[who.first - 1]?.text === ',') who = endAt.get(who.first - 1);
          if (who?.ents.length) this.copularRole(s, who, c, startAt, role);
        }
        // ('OFAC described A as a "prolific shipper of G to B"': the one described.)
        else if (!oneOf) {
          let as = c.first - 1;
          for (let n = 0; n < 2 && (/^(?:a|an)$/.test(T[as]?.lower ?? '') || /^["“]$/.test(T[as]?.text ?? '')); n++) as--;
          const who = T[as]?.lower === 'as' ? endAt.get(as) : undefined;
          const describing = (t: Token | undefined) => !!t && /^(?:describ|identif|nam|call|label|list|consider|brand)/.test(t.lower) && t.pos === 'VERB';
          if (who && describing(T[who.first - 1])) this.copularRole(s, who, c, startAt, role);
          // ("A was identified as a supplier of G to B", "A has been described as ...": the subject of the passive.)
          else if (T[as]?.lower === 'as' && describing(T[as - 1]) && /ed$/.test(T[as - 1].lower) && BE_FORMS.has(T[as - 2]?.lower ?? '')) {
            const subj = endAt.get(auxFrom(as - 2));
            if (subj) this.copularRole(s, subj, c, startAt, role);
          }
        }
      }
      // "A's supplier B", "its customer C".
      if (c.poss !== -1 && c.ents.length && (SUPPLIER_NOUNS.has(c.pre) || CUSTOMER_NOUNS.has(c.pre)) && !hedged) {
        const owner = c.poss >= 0 ? { ents: [c.poss], from: s.index } : this.possessor(s, c);
        for (const p of owner.ents) for (const x of c.ents) {
          if (SUPPLIER_NOUNS.has(c.pre)) this.emit('SHIPPED_TO', x, p, s, owner.from, 'supply/possessive-supplier');
          else this.emit('SHIPPED_TO', p, x, s, owner.from, 'supply/possessive-customer');
        }
      }
      // "A's exports to B", "shipments of G from A to B", "Chinese exports of G to Russia".
      // ("the US prohibits the sale of G to B": a sale banned is none made.)
      const banned = clauses.some((cl) => cl.obj?.first === c.first && BANNING.test(cl.lemma));
      // ("the transfer and testing of missiles from A to B": a trade noun joined to another before their goods.)
      // ("the supply chain of displays to B from A": a chain of what it supplies is their supply.)
      const supplyChain = c.noun === 'chain' && T[c.last - 2]?.lower === 'supply' && T[c.last]?.lower === 'of';
      const supplyNoun = SUPPLY_EVENT_NOUNS.has(c.noun) || this.joinedTradeNoun(c) || supplyChain;
      if (banned && supplyNoun) this.unassertedFlows.add(s.end);
      if (supplyNoun && !c.ents.length && !hedged && !banned) this.supplyEvent(s, c, startAt, clauses);
      // ("the flow of Chinese chips to Russia": goods that flow, not money or information.)
      else if (FLOW_NOUNS.test(c.noun) && !c.ents.length && !hedged && goodsHead(startAt.get(c.last + 1), T) && T[c.last]?.lower === 'of') this.supplyEvent(s, c, startAt, clauses);
      // "Russia's imports from China", "purchases by A from B".
      if (ACQUIRE_EVENT_NOUNS.has(c.noun) && !c.ents.length && !hedged) this.acquireEvent(s, c, startAt);
      // ("facilitated the acquisition of UAVs from K by B": of goods, not of a company or a stake.)
      else if (c.noun === 'acquisition' && !c.ents.length && !hedged && T[c.last]?.lower === 'of' && goodsHead(startAt.get(c.last + 1), T)) this.acquireEvent(s, c, startAt);
      if (RECIPIENT_NOUNS.test(c.noun) && c.det === 'the' && c.poss === -1 && !c.ents.length && !hedged) this.recipientsNamed(s, c, startAt);
      // "A's customers include B"; "its suppliers include C"; "among A's suppliers is C"; "the customers of A included B".
      const ofOwner = c.poss === -1 && T[c.last]?.lower === 'of' ? startAt.get(c.last + 1) : undefined;
      const owned = c.poss !== -1 || (ofOwner && ofOwner.ents.length && !ofOwner.noun && ofOwner.poss === -1);
      if ((CUSTOMER_NOUNS.has(c.noun) || SUPPLIER_NOUNS.has(c.noun)) && owned && !c.ents.length && !hedged) {
        // ("A's main buyer this year was B": past a time phrase to the verb.)
        let vq = ofOwner ? ofOwner.last : c.last;
        if (/^(?:last|this|that)$/.test(T[vq]?.lower ?? '') && /^(?:year|month|week|quarter)$/.test(T[vq + 1]?.lower ?? '')) vq += 2;
        else if (T[vq]?.lower === 'in' && T[vq + 1]?.pos === 'NUM') vq += 2;
        const v = T[vq];
        if (v && (/^includ(?:e|es|ed|ing)$/.test(v.lower) || BE_FORMS.has(v.lower))) {
          const named = startAt.get(vq + 1);
          // "one of A's suppliers is a trading house, B": the description's own name.
          const them = !named ? [] : named.ents.length ? named.ents.filter((e) => this.actor(e)) : this.appositionName(named, s);
          const owner = ofOwner ? { ents: ofOwner.ents.filter((e) => this.actor(e)), from: s.index }
            : c.poss >= 0 ? { ents: [c.poss], from: s.index } : this.possessor(s, c);
          for (const p of owner.ents) for (const x of them) {
            if (CUSTOMER_NOUNS.has(c.noun)) this.emit('SHIPPED_TO', p, x, s, owner.from, 'supply/customers-include');
            else this.emit('SHIPPED_TO', x, p, s, owner.from, 'supply/suppliers-include');
          }
        }
      }
    }
  }

  /**
   * "A is subject to US sanctions", "A is under sanctions of the US and Canada", "A has been on the
   * Treasury's SDN list", "B, which is under UK and EU sanctions", "Both firms are under UK sanctions".
   */
  private underSanctions(s: Sentence, c: Chunk, endAt: Map<number, Chunk>, startAt: Map<number, Chunk>): void {
    const T = this.T;
    const list = !SANCTION_NOUNS.has(c.noun);
    // ("A is also on the FBI's wanted list": a list of no measure.)
    if (list && wordIn(T, c.first, c.last, /^wanted$/)) return;
    // ("A is on K's list of exporters": a list of what no measure names; "the list of sanctioned firms", "the list of
    // entities subject to asset freezes" are lists of measures, up to the end of the clause.)
    const of = list && T[c.last]?.lower === 'of' ? startAt.get(c.last + 1) : undefined;
    let end = of ? of.last : c.last;
    while (of && end < s.last && end < of.last + 10 && !/^[,;.:]$/.test(T[end].text)) end++;
    if (of && !of.ents.length && !wordIn(T, c.first, end, MEASURE_WORDS)) return;
    const coordinated = this.coordinatedBodies(c, endAt);
    const more = coordinated.more;
    // ("subject to EU restrictive measures": a body the chunker left before the measure's adjective is its own.)
    const split = coordinated.start === c.first ? endAt.get(c.first) : undefined;
    const lead = split && !split.noun && split.ents.length && split.ents.every(this.canSanction) && T[c.first].pos === 'ADJ' ? split : undefined;
    const start = lead ? lead.first : coordinated.start;
    let q = start - 1;
    if (!list && T[q]?.lower === 'to' && T[q - 1]?.lower === 'subject') q -= 2;
    else if (!list && T[q]?.lower === 'under') q -= 1;
    else if (list && T[q]?.lower === 'on') q -= 1;
    else return;
    // ("A is named on US sanctions lists", "is listed on the Treasury's list": a participle of naming before "on".)
    // (Not a list still to come: "named on the next blacklist".)
    if (list && /^(?:named|listed|included|featured)$/.test(T[q]?.lower ?? '')) {
      if (this.notYet(c)) return;
      q--;
    }
    // ("A, a Laotian company on the US sanctions list,": a description set off after the name, the list its place.)
    const desc = list ? endAt.get(q + 1) : undefined;
    const described = desc && !desc.ents.length && /^(?:a|an)$/.test(desc.det) && TRADER_NOUNS.test(desc.noun) && T[desc.first - 1]?.text === ','
      ? endAt.get(desc.first - 1) : undefined;
    // Back over adverbs and the copula ("is now", "has been", "remains").
    let be = false;
    while (!described && q > s.first && /^(?:now|also|already|still|currently|been|remains?|remained|has|have|had|is|are|was|were|be)$/.test(T[q].lower)) {
      if (!/^(?:now|also|already|still|currently)$/.test(T[q].lower)) be = true;
      q--;
    }
    if (!be && !described?.ents.length) return;
    // ('JSC "A" is under ...': past the name's closing quote.)
    let subj = described ?? endAt.get(q + 1) ?? (/^["»”']$/.test(T[q]?.text ?? '') ? endAt.get(q) : undefined);
    // "B, which is under US sanctions": the relative pronoun's antecedent.
    if (!subj && /^(?:which|who|that)$/.test(T[q]?.lower ?? '')) subj = relativeAntecedent(T, endAt, q, (e) => this.kind(e) === 'person');
    // ("A and B, which own the ship C, have been under US sanctions": the subject before a relative clause set off by
    // commas, which that clause's antecedent is.)
    if (!subj && T[q]?.text === ',') {
      for (let p = q - 2; p > s.first && p > q - 16 && !/^[,;:()]$/.test(T[p].text); p--) {
        if (/^(?:which|who)$/.test(T[p].lower) && T[p - 1].text === ',') {
          subj = endAt.get(p - 1) ?? (/^["»”']$/.test(T[p - 2]?.text ?? '') ? endAt.get(p - 2) : undefined);
          break;
        }
      }
    }
    // ("Laos, a state that sits on the strait, has been under UN sanctions": the name before a described aside.)
    if (!subj && T[q]?.text === ',') subj = beforeAside(this.g, s, q, endAt) ?? undefined;
    // ("A has been designated a sponsor of terror and remains subject to ...": the subject a joined verb shares.)
    if (!subj && T[q]?.lower === 'and') subj = this.sentClauses.find((cl) => cl.verb > q && cl.verb < start && cl.subjHow === 'coordinated')?.subj ?? undefined;
    // ("A owns six planes and is under sanctions by B": the subject of the clause the copula is joined to.)
    // (The sentence's first clause, not one inside it: "A sold G after B pulled out and is under sanctions".)
    if (!subj && T[q]?.lower === 'and') subj = this.sentClauses.find((cl) => cl.verb < q && cl.subj)?.subj ?? undefined;
    // ("Neither A nor B is subject to ...": a denial.)
    if (!subj || /^(?:nor|neither)$/.test(T[subj.first - 1]?.lower ?? '')) return;
    const named = subj.ents.length ? { ents: subj.ents, from: s.index } : this.party(subj, s, [], false);
    // The bodies the measure names: "US sanctions", "sanctions of the US, the UK and Japan", "the Treasury's SDN list".
    let own = lead ? lead.ents : this.bodyOf(c);
    // ("sanctions of the US and Canada", "sanctions in the US, the UK and the EU", "sanctions by the EU".)
    if (!own.length && /^(?:of|in|from|by)$/.test(T[c.last]?.lower ?? '')) {
      const named = startAt.get(c.last + 1);
      own = this.bodyOf(named);
      if (own.length) own = [...own, ...this.moreBodies(named!, s)];
    }
    if (!own.length && list) {
      const keeper = this.keeperOf(c);
      if (keeper >= 0) own = [keeper];
    }
    if (own.length) own = [...more, ...own];
    const by = own.length ? own : list ? [] : this.d.sanctioner();
    // ("Laos remains subject to EU sanctions": a country named as the subject is the measure's target; not one that a
    // description such as "several firms" is read as.)
    // (A plural phrase with one name holds a description too: "Belarus, several firms".)
    // (Nor the tail of a phrase: "Companies in Laos remain subject to ...".)
    const alone = subj.ents.length > 0 && !subj.noun && (subj.ents.length > 1 || !subj.plural) && !/^(?:ADP|VERB)$/.test(T[subj.first - 1]?.pos ?? '');
    for (const b of by) for (const a of named.ents.filter((e) => this.actor(e) && (!this.isCountry(e) || alone))) this.emit('SANCTIONED', b, a, s, named.from, 'sanction/subject-to');
  }

  /**
   * "Other firms supplying B with G are A, C and D", "Firms that shipped G to B include A and C": a group described by
   * its trade and then named after a copula or "include"; the names are the clause's subject.
   */
  private namedComplement(cl: Clause, s: Sentence): Found {
    const c = cl.subj, T = this.T;
    if (!c || c.ents.length || !c.plural || !TRADER_NOUNS.test(c.noun)) return NONE;
    // ("The firms accused of supplying G to B include A and C": the gerund of a participle right after the phrase.)
    const described = cl.subjHow === 'gerund' && this.sentClauses.some((o) => o.subj === c && o.voice === 'passive' && o.verb === c.last);
    if (!(cl.subjHow === 'relative' || described || (cl.subjHow === 'adjacent' && /ing$/.test(T[cl.verb].lower) && cl.first >= c.last))) return NONE;
    for (let q = cl.verb + 1; q < s.last; q++) {
      if (/^(?:are|were|include|included)$/.test(T[q].lower)) {
        const named = chunkAt(this.g, s, q + 1);
        const names = named && !named.noun ? named.ents.filter((e) => this.actor(e) && !this.isCountry(e)) : [];
        return names.length ? { ents: names, from: s.index } : NONE;
      }
      if (this.sentClauses.some((o) => o !== cl && o.verb === q)) return NONE;
    }
    return NONE;
  }

  /**
   * "A shipped chips to B. So did C", "A shipped chips to B, as did C", "C did the same", "C followed suit": the flow
   * just told, from C as well (supply/ellipsis); "B sanctioned A, and D did the same": D's measure on A
   * (sanction/ellipsis).
   */
  private ellipsis(s: Sentence, startAt: Map<number, Chunk>, endAt: Map<number, Chunk>, clauses: Clause[]): void {
    const T = this.T;
    const before = s.index > 0 ? this.g.an.sentences[s.index - 1] : undefined;
    for (let q = s.first; q < s.last - 1; q++) {
      let who: Chunk | undefined;
      let sameSentence = false;
      const aux = /^(?:did|does|do|has|have|had)$/.test(T[q + 1].lower);
      // ("So did C" opening the sentence after the act; ", as did C" closing the act's own sentence.)
      if (aux && T[q].lower === 'so' && q === s.first) who = startAt.get(q + 2);
      else if (aux && T[q].lower === 'as' && T[q - 1]?.text === ',') {
        who = startAt.get(q + 2);
        sameSentence = true;
      } else if ((/^(?:did|does|has)$/.test(T[q].lower) && (T[q + 1].lower === 'likewise' || (T[q + 1].lower === 'the' && T[q + 2]?.lower === 'same'))) ||
        (/^(?:followed|follows|follow)$/.test(T[q].lower) && T[q + 1].lower === 'suit')) {
        // ("C did the same", "C followed suit": in the act's own sentence, or opening the next one.)
        who = endAt.get(q);
        sameSentence = !!who && who.first !== s.first;
      }
      if (!who || !who.ents.length || this.sentenceHedged(s, q)) continue;
      const sanctions = this.out.filter((r) => r.type === 'SANCTIONED' && (r.end === s.end || (!sameSentence && r.end === before?.end)) && !this.isCountry(r.target));
      const bodies = who.ents.filter(this.canSanction);
      if (sanctions.length && bodies.length) {
        const earlier = sanctions.some((r) => r.end !== s.end);
        for (const body of bodies) for (const r of sanctions) if (r.source !== body) this.emit('SANCTIONED', body, r.target, s, earlier ? s.index - 1 : s.index, 'sanction/ellipsis');
        continue;
      }
      const f = this.lastFlow;
      // (Not where the sentence imposes a measure: "B sanctioned A, which shipped G to C, and D did the same".)
      const near = !!f && (f.sent === s.index || (!sameSentence && f.sent === s.index - 1));
      if (!f || !near || !f.targets.length || clauses.some((cl) => triggerClasses(cl.lemma).some((c) => SANCTION_CLASSES.has(c)))) continue;
      const ents = who.ents.filter((e) => this.actor(e) && !f.targets.includes(e) && !f.sources.includes(e));
      for (const a of ents) for (const b of f.targets) this.emit('SHIPPED_TO', a, b, s, f.sent, 'supply/ellipsis');
    }
  }

  /**
   * Goods sent on from where the last flow left them: "A shipped G to B, from where they were re-exported to C", "...,
   * and from there they went to C", "A shipped G to B for onward delivery to C", "A shipped G to B and then on to C"
   * (supply/onward-from-recipient).
   */
  private onwardFromRecipient(s: Sentence, clauses: Clause[], f: Interpreter['lastFlow']): void {
    const T = this.T;
    const onward = (q: number) => {
      const next = clauses.find((cl) => cl.verb > q + 1 && cl.verb < q + 10 && !cl.negated && !cl.hedged && (transferVerb(cl.lemma) || triggerClasses(cl.lemma).includes('transit') || triggerClasses(cl.lemma).includes('arrive')));
      return next ? next.roles.to ?? next.roles.into : null;
    };
    // ("delivered the parts to front companies in K and L, from which they were sent to B": the places of the firms the
    // goods reached, whoever sent them there.)
    for (let q = s.first + 2; q < s.last - 2; q++) {
      if (T[q].lower !== 'from' || !/^(?:which|whom)$/.test(T[q + 1].lower) || T[q - 1].text !== ',') continue;
      const at = this.endAtFor(s, q - 1);
      const sited = at && at.ents.length && !at.noun && T[at.first - 1]?.lower === 'in' && TRADER_NOUNS.test(T[at.first - 2]?.lower ?? '') ? at.ents.filter(this.isCountry) : [];
      const to = sited.length && !this.sentenceHedged(s, q) ? onward(q) : null;
      const dest = to ? this.party(to, s, sited, true).ents : [];
      for (const a of sited) for (const b of dest) this.emit('SHIPPED_TO', a, b, s, s.index, 'supply/onward-from-recipient');
    }
    if (!f || !f.targets.length) return;
    for (let q = s.first; q < s.last - 2; q++) {
      let to: Chunk | null | undefined;
      // ("from where they were re-exported to C", "From there, the chips went to C": a clause after "from where/there".)
      // (", from which they were sent to C" after the recipient the sentence named.)
      const which = /^(?:which|whom)$/.test(T[q + 1].lower) && T[q - 1]?.text === ',' && f.sent === s.index;
      if (T[q].lower === 'from' && (which || /^(?:where|there)$/.test(T[q + 1].lower)) && (f.sent === s.index || (f.sent === s.index - 1 && q <= s.first + 1))) {
        to = onward(q);
      } else if (T[q].lower === 'to' && f.sent === s.index) {
        // ("to B and then on to C", "to B, and onward to C", "to B, and from there to C": no verb of its own, right after
        // the flow's recipient or a stop on its way; not after a time, nor after another party's trip: "to B in 2020 and
        // then to C" is the shipper's second destination, as "sold G to B and then to C" is.)
        const from = onwardLeg(T, q);
        const recipient = from === null ? undefined : this.endAtFor(s, from);
        if (!recipient?.ents.some((e) => f.targets.includes(e) || f.vias.includes(e))) continue;
        to = chunkAt(this.g, s, q + 1);
      } else if (T[q].lower === 'for' && f.sent === s.index) {
        // ("for onward delivery to C", "for re-export to C", "for sale to C".)
        let r = q + 1;
        if (/^(?:onward|further|subsequent|eventual|final)$/.test(T[r].lower)) r++;
        if (!ONWARD_NOUNS.test(T[r]?.lower ?? '') || !/^(?:to|into)$/.test(T[r + 1]?.lower ?? '')) continue;
        to = chunkAt(this.g, s, r + 2);
      }
      if (!to || this.sentenceHedged(s, q)) continue;
      const dest = this.party(to, s, f.targets, true);
      for (const a of f.targets) for (const b of dest.ents) if (!f.sources.includes(b)) this.emit('SHIPPED_TO', a, b, s, f.sent, 'supply/onward-from-recipient');
    }
  }

  /**
   * Whether body b's "<body>-sanctioned" mark in phrase c reaches name a: no other body's mark starts between them
   * ("UN-sanctioned A and EU-sanctioned B": the UN's mark is A's alone; "US- and UN-designated A", "the UN-designated
   * firms A and B": the marks reach each). A name the phrase announces, outside it, takes every mark.
   */
  private markedBy(c: Chunk, b: number, a: number): boolean {
    const at = (e: number) => {
      for (let q = c.first; q < c.last; q++) if (this.g.at[q] >= 0 && this.g.res.entityOf[this.g.at[q]] === e) return q;
      return -1;
    };
    const from = at(b), to = at(a);
    if (from < 0 || to < 0) return true;
    let named = false;
    for (let q = from + 1; q < to; q++) {
      const e = this.g.at[q] >= 0 ? this.g.res.entityOf[this.g.at[q]] : -1;
      if (e < 0 || e === b) continue;
      // (Another body's mark after a name between them starts a mark of its own.)
      if (!c.sanctionedBy.includes(e)) named = true;
      else if (named) return false;
    }
    return from < to;
  }

  /**
   * The names a hyphenated mark of sanctions reaches ("the US-sanctioned firm A", "US-designated banks such as A and
   * B"): the chunk's own names but a unit joined on ("the US-sanctioned firm A and its subsidiary, B" marks A), or the
   * names a group announces where it heads its phrase alone (not "firms and their partners, such as A", "customers of
   * US-sanctioned banks, such as A", "firms that supply US-sanctioned banks, such as A").
   */
  private hyphenMarked(c: Chunk, s: Sentence): number[] {
    const T = this.T;
    if (c.ents.length) return this.namesBeforeRole(c);
    const conjoined = T.slice(c.first, c.last).some((t) => /^(?:and|or|as)$/.test(t.lower));
    const prep = T[c.first - 1]?.lower ?? '', ofWhat = T[c.first - 2]?.lower ?? '';
    const inner = (prep === 'of' && !QUANTITY_NOUNS.test(ofWhat)) || (/^(?:to|for)$/.test(prep) && /(?:ers|ors)$/.test(ofWhat)) ||
      /^(?:that|which|who)$/.test(prep) || /^(?:that|which|who)$/.test(ofWhat);
    return conjoined || inner ? [] : this.announced(c, s) ?? [];
  }

  /**
   * "A used B as a front company to sell G to C", "A uses K as a hub to funnel G to C": B acts for A, so A's goods go
   * through B (supply/used-as-front; the infinitive's own frame reads B -> C).
   */
  private frontUsed(cl: Clause, s: Sentence): void {
    if (cl.lemma !== 'use' || cl.voice !== 'active' || cl.negated || cl.hedged || !cl.obj || !cl.obj.ents.length || cl.obj.noun) return;
    const T = this.T;
    if (T[cl.obj.last]?.lower !== 'as') return;
    // ('as a "front company"': the role in quotation marks, past its determiner.)
    let at = cl.obj.last + 1;
    if (/^(?:a|an|the)$/.test(T[at]?.lower ?? '') && OPEN_QUOTES.has(T[at + 1]?.text ?? '')) at += 2;
    const role = chunkAt(this.g, s, at);
    const front = role && !role.ents.length && (FRONTS.test(role.noun) || FRONTS.test(T[role.first + 1]?.lower ?? '') || FRONTS.test(T[role.first]?.lower ?? ''));
    if (!front) return;
    const obj = cl.obj;
    const trade = this.sentClauses.some((x) => x.subj?.first === obj.first && triggerClasses(x.lemma).includes('supply') && !x.negated && !x.hedged);
    if (!trade) return;
    const users = this.party(cl.subj, s, obj.ents, true);
    for (const a of users.ents) for (const b of obj.ents) this.emit('SHIPPED_TO', a, b, s, users.from, 'supply/used-as-front');
  }

  /**
   * "The office listed one of A's subsidiaries, C, among the sanctioned entities", "named A among the designated
   * firms": the body names its targets by the group they join (sanction/listed-among).
   */
  /**
   * "Among the sanctioned firms, company A faces allegations of ...": an opening that places the subject among the
   * targets of the measures the text is about.
   */
  private amongTargetsOpening(s: Sentence, startAt: Map<number, Chunk>, clauses: Clause[]): void {
    const T = this.T;
    if (T[s.first]?.lower !== 'among') return;
    // ("X issued a list of 60 firms ... Among them are A, B and C": the names after the copula.)
    if (/^(?:them|those|these)$/.test(T[s.first + 1]?.lower ?? '') && /^(?:are|were|is|was)$/.test(T[s.first + 2]?.lower ?? '')) {
      const bodies = this.publishedList && s.index - this.publishedList.sent <= 3 ? this.publishedList.bodies : [];
      for (let q = s.first + 3; q < s.last && bodies.length; q++) {
        const c = startAt.get(q);
        if (!c) continue;
        // (Names only: "the A Shipyard (part of B)" gives B in a phrase headed by "part".)
        if (!c.noun) for (const b of bodies) for (const a of c.ents.filter((e) => this.actor(e) && !this.isCountry(e))) this.emit('SANCTIONED', b, a, s, this.publishedList!.sent, 'sanction/published-list');
        q = c.last - 1;
      }
      return;
    }
    const group = startAt.get(s.first + 1);
    if (!group || group.ents.length || T[group.last]?.text !== ',' || !(TRADER_NOUNS.test(group.noun) || PEOPLE_NOUNS.test(group.noun))) return;
    let marked = false;
    for (let q = group.first; q < group.last; q++) if (TARGETED.test(T[q].lower)) marked = true;
    const named = startAt.get(group.last + 1);
    const subject = named && clauses.some((cl) => cl.subj === named && !cl.negated && !cl.hedged);
    if (!marked || !named || !subject) return;
    for (const b of this.d.sanctioner()) for (const a of named.ents.filter((e) => this.actor(e) && !this.isCountry(e))) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/among-opening');
  }

  private listedAmong(cl: Clause, s: Sentence): void {
    // ("A is also listed among the individuals targeted by the sanctions": the passive names its subject.)
    const passive = cl.voice === 'passive' && !!cl.subj?.ents.length && !cl.subj.noun;
    if ((cl.voice !== 'active' && !passive) || cl.negated || cl.hedged || (!cl.obj && !passive) || !/^(?:list|include|name|count)$/.test(cl.lemma)) return;
    const T = this.T;
    let among = -1;
    const from = passive ? cl.verb + 1 : cl.obj!.last;
    for (let q = from; q < s.last - 2 && q < from + 25; q++) if (T[q].lower === 'among') { among = q; break; }
    const group = among > 0 ? chunkAt(this.g, this.g.an.sentences[cl.sent], among + 1) : null;
    let marked = false;
    for (let q = group?.first ?? 0; group && q < group.last; q++) if (TARGETED.test(T[q].lower)) marked = true;
    // ("among the individuals targeted by the sanctions": the participle after the group.)
    if (group && TARGETED.test(T[group.last]?.lower ?? '')) marked = true;
    // ("lists A as among those affected by the sanctions": the group a measure reaches, after "those".)
    const those = among > 0 && T[among + 1]?.lower === 'those' && this.reachedByMeasure(among + 2, s);
    if (!(group && marked && (TRADER_NOUNS.test(group.noun) || PEOPLE_NOUNS.test(group.noun))) && !those) return;
    if (passive) {
      const by = cl.roles.by ? this.party(cl.roles.by, s, [], false).ents.filter(this.canSanction) : [];
      const bodies = by.length ? by : this.d.sanctioner();
      for (const b of bodies) for (const a of cl.subj!.ents.filter((e) => this.actor(e) && !this.isCountry(e))) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/listed-among');
      return;
    }
    if (!cl.obj) return;
    // (The object, or the names it gives in apposition: "one of A's subsidiaries, C,".)
    const part = T[cl.obj.last]?.lower === 'of' ? chunkAt(this.g, s, cl.obj.last + 1) ?? cl.obj : cl.obj;
    const named = cl.obj.ents.length && !cl.obj.noun ? cl.obj.ents
      : T[part.last]?.text === ',' ? (chunkAt(this.g, s, part.last + 1)?.ents ?? []) : [];
    const frame = FRAMES.find((f) => f.name === 'sanction/active')!;
    // ("The statement lists A as among ...": a body's statement names the targets of the body that acted last.)
    const bodies = cl.subj && !cl.subj.ents.length && PAPER_NOUNS.test(cl.subj.noun) ? this.d.sanctioner()
      : this.first(cl, frame.source, s, [], frame).ents.filter(this.canSanction);
    for (const b of bodies) for (const a of named.filter((e) => this.actor(e) && !this.isCountry(e))) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/listed-among');
  }

  /**
   * Whether the words after a group's phrase (ending at token `end`) say a measure reached it: "those targeted",
   * "those affected by the sanctions", "those hit by the new measures"; not "those affected by the war".
   */
  private reachedByMeasure(end: number, s: Sentence): boolean {
    const T = this.T;
    if (TARGETED.test(T[end]?.lower ?? '')) return true;
    if (!/^(?:affected|covered|hit)$/.test(T[end]?.lower ?? '') || T[end + 1]?.lower !== 'by') return false;
    const by = chunkAt(this.g, s, end + 2);
    return !!by && SANCTION_NOUNS.has(by.noun);
  }

  /** The firms the last flow reached, for a clause that moves the same goods on ("them", "the chips"), or null. */
  private lastRecipients(cl: Clause, s: Sentence): Found | null {
    const f = this.lastFlow;
    const again = !!cl.obj && (/^(?:them|it)$/.test(cl.obj.pronoun ?? '') || this.goodsAgain(cl.obj, s));
    if (!f || !again || f.sent === s.index || s.index - f.sent > 1) return null;
    const ents = f.targets.filter((e) => !this.isCountry(e));
    return ents.length ? { ents, from: f.sent } : null;
  }

  /** "the buyer", "the seller": the recipients or the suppliers of the flow of the sentence before (or the one before it). */
  private partyByRole(c: Chunk, s: Sentence, exclude: number[]): Found | null {
    const f = this.lastFlow;
    if (!f || f.sent >= s.index || s.index - f.sent > 2 || c.det !== 'the' || c.plural || c.mods.length || c.poss !== -1 || c.last - c.first !== 2) return null;
    // ("Laos sent G to K. The regime also gave G2 to C": the state that supplied last, a country, as the subject of a
    // verb that supplies new goods; not "The regime then sold them to C", K's resale, nor "The regime bought G".)
    if (c.noun === 'regime') {
      let q = c.last;
      while (this.T[q]?.pos === 'ADV') q++;
      const v = this.T[q];
      const supplies = !!v && v.pos === 'VERB' && triggerClasses(verbLemma(v)).some((k) => k === 'supply' || k === 'give');
      if (!supplies || /^(?:them|it|these|those)$/.test(this.T[q + 1]?.lower ?? '')) return null;
      const states = f.sources.filter((e) => this.isCountry(e) && !exclude.includes(e));
      return states.length === 1 && states.length === f.sources.length ? { ents: states, from: f.sent } : null;
    }
    const side = BUYER_ROLES.test(c.noun) ? f.targets : SELLER_ROLES.test(c.noun) ? f.sources : [];
    const ents = side.filter((e) => !this.isCountry(e) && !exclude.includes(e));
    return ents.length ? { ents, from: f.sent } : null;
  }

  /**
   * "A sent G to K. The recipients were B, C and others": the parties the sentence names, after the last flow, got its
   * goods from its supplier (supply/recipients-named); "the recipients include facilities, including B" and "the
   * recipients were leading firms - B, C" likewise.
   */
  private recipientsNamed(s: Sentence, c: Chunk, startAt: Map<number, Chunk>): void {
    const f = this.lastFlow;
    if (!f || f.sent >= s.index || s.index - f.sent > 2 || !NAMING_VERB.test(this.T[c.last]?.lower ?? '')) return;
    // (A sentence between that names another firm breaks the tie: "A shipped G to K. B runs a store. The buyers were C".)
    for (let i = f.sent + 1; i < s.index; i++) {
      const between = this.g.an.sentences[i];
      for (let q = between.first; q < between.last; q++) {
        const e = this.g.at[q] >= 0 ? this.g.res.entityOf[this.g.at[q]] : -1;
        if (e >= 0 && this.kind(e) === 'company' && !f.sources.includes(e) && !f.targets.includes(e)) return;
      }
    }
    // (Past an adjective the phrase leaves out, "were leading defense firms"; not "were not A" or "were from K".)
    const skip = /^(?:ADJ|VERB)$/.test(this.T[c.last + 1]?.pos ?? '');
    const named = startAt.get(c.last + 1) ?? (skip ? startAt.get(c.last + 2) : undefined);
    // ("were leading defense firms - A, B and others": the names after a description and its dash.)
    const dashed = named && !named.ents.length && isDash(this.T[named.last]) ? startAt.get(named.last + 1) : undefined;
    const them = !named ? [] : named.ents.length ? named.ents : dashed?.ents.length ? dashed.ents : this.announced(named, s) ?? [];
    const sources = f.sources.filter((e) => !this.isCountry(e));
    for (const a of sources) for (const b of them) this.emit('SHIPPED_TO', a, b, s, f.sent, 'supply/recipients-named');
  }

  /** "sold Belarus 100 drones", "sent A two shipments of chips": a named first object before the goods. */
  private dative(cl: Clause, s: Sentence, exclude: number[]): Found {
    const c = cl.obj;
    if (!c || !c.ents.length || cl.roles.to || c.noun) return NONE;
    const next = chunkAt(this.g, s, c.last);
    if (!next || next.ents.length || !(goodsHead(next, this.T) || SUPPLY_EVENT_NOUNS.has(next.noun) || this.T[c.last].pos === 'NUM')) return NONE;
    return this.party(c, s, exclude, false);
  }

  /** The chunk of sentence s that ends right before token q. */
  private endAtFor(s: Sentence, q: number): Chunk | undefined {
    return this.chunksOf?.sent === s.index ? this.chunksOf.endAt.get(q) : undefined;
  }
  private chunksOf: { sent: number; endAt: Map<number, Chunk> } | null = null;
  /** The clauses of the sentence being read. */
  private sentClauses: Clause[] = [];

  /** The company a share phrase is of: "of A", "of 10 per cent of A", "of shares in A". */
  private ownedPhrase(startAt: Map<number, Chunk>, q: number): Chunk | undefined {
    const T = this.T;
    const ch = startAt.get(q);
    if (!ch || ch.ents.length) return ch;
    let stake = false;
    for (let r = q; r < q + 8 && r < T.length; r++) {
      const w = T[r].lower;
      if (STAKE_NOUNS.has(w) || w === '%') stake = true;
      else if (stake && (w === 'of' || w === 'in')) return startAt.get(r + 1);
      else if (this.g.at[r] >= 0 || T[r].pos === 'VERB' || w === ',') break;
    }
    return ch;
  }

  /** The names after ", including" (or a dash, "including, most notably,") at token q; none when no list opens there. */
  private unitsIncluded(q: number, s: Sentence): number[] {
    const T = this.T;
    if (!(T[q]?.text === ',' || isDash(T[q])) || T[q + 1]?.lower !== 'including') return [];
    let r = q + 2;
    if (T[r]?.text === ',' && /^(?:most|notably)$/.test(T[r + 1]?.lower ?? '')) {
      r++;
      while (r < s.last && r < q + 8 && T[r].text !== ',') r++;
      r++;
    }
    const list = chunkAt(this.g, s, r);
    return list?.ents ?? [];
  }

  /**
   * "named the buyers as A and its parent company B", "A and its subsidiary B": a tie named inside a coordination,
   * which the chunker keeps as one phrase of two names.
   */
  private coordinatedTie(s: Sentence): void {
    const T = this.T;
    for (let q = s.first + 2; q < s.last - 2; q++) {
      if (T[q].lower !== 'its' || this.sentenceHedged(s, q)) continue;
      // ("A and its owner, B"; in a list, "A, its owner B, and C"; "A, along with its owner, B".)
      const along = /^(?:along|together)$/.test(T[q - 2]?.lower ?? '') && T[q - 1].lower === 'with';
      const joiner = along ? (T[q - 3]?.text === ',' ? q - 3 : q - 2) : T[q - 1].lower === 'and' || T[q - 1].text === ',' ? q - 1 : -1;
      if (joiner < 0) continue;
      // ("A (AB) and its unit, B": the name's short form in parentheses names it too.)
      let a = entityBefore(this.g, T[joiner - 1]?.text === ')' ? joiner - 1 : joiner);
      // ("A, which was formerly named C, along with its owner, B": the name the relative clause is on.)
      if (along) {
        for (let w = joiner - 1; w > s.first && w > joiner - 15; w--) {
          if (T[w].text === ',' && /^(?:which|who)$/.test(T[w + 1]?.lower ?? '')) { a = entityBefore(this.g, w); break; }
        }
      }
      let r = q + 1;
      // ("its Russian unit B": past adjectives, a demonym among them; "its Thai-based unit B": and where it is based.)
      const adjectives = () => {
        for (; r < s.last && r < q + 8; r++) {
          if (T[r].text === '-' && !T[r].space && BASED_WORDS.test(T[r + 1]?.lower ?? '') && r > q + 1) r++;
          else if (this.g.at[r] >= 0 ? !this.isCountry(this.g.res.entityOf[this.g.at[r]]) : T[r].pos !== 'ADJ') break;
        }
      };
      adjectives();
      // ("its chairman and sole owner, B", "its current director and shareholder B": the owner among posts joined by "and".)
      let owns = false;
      while (PERSON_ROLES.test(T[r]?.lower ?? '') && T[r + 1]?.lower === 'and' && r < q + 8) {
        r += 2;
        adjectives();
        owns = true;
      }
      // ("A and its former subsidiaries": a tie that has ended.)
      if (T.slice(q + 1, r).some((t) => /^(?:former|ex)$/.test(t.lower))) continue;
      const head = T[r]?.lower ?? '';
      const role = owns ? (OWNER_NOUNS.has(head) ? 'owner' : null) : CHILD_NOUNS.has(head) ? 'child' : head === 'parent' || OWNER_NOUNS.has(head) ? 'owner' : null;
      if (!role) continue;
      r++;
      if (role === 'owner' && PARENT_HEADS.test(T[r]?.lower ?? '') && this.g.at[r] < 0) r++;
      // ("A and its subsidiaries, including B and C", "A and its various units -- including, most notably, B --": the
      // units the plural announces.)
      if (role === 'child' && /s$/.test(head) && a >= 0) {
        for (const b of this.unitsIncluded(r, s)) if (b !== a) this.emit('SUBSIDIARY_OF', b, a, s, s.index, 'own/coordinated-tie');
        continue;
      }
      // ("A and its parent, B, make ...": the name in apposition.)
      if (T[r]?.text === ',') r++;
      const mi = this.g.at[r];
      const b = mi >= 0 && this.g.mentions[mi].first === r ? this.g.res.entityOf[mi] : -1;
      if (a < 0 || b < 0 || a === b || [a, b].some((e) => this.isCountry(e) || !this.actor(e))) continue;
      if (role === 'child') this.emit('SUBSIDIARY_OF', b, a, s, s.index, 'own/coordinated-tie');
      else this.emit('SUBSIDIARY_OF', a, b, s, s.index, 'own/coordinated-tie');
    }
  }

  /**
   * "A, the director of C, has also had sanctions imposed against him": the pronoun is the subject of "had", the name
   * that opens the sentence (sanction/had-imposed).
   */
  private sanctionsHad(cl: Clause, s: Sentence): void {
    const T = this.T;
    const target = cl.roles.against ?? cl.roles.on;
    if (cl.lemma !== 'impose' || cl.voice !== 'passive' || cl.negated || cl.hedged || !cl.subj || !SANCTION_NOUNS.has(cl.subj.noun) || !target?.pronoun) return;
    let q = cl.subj.first - 1;
    while (q > s.first && T[q].pos === 'ADV') q--;
    if (T[q]?.lower !== 'had') return;
    const named = chunkAt(this.g, s, openingSkipped(T, s));
    if (!named?.ents.length || named.noun) return;
    const bodies = this.d.sanctioner();
    for (const b of bodies) for (const a of named.ents.filter((e) => this.actor(e) && !this.isCountry(e))) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/had-imposed');
  }

  /** "In addition, ...", "Additionally, ...", "... were also supplied": the clause adds to what the text just said. */
  private alsoSaid(cl: Clause, s: Sentence): boolean {
    const T = this.T;
    for (let q = cl.first; q < cl.verb; q++) if (T[q].lower === 'also') return true;
    const st = s.first;
    return (T[st]?.lower === 'in' && T[st + 1]?.lower === 'addition') || /^(?:additionally|also)$/.test(T[st]?.lower ?? '');
  }

  /** Goods the last sentences say a party bought from no one named, and what they are called. */
  private openPurchase: { buyers: number[]; noun: string; sent: number } | null = null;

  /** The purchase the sentence before reported, for an asserted passive about its goods in this one. */
  private purchaseBefore(cl: Clause, s: Sentence): Interpreter['openPurchase'] {
    const x = this.openPurchase;
    return x && s.index === x.sent + 1 && cl.voice === 'passive' && !cl.negated && !cl.hedged ? x : null;
  }

  /** "These vests", "the chips": the goods of the purchase named again. */
  private boughtAgain(goods: Chunk | null, x: NonNullable<Interpreter['openPurchase']>): boolean {
    return !!goods && !goods.ents.length && /^(?:these|those|the)$/.test(goods.det) && goods.noun === x.noun;
  }

  /** "Russia imported 800 tons of vests. These vests were made by A": the maker of goods bought supplied the buyer (supply/maker-of-bought). */
  private makerOfBought(cl: Clause, s: Sentence): void {
    const x = this.purchaseBefore(cl, s);
    if (!x || !MAKE_VERBS.test(cl.lemma) || !cl.roles.by || !this.boughtAgain(cl.subj, x)) return;
    for (const a of this.party(cl.roles.by, s, x.buyers, false).ents) for (const b of x.buyers) this.emit('SHIPPED_TO', a, b, s, x.sent, 'supply/maker-of-bought');
  }

  /**
   * "Russia obtained $4 billion in chips. Many were shipped through shell companies in K": the route of goods bought
   * from no one named reached the buyer (supply/route-of-bought).
   */
  private routeOfBought(cl: Clause, s: Sentence): void {
    const x = this.purchaseBefore(cl, s);
    if (!x || !triggerClasses(cl.lemma).some((c) => c === 'supply' || c === 'transit')) return;
    const goods = cl.subj;
    // (Some of the goods, or the goods again: "Many (of them)", "Most of the chips", "These chips".)
    const share = goods && !goods.ents.length && goods.last - goods.first === 1 && /^(?:many|most|some|much|all)$/.test(this.T[goods.first].lower);
    if (!share && !this.boughtAgain(goods, x)) return;
    const route = cl.roles.through ?? cl.roles.via;
    if (!route || cl.roles.to || cl.roles.into) return;
    const c = !route.ents.length && ROUTE_GROUPS.test(route.noun) && cl.roles.of?.first === route.last + 1 ? cl.roles.of : route;
    for (const v of this.party(c, s, x.buyers, true).ents) for (const b of x.buyers) if (!this.sameCountry(v, b)) this.emit('SHIPPED_TO', v, b, s, x.sent, 'supply/route-of-bought');
  }

  /** "A counts B among its clients", "A lists C among its suppliers": a trader naming its own partners (supply/counted-among). */
  private countsAmong(cl: Clause, s: Sentence): void {
    if (!/^(?:count|list|include|name)$/.test(cl.lemma) || cl.voice !== 'active' || cl.negated || cl.hedged || !cl.obj?.ents.length || cl.obj.noun) return;
    const T = this.T;
    if (T[cl.obj.last]?.lower !== 'among') return;
    const group = chunkAt(this.g, s, cl.obj.last + 1);
    if (!group || group.ents.length || !/^(?:its|their)$/.test(group.det)) return;
    const buyers = CUSTOMER_NOUNS.has(group.noun), sellers = SUPPLIER_NOUNS.has(group.noun);
    if (!buyers && !sellers) return;
    const me = this.party(cl.subj, s, cl.obj.ents, true).ents.filter((e) => this.actor(e));
    for (const a of me) for (const b of cl.obj.ents.filter((e) => this.actor(e) && e !== a)) {
      if (buyers) this.emit('SHIPPED_TO', a, b, s, s.index, 'supply/counted-among');
      else this.emit('SHIPPED_TO', b, a, s, s.index, 'supply/counted-among');
    }
  }

  /** "(Also) on the EU list are A and B": the names after the copula an opening list phrase inverts (sanction/on-list). */
  private onTheList(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    let st = openingSkipped(T, s);
    if (T[st]?.lower === 'also') st++;
    if (T[st]?.lower !== 'on' || this.sentenceHedged(s, s.last)) return;
    const list = startAt.get(st + 1);
    if (!list || list.ents.length || !LIST_NOUNS.has(list.noun) || !BE_FORMS.has(T[list.last]?.lower ?? '')) return;
    const named = startAt.get(list.last + 1);
    if (!named || !named.ents.length || named.noun) return;
    let bodies = [...list.mods, ...(list.poss >= 0 ? [list.poss] : [])].filter(this.canSanction);
    if (!bodies.length) bodies = this.d.sanctioner();
    for (const b of bodies) for (const a of named.ents) if (a !== b && this.actor(a) && !this.isCountry(a)) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/on-list');
  }

  /**
   * "The EU listed 27 entities, among them A and B", "Japan listed A and B": a body that lists, with no list named, puts
   * its objects on its own (sanction/listed); not "listed A as a supplier".
   */
  private listedBare(cl: Clause, s: Sentence): void {
    if (cl.lemma !== 'list' || cl.voice !== 'active' || cl.negated || cl.hedged || !cl.obj || !cl.subj?.ents.length || cl.subj.noun) return;
    if (cl.roles.to || cl.roles.on || cl.roles.in || this.T[cl.obj.last]?.lower === 'as') return;
    const bodies = cl.subj.ents.filter(this.canSanction);
    const targets = this.party(cl.obj, s, bodies, false).ents.filter((e) => this.actor(e) && !this.isCountry(e));
    for (const b of bodies) for (const a of targets) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/listed');
  }

  /**
   * "A was among 250 firms on the US sanctions list", "A is one of 12 companies the US sanctioned": a name placed in a
   * group on a body's list.
   */
  private amongOnList(s: Sentence, startAt: Map<number, Chunk>, endAt: Map<number, Chunk>): void {
    const T = this.T;
    for (let q = s.first + 2; q < s.last - 3; q++) {
      const copula = T[q].lower === 'among' ? q - 1 : T[q].lower === 'of' && T[q - 1].lower === 'one' ? q - 2 : -1;
      if (copula < s.first || !/^(?:was|were|is|are)$/.test(T[copula].lower) || this.sentenceHedged(s, q)) continue;
      const named = endAt.get(copula);
      const group = startAt.get(q + 1);
      if (!named || !named.ents.length || named.noun || !group || group.ents.length || !group.plural) continue;
      // ("A is among 50 firms (that) the US added to its Entity List": the body of a relative clause on the group.)
      const rel = /^(?:that|which)$/.test(T[group.last]?.lower ?? '') ? group.last + 1 : group.last;
      const actor = startAt.get(rel);
      const acted = actor && actor.ents.length && !actor.noun && actor.ents.every(this.canSanction) &&
        /^(?:added|put|placed|included|sanctioned|designated|blacklisted|targeted|listed)$/.test(T[actor.last]?.lower ?? '');
      if (acted) {
        for (const b of actor.ents) for (const a of named.ents) if (a !== b && this.actor(a) && !this.isCountry(a)) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/among-listed');
        continue;
      }
      if (!/^(?:on|in)$/.test(T[group.last]?.lower ?? '')) continue;
      const list = startAt.get(group.last + 1);
      if (!list || list.ents.length || !LIST_NOUNS.has(list.noun)) continue;
      let bodies = [...list.mods, ...(list.poss >= 0 ? [list.poss] : [])].filter(this.canSanction);
      if (!bodies.length) bodies = this.d.sanctioner();
      for (const b of bodies) for (const a of named.ents) if (a !== b && this.actor(a) && !this.isCountry(a)) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/among-listed');
    }
  }

  /**
   * "The owners of A are B (76%) and C (24%)", "The owner of A was B": a copula that names a firm's owners.
   * ("The ultimate beneficiary of A's business, according to X, is B": past words that say which owner, the firm's
   * activity, and an attribution between commas.)
   */
  private ownersOfCopula(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    const st = openingSkipped(T, s);
    if (T[st]?.lower !== 'the' || this.sentenceHedged(s, s.last)) return;
    let at = st + 1;
    while (OWNER_KINDS.test(T[at]?.lower ?? '') && at < st + 3) at++;
    // (A beneficiary only with a word that makes it an owner: "the ultimate beneficiary", not a customer.)
    const owner = /^(?:owners?|co-owners?|shareholders?)$/.test(T[at]?.lower ?? '') || (/^beneficiar(?:y|ies)$/.test(T[at]?.lower ?? '') && at > st + 1);
    if (!owner || T[at + 1]?.lower !== 'of') return;
    const owned = startAt.get(at + 2);
    const firm = !owned ? [] : owned.ents.length && !owned.noun ? owned.ents : owned.poss >= 0 && FIRM_ACTIVITIES.test(owned.noun) ? [owned.poss] : [];
    if (!firm.length) return;
    let cop = owned!.last;
    // (Past the attribution's closing comma, within ten words; without one no copula follows.)
    if (T[cop]?.text === ',' && T[cop + 1]?.lower === 'according') {
      for (let q = cop + 2; q < s.last && q < cop + 10; q++) if (T[q].text === ',') { cop = q + 1; break; }
    }
    if (!/^(?:is|are|was|were)$/.test(T[cop]?.lower ?? '')) return;
    const owners = startAt.get(cop + 1);
    if (!owners || !owners.ents.length || owners.noun) return;
    for (const a of firm) for (const b of owners.ents) {
      if (a !== b && this.actor(a) && this.actor(b) && !this.isCountry(a)) this.emit('SUBSIDIARY_OF', a, b, s, s.index, 'own/owners-of-copula');
    }
  }

  /**
   * "A, whose subsidiary B makes G", "A, the company whose B subsidiary makes G": the unit a relative names is the
   * antecedent's, a name or a description in apposition to one.
   */
  private whoseUnit(s: Sentence, c: Chunk): void {
    const T = this.T;
    if (T[c.first - 1]?.lower !== 'whose') return;
    const named = c.ents.length > 0 && CHILD_NOUNS.has(T[c.first].lower) ? c.ents : [];
    const units = named.length ? named : !c.ents.length && CHILD_NOUNS.has(c.noun) ? c.mods : [];
    if (!units.length || this.sentenceHedged(s, c.first)) return;
    let parent = this.endAtFor(s, T[c.first - 2]?.text === ',' ? c.first - 2 : c.first - 1);
    if (parent && !parent.ents.length && parent.noun && T[parent.first - 1]?.text === ',') parent = this.endAtFor(s, parent.first - 1);
    if (!parent || parent.noun || parent.ents.length !== 1) return;
    for (const a of units) this.emit('SUBSIDIARY_OF', a, parent.ents[0], s, s.index, 'own/whose-unit');
  }

  /**
   * Owners named around a copula in the middle of a sentence: "A, whose owner is B, ...", "B is A's largest
   * shareholder", "B's company, A, ...".
   */
  private ownersNamed(s: Sentence, list: Chunk[], startAt: Map<number, Chunk>): void {
    const T = this.T;
    const bare = (c: Chunk | undefined) => !!c && c.ents.length > 0 && !c.noun && c.ents.every((e) => this.actor(e) && !this.isCountry(e));
    const owner = (c: Chunk) => OWNER_NOUNS.has(c.noun) || (c.noun === 'company' && T[c.last - 2]?.lower === 'parent');
    // (The hedge is looked for only where a reading applies.)
    const asserted = (c: Chunk) => !this.sentenceHedged(s, c.first);
    for (let i = 0; i < list.length; i++) {
      const c = list[i];
      this.whoseUnit(s, c);
      if (c.ents.length) continue;
      // ("A, whose owner is B": the relative's antecedent is owned by the name after the copula.)
      // ("A, whose director is B, shipped G": B holds a post, no party to the trade.)
      const whose = T[c.first - 1]?.lower === 'whose' && T[c.first - 2]?.text === ',';
      if (whose && (owner(c) || PERSON_ROLES.test(c.noun)) && BE_FORMS.has(T[c.last]?.lower ?? '') && asserted(c)) {
        const owned = this.endAtFor(s, c.first - 2);
        const holders = startAt.get(c.last + 1);
        for (const b of holders?.ents ?? []) this.roleHolders.add(`${s.end}|${b}`);
        if (owner(c) && bare(owned) && bare(holders)) for (const a of owned!.ents) for (const b of holders!.ents) this.emit('SUBSIDIARY_OF', a, b, s, s.index, 'own/whose-owner');
      }
      // A list a phrase "includes": "A, whose clients include B", "A's owners include B and C".
      const included = /^(?:include|includes|included)$/.test(T[c.last]?.lower ?? '') ? startAt.get(c.last + 1) : undefined;
      // ("A, whose clients include B, bought G from C": the names such an aside lists are no party to the main clause.)
      if (whose) for (const b of included?.ents ?? []) this.roleHolders.add(`${s.end}|${b}`);
      // ("A, whose shareholders include B", "A's owners include B and C": the holders a list of its owners names; its
      // investors hold stakes alike.)
      // (Not "A's former shareholders include B", nor "... included B until 2020".)
      if (included && (OWNER_NOUNS.has(c.noun) || c.noun === 'investors') && c.plural && !wordIn(T, c.first, c.last, FORMER) &&
        !/^(?:until|till|before)$/.test(T[included.last]?.lower ?? '') && asserted(c)) {
        const owned = whose ? this.endAtFor(s, c.first - 2)?.ents ?? [] : c.poss >= 0 ? [c.poss] : [];
        if (owned.length === 1 && !this.isCountry(owned[0]) && this.actor(owned[0]) && included.ents.length && !included.noun) {
          for (const b of included.ents) if (this.actor(b) && !this.isCountry(b) && b !== owned[0]) this.emit('SUBSIDIARY_OF', owned[0], b, s, s.index, 'own/owners-include');
        }
      }
      // ("B is a A company": a company of a named group.)
      // ("B, a A group company, ...": in apposition too, closed by a comma or the sentence's end.)
      const appositive = T[c.first - 1]?.text === ',' && (T[c.last]?.text === ',' || c.last >= s.last - 1);
      if (c.poss < 0 && /^(?:a|an)$/.test(c.det) && /^(?:company|firm|subsidiary|unit|affiliate)$/.test(c.noun) && c.mods.length === 1 && c.last - c.first <= 5 &&
        !this.isCountry(c.mods[0]) && this.actor(c.mods[0]) && (BE_FORMS.has(T[c.first - 1]?.lower ?? '') || appositive) && asserted(c) &&
        // (Not a firm the group deals with: "a B partner company", "a B supplier firm".)
        !PARTNER_WORDS.test(T[c.last - 2]?.lower ?? '')) {
        const member = this.endAtFor(s, c.first - 1);
        // (One company after a list in apposition is its last name: "A and B, a C company,".)
        const children = appositive ? member?.ents.slice(-1) : member?.ents;
        if (bare(member) && !member!.ents.includes(c.mods[0])) for (const a of children!) this.emit('SUBSIDIARY_OF', a, c.mods[0], s, s.index, 'own/group-company');
      }
      // ("B is A's largest shareholder": the subject owns the possessor; "B, A's parent company,": in apposition alike.)
      const copula = BE_FORMS.has(T[c.first - 1]?.lower ?? '');
      // (Not "B, A's former parent company".)
      if (c.poss >= 0 && owner(c) && (copula || appositive) && !this.isCountry(c.poss) && !wordIn(T, c.first, c.last, FORMER) && asserted(c)) {
        const holders = this.endAtFor(s, c.first - 1);
        if (bare(holders)) for (const b of holders!.ents) this.emit('SUBSIDIARY_OF', c.poss, b, s, s.index, copula ? 'own/copula-possessive-owner' : 'own/apposition-possessive-owner');
      }
      // ("through his ownership and control of A, B and C", "K's ownership of A": the possessor owns the firms named.)
      // (Not one disputed, alleged, ended or handed on: "rejected claims of its ownership of A", "ended its ownership of A",
      // "transferred its ownership of A to C".)
      if ((c.noun === 'ownership' || (c.noun === 'control' && wordIn(T, c.first, c.last, /^ownership$/))) && T[c.last]?.lower === 'of' && c.poss !== -1 && asserted(c) &&
        !wordIn(T, s.first, s.last, OWNERSHIP_IN_DOUBT)) {
        const owned = startAt.get(c.last + 1);
        // ("his", "her": the one person the last sentences name, as "he" and "she" are.)
        const person = /^(?:his|her)$/.test(c.det) ? this.d.resolve({ ...c, plural: false, count: 0, pronoun: c.det === 'his' ? 'he' : 'she' }, s.index, owned?.ents ?? [], this.kindOf) : [];
        const near = c.poss >= 0 || person.length ? NONE : this.possessor(s, c);
        const holder = c.poss >= 0 ? { ents: [c.poss], from: s.index } : person.length ? { ents: person, from: Math.max(0, s.index - 1) }
          : /^(?:his|her)$/.test(c.det) ? { ...near, ents: near.ents.filter((e) => this.kind(e) === 'person' || this.kind(e) === null) }
            // ("Its ownership of A": a company's, never a person's.)
            : { ...near, ents: near.ents.filter((e) => this.kind(e) === 'company') };
        if (bare(owned)) for (const a of owned!.ents) for (const b of holder.ents) if (a !== b && !this.isCountry(b)) this.emit('SUBSIDIARY_OF', a, b, s, holder.from, 'own/ownership-of');
      }
      // ("B's company, A, ...", "his firm A": a person's own company, named in apposition or right after.)
      if (c.poss >= 0 && this.kind(c.poss) === 'person' && /^(?:company|firm|business)$/.test(c.noun) && asserted(c)) {
        const named = startAt.get(T[c.last]?.text === ',' ? c.last + 1 : c.last);
        if (bare(named)) for (const a of named!.ents) this.emit('SUBSIDIARY_OF', a, c.poss, s, s.index, 'own/persons-company');
      }
    }
  }

  /**
   * "A was recorded as the consignee of G shipped from K by B", "A was the exporter of the drones shipped to B":
   * the party named before the copula holds the role, and the trade's own participle names the other end.
   */
  private roleInShipments(s: Sentence): void {
    const T = this.T;
    for (let q = s.first + 1; q < s.last; q++) {
      const side = CONSIGNORS.test(T[q].lower) ? 'from' : CONSIGNEES.test(T[q].lower) ? 'to' : null;
      if (!side) continue;
      let p = q - 2;
      if (T[p]?.lower === 'as' && LISTED_AS.test(T[p - 1]?.lower ?? '')) p -= 2;
      const holder = BE_FORMS.has(T[p]?.lower ?? '') ? entityBefore(this.g, p) : -1;
      if (holder < 0 || !this.actor(holder)) continue;
      // (The participle right after the role's own "of" phrases, on goods: "the recipient of payments sent by B" and
      // "an importer of cars, while drones were shipped by B" name no shipment of the role.)
      let r = q + 1;
      let goods: Chunk | undefined;
      while (T[r]?.lower === 'of' && (goods = chunkAt(this.g, s, r + 1) ?? undefined)) r = goods.last;
      if (!goods || goods.ents.length || notGoods(goods.noun)) continue;
      const trade = this.sentClauses.find((x) => x.verb === r && x.voice === 'passive' && transferVerb(x.lemma));
      const other = side === 'to' ? trade?.roles.by : trade?.roles.to;
      for (const e of other?.ents ?? []) {
        if (side === 'to') this.emit('SHIPPED_TO', e, holder, s, s.index, 'supply/role-in-shipments');
        else this.emit('SHIPPED_TO', holder, e, s, s.index, 'supply/role-in-shipments');
      }
    }
  }

  /**
   * "The shipper of the crates was a firm from X, and the consignee was from Y", "The shipper was A; the consignee
   * was B": the two ends of a consignment named by their roles, each after a copula.
   */
  private consignmentRoles(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    const ends: Record<'from' | 'to', number[]> = { from: [], to: [] };
    for (let q = s.first + 1; q < s.last - 2; q++) {
      if (T[q - 1].lower !== 'the') continue;
      const side = CONSIGNORS.test(T[q].lower) ? 'from' : CONSIGNEES.test(T[q].lower) ? 'to' : null;
      if (!side || ends[side].length) continue;
      let r = q + 1;
      // ("the shipper of the crates was ...": past the goods.)
      if (T[r]?.lower === 'of') { const of = startAt.get(r + 1); if (!of || of.ents.length) continue; r = of.last; }
      if (!/^(?:was|is|were)$/.test(T[r]?.lower ?? '')) continue;
      r++;
      const value = startAt.get(r);
      // "was A", "was a company from X", "was from X".
      if (value && value.ents.length && !value.noun) ends[side] = value.ents.filter((e) => this.actor(e));
      else {
        const at = value && !value.ents.length && TRADER_NOUNS.test(value.noun) ? value.last : r;
        const place = /^(?:from|in)$/.test(T[at]?.lower ?? '') ? startAt.get(at + 1) : undefined;
        if (place && !place.noun) ends[side] = place.ents.filter(this.isCountry);
      }
    }
    if (this.sentenceHedged(s, s.last)) return;
    for (const a of ends.from) for (const b of ends.to) this.emit('SHIPPED_TO', a, b, s, s.index, 'supply/consignment-roles');
    this.roleInShipments(s);
    // ("Russia bought G from Taiwan. The importer is A": one end named, the other the last flow's, where that flow's end
    // on the named side is a country.)
    const f = this.lastFlow;
    if (!f || s.index - f.sent > 1 || (ends.from.length > 0) === (ends.to.length > 0)) return;
    const side = ends.to.length ? f.targets : f.sources;
    if (!side.length || !side.every(this.isCountry)) return;
    if (ends.to.length) for (const a of f.sources) for (const b of ends.to) if (a !== b) this.emit('SHIPPED_TO', a, b, s, f.sent, 'supply/consignment-roles');
    for (const a of ends.from) for (const b of f.targets) if (a !== b) this.emit('SHIPPED_TO', a, b, s, f.sent, 'supply/consignment-roles');
  }

  /** A list's names before another role joins it: "A, and its director, B" gives A (B holds the other post). */
  private namesBeforeRole(c: Chunk): number[] {
    const T = this.T;
    for (let k = c.first; k < c.last - 2; k++) {
      if (T[k].lower !== 'and' || !/^(?:its|their)$/.test(T[k + 1].lower)) continue;
      // ("and its purported chief director": past the post's modifiers; "and its Laos-based unit": a hyphenated one too.)
      let post = k + 2;
      const hyphened = (q: number) => T[q].text === '-' || (T[q + 1]?.text === '-' && !T[q + 1].space);
      while (post < c.last && post < k + 6 && T[post].pos !== 'NOUN' && (T[post].pos === 'ADJ' || /ed$/.test(T[post].lower) || hyphened(post))) post++;
      if (T[post].pos === 'NOUN') {
        const before = this.entitiesIn(c.first, k);
        return c.ents.filter((e) => before.has(e));
      }
    }
    return c.ents;
  }

  /**
   * The company or state body a phrase after "under" names: "under B", or "under this ministry" for the last name
   * (in the sentence's earlier phrases, else within reach) whose own words hold the noun.
   */
  private hostUnder(host: Chunk, s: Sentence, before: Chunk[]): number[] {
    const fits = (e: number) => this.kind(e) === 'company' || this.kind(e) === 'government';
    if (host.ents.length) return host.noun ? [] : host.ents.filter(fits);
    if (!/^(?:this|the)$/.test(host.det) || host.mods.length || !(STATE_BODY_HEADS.test(host.noun) || GROUP_HEADS.test(host.noun))) return [];
    const holds = (e: number) => fits(e) && [...this.surfacesOf(e)].some((k) => k.split(/\s+/).includes(host.noun));
    for (let j = before.length - 1; j >= 0; j--) {
      const e = before[j].ents.filter(holds);
      if (e.length === 1) return e;
    }
    // (Across sentences only a state body's noun: "the group" may be any group the text went on to.)
    const e = STATE_BODY_HEADS.test(host.noun) ? this.d.recent(s.index, holds, []) : -1;
    return e >= 0 ? [e] : [];
  }

  /** Whether a phrase names companies only ("B and C", "the B company"). */
  private companiesOnly(c: Chunk | undefined): boolean {
    const names = !c ? [] : c.ents.length ? c.ents : /^(?:company|firm|group|concern|holding|corporation)$/.test(c.noun) ? c.mods : [];
    return names.length > 0 && names.every((e) => this.kind(e) === 'company');
  }

  /** "B Group", "B Holding": a named group of companies (what "a member of" it belongs to). */
  private groupOfCompanies(c: Chunk | undefined): boolean {
    if (!c || c.noun || c.ents.length !== 1 || this.kind(c.ents[0]) !== 'company') return false;
    return /\b(?:group|holding|holdings|concern)$/i.test(this.T[c.last - 1]?.text ?? '');
  }

  /** "A is part of B", "A, part of B,", "a plant in C that is part of B": the tagger reads "part" as a verb too. */
  private partOf(s: Sentence, endAt: Map<number, Chunk>, startAt: Map<number, Chunk>): void {
    const T = this.T;
    for (let q = s.first + 1; q < s.last - 2; q++) {
      if (T[q].lower !== 'part' || T[q + 1].lower !== 'of' || this.g.at[q] >= 0) continue;
      // "A (part of B)": a name's parenthesis inside a list.
      const named = T[q - 1]?.text === '(' ? entityBefore(this.g, q - 1) : -1;
      const inner = named >= 0 ? this.g.at[q + 2] : -1;
      if (inner >= 0 && this.g.mentions[inner].first === q + 2 && T[this.g.mentions[inner].last]?.text === ')' && !this.sentenceHedged(s, q)) {
        const owner = this.g.res.entityOf[inner];
        if (!this.isCountry(named) && !this.isCountry(owner)) this.emit('SUBSIDIARY_OF', named, owner, s, s.index, 'own/part-of-parenthesis');
        continue;
      }
      const owner = startAt.get(q + 2);
      if (!owner || !owner.ents.length) continue;
      let p = q - 1;
      if (T[p]?.lower === 'a' || T[p]?.lower === 'now' || T[p]?.lower === 'also') p--;
      if (!BE_FORMS.has(T[p]?.lower ?? '') && T[p]?.text !== ',') continue;
      let child = endAt.get(p);
      // "... that is part of B": the relative's antecedent, past a description in apposition.
      if (!child && /^(?:that|which)$/.test(T[p - 1]?.lower ?? '')) {
        child = endAt.get(p - 1);
        // ("a plant in C that is part of B": the phrase before the place.)
        if (child && T[child.first - 1]?.pos === 'ADP') child = endAt.get(child.first - 1) ?? child;
      }
      if (child && !child.ents.length && T[child.first - 1]?.text === ',') child = endAt.get(child.first - 1);
      if (!child || !child.ents.length || this.sentenceHedged(s, q)) continue;
      for (const a of child.ents) for (const b of owner.ents) if (!this.isCountry(a) && !this.isCountry(b)) this.emit('SUBSIDIARY_OF', a, b, s, s.index, 'own/part-of');
    }
  }

  /** The phrase a passive clause's "whose" goods belong to: "A, whose machines were shipped to B" -> A. */
  private whoseOwner(cl: Clause, s: Sentence): Chunk | undefined {
    const c = cl.voice === 'passive' ? cl.subj : null;
    if (!c || c.ents.length || this.T[c.first - 1]?.lower !== 'whose') return undefined;
    return this.endAtFor(s, this.T[c.first - 2]?.text === ',' ? c.first - 2 : c.first - 1);
  }

  /** "the main importers of G from B is A": the name right after the copula that closes the role's phrase, or null. */
  private namedAfterCopula(s: Sentence, c: Chunk, startAt: Map<number, Chunk>): Chunk | null {
    const T = this.T;
    for (let q = c.last; q < s.last && q < c.last + 12; q++) {
      // ("These suppliers of G to B identified by K include A": past a reduced passive.)
      const reduced = T[q].pos === 'VERB' && /ed$/.test(T[q].lower);
      // (With the partner in a "to"/"from" phrase: "the suppliers of B included A" is the possessive reading's.)
      // (Stated as a fact: not "do not include", "no longer include", "may include".)
      const include = c.plural && /^includ(?:e|ed)$/.test(T[q].lower) && T.slice(c.last, q).some((x) => /^(?:to|for|from)$/.test(x.lower)) &&
        !/^(?:not|n't|never|longer|may|might|could|would|will|should|can|must)$/.test(T[q - 1]?.lower ?? '');
      if (/^[,;:]$/.test(T[q].text) || (T[q].pos === 'VERB' && !BE_FORMS.has(T[q].lower) && !reduced && !include)) return null;
      // ("The main suppliers of G to B are A and C": the plural alike; "... include A and C".)
      if ((!/^(?:is|was|are|were)$/.test(T[q].lower) && !include) || this.g.at[q] >= 0) continue;
      let named = startAt.get(q + 1);
      // ('... is the Russian company "A"': the name the description gives, in quotes or not.)
      // ("... is the A company": a name with its company noun.)
      if (named && named.det === 'the' && !named.ents.length && /^(?:company|firm)$/.test(named.noun) && named.mods.length === 1 && this.actor(named.mods[0]) && !this.isCountry(named.mods[0])) {
        named = { ...named, ents: named.mods, mods: [], noun: '' };
      }
      if (named && !named.ents.length && TRADER_NOUNS.test(named.noun)) named = startAt.get(/^["“«]$/.test(T[named.last]?.text ?? '') ? named.last + 1 : named.last);
      return named && named.ents.length && !named.noun && !this.isCountry(named.ents[0]) ? named : null;
    }
    return null;
  }

  /** "A is a key supplier (of G) to B": the subject supplies the party of the first "to"/"for" phrase. */
  private copularRole(s: Sentence, subj: Chunk, c: Chunk, startAt: Map<number, Chunk>, role: 'supplier' | 'buyer'): void {
    const T = this.T;
    // A bare "source" is a supplier only as a "source of ..." ("a source familiar with the matter" is not).
    // (Nor a source of a feeling, a strain or knowledge: "a source of concern for B", "sources of information for B".)
    if (/^sources?$/.test(c.noun) && (T[c.last]?.lower !== 'of' || NOT_SUPPLIED.test(chunkAt(this.g, s, c.last + 1)?.noun ?? ''))) return;
    // ("A and B are possible sources of G for C", "a potential supplier": a role only supposed.)
    for (let q = c.first; q < c.last; q++) if (SUPPOSED_ROLE.test(T[q].lower)) return;
    const me = this.party(subj, s, [], true);
    if (!me.ents.length) return;
    const ahead = role === 'supplier' ? this.rankedAhead(s, c, startAt) : [];
    const draw = (other: Found, rule: string) => {
      const from = Math.min(me.from, other.from);
      for (const a of me.ents) for (const b of other.ents) {
        if (role === 'supplier') this.emit('SHIPPED_TO', a, b, s, from, rule);
        else this.emit('SHIPPED_TO', b, a, s, from, rule);
      }
      // ("A is the second-largest supplier of G to B after C": C supplies B too, more than A.)
      for (const x of ahead) for (const b of other.ents) this.emit('SHIPPED_TO', x, b, s, from, 'supply/ranked-ahead');
      return other.ents.length > 0;
    };
    // ("A acted as an intermediary between B and C": the goods went from the first party through A to the second.)
    if (role === 'supplier' && /^(?:intermediary|middleman|conduit|go-between)$/.test(c.noun) && T[c.last]?.lower === 'between') {
      const ends = startAt.get(c.last + 1);
      const two = ends && !ends.noun ? ends.ents.filter((e) => this.actor(e) && !me.ents.includes(e)) : [];
      let sellers = two.length === 2 ? [two[0]] : [], buyers = two.length === 2 ? [two[1]] : [];
      // ("between these suppliers and another Russian firm, B": a party referred to, or described and named in
      // apposition, on either side of "and".)
      // (The chunker may join the two descriptions into one phrase: "these suppliers and another firm".)
      let and = ends && T[ends.last]?.lower === 'and' ? ends.last : -1;
      for (let q = ends?.first ?? 0; ends && and < 0 && !ends.ents.length && q < ends.last; q++) if (T[q].lower === 'and') and = q;
      if (two.length !== 2 && ends && and >= 0) {
        const first = and === ends.last ? ends : { ...ends, last: and, noun: T[and - 1].lower, plural: /s$/.test(T[and - 1].lower), mods: [] };
        const second = and === ends.last ? startAt.get(and + 1) : { ...ends, first: and + 1 };
        const named = second && !second.ents.length && T[second.last]?.text === ',' ? startAt.get(second.last + 1) : undefined;
        sellers = this.party(first, s, me.ents, false).ents.filter((e) => this.actor(e));
        // ("these China-based suppliers": a described plural that still refers back to the firms last listed.)
        if (!sellers.length && /^(?:these|those)$/.test(first.det) && first.plural && TRADER_NOUNS.test(first.noun)) sellers = this.d.resolve({ ...first, mods: [] }, s.index, me.ents, this.kindOf);
        buyers = (named?.ents.length && !named.noun ? named.ents : this.party(second, s, me.ents, false).ents).filter((e) => this.actor(e) && !sellers.includes(e));
      }
      if (sellers.length && buyers.length) {
        for (const a of me.ents) {
          for (const x of sellers) this.emit('SHIPPED_TO', x, a, s, me.from, 'supply/intermediary-between');
          for (const b of buyers) this.emit('SHIPPED_TO', a, b, s, me.from, 'supply/intermediary-between');
        }
        return;
      }
    }
    // "one of B's suppliers", "B's largest customer".
    // (Not a country's importer or exporter: "K's largest importer of drones" imports in K.)
    if (c.poss !== -1 && !(TRADING_NATION_ROLES.test(c.noun) && c.poss >= 0 && this.isCountry(c.poss))) {
      if (draw(c.poss >= 0 ? { ents: [c.poss], from: s.index } : this.possessor(s, c), 'supply/copular-role')) return;
    }
    // ("A, a Chinese supplier of B, a Russian defence firm": a supplier "of" a named party supplies it.)
    const link = role === 'supplier' ? /^(?:to|into|for|of)$/ : /^(?:from|of)$/;
    for (let q = c.last; q < s.last && q < c.last + 14; q++) {
      const w = T[q].lower;
      // (Past a phrase's own words: "of restricted technology" is no verb.)
      const inner = startAt.get(q);
      if (inner && inner.last > q + 1 && !link.test(w)) {
        // ("A, a supplier of G and a partner of B,": a second role joined by "and" is not the supplier's; "a supplier of G
        // and the main source of H for B" is.)
        for (let r = inner.first; r < inner.last - 1; r++) if (T[r].lower === 'and' && /^(?:a|an|the|its|their)$/.test(T[r + 1].lower) && !ROLE_SUPPLIER.test(inner.noun)) return;
        q = inner.last - 1;
        continue;
      }
      // ("the sole supplier of the engines used by B": the users of the goods it supplies.)
      if (role === 'supplier' && w === 'used' && T[q + 1]?.lower === 'by' && this.goods.has(T[q - 1]?.lower ?? '')) {
        const users = startAt.get(q + 2);
        if (users?.ents.length && !users.noun && draw({ ents: users.ents.filter((e) => this.actor(e) && !me.ents.includes(e)), from: s.index }, 'supply/copular-role')) return;
      }
      if (this.g.at[q] < 0 && ((T[q].pos === 'VERB' && !/^(?:heading|headed|bound|destined|going)$/.test(w)) || /^(?:[;,]|which|who|that|after|before|since|because|while)$/.test(w))) return;
      if (!link.test(w)) continue;
      const other = startAt.get(q + 1);
      // "an importer of B's electronics": goods named with their owner come from that owner.
      if (w === 'of' && role === 'buyer' && other && !other.ents.length && other.poss >= 0 && this.goods.has(other.noun)) {
        if (draw({ ents: [other.poss].filter((e) => this.actor(e) && !me.ents.includes(e)), from: s.index }, 'supply/copular-role')) return;
        continue;
      }
      // ("a distributor of B products", "the importer of B equipment": goods named with their maker come from it.)
      if (w === 'of' && role === 'buyer' && other && !other.ents.length && other.poss === -1 && this.goods.has(other.noun)) {
        const makers = other.mods.filter((e) => !this.isCountry(e) && this.actor(e) && this.kind(e) !== 'person' && !me.ents.includes(e));
        if (makers.length && draw({ ents: makers, from: s.index }, 'supply/copular-role')) return;
        continue;
      }
      // "the main supplier of components for Russian drones": goods of a country's forces, named with its demonym.
      // (Not "a hub for Chinese components": a demonym on parts names where they come from.)
      if (w === 'for' && role === 'supplier' && other && !other.ents.length && this.goods.has(other.noun)) {
        const countries = ARMS.test(other.noun) ? other.mods.filter((e) => this.isCountry(e) && !me.ents.includes(e)) : [];
        if (countries.length && draw({ ents: countries, from: s.index }, 'supply/copular-role')) return;
        continue;
      }
      // "a buyer of chips from B", "a supplier of chips to B": "of" names the goods unless it names a party.
      if (w === 'of' && !(other && other.ents.length && (role === 'buyer' || !other.noun))) continue;
      // ("a gateway for B to access the financial system": a way for B to do what is no trade in goods; "a route for B
      // to ship drones to C": B is the shipper, no recipient. A supplier "for B to evade sanctions" supplies B.)
      const act = other && T[other.last]?.lower === 'to' && T[other.last + 1]?.pos === 'VERB' ? verbLemma(T[other.last + 1]) : undefined;
      if (act && WAYS_THROUGH.test(c.noun) && (NON_TRADE_ACTS.test(act) || triggerClasses(act).some((x) => x === 'supply' || x === 'provision'))) return;
      if (draw(this.party(other, s, me.ents, true), 'supply/copular-role')) return;
    }
  }

  /**
   * "the second-biggest supplier ... after C": the parties a ranked role noun puts ahead of its subject, named after
   * "after" before the clause ends.
   */
  private rankedAhead(s: Sentence, c: Chunk, startAt: Map<number, Chunk>): number[] {
    const T = this.T;
    let ranked = false;
    for (let q = c.first; q < c.last - 1; q++) if (/^(?:second|third|fourth)$/.test(T[q].lower) && /^(?:-|biggest|largest)$/.test(T[q + 1].lower)) ranked = true;
    if (!ranked) return [];
    for (let q = c.last; q < s.last && q < c.last + 14; q++) {
      if (/^(?:[;,]|which|who|that|but)$/.test(T[q].lower)) return [];
      if (T[q].lower !== 'after') continue;
      const named = startAt.get(q + 1);
      return named && !named.noun ? named.ents.filter((e) => this.actor(e)) : [];
    }
    return [];
  }

  /** "A, a company founded by B (99%) and C (1%)": founders given with their shares own the company. */
  private foundedWithShares(cl: Clause, s: Sentence): void {
    const by = cl.roles.by;
    if (!by || !cl.subj) return;
    let shares = false;
    for (let q = by.first; q < by.last; q++) if (this.T[q].text === '%') shares = true;
    if (!shares) return;
    const child = this.party(cl.subj, s, [], false);
    for (const a of child.ents) for (const o of by.ents) if (!this.isCountry(a) && !this.isCountry(o)) this.emit('SUBSIDIARY_OF', a, o, s, child.from, 'own/founded-with-shares');
  }

  /** "A and his (private defense) company B": B belongs to A. */
  private personsCompany(s: Sentence, c: Chunk): void {
    const T = this.T;
    for (let q = c.first; q < c.last - 2; q++) {
      if (T[q].lower !== 'and' || !/^(?:his|her|their)$/.test(T[q + 1].lower)) continue;
      const owner = entityBefore(this.g, q);
      if (owner < 0 || this.kind(owner) !== 'person') continue;
      let r = q + 2;
      while (r < c.last && this.g.at[r] < 0 && !/^(?:company|firm|business|companies|firms)$/.test(T[r].lower)) r++;
      // ("A and his company, B": the name in apposition.)
      const mi = this.g.at[T[r + 1]?.text === ',' ? r + 2 : r + 1] ?? -1;
      // ("A and his wife B": only a word for a firm makes B a firm of A's.)
      if (r >= c.last || mi < 0 || this.g.at[r] >= 0) continue;
      this.emit('SUBSIDIARY_OF', this.g.res.entityOf[mi], owner, s, s.index, 'own/persons-company');
    }
  }

  /**
   * "The cargo left with A. Its buyer was B": the recipient of goods whose supplier the sentence
   * before named without one ("its final destination", "the end recipient").
   */
  private statedDestination(s: Sentence, list: Chunk[]): void {
    let open = this.openSupply && s.index - this.openSupply.sent === 1 && this.openSupply.block === s.block ? this.openSupply : null;
    // "A supplied Russia with motors. The end user was B": the buyer inside the country the goods went to.
    const last = this.lastFlow;
    if (!open && last && s.index - last.sent === 1 && last.targets.every(this.isCountry)) {
      open = { sources: last.sources.filter((e) => !this.isCountry(e)), sent: last.sent, block: s.block };
    }
    if (!open || !open.sources.length) return;
    for (let i = 0; i + 1 < list.length; i++) {
      const c = list[i];
      const endUser = /^(?:user|users)$/.test(c.noun) && this.T[c.last - 2]?.lower === 'end';
      if (c.ents.length || !(endUser || /^(?:destination|recipient|consignee|end-user)$/.test(c.noun)) || !/^(?:its|their|the)$/.test(c.det)) continue;
      let named = list[i + 1];
      if (!BE_FORMS.has(this.T[c.last]?.lower ?? '') || named.first !== c.last + 1 || this.sentenceHedged(s, c.first)) continue;
      // ('the company "B"': the quoted name after its noun.)
      if (!named.ents.length && TRADER_NOUNS.test(named.noun) && list[i + 2] && /^["“«]$/.test(this.T[named.last]?.text ?? '') && list[i + 2].first === named.last + 1) named = list[i + 2];
      if (!named.ents.length) continue;
      for (const a of open.sources) for (const b of named.ents) if (this.actor(b)) this.emit('SHIPPED_TO', a, b, s, open.sent, 'supply/stated-destination');
      return;
    }
  }

  /**
   * "sanctions against A and two of his companies, B and C": B and C belong to the person A, and what the sentence
   * said of A (its sanctions) holds for the companies it names with A.
   */
  private ownersCompanies(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    for (let q = s.first + 1; q < s.last - 4; q++) {
      if (T[q].lower !== 'and') continue;
      const owner = entityBefore(this.g, q);
      if (owner < 0 || this.kind(owner) !== 'person') continue;
      let r = q + 1;
      if (T[r].pos === 'NUM' && T[r + 1]?.lower === 'of') r += 2;
      if (!/^(?:his|her|their)$/.test(T[r]?.lower ?? '') || !/^(?:companies|firms|businesses|company|firm)$/.test(T[r + 1]?.lower ?? '') || T[r + 2]?.text !== ',') continue;
      const named = startAt.get(r + 3);
      if (!named || !named.ents.length || named.noun || this.sentenceHedged(s, q)) continue;
      const firms = named.ents.filter((e) => !this.isCountry(e) && this.kind(e) !== 'person');
      const sanctions = this.out.filter((x) => x.type === 'SANCTIONED' && x.target === owner && x.end === s.end);
      for (const e of firms) {
        this.emit('SUBSIDIARY_OF', e, owner, s, s.index, 'own/persons-companies-apposition');
        for (const x of sanctions) this.emit('SANCTIONED', x.source, e, s, s.index, 'sanction/owners-companies');
      }
    }
  }

  /**
   * "records show A as the exporter and B as the recipient", "A appear as senders, with B in P listed as the
   * recipient": the parties named by their roles in one sentence.
   */
  private rolesAs(s: Sentence, startAt: Map<number, Chunk>): void {
    const T = this.T;
    const sellers: number[] = [];
    const buyers: number[] = [];
    let lastAs = s.first;
    for (let q = s.first + 1; q < s.last - 1; q++) {
      if (T[q].lower !== 'as') continue;
      const role = startAt.get(q + 1);
      if (!role || role.ents.length) continue;
      // (Back over a verb group, "appear", "is consistently listed", and a place after the party, "B in P".)
      let p = q - 1;
      while (p > s.first && this.g.at[p] < 0 && /^(?:VERB|AUX|ADV|PART)$/.test(T[p].pos)) p--;
      let named = entityBefore(this.g, p + 1);
      const first = named >= 0 ? this.g.mentions[this.g.at[p]].first : -1;
      if (named >= 0 && this.isCountry(named) && T[first - 1]?.lower === 'in') named = entityBefore(this.g, first - 1);
      if (named < 0 || !this.actor(named)) continue;
      if (/^(?:exporters?|suppliers?|sellers?|shippers?|senders?|consignors?|vendors?)$/.test(role.noun)) sellers.push(named);
      else if (/^(?:recipients?|buyers?|importers?|consignees?|purchasers?|customers?|receivers?)$/.test(role.noun)) buyers.push(named);
      else continue;
      lastAs = q;
    }
    if (!sellers.length || !buyers.length || this.sentenceHedged(s, s.last) || this.sentenceHedged(s, lastAs)) return;
    for (const a of sellers) for (const b of buyers) this.emit('SHIPPED_TO', a, b, s, s.index, 'supply/roles-as');
  }

  /**
   * Whom the office holder who says the sentence's words speaks for ('"...," said Laos's foreign minister A', 'the
   * Laotian minister A said: "..."'): the owner or the modifiers of the speaker's title (a firm's chief sanctions no one;
   * an expert speaks for no state).
   */
  private speakersBody(cl: Clause): number[] {
    const said = this.sentClauses.find((x) => x !== cl && REPORTING.test(x.lemma) && x.voice === 'active');
    const speaker = said?.subj ?? said?.obj;
    if (!speaker || !speaker.ents.some((e) => this.kind(e) === 'person')) return [];
    // (An office holder's: "Vietnam expert A" speaks for no state.)
    if (!this.T.slice(speaker.first, speaker.last).some((t) => OFFICE_TITLES.test(t.lower))) return [];
    return speaker.poss >= 0 ? [speaker.poss] : speaker.mods;
  }

  /**
   * The target of a measure this trade is given as the reason for, when the trade names no party of its own: "sanctioned
   * K over drone deliveries to B" (K delivered them). (Only a measure's: "asked K for deliveries to B" is a request.)
   */
  private sanctionedFor(c: Chunk, s: Sentence, clauses: Clause[]): Found {
    if (c.poss !== -1 || c.mods.length) return NONE;
    // ("penalties against A for violations of export controls, including shipments of G to B": an example of the
    // violations a measure is for.)
    // (Not "attempted shipments": an attempt moved nothing.)
    const example = (r: Chunk | undefined) => !!r && VIOLATIONS.test(r.noun) && this.T[c.first - 1]?.lower === 'including' && this.T[c.first - 2]?.text === ',' &&
      r.last < c.first && !this.T.slice(c.first, c.last).some((t) => UNMADE.test(t.lower));
    const cl = clauses.find((x) => (x.roles.over === c || x.roles.for === c || example(x.roles.for)) && this.measureClause(x));
    const target = cl ? this.measureTarget(cl) : null;
    return target?.ents.length ? this.party(target, s, [], true) : NONE;
  }

  /** Whether a clause takes a measure: a verb of sanctions, or an "impose" verb with a measure for its object or subject. */
  private measureClause(x: Clause): boolean {
    // ("set A a deadline for deliveries" takes none.)
    if (triggerClasses(x.lemma).some((k) => k !== 'impose' && SANCTION_CLASSES.has(k))) return true;
    if (!triggerClasses(x.lemma).includes('impose')) return false;
    // ("imposed a series of sanctions": a measure counted by a word of quantity.)
    let measure = x.voice === 'active' ? x.obj : x.subj;
    if (measure && QUANTITY_NOUNS.test(measure.noun) && this.T[measure.last]?.lower === 'of') measure = chunkAt(this.g, this.g.an.sentences[x.sent], measure.last + 1);
    return SANCTION_NOUNS.has(measure?.noun ?? '');
  }

  /** The party a measure's clause targets: "sanctioned A", "A was sanctioned", "imposed sanctions on A". */
  private measureTarget(cl: Clause): Chunk | null | undefined {
    return cl.voice === 'passive' ? cl.subj : cl.obj?.ents.length ? cl.obj : cl.roles.on ?? cl.roles.against;
  }

  /**
   * "B imposed sanctions on A, saying (that) it shipped G", "..., saying that two of its ships carried G": a pronoun, or a
   * possessive one, opening what the body said after its measure is the measure's target.
   */
  private targetSpokenOf(c: Chunk, s: Sentence): Found {
    const T = this.T;
    if (!/^(?:it|they)$/.test(c.pronoun ?? '') && !/^(?:its|their)$/.test(c.det)) return NONE;
    let q = c.first - 1;
    if (T[q]?.lower === 'of' && /^(?:NUM|DET)$/.test(T[q - 1]?.pos ?? '')) q -= 2;
    if (T[q]?.lower === 'that') q--;
    if (!REPORTING_PARTICIPLE.test(T[q]?.lower ?? '')) return NONE;
    // (The clause the participle hangs on, the last before it: "After B sanctioned A, C issued a statement saying it
    // shipped G" is C's saying.)
    const cl = this.sentClauses.findLast((x) => x.verb < q);
    const target = cl && this.measureClause(cl) ? this.measureTarget(cl) : null;
    return target && !target.pronoun ? this.party(target, s, [], true) : NONE;
  }

  /** "its" in a nominal frame: the actor the text was about. */
  private possessor(s: Sentence, c: Chunk, countries = false): Found {
    // "Among its suppliers is A, ... that is sanctioned by B": "its" looks back, never to a name given after it.
    const later = [...c.ents];
    for (let q = c.last; q < s.last && q < c.last + 40; q++) {
      const e = entityBefore(this.g, q + 1);
      if (e >= 0 && !later.includes(e)) later.push(e);
    }
    // ("sanctions on A for its shipments of rockets to B": the target of the measure the reason is given for.)
    // ("the sanctions on A were due to its sales of G to B", "... were imposed in response to its shipments": past
    // the words that give the reason.)
    let reason = c.first;
    if (/^(?:its|their)$/.test(c.det) && /^(?:over|for|of|to)$/.test(this.T[c.first - 1]?.lower ?? '')) {
      while (reason > s.first && reason > c.first - 6 && REASON_WORDS.test(this.T[reason - 1].lower)) reason--;
    }
    if (reason < c.first) {
      const target = this.endAtFor(s, reason);
      const on = target && /^(?:against|on)$/.test(this.T[target.first - 1]?.lower ?? '') ? this.endAtFor(s, target.first - 1) : undefined;
      if (target?.ents.length && !target.noun && on && SANCTION_NOUNS.has(on.noun)) return { ents: target.ents.filter((e) => this.actor(e)), from: s.index };
    }
    // "sold by A through its subsidiary B": the nearest company named before it in the sentence.
    if (c.det === 'its') {
      for (let q = c.first - 1; q >= s.first && q >= c.first - 15; q--) {
        const e = entityBefore(this.g, q + 1);
        if (e < 0 || later.includes(e)) continue;
        const k = this.kind(e);
        if ((k === 'company' || k === null) && this.actor(e)) return { ents: [e], from: s.index };
        if (k !== 'country') break;
      }
    }
    const ents = this.d.resolve({ ...c, pronoun: 'it', plural: c.det === 'their' }, s.index, later, this.kindOf, countries);
    return ents.length ? { ents, from: Math.max(0, s.index - 1) } : NONE;
  }

  private acquireEvent(s: Sentence, c: Chunk, startAt: Map<number, Chunk>): void {
    const roles = this.eventRoles(s, c, startAt);
    // ("the purchase of Laotian missile systems": goods named with their country are bought from it.)
    const goods = roles.of && this.goods.has(roles.of.noun) ? roles.of : undefined;
    const made = goods ? this.madeIn(goods) : [];
    if (!roles.from && !made.length) return;
    const buyer = c.poss >= 0 ? { ents: [c.poss], from: s.index }
      : c.poss === -2 ? this.possessor(s, c, true)
        : roles.by ? this.party(roles.by, s, [], true)
          // ("imports of G from A and C to B": the destination the event itself names.)
          : !c.mods.length && (roles.to ?? roles.into) ? this.party(roles.to ?? roles.into, s, [], true)
            : c.mods.length ? { ents: c.mods.filter(this.isCountry), from: s.index } : this.blamedFor(s, c);
    const seller = roles.from ? this.party(roles.from, s, buyer.ents, true) : { ents: made, from: s.index };
    for (const a of seller.ents) for (const b of buyer.ents) this.emit('SHIPPED_TO', a, b, s, Math.min(seller.from, buyer.from), 'acquire/nominal');
  }

  /**
   * "sanctioned A for the purchase of G", "imposed sanctions on A over the purchase of G", "A was fined for the purchase
   * of G": the party a clause right before a "for"/"over" phrase holds to account for the deed it names, or none.
   */
  private blamedFor(s: Sentence, c: Chunk): Found {
    const T = this.T;
    const p = c.first - 1;
    if (!/^(?:for|over)$/.test(T[p]?.lower ?? '')) return NONE;
    // (Not a purchase still to be made, or tried and failed: "over the planned purchase", "for any purchase".)
    for (let q = c.first; q < c.last; q++) if (UNMADE.test(T[q].lower)) return NONE;
    const gov = this.sentClauses.findLast((cl) => cl.verb < p && cl.last >= p - 1);
    // (Only a clause that holds its party to account, stated as done: not "sold A a licence for ...", "asked A for ...",
    // "threatened to penalise A over ...".)
    if (!gov || !this.accounting(gov) || gov.hedged) return NONE;
    // (The measure's target; "A faces sanctions over ...": the subject of a measure faced; "criticised the agency for
    // ...": the object; "B imposed sanctions over ..." names no buyer, the measure no party.)
    const who = triggerClasses(gov.lemma).includes('face') ? gov.subj : this.measureTarget(gov) ?? gov.obj;
    // ("sanctions against Laos's procurement agency for ...": a phrase without a name stands for the party it refers to.)
    return who ? this.party(who, s, [], true) : NONE;
  }

  /**
   * The countries goods are named with by demonym, "Laotian fighter jets"; not a design or style joined by a hyphen,
   * "Laotian-designed drones", "Lao-style uniforms".
   */
  private madeIn(goods: Chunk): number[] {
    const T = this.T;
    const styled = (e: number) => {
      for (let q = goods.first; q < goods.last - 1; q++) if (this.g.at[q] >= 0 && this.g.res.entityOf[this.g.at[q]] === e && T[q + 1].text === '-' && !T[q + 1].space) return true;
      return false;
    };
    return goods.mods.filter((e) => this.isCountry(e) && this.demonymOnly(goods, e) && !styled(e));
  }

  /**
   * Whether the sentence names a country or a government body ("In Vietnam, authorities ...", "..., Vietnam's ministry
   * said"): unnamed authorities may be its.
   */
  private namesBody(s: Sentence): boolean {
    for (let q = s.first; q < s.last; q++) {
      const m = this.g.at[q];
      if (m >= 0 && /^(?:country|government)$/.test(this.kind(this.g.res.entityOf[m]) ?? '')) return true;
    }
    return false;
  }

  /** A clause that holds someone to account: a measure, a penalty, a charge or a rebuke, or a measure faced. */
  private accounting(cl: Clause): boolean {
    return this.measureClause(cl) || triggerClasses(cl.lemma).includes('face') || ACCOUNTING.test(cl.lemma);
  }

  /** The prepositional roles after an event noun, up to the next clause. */
  private eventRoles(s: Sentence, c: Chunk, startAt: Map<number, Chunk>): Record<string, Chunk> {
    const T = this.T;
    const roles: Record<string, Chunk> = {};
    for (let q = c.last; q < s.last && q < c.last + 30; q++) {
      const w = T[q].lower;
      // ("the delivery of weapons, in particular drones, to B": past an aside that narrows the goods.)
      if (w === ',' && roles.of && /^(?:in|especially|notably|mainly|mostly|primarily|chiefly)$/.test(T[q + 1]?.lower ?? '')) {
        let r = q + (T[q + 1].lower === 'in' && T[q + 2]?.lower === 'particular' ? 3 : T[q + 1].lower === 'in' ? -1 : 2);
        while (r > q && r < s.last && r < q + 8 && T[r].text !== ',' && this.g.at[r] < 0 && /^(?:NOUN|ADJ|CCONJ|DET)$/.test(T[r].pos)) r++;
        if (r > q && T[r]?.text === ',' && /^(?:to|into)$/.test(T[r + 1]?.lower ?? '')) {
          q = r;
          continue;
        }
      }
      // ("exports of nitrocellulose, a key input for fuses, to B": past an apposition that says what the goods are.)
      if (w === ',' && roles.of && !roles.to && /^(?:a|an)$/.test(T[q + 1]?.lower ?? '')) {
        let r = q + 2;
        while (r < s.last && r < q + 12 && T[r].text !== ',' && this.g.at[r] < 0 && T[r].pos !== 'VERB' && T[r].pos !== 'AUX') r++;
        if (T[r]?.text === ',' && /^(?:to|into)$/.test(T[r + 1]?.lower ?? '')) {
          q = r;
          continue;
        }
      }
      // ("the transfer of drones, crews, and spare parts from A to B": past the rest of the goods' list.)
      if (w === ',' && roles.of && !roles.from && !roles.to) {
        let r = q + 1;
        const listWord = (t: Token) => /^(?:NOUN|ADJ|CCONJ|DET|PUNCT)$/.test(t.pos) || (t.pos === 'VERB' && /ed$/.test(t.lower));
        while (r < s.last && r < q + 12 && this.g.at[r] < 0 && listWord(T[r]) && T[r].text !== ';' && !/^(?:from|to|via|through|into)$/.test(T[r].lower)) r++;
        if (r > q + 1 && /^(?:from|to|via|through|into)$/.test(T[r]?.lower ?? '') && T[r - 1].text !== ',') {
          q = r - 1;
          continue;
        }
      }
      // ("the supply of equipment produced by Laotian firms to B": the country whose firms made the goods supplies them;
      // a maker named inside the goods is not their shipper, "shipments of G produced by M to B".)
      if (roles.of && !roles.by && !roles.from && /^(?:produced|made|manufactured)$/.test(w) && T[q + 1]?.lower === 'by' && this.g.at[q] < 0) {
        const maker = startAt.get(q + 2);
        if (maker && !maker.ents.length && maker.plural && TRADER_NOUNS.test(maker.noun)) {
          roles.by = maker;
          q = maker.last - 1;
          continue;
        }
      }
      // ("from the state-owned firm A to sanctioned Russian firms": a participle inside a compound or before its noun is
      // no verb.)
      const attributive = T[q].pos === 'VERB' && ((T[q - 1]?.text === '-' && !T[q - 1].space) ||
        (/ed$/.test(w) && (/^(?:ADP|DET)$/.test(T[q - 1]?.pos ?? '') || T[q - 1]?.lower === 'to') && /^(?:NOUN|ADJ|PROPN)$/.test(T[q + 1]?.pos ?? '')));
      if (this.g.at[q] < 0 && !attributive && (T[q].pos === 'VERB' || /^(?:[;,]|which|who|after|before|since|despite|amid|following|because|as|while)$/.test(w))) break;
      if (/^(?:of|from|by|to|via|through|into)$/.test(w)) {
        // ("by way of A": a route.)
        const at = byWayOf(T, q) ? q + 2 : q;
        const role = at > q ? 'via' : w;
        // (Past a participle the chunker left out: "to sanctioned Russian firms".)
        const ch = startAt.get(at + 1) ?? (/ed$/.test(T[at + 1]?.lower ?? '') && this.g.at[at + 1] < 0 ? startAt.get(at + 2) : undefined);
        if (ch && !roles[role]) { roles[role] = ch; q = ch.last - 1; }
      }
    }
    return roles;
  }

  /** "the transfer and testing (of G)": a trade noun joined by "and" to the phrase's own head. */
  private joinedTradeNoun(c: Chunk): boolean {
    const T = this.T;
    for (let q = c.first; q < c.last - 2; q++) if (SUPPLY_EVENT_NOUNS.has(T[q].lower) && T[q + 1].lower === 'and' && q + 2 === c.last - 1) return true;
    return false;
  }

  /** Whether the event phrase after token q is what its party is "involved in", "engaged in" or "took part in". */
  private someonesActivity(s: Sentence, q: number): boolean {
    const T = this.T;
    return T[q]?.lower === 'in' && q - 1 >= s.first && (triggerClasses(T[q - 1].lemma).includes('engage') || /^(?:involved|engaged|complicit|active|part)$/.test(T[q - 1].lower));
  }

  private supplyEvent(s: Sentence, c: Chunk, startAt: Map<number, Chunk>, clauses: Clause[]): void {
    // "goods barred from export to B by X", "a ban on sales to B": a prohibited trade is none.
    // ("a prohibition on the sale, supply or export to B": back over the trade nouns joined before it.)
    let q = c.first - 1;
    while (q > s.first && (/^(?:,|and|or|the)$/.test(this.T[q].lower) || SUPPLY_EVENT_NOUNS.has(this.T[q].lower))) q--;
    if (/^(?:for|from|on)$/.test(this.T[q]?.lower ?? '') && PROHIBITED.test(this.T[q - 1]?.lower ?? '')) {
      // (Nor what the older layer reads in it, unless a clause of the sentence states a trade.)
      this.unassertedFlows.add(s.end);
      return;
    }
    const roles = this.eventRoles(s, c, startAt);
    // "an order on the transfer of majority shares in A to B", "the sale of a 51% stake in A to B": B takes a holding in A.
    if (roles.of && roles.to && /^(?:transfer|sale|handover)$/.test(c.noun) && STAKE_NOUNS.has(roles.of.noun) && !roles.of.ents.length && !this.sentenceHedged(s, c.first)) {
      const owned = this.ownedPhrase(startAt, roles.of.first);
      const owners = roles.to.noun ? [] : roles.to.ents.filter((e) => this.actor(e) && !this.isCountry(e));
      for (const a of owned && owned !== roles.of ? owned.ents.filter((e) => this.actor(e) && !this.isCountry(e)) : []) {
        for (const b of owners) this.emit('SUBSIDIARY_OF', a, b, s, s.index, 'stake/nominal-transfer');
      }
      return;
    }
    if (this.businessMoved(roles.of)) return;
    // ("the transfer of funds to B", "the transfer to B of two soldiers", "of ownership of the plant": no goods move.)
    if (roles.of && (immaterial(roles.of.noun) || people(roles.of.noun) || /^(?:ownership|title|control)$/.test(roles.of.noun))) return;
    // ("exports of pumps to B": the goods the event moves, for a later sentence that names them again.)
    this.goods.noteChunk(roles.of);
    // "A made 40 shipments to B": the subject of a light verb is the shipper.
    // ("A has made dozens of shipments of G to B": past a quantity.)
    const counted = (o: Chunk | null) => !!o && o.last === c.first - 1 && this.T[o.last]?.lower === 'of' && QUANTITY_NOUNS.test(o.noun);
    const light = clauses.find((cl) => (cl.obj === c || counted(cl.obj)) && LIGHT_VERBS.test(cl.lemma) && !cl.negated && !cl.hedged && cl.voice === 'active');
    // ("126 shipments of G were made to B by A": the light verb's passive, its agent the shipper and its "to" the buyer.)
    const lightPassive = light ? undefined : clauses.find((cl) => !!cl.subj && cl.subj.first === c.first && cl.subj.last === c.last && LIGHT_VERBS.test(cl.lemma) &&
      !cl.negated && !cl.hedged && cl.voice === 'passive' && !!cl.roles.by);
    // ("deliveries of G to B were recorded from K": the place the event came from, named past the verb it is the subject of.)
    // (Verbs of recording or of carrying only: "were halted from March", "were blocked from K" name no origin.)
    const cameFrom = roles.from || roles.by ? undefined : clauses.find((cl) => !!cl.subj && cl.subj.first === c.first && cl.subj.last === c.last &&
      RECORDED_OR_SENT.test(cl.lemma) && !cl.negated && !cl.hedged && cl.voice === 'passive' && !!cl.roles.from)?.roles.from;
    // ("designated A for its role in the supply of G to B": the one whose role or part in the event it is; "its" only
    // for a firm the sentence names before it: "sanctioned a carrier for its role in ..." names none.)
    const share = this.T[c.first - 1]?.lower === 'in' ? this.endAtFor(s, c.first - 1) : undefined;
    const sharer = !share || share.ents.length || !SHARE_NOUNS.test(share.noun) ? NONE : this.sharer(s, share);
    // ("convicted A of exports of G to B", "accused A of the sale of G to B": the one the charge names.)
    const ofAt = this.T[c.first - 1]?.lower === 'the' ? c.first - 2 : c.first - 1;
    const charged = this.T[ofAt]?.lower === 'of' ? this.endAtFor(s, ofAt) : undefined;
    const accused = charged && charged.ents.length && CHARGING.test(this.T[charged.first - 1]?.lower ?? '') ? this.party(charged, s, [], true) : NONE;
    const src = c.poss >= 0 ? { ents: [c.poss], from: s.index }
      : c.poss === -2 ? this.possessor(s, c, true)
        : light ? this.party(light.subj, s, [], true)
          : lightPassive ? this.party(lightPassive.roles.by, s, [], true)
          : sharer.ents.length ? sharer
            : accused.ents.length ? accused
              : roles.from || roles.by || cameFrom ? this.party(roles.from ?? roles.by ?? cameFrom, s, [], true)
                : this.sanctionedFor(c, s, clauses);
    // ("Iranian shipments to B"; "shipments of Iranian drones to B": the goods' country when no one else is named,
    // nor the party whose activity the event is: "A is involved in the export of G to B".)
    const mods = c.mods.length ? c.mods : this.someonesActivity(s, q) ? [] : roles.of?.mods ?? [];
    // ("Halvern Group shipments to B": one firm named before the event is its supplier, as a country would be.)
    const firm = c.mods.length === 1 && !this.isCountry(c.mods[0]) && this.actor(c.mods[0]) && this.kind(c.mods[0]) !== 'person' ? c.mods : [];
    // ("A facilitated the export of G from K to B": the country the goods left is where they came from, besides the
    // party that arranged their way.)
    const left = light && triggerClasses(light.lemma).includes('arrangeTrade') && roles.from ? this.party(roles.from, s, [], true).ents.filter(this.isCountry) : [];
    const made = src.ents.length ? src : { ents: firm.length ? firm : mods.filter(this.isCountry), from: s.index };
    const origin = { ...made, ents: [...new Set([...made.ents, ...left])] };
    const tgt = this.party(roles.to ?? roles.into ?? lightPassive?.roles.to, s, origin.ents, true);
    const via = this.party(roles.via ?? roles.through, s, [...origin.ents, ...tgt.ents], false);
    const from = Math.min(origin.from, tgt.from);
    // ("the export of radios to B": the goods' destination is on record though their supplier is not named.)
    if (tgt.ents.length) this.lastFlow = { sources: via.ents.length ? via.ents : origin.ents, targets: tgt.ents, vias: via.ents, sent: s.index };
    for (const a of origin.ents) for (const b of tgt.ents) {
      if (via.ents.length) for (const v of via.ents) {
        this.emit('SHIPPED_TO', a, v, s, from, 'supply/nominal+via');
        this.emit('SHIPPED_TO', v, b, s, from, 'supply/nominal+via');
      }
      else this.emit('SHIPPED_TO', a, b, s, from, 'supply/nominal');
    }
  }

  /**
   * "A sold rifles to K despite an EU embargo", "in breach of US sanctions": the measure the trade defies is the named
   * body's against the country the goods went to (not one that names its own target).
   */
  private measureDefied(s: Sentence, list: Chunk[]): void {
    const T = this.T;
    for (const c of list) {
      // (Not a measure that names its own target: "despite EU sanctions on K".)
      if (c.ents.length || !SANCTION_NOUNS.has(c.noun) || /^(?:on|against|targeting)$/.test(T[c.last]?.lower ?? '')) continue;
      const at = c.first - 1;
      // ("shipped G to K, breaching an EU ban", "was defying UN sanctions by supplying K": breaking the measure, set
      // after the trade's clause by a comma or the clause's own verb; not "denied violating", "accused of violating",
      // "fined for breaching".)
      const defied = T[at]?.lower === 'despite' || (T[at]?.lower === 'of' && /^(?:violation|breach)$/.test(T[at - 1]?.lower ?? '')) ||
        (/^(?:breaching|violating|breaking|defying)$/.test(T[at]?.lower ?? '') && /^(?:,|was|were|is|are)$/.test(T[at - 1]?.lower ?? ''));
      if (!defied) continue;
      const bodies = this.bodyOf(c);
      for (const r of this.out) {
        if (r.type !== 'SHIPPED_TO' || r.end !== s.end || !this.isCountry(r.target)) continue;
        // ("UN sanctions on K ... K sent drones to B in breach of the UN measures": the body's measures the
        // text has put on the supplier are the ones broken, not measures on the recipient.)
        const onSupplier = (b: number) => this.out.some((x) => x.type === 'SANCTIONED' && x.source === b && x.target === r.source && x.end < s.end);
        for (const b of bodies) if (!onSupplier(b)) this.emit('SANCTIONED', b, r.target, s, s.index, 'sanction/defied');
      }
    }
  }

  /** Whose role or part a share noun names: "A's role", or "its role" for a firm named before it in the sentence. */
  private sharer(s: Sentence, share: Chunk): Found {
    if (share.poss >= 0) return { ents: [share.poss], from: s.index };
    const its = share.poss === -2 ? this.possessor(s, share, false) : NONE;
    return its.from === s.index ? its : NONE;
  }

  /** Whether chunk `c` describes the name chunk `prev` right before it: "A, a ...", "A is a ...", "A - a ...", '"... A"—a ...'. */
  private describes(prev: Chunk, c: Chunk): boolean {
    const T = this.T;
    const at = c.first - 1;
    if (T[at]?.text === ',' || BE_FORMS.has(T[at]?.lower ?? '')) return prev.last === at;
    // (A phrase with its article: not "— US-sanctioned firms, notably B, also bought them".)
    if (!isDash(T[at]) || !/^(?:a|an|the)$/.test(T[c.first].lower)) return false;
    // (A description of the name ends where a clause would go on: not "— a deal US-sanctioned banks financed".)
    if (T[c.last] && !/^(?:[,.;:)\-–—]|that|which|who|whose|based|with|in)$/.test(T[c.last].lower)) return false;
    return prev.last === at || (prev.last === at - 1 && CLOSE_QUOTES.has(T[at - 1].text));
  }

  /** Whether a phrase joins two posts of a person by "and": "founder and owner", "owner and director". */
  private joinedPosts(c: Chunk): boolean {
    const T = this.T;
    for (let q = c.first + 1; q < c.last - 1; q++) if (T[q].lower === 'and' && PERSON_TITLES.has(T[q - 1].lower) && PERSON_TITLES.has(T[q + 1].lower)) return true;
    return false;
  }

  /** The named subject of the copula at `be` ("A is", "A, already under sanctions, is"), or undefined. */
  private copulaSubject(list: Chunk[], endAt: Map<number, Chunk>, be: number): Chunk | undefined {
    const T = this.T;
    if (!BE_FORMS.has(T[be]?.lower ?? '')) return undefined;
    const before = endAt.get(be);
    if (before?.ents.length) return before;
    const aside = T[be - 1]?.text === ',' ? endAt.get(be - 1) : undefined;
    return aside && !aside.ents.length ? beforeCommaAside(list, list.indexOf(aside), T) : undefined;
  }

  /** "a former unit", "formerly a subsidiary", "its one-time owner": the phrase (or the words just before it) says the tie has ended. */
  private lapsed(s: Sentence, c: Chunk): boolean {
    const T = this.T;
    // (Not "the former" standing for a name: "The former is the owner of B".)
    // ("the former operating unit" keeps its participle in the phrase: a verb of its own, not an -ing form.)
    const pronoun = (q: number) => T[q].lower === 'former' && T[q - 1]?.lower === 'the' && (T[q + 1]?.pos === 'AUX' || (T[q + 1]?.pos === 'VERB' && !/ing$/.test(T[q + 1].lower)));
    const past = (q: number) => (LAPSED.test(T[q].lower) && !pronoun(q)) || (T[q].lower === 'ex' && T[q + 1]?.text === '-' && !T[q].space);
    for (let q = c.first; q < c.last; q++) if (past(q)) return true;
    // The words right before the phrase ("formerly a unit", "was once a unit"), not an earlier clause's.
    for (let q = c.first - 1; q >= s.first && q >= c.first - 3; q--) {
      if (this.g.at[q] >= 0 || T[q].text === ',') return false;
      if (past(q)) return true;
    }
    return false;
  }

  /**
   * Goods of one country in another state's hands: "Russia's Iranian-made drones", "Iranian drones used by Russia",
   * "the Russian army deploys Chinese drones". The goods came from the one to the other, through whoever sold them.
   */
  private goodsInHands(s: Sentence, list: Chunk[], clauses: Clause[]): void {
    // (A headline in title case is too loosely chunked to tell goods from their owner: "Greek Traders Feed Belarus's Army Machine".)
    if (s.titleCase) return;
    const state = (e: number) => this.isCountry(e) || this.kind(e) === 'government';
    const draw = (goods: Chunk | null | undefined, holders: number[]) => {
      if (!goods || goods.ents.length || !knownGoods(goods.noun)) return;
      for (const o of goods.mods.filter(this.isCountry)) for (const b of holders.filter(state)) this.emit('SHIPPED_TO', o, b, s, s.index, 'supply/goods-in-hands');
    };
    for (const c of list) if (c.poss >= 0 && !this.sentenceHedged(s, c.first)) draw(c, [c.poss]);
    for (const cl of clauses) {
      if (!IN_USE.test(cl.lemma) || cl.negated || cl.hedged) continue;
      if (cl.voice === 'active') draw(cl.obj, this.party(cl.subj, s, [], true).ents);
      else draw(cl.subj, this.party(cl.roles.by, s, [], true).ents);
    }
  }

  /**
   * A supplier's share of a buyer's trade: "A accounted for 30% of the goods shipped to B", "A made up a third of
   * the chips imported by B", "A accounted for 89% of B's imports of machine tools".
   */
  private shareOfTrade(s: Sentence, clauses: Clause[]): void {
    const T = this.T;
    const isShare = (c: Chunk) => {
      for (let q = c.first; q < c.last; q++) if (T[q].text === '%' || SHARE_WORDS.test(T[q].lower)) return true;
      return false;
    };
    for (const cl of clauses) {
      if (cl.voice !== 'active' || cl.negated || cl.hedged || !cl.subj) continue;
      // ("A supplies nearly 90% of B's imports of G": a share supplied, too.)
      const share = cl.lemma === 'account' ? cl.roles.for : /^(?:make|represent|constitute)$/.test(cl.lemma) || triggerClasses(cl.lemma).includes('supply') ? cl.obj : undefined;
      const goods = cl.roles.of;
      if (!share || !goods || goods.ents.length || !isShare(share)) continue;
      let buyers: number[] = [];
      // ("B's imports of G", "Russian imports": the event's own buyer.)
      if (ACQUIRE_EVENT_NOUNS.has(goods.noun)) buyers = goods.poss >= 0 ? [goods.poss] : goods.mods.filter(this.isCountry);
      else {
        // ("goods supplied to B", "the chips imported by B": the passive the goods are the subject of.)
        const moved = clauses.find((x) => x.voice === 'passive' && x.subj?.first === goods.first && x.subj.last === goods.last && !x.negated && !x.hedged);
        const classes = moved ? triggerClasses(moved.lemma) : [];
        if (moved && classes.includes('supply')) buyers = this.party(moved.roles.to ?? moved.roles.into, s, [], true).ents;
        else if (moved && classes.includes('acquire')) buyers = this.party(moved.roles.by, s, [], true).ents;
      }
      const suppliers = this.party(cl.subj, s, buyers, true).ents;
      for (const a of suppliers) for (const b of buyers) this.emit('SHIPPED_TO', a, b, s, s.index, 'supply/share-of-trade');
    }
  }

  /** "the A-to-B weapons pipeline", "A-to-B shipments": a route named by a compound of its two ends. */
  private routeCompound(s: Sentence): void {
    const T = this.T, at = this.g.at;
    for (let q = s.first + 1; q + 3 < s.last; q++) {
      if (T[q].text !== '-' || T[q].space || T[q + 1].lower !== 'to' || T[q + 2].text !== '-' || T[q + 2].space || at[q - 1] < 0 || at[q + 3] < 0) continue;
      const b = this.g.mentions[at[q + 3]];
      // (The head within a few words after the second end: "A-to-B arms supply route".)
      let head = b.last;
      while (head < s.last && head < b.last + 3 && !ROUTE_NOUNS.test(T[head].lower) && T[head].pos === 'NOUN') head++;
      if (!ROUTE_NOUNS.test(T[head]?.lower ?? '') || this.sentenceHedged(s, q)) continue;
      this.emit('SHIPPED_TO', this.g.res.entityOf[at[q - 1]], this.g.res.entityOf[at[q + 3]], s, s.index, 'supply/route-compound');
    }
  }

  /** A word of negation or hedging at token q ("not", "may"; not the month May). */
  private hedgeAt(s: Sentence, q: number): boolean {
    return HEDGE_WORDS.test(this.T[q].lower) && !isMonthMay(this.T, q, s.first);
  }

  /** A hedge in a sentence naming targets from token `names` on, up to a relative clause after them. */
  private targetsHedged(s: Sentence, names: number): boolean {
    const T = this.T;
    for (let q = s.first; q < s.last; q++) {
      if (q > names && T[q].text === ',' && /^(?:who|which|whose)$/.test(T[q + 1]?.lower ?? '')) return false;
      if (this.hedgeAt(s, q)) return true;
    }
    return false;
  }

  /** A nominal frame under negation or a hedge ("no evidence of exports to ...", "possible sales to ..."). */
  private sentenceHedged(s: Sentence, before: number): boolean {
    for (let q = Math.max(s.first, before - 8); q < before; q++) if (this.hedgeAt(s, q)) return true;
    return false;
  }

  /**
   * A list item "- A: accused of supplying ...": A is the subject of the item's subjectless clauses, and a target
   * of the sanctions list the text announced just before.
   */
  private item(s: Sentence, startAt: Map<number, Chunk>, clauses: Clause[]): void {
    const T = this.T;
    let k = s.first;
    while (k < s.last && /^[-–—•*]$/.test(T[k].text)) k++;
    let head = startAt.get(k);
    // ("- Two army officers, A and B": a counted description and then its names.)
    const named = head && !head.ents.length && head.count >= 2 && T[head.last]?.text === ',' ? startAt.get(head.last + 1) : undefined;
    if (named?.ents.length && !named.noun) head = named;
    this.goodsItem(s, head);
    // A line that is only a name (and its parenthesis) after an announced list is an item without its bullet.
    const bare = !!this.pending && !clauses.length && !!head && head.ents.length > 0 && s.index === Math.max(this.pending.sent, this.lastItem) + 1 &&
      (head.last >= s.last - 1 || T[head.last]?.text === '(');
    const para = this.paragraphItem(s, head);
    const isItem = s.kind === 'item' || k > s.first || bare || para;
    if (!head || !head.ents.length || !isItem) {
      // (A paragraph item's later sentences keep the list open.)
      const within = this.lastItem >= 0 && this.g.an.sentences[this.lastItem].block === s.block;
      if (this.pending && s.index > this.pending.sent + 1 && !isItem && !within) this.pending = null;
      return;
    }
    // ("A, which holds a mine, and B, a trader.": a paragraph may give two items, each described.)
    const names = (para ? this.pastRelatives(head, s) : head.ents).filter((e) => this.actor(e));
    if (this.pending) for (const b of this.pending.by) for (const a of names) this.emit('SANCTIONED', b, a, s, this.pending.sent, this.pending.rule);
    // ("- A – a Latvian firm which sold G to B": the description after the item's dash is the name's.)
    if (/^[:,–—]$/.test(T[head.last]?.text ?? '') || (T[head.last]?.text === '-' && T[head.last].space)) {
      for (const cl of clauses) {
        if (cl.subj && cl.subj !== head && !cl.subj.ents.length && cl.subj.first === head.last + 1 && TRADER_NOUNS.test(cl.subj.noun)) { cl.subj = head; cl.subjHow = 'relative'; }
      }
    }
    this.lastItem = s.index;
    if (T[head.last]?.text !== ':' && T[head.last]?.text !== ',') return;
    for (const cl of clauses) if (!cl.subj && cl.first > head.last) { cl.subj = head; cl.subjHow = 'relative'; }
  }

  /**
   * "The targets include:" and then paragraphs, not list items, each opening with a name and its description ("A, a
   * firm that ...", "B (OOO B), a ..."): a paragraph right after the announcing sentence's or the last such item's.
   */
  private paragraphItem(s: Sentence, head: Chunk | undefined): boolean {
    if (!this.pending || !head?.ents.length) return false;
    const S = this.g.an.sentences;
    if (S[s.index - 1]?.block === s.block) return false;
    const prev = S[Math.max(this.pending.sent, this.lastItem)];
    if (prev.block !== s.block - 1) return false;
    // (A description after the comma, not the subject of the sentence's own verb: "A, in turn, said ...", "A, a firm in
    // P, denied it" are the story going on.)
    const T = this.T;
    if (!/^[,(:]$/.test(T[head.last]?.text ?? '')) return false;
    let q = head.last + 1;
    while (q < s.last && T[q].text !== ',') q++;
    // (Past the description: the next item after "and", or a verb of the name's own before any relative clause, even
    // past an adverb: "A, the firm's lawyer, strongly rejected it", "A, a spokesman, on Wednesday said ...".)
    if (q >= s.last - 1 || /^(?:and|or)$/.test(T[q + 1].lower)) return true;
    for (let r = q + 1; r < s.last; r++) {
      // (Past a relative clause closed by a comma: "A, a lawyer, who founded B, said ..." acts all the same.)
      if (/^(?:which|who|whose|that)$/.test(T[r].lower)) {
        while (r < s.last && T[r].text !== ',') r++;
        continue;
      }
      if (/^(?:VERB|AUX)$/.test(T[r].pos)) return false;
    }
    return true;
  }

  /** A counted group of sanctions targets ("imposed sanctions on six companies") and the names given for it so far. */
  private countedTargets: { by: number[]; count: number; sent: number; names: { ent: number; sent: number }[]; last: number; oneOf?: boolean; country?: number } | null = null;

  /** How many targets a counted group gives in all: "on the two firms and a Laotian entity" counts three. */
  private countedTotal(c: Chunk): number {
    const T = this.T;
    let total = 0;
    let part = 0;
    for (let q = c.first; q < c.last; q++) {
      if (T[q].lower === 'and') {
        total += part;
        part = 0;
      } else if (!part) part = /^(?:a|an|one)$/.test(T[q].lower) ? 1 : countOf(T[q]);
    }
    return total + part;
  }

  /** The names after "named (the group) as" or "identified as" in sentence s, or none. */
  private namedAs(s: Sentence, startAt: Map<number, Chunk>): number[] {
    const T = this.T;
    for (let q = s.first; q < s.last - 2; q++) {
      if (!/^(?:named|identified)$/.test(T[q].lower)) continue;
      for (let r = q + 1; r < s.last - 1 && r <= q + 6; r++) {
        if (T[r].lower !== 'as') continue;
        const named = startAt.get(r + 1) ?? (T[r + 1]?.lower === 'the' ? startAt.get(r + 2) : undefined);
        return named?.ents.length && !named.noun ? named.ents : [];
      }
    }
    return [];
  }

  /**
   * "imposed sanctions on six companies. According to the ministry, A, B and C have provided G. Three more firms — D, E
   * and F — are accused of ...": the names that open the next sentences, a list each, are the group's members once
   * they add up to its count (and only then).
   */
  private countedTargetsNamed(s: Sentence, startAt: Map<number, Chunk>): void {
    const x = this.countedTargets;
    if (!x || s.index <= x.sent) return;
    // (The first names within three sentences of the measure, each further list in the sentence right after the last;
    // within three again after one member named on its own, which the text may go on to describe.)
    if (s.index - x.last > (x.names.length && !x.oneOf ? 1 : 3)) { this.countedTargets = null; return; }
    const T = this.T;
    const at = openingSkipped(T, s);
    const head = startAt.get(at) ?? chunkAt(this.g, s, at);
    let names: number[] = [];
    // ("One of the companies is A", "The other two companies are C and D": the group's members, one and then the rest.)
    const member = groupMember(T, at, s.last);
    const named = member >= 0 ? startAt.get(member) : undefined;
    if (named?.ents.length && !named.noun && (T[at].lower !== 'one' || named.ents.length === 1)) {
      names = named.ents;
      x.oneOf = T[at].lower === 'one';
    } else if (head && head.ents.length >= 2 && !head.noun) names = head.ents;
    // ("... on a Laotian company. Laos's A has supplied ...": the one target, named by its country.)
    // (Not a firm that only speaks of the measure: "Vietnam's A said it was not the target", "A criticised the move".)
    else if (x.country !== undefined && head && head.ents.length === 1 && !head.noun && (this.kind(head.ents[0]) ?? 'company') === 'company' &&
      this.placeOf(head.ents[0]) === this.g.res.entities[x.country].country && !this.sentClauses.some((cl) => cl.subj === head && REACTING.test(cl.lemma))) names = head.ents;
    // ("Three additional firms — D, E and F — are ...": a counted description and its names between dashes.)
    else if (head && !head.ents.length && head.count >= 2 && TRADER_NOUNS.test(head.noun) && T[head.last] && isDash(T[head.last])) {
      const set = chunkAt(this.g, s, head.last + 1);
      if (set && set.ents.length === head.count && !set.noun && T[set.last] && isDash(T[set.last])) names = set.ents;
    }
    // ("Two China-based entities, A and B, work with ...": the group's count again, its names in apposition.)
    else if (head && !head.ents.length && head.count === x.count && TRADER_NOUNS.test(head.noun) && T[head.last]?.text === ',') {
      // (More names than the group counts end it, below.)
      names = this.pastRelatives(chunkAt(this.g, s, head.last + 1) ?? head, s);
    }
    // ("It named the Laotian firms as A and B", "The Mongolian entity on the list was identified as C": the group, named.)
    let namedAs = false;
    if (!names.length) {
      names = this.namedAs(s, startAt);
      // (At once only where the sentence calls them the group: "named the firms as", not "identified the buyer as".)
      namedAs = names.length > 0 && wordIn(T, s.first, s.last, GROUP_MEMBERS);
    }
    names = names.filter((e) => this.actor(e) && !this.isCountry(e) && !x.names.some((n) => n.ent === e));
    if (!names.length) return;
    x.names.push(...names.map((ent) => ({ ent, sent: s.index })));
    x.last = s.index;
    if (x.names.length > x.count) { this.countedTargets = null; return; }
    // ("One of the companies is A": a member named as one of the group is a target whether or not the rest are named.)
    // (So are members a sentence names as the group or a part of it: "it named the Laotian firms as A and B".)
    if ((member >= 0 && T[at].lower === 'one') || namedAs) this.emitCountedNames(x, names.map((ent) => ({ ent, sent: s.index })));
    if (x.names.length < x.count) return;
    this.emitCountedNames(x, x.names);
    this.countedTargets = null;
  }

  /** The counted group's sanctions on names given for it: quoted with the measure when near, else each on its own. */
  private emitCountedNames(x: NonNullable<Interpreter['countedTargets']>, names: { ent: number; sent: number }[]): void {
    const measure = this.g.an.sentences[x.sent];
    for (const b of x.by) for (const { ent, sent } of names) {
      const where = this.g.an.sentences[sent];
      const near = sent - x.sent <= 2;
      this.emit('SANCTIONED', b, ent, where, near ? x.sent : sent, 'sanction/counted-targets-named');
      if (!near) this.emit('SANCTIONED', b, ent, measure, x.sent, 'sanction/counted-targets-named');
    }
  }

  /**
   * Whether the sentence before s (or s so far) drew a target, by the given rule if one is given: read back from the
   * latest relations only, so a long text costs no more per sentence.
   */
  private targetsBefore(s: Sentence, rule?: string): boolean {
    const prevEnd = this.g.an.sentences[s.index - 1]?.end ?? Infinity;
    for (let i = this.out.length - 1; i >= 0 && this.out[i].end >= prevEnd; i--) {
      if (this.out[i].type === 'SANCTIONED' && (!rule || this.out[i].rule === rule)) return true;
    }
    return false;
  }

  /**
   * Where the phrase opening at k ends, at its verb, when it is a sanctions list ("the list of sanctions in K", "the US
   * blacklist"); -1 otherwise.
   */
  private sanctionsListEnd(k: number, end: number): number {
    let list = false, sanctions = false;
    let q = k;
    for (; q < end && q < k + 10 && !NAMES_VERB.test(this.T[q].lower); q++) {
      // (One group only: not "on the sanctions list and their suppliers are ...".)
      if (this.T[q].lower === 'and') return -1;
      // (The sanctions word on the list itself, "the sanctions list", "the list of sanctions"; not "the list of
      // exemptions from sanctions".)
      if (LIST_NOUNS.has(this.T[q].lower) && (SANCTIONS_LIST_WORDS.has(this.T[q - 1]?.lower ?? '') ||
        (this.T[q + 1]?.lower === 'of' && SANCTIONS_LIST_WORDS.has(this.T[q + 2]?.lower ?? '')))) sanctions = true;
      if (LIST_NOUNS.has(this.T[q].lower)) list = true;
    }
    return list && sanctions ? q : -1;
  }

  /**
   * Whether the phrase opening at k names a list's members as targeted: "sanctioned firms", "firms put under
   * sanctions", "companies subjected to sanctions" (not "its customers", "suppliers to the sanctioned plant").
   */
  private markedMembers(k: number, end: number): boolean {
    const T = this.T;
    let h = k;
    for (; h < end && h < k + 5; h++) {
      if (TARGETED.test(T[h].lower)) return true;
      if (T[h].pos === 'NOUN' && T[h + 1]?.pos !== 'NOUN') break;
    }
    // (A participle on the head and its measure: "firms put under sanctions".)
    if (T[h + 1]?.pos !== 'VERB' || !/(?:ed|put)$/.test(T[h + 1].lower)) return false;
    for (let r = h + 2; r < end && r < h + 6 && !/^[,;:.]$/.test(T[r].text); r++) if (SANCTION_NOUNS.has(T[r].lower) || LIST_NOUNS.has(T[r].lower)) return true;
    return false;
  }

  /**
   * The head of the phrase from k when a measure's or a list's noun heads it ("the latest EU sanctions", "US-imposed
   * sanctions"; not "the report on sanctions"), or -1.
   */
  private measureWithin(k: number, end: number): number {
    const T = this.T;
    let q = k;
    // (A participle after a hyphen stays in the phrase: "US-imposed".)
    while (q < end && q < k + 5 && /^[\p{L}\d-]/u.test(T[q].text) && (!/^(?:ADP|AUX|VERB)$/.test(T[q].pos) || (T[q - 1]?.text === '-' && !T[q - 1].space))) q++;
    const head = T[q - 1]?.lower ?? '';
    return q > k && (SANCTION_NOUNS.has(head) || LIST_NOUNS.has(head)) ? q - 1 : -1;
  }

  /**
   * "The targets include:", "The sanctioned entities are:": a described group of targets whose names come in the list
   * items or paragraphs below, the colon at `at` ending the sentence.
   */
  private listAnnounced(s: Sentence, at: number, by: number[]): void {
    if (by.length && this.T[at]?.text === ':' && at === s.last - 1) this.pending = { by, rule: 'sanction/targets-include+list', sent: s.index };
  }

  /**
   * "The new sanctions by B target A", "the measures imposed by B hit A": the body of the measure's own "by" phrase
   * (the chunker reads a bare verb after it as a verb only after participles of putting a measure in place).
   */
  private measureBy(cl: Clause): number[] {
    const m = cl.subj;
    const by = cl.preRoles.by;
    // (The measure the clause's own subject: not one inside a phrase read as the subject, "Delays caused by sanctions by
    // B hit A", "Firms that lobbied against sanctions by B include A". The role is read only for a subject that is a
    // measure or refers back, see 'sanctioner'.)
    if (!m || !by || this.T[m.first - 1]?.pos === 'ADP') return [];
    return this.bodyOf(by);
  }

  /**
   * "Targeted firms include", "Sanctioned entities are" at token q: a plural group marked as targets with no determiner,
   * right before the names' verb (not "Hackers attacked 30 firms. Targeted firms include ...", "Targeted firms in the
   * campaign include ...").
   */
  private bareTargetedGroup(q: number, sent: number): boolean {
    const next = this.T[q + 1]?.lower ?? '';
    const w = this.T[q]?.lower ?? '';
    if (!/^(?:targeted|sanctioned|designated|blacklisted)$/.test(w) || !/s$/.test(next) || !GROUP_MEMBERS.test(next) || !NAMES_VERB.test(this.T[q + 2]?.lower ?? '')) return false;
    // ("Sanctioned firms include A, B said": words of sanctions alone mark it; "targeted" and "designated" have other
    // senses, so only right after the body's sentence.)
    return /^(?:sanctioned|blacklisted)$/.test(w) || (sent > 0 && this.d.sanctionerSentence() === sent - 1);
  }

  /** "The targets included A", "Among the firms hit by the measures is A", "Among those listed were A". */
  private targets(s: Sentence, list: Chunk[], startAt: Map<number, Chunk>): void {
    const T = this.T;
    // (A body reporting in the sentence speaks for its own targets: "The designations included A, a B statement said.")
    let by = this.closingSpeaker?.sent === s.index ? this.closingSpeaker.ents : this.d.listingSanctioner(s.index);
    if (!by.length && !this.group) return;
    let named: Chunk | undefined;
    // Further lists of the same targets, past the first.
    const more: Chunk[] = [];
    // Where the described group opens: the sentence's start, past an opening phrase ("Under the order, the
    // listed firms include A"), or a reported clause ("told reporters that among the listed firms are A").
    let st = openingSkipped(T, s);
    if (T[st]?.lower !== 'among') for (let q = st + 1; q < s.last - 1; q++) if (T[q].lower === 'among' && T[q - 1].lower === 'that') { st = q; break; }
    // ("Also named was A", "Also listed were B and C": the measure's list goes on, inverted, right after a sentence that
    // named targets; "Also named A, whom it described as ...": the copula left out, before a name.)
    if (T[st]?.lower === 'also' && /^(?:named|listed|included|added)$/.test(T[st + 1]?.lower ?? '') && this.targetsBefore(s)) {
      const after = startAt.get(BE_FORMS.has(T[st + 2]?.lower ?? '') ? st + 3 : st + 2);
      if (after) named = after;
    }
    // ("Added to the list were A and B", "Added in this round were A": the participle of listing put first, its phrase
    // on a list or a measure, the names after the copula.)
    if (T[st]?.lower === 'added') {
      let q = st + 1;
      let marked = false;
      for (; q < s.last && q < st + 8 && !BE_FORMS.has(T[q].lower); q++) if (LIST_NOUNS.has(T[q].lower) || SANCTION_NOUNS.has(T[q].lower)) marked = true;
      if (marked && BE_FORMS.has(T[q]?.lower ?? '')) named = startAt.get(q + 1);
    }
    // ("Also making the Laotian sanctions list was A", "Joining the blacklist are B and C": names reaching the list, put
    // after the copula.)
    const reaching = T[st]?.lower === 'also' ? st + 1 : st;
    if (/^(?:making|joining)$/.test(T[reaching]?.lower ?? '')) {
      let q = reaching + 1;
      let marked = false;
      // (A sanctions list by its words, the list the phrase's head: not "making the list of top exporters", "the case for
      // sanctions", "joining the new entity as its director".)
      for (; q < s.last && q < reaching + 8 && !BE_FORMS.has(T[q].lower); q++) if (/^(?:sanctions|blacklist|sdn|entity)$/.test(T[q].lower)) marked = true;
      if (marked && /^(?:list|blacklist)$/.test(T[q - 1]?.lower ?? '') && BE_FORMS.has(T[q]?.lower ?? '')) named = startAt.get(q + 1);
    }
    // ("One of the listed entities is A": one of the group, named after the copula as after "among".)
    const oneOf = T[st]?.lower === 'one' && T[st + 1]?.lower === 'of';
    // ("Among the targets is A, a maker of optics. Another company is B": one more of a list of targets the sentence
    // before gave.)
    if (T[st]?.lower === 'another' && /^(?:company|firm|entity|target)$/.test(T[st + 1]?.lower ?? '') && BE_FORMS.has(T[st + 2]?.lower ?? '') &&
      this.targetsBefore(s, 'frame:sanction/targets-include')) named = startAt.get(st + 3);
    // ("On the list of firms put under sanctions is A": the list's members after the copula, as after "among", when the
    // "of" phrase marks them.)
    const onList = T[st]?.lower === 'on' && T[st + 1]?.lower === 'the' && LIST_NOUNS.has(T[st + 2]?.lower ?? '') && T[st + 3]?.lower === 'of' &&
      this.markedMembers(st + 4, s.last);
    // ("Targeted firms include A": a marked group with no determiner.)
    const bare = this.bareTargetedGroup(st, s.index);
    if (T[st]?.lower === 'among' || oneOf || onList) {
      let q = st + (oneOf ? 2 : 1);
      let sanctionWord = onList;
      // ("Among the entities added to the list were A": a list a name is added to marks it too.)
      for (; q < s.last && !BE_FORMS.has(T[q].lower); q++) if (TARGETED.test(T[q].lower) || SANCTION_NOUNS.has(T[q].lower) || LIST_NOUNS.has(T[q].lower) ||
        // ("Among the targets is A"; not "the targets of the attack", "its acquisition targets".)
        (TARGET_NOUNS.has(T[q].lower) && T[q - 1]?.lower === 'the' && T[q + 1]?.lower !== 'of')) sanctionWord = true;
      if (sanctionWord) named = startAt.get(q + 1);
    } else if (/^(?:the|this|these|those|other|some)$/.test(T[st]?.lower ?? '') || bare) {
      // "The designated entities include A", "Those sanctioned include B", "The (sanctions) list includes C":
      // a described group of targets as the subject of "include" or "be".
      // ("Targeted firms include A": with no determiner, the mark opens the group.)
      let q = bare ? st : st + 1;
      let marked = false;
      for (; q < s.last && q < st + 10; q++) {
        const w = T[q].lower;
        // ("The companies that were sanctioned include A": the mark in a relative clause on the group.)
        if (!marked && /^(?:that|which|who)$/.test(w) && q > st + 1) {
          let r = q + 1;
          while (r < q + 3 && /^(?:were|was|have|has|had|been|also|later)$/.test(T[r]?.lower ?? '')) r++;
          // (Words of sanctions, or a bare listing word before the verb: not "that were hit by the floods", "that were
          // listed on the exchange", "who were targeted by hackers".)
          const w2 = T[r]?.lower ?? '';
          if (/^(?:sanctioned|designated|blacklisted)$/.test(w2) || (/^(?:listed|named|targeted)$/.test(w2) && NAMES_VERB.test(T[r + 1]?.lower ?? ''))) {
            marked = true;
            q = r;
            continue;
          }
          // ("Some Laotian firms that are currently on K's sanctions list are A and B": a relative clause placing the
          // group on a sanctions list, whose phrase runs to the verb.)
          let on = q + 1;
          while (on < q + 4 && /^(?:are|is|were|was|now|also|currently|already|still)$/.test(T[on]?.lower ?? '')) on++;
          const listEnd = T[on]?.lower === 'on' ? this.sanctionsListEnd(on + 1, s.last) : -1;
          if (listEnd > 0) {
            marked = true;
            q = on;
            // (The list's own body where its phrase names one: "on the Treasury's sanctions list", "on the EU list".)
            const owners = [...this.entitiesIn(on + 1, listEnd)].filter(this.canSanction);
            if (owners.length) by = owners;
          }
          break;
        }
        // ("The Laos-based companies ...": a place joined to its participle.)
        if (w === '-' && !T[q].space && /^(?:based|registered)$/.test(T[q + 1]?.lower ?? '') && this.countryAt(q - 1)) {
          q++;
          continue;
        }
        // ("The entities added include C": added to the list the text just reported.)
        // ("The two banks included in the new measures are A and B": the measure the group is taken into.)
        // ("The firms and person subject to Laos-imposed restrictions include A": subject to a measure.)
        const measure = w === 'subject' && T[q + 1]?.lower === 'to' ? this.measureWithin(q + 2, s.last) : -1;
        if (measure > 0) {
          marked = true;
          q = measure;
        } else if (TARGETED.test(w) || LIST_NOUNS.has(w) || w === 'designations' || (w === 'added' && q > st + 1) ||
          (w === 'included' && q > st + 1 && /^(?:in|under)$/.test(T[q + 1]?.lower ?? '') && this.measureWithin(q + 2, s.last) >= 0)) marked = true;
        // ("The entities and individuals sanctioned": groups joined.)
        else if (w === 'and' && !marked && q > st + 1 && GROUP_MEMBERS.test(T[q + 1]?.lower ?? '')) continue;
        // ("The seven Iranian entities targeted ...": a count and a nationality before the noun.)
        // ("The drone manufacturers sanctioned were A and B": the group's own words before the mark.)
        // ("The sanctioned Chinese firms are ...": a nationality after the mark too.)
        else if (!(/^(?:newly|also|latest|new|sanctions|entities|companies|firms|individuals|parties|persons|people|targets)$/.test(w) || this.countryAt(q) ||
          (!marked && (T[q].pos === 'NUM' || (/^[a-z]+$/.test(T[q].text) && (T[q].pos === 'NOUN' || T[q].pos === 'ADJ') && !SANCTION_NOUNS.has(w)))))) break;
      }
      // ("The firms hit in the latest measures against X are A, B and C": past the phrase on the measure.)
      // ("The list of sanctioned firms was expanded to include A": past what the list is of.)
      if (marked && !NAMES_VERB.test(T[q]?.lower ?? '') && /^(?:in|by|under|on|of)$/.test(T[q]?.lower ?? '')) {
        // (A list "of" what its own phrase does not mark as targeted is any list: "The list of A's suppliers includes
        // B", "the list of suppliers to the sanctioned plant".)
        const targeted = T[q].lower !== 'of' || this.markedMembers(q + 1, s.last);
        for (let r = q + 1; r < s.last && r < q + 10 && !/^[,;:.]$/.test(T[r].text); r++) {
          if (NAMES_VERB.test(T[r].lower)) { if (targeted) q = r; break; }
          // ("The two men listed ― A and B ― are ...": the names set off by dashes.)
          if (isDash(T[r])) {
            const set = chunkAt(this.g, s, r + 1);
            if (set?.ents.length && T[set.last] && isDash(T[set.last])) named = set;
            break;
          }
        }
      }
      if (marked && NAMES_VERB.test(T[q]?.lower ?? '')) {
        let r = T[q + 1]?.lower === 'also' ? q + 2 : q + 1;
        // ("The revised list includes, among others, A": past the aside.)
        if (T[r]?.text === ',' && T[r + 1]?.lower === 'among' && T[r + 2]?.lower === 'others' && T[r + 3]?.text === ',') r += 4;
        if (T[r]?.pos === 'NUM' && T[r + 1]?.text === ':') {
          // ("The sanctioned entities are five: A, which ..., and four firms under it: B, C and D": the list each colon
          // past the count opens.)
          for (let k = r + 1; k < s.last; k++) if (T[k].text === ':' && startAt.get(k + 1)?.ents.length) more.push(startAt.get(k + 1)!);
          named = more.shift();
        } else {
          // ("The nine sanctioned firms are: A, B and C": past a colon.)
          named = startAt.get(T[r]?.text === ':' ? r + 1 : r);
          // ("The sanctioned firms include the following:": the list items below.)
          this.listAnnounced(s, T[r]?.lower === 'the' && T[r + 1]?.lower === 'following' ? r + 2 : r, by);
        }
      }
      // "The entities include A", "The network includes B", "The package lists C": the group a body's sanctions
      // were just said to take, without a word of sanctions of their own.
      const group = this.group;
      // (The noun may have stopped the walk: "The package lists C".)
      const v = GROUP_NOUNS.test(T[q]?.lower ?? '') && q === st + 1 ? q + 1 : q;
      if (!named && !marked && group?.by.length && s.index > group.sent && s.index - group.sent <= 2 && v > st + 1 &&
        GROUP_NOUNS.test(T[v - 1].lower) && GROUP_VERBS.test(T[v]?.lower ?? '')) {
        const r = T[v + 1]?.lower === 'also' ? v + 2 : v + 1;
        named = startAt.get(r);
        if (named) by = group.by;
      }
    }
    // ("it identified the two designated officers to be A and B", "named the sanctioned firms as A and B": a statement
    // naming the group of targets, the names after "as" or "to be".)
    for (let q = st; !named && q < s.last - 3; q++) {
      if (!/^(?:identified|named|listed)$/.test(T[q].lower) || T[q + 1]?.lower !== 'the') continue;
      let r = q + 2;
      let marked = false;
      for (; r < s.last && r < q + 7; r++) {
        // (Words of sanctions only: "the two men targeted as A and B" may be a police story.)
        if (/^(?:sanctioned|designated|blacklisted)$/.test(T[r].lower)) marked = true;
        else if (!(T[r].pos === 'NUM' || GROUP_WORDS.test(T[r].lower) || this.countryAt(r))) break;
      }
      const at = T[r]?.lower === 'as' ? r + 1 : T[r]?.lower === 'to' && T[r + 1]?.lower === 'be' ? r + 2 : -1;
      // ("to be Senior Laotian officers A, B and C": past a title the chunker took for a name, one whose kind the text
      // never gives, to the names its description gives.)
      let given = at > 0 ? startAt.get(at) : undefined;
      if (given?.ents.every((e) => this.kind(e) === null)) given = startAt.get(given.last) ?? given;
      if (marked && given?.ents.length) named = given;
    }
    // "They are A, B and C", "These include A", "We are talking about A and B" (a translated idiom): the members of the
    // group a body's sanctions were just said to take ("imposed sanctions on four companies ...").
    const announced = this.group;
    // (The next sentence, or the one after a sentence that names no other party: "This is reported by The Daily Example Times.")
    if (!named && announced?.by.length && s.index > announced.sent && (s.index - announced.sent === 1 || (s.index - announced.sent === 2 && !this.namesParty(s.index - 1)))) {
      const given = groupGiven(T, st);
      const first = given > 0 ? startAt.get(given) : undefined;
      if (first?.ents.length) {
        named = first;
        by = announced.by;
        // ("We are talking about A, B, C of D and E": the items after a name the list could not take in, up to a
        // reporting tail: "..., the EU's foreign policy chief said".)
        for (let c: Chunk | undefined = first; c && T[c.last]?.text === ','; ) {
          c = startAt.get(c.last + 1);
          if (!c?.ents.length || reportingVerb(T[c.last]?.lower ?? '')) break;
          more.push(c);
        }
      }
    }
    if (!named && T[st]?.lower !== 'among') {
      for (const c of list) {
        if (!TARGET_NOUNS.has(c.noun) || c.ents.length) continue;
        const v = T[c.last];
        if (v && (/^includ(?:e|es|ed)$/.test(v.lower) || BE_FORMS.has(v.lower))) {
          // ("The targets include: A and B": past a colon.)
          named = startAt.get(T[c.last + 1]?.text === ':' ? c.last + 2 : c.last + 1);
          this.listAnnounced(s, c.last + 1, by);
        }
        break;
      }
    }
    // "Among the entities targeted is the export division of A": the unit's company, the one the text names.
    // ("Among them were a subsidiary of A, B and C": an unnamed one of A's firms, not A; the list goes on past A.)
    let unitOf = -1;
    if (named && !named.ents.length && CHILD_NOUNS.has(named.noun) && T[named.last]?.lower === 'of') {
      const indefinite = /^(?:a|an)$/.test(named.det);
      named = startAt.get(named.last + 1);
      if (indefinite) unitOf = named?.ents[0] ?? -1;
    }
    // ("The new targets include officials and big names in the arms trade including A, B and C": the names a description
    // in the list announces, past its own phrase.)
    if (named && !named.ents.length) {
      let q = named.last;
      // ("were three shell companies for the lender: A, B and C": past what they are for, to the colon's list.)
      for (let guard = 0; guard < 2 && /^(?:in|of|from|for)$/.test(T[q]?.lower ?? ''); guard++) q = startAt.get(q + 1)?.last ?? -1;
      if (q > 0 && T[q]?.text === ',') q++;
      // ("Laotian agencies, in particular A and B": as "including".)
      if (q > 0 && T[q]?.lower === 'in' && T[q + 1]?.lower === 'particular') q++;
      let given = q > 0 && /^(?:including|notably|particular)$/.test(T[q]?.lower ?? '') ? startAt.get(q + 1)
        : q > 0 && T[q]?.text === ':' ? startAt.get(q + 1) : undefined;
      // ("The targets include ministers, and big firms of the arms trade including A and B": the names the description's
      // later "including" gives, within the sentence's list.)
      // (Not inside a relative clause about another party: "ministers who met firms including A".)
      for (let r = named.last; !given && r < s.last && r < named.last + 20 && !/^(?:;|who|which|that)$/.test(T[r].lower); r++) if (T[r].lower === 'including') given = startAt.get(r + 1);
      if (given?.ents.length) named = given;
    }
    // ("The sanctioned firms included A, which was previously sanctioned by K, and B": the body on record before the
    // sentence, not one named on an item; "The firms sanctioned by K included A" is K's list.)
    const before = this.priorBody;
    // (On an item, with another item after it: not "The targets include A, B and C, which were sanctioned by K".)
    // (And the list's body stays on record: "Two people were also sanctioned" after it are its targets too.)
    const itemAfter = (k: number) => T.slice(k, s.last).some((t, i) => t.lower === 'and' && T[k + i - 1]?.text === ',' && this.g.at[k + i + 1] >= 0);
    if (named && before?.sent === s.index && before.verb >= named.first && itemAfter(before.verb)) {
      by = before.prior;
      this.d.noteSanctioner(by, s.index);
    }
    // (A hedge withholds the names, but not one in what a relative clause after them says: "The targets include A and its
    // founder B, who said he was not aware of it"; "..., if member states approve it" does.)
    if (named && this.targetsHedged(s, named.first)) return;
    // ("The list includes Governor of K Province and former Deputy Minister of Defence A, head of the B Ministry C and
    // others": people given by their posts, each named after the post and the body it is of.)
    // (The post may be capitalised, "Governor of K Province", which the chunk gives no head noun.)
    const post = !!named && T.slice(named.first, Math.min(named.last, named.first + 4)).some((t) => PERSON_TITLES.has(t.lower));
    if (named && post && !named.ents.some((e) => this.kind(e) === 'person')) {
      const people = this.titledPeople(s, named.first);
      if (people.length) {
        for (const b of by) for (const a of people) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/targets-include');
        return;
      }
    }
    if (!named) return;
    // ("Among the banks listed are A, which ..., and B, which ...": past each item's relative clause.)
    const relative = T[named.last]?.text === ',' && (/^(?:which|who|a|an)$/.test(T[named.last + 1]?.lower ?? '') || (T[named.last + 1]?.lower === 'one' && T[named.last + 2]?.lower === 'of') ||
      describingParticiple(T, named.last + 1));
    // ("include A, a state firm; B, its director; and C, a test range": items set apart by semicolons, each described.)
    if (!more.length && T[named.last]?.text === ',') more.push(...itemsAfterSemicolons(T, s, named, startAt));
    const ents = more.length ? [named, ...more].flatMap((c) => c.ents) : relative ? this.pastRelatives(named, s) : [...named.ents, ...listPastPlaces(T, s, named, startAt)];
    for (const b of by) for (const a of ents.filter((e) => this.actor(e) && !this.isCountry(e) && e !== unitOf)) this.emit('SANCTIONED', b, a, s, s.index, 'sanction/targets-include');
  }

  /**
   * The people of a list of posts from token `from` to the list's end (a relative clause, "according to", a verb or the
   * sentence's end): in each item (split at commas and at "and"), the person named last, after the post and the body
   * it is of.
   */
  private titledPeople(s: Sentence, from: number): number[] {
    const T = this.T;
    const out: number[] = [];
    let last = -1;
    const close = () => {
      if (last >= 0 && !out.includes(last)) out.push(last);
      last = -1;
    };
    for (let q = from; q < s.last; q++) {
      // (The list ends at a clause or a source of its own: "..., A, who met B", "..., according to C".)
      // (A participle is a word of a post: "the managing director", "the newly appointed head".)
      if (/^(?:who|which|whose|that|according)$/.test(T[q].lower) || (this.g.at[q] < 0 && (T[q].pos === 'AUX' || (T[q].pos === 'VERB' && !/(?:ing|ed)$/.test(T[q].lower))))) break;
      if (T[q].text === ',' || T[q].text === ';' || (T[q].lower === 'and' && T[q + 1]?.lower !== 'others')) close();
      const mi = this.g.at[q];
      if (mi < 0) continue;
      const e = this.g.res.entityOf[mi];
      q = this.g.mentions[mi].last - 1;
      // (Not the speaker of a closing attribution: "..., and its chief, A said.")
      if (reportingVerb(T[q + 1]?.lower ?? '')) break;
      if (e >= 0 && this.kind(e) === 'person') last = e;
    }
    close();
    return out;
  }

  /** "Russia's war machine": a country's forces by the idiom for them (the possessor is the country). */
  private warMachine(c: Chunk): boolean {
    return c.noun === 'machine' && this.T[c.last - 2]?.lower === 'war';
  }

  /** `${sentence end}|${entity}` for a company named only as the possessor of a person's post ("A's director"). */
  readonly roleHolders = new Set<string>();
  /** `${sentence end}|${entity}` for each country a sentence names as a phrase of its own, not as a modifier. */
  readonly namedCountries = new Set<string>();
  /** Ends of sentences whose sanctions clause is negated, hedged or not yet in force. */
  readonly unasserted = new Set<number>();
  /** Ends of sentences with a supply clause that is negated or hedged, and with one that is asserted. */
  readonly unassertedFlows = new Set<number>();
  readonly unassertedOwnership = new Set<number>();
  /** `${sentence end}|${entity}` for a company the sentence says was sold whole ("A sold B in 2019"). */
  readonly soldWhole = new Set<string>();
  /** `${sentence end}|${source}|${target}` for a clause whose object is money or paperwork, not goods. */
  readonly nonGoods = new Set<string>();
  /** Ends of sentences with a supply passive that names neither agent nor origin ("the valves were sent to B"). */
  readonly agentless = new Set<number>();
  readonly unnamedSubjects = new Map<number, number[]>();
  /** Ends of sentences whose sale clause sells a company, not goods ("sold its unit B to C"). */
  readonly companiesSold = new Set<number>();
  /** Ends of sentences whose counted description ("Two firms shipped ...") the next sentence names. */
  readonly namedLater = new Set<number>();
  /** Per sentence, a supplier the clause read as sending to itself through a place: the subject was misread. */
  readonly misreadSuppliers = new Set<string>();
  /** `${sentence end}|${entity}` for a source a sentence's closing attribution names ("..., A said."). */
  readonly attributedTo = new Set<string>();
  readonly placesOutsideTrade = new Set<string>();
  readonly assertedFlows = new Set<number>();
  /** `${sentence end}|${entity}` for each body a sentence names as sanctioning ("sanctioned by A", "A and B sanctions"). */
  readonly sanctioning = new Set<string>();

  /** Bodies named before a sanctions noun ("EU and US sanctions", "the Treasury's sanctions") or as its agent. */
  private noteSanctioning(s: Sentence, clauses: Clause[]): void {
    const T = this.T;
    // ("The Commerce Department issued a list of 60 firms": a body's list of firms restricts them.)
    for (const cl of clauses) {
      if (cl.voice !== 'active' || cl.negated || cl.hedged || !/^(?:publish|release|issue|unveil)$/.test(cl.lemma) || !cl.obj || !LIST_NOUNS.has(cl.obj.noun) || T[cl.obj.last]?.lower !== 'of') continue;
      // (The group past its count and nationalities: "of 60 Laotian and Mongolian firms".)
      let group = chunkAt(this.g, s, cl.obj.last + 1);
      while (group && group.ents.every(this.isCountry) && !group.noun && /^(?:and|,)$/.test(T[group.last]?.lower ?? '')) group = chunkAt(this.g, s, group.last + 1);
      const bodies = (cl.subj?.ents ?? []).filter((e) => this.canSanction(e) && !this.isCountry(e));
      if (group && (TRADER_NOUNS.test(group.noun) || PEOPLE_NOUNS.test(group.noun)) && bodies.length) this.publishedList = { bodies, sent: s.index };
    }
    for (let q = s.first; q < s.last; q++) {
      if (!SANCTION_NOUNS.has(T[q].lower) || this.g.at[q] >= 0) continue;
      // "proposed sanctions against A", "a draft package".
      if (NOT_YET.test(T[q - 1]?.lower ?? '') || (T[q - 1]?.pos === 'ADJ' && NOT_YET.test(T[q - 2]?.lower ?? ''))) this.unasserted.add(s.end);
      for (let p = q - 1; p >= s.first && p >= q - 8; p--) {
        const mi = this.g.at[p];
        if (mi >= 0) { this.sanctioning.add(`${s.end}|${this.g.res.entityOf[mi]}`); continue; }
        if (!/^(?:and|,|'s|’s|'|’|new|fresh|latest|additional|western|economic|financial|the|its|their)$/.test(T[p].lower) && T[p].pos !== 'ADJ') break;
      }
    }
    // "considering sanctions on A", "lifted sanctions on A", "removed from the Entity List": no sanction stands.
    for (const cl of clauses) {
      const measure = cl.voice === 'active' ? cl.obj : cl.subj;
      const onMeasure = measure && !measure.ents.length && SANCTION_NOUNS.has(measure.noun);
      const offList = cl.roles.from && LIST_NOUNS.has(cl.roles.from.noun || T[cl.roles.from.last - 1]?.lower || '');
      if ((onMeasure && (cl.hedged || cl.negated || UNDOING.test(cl.lemma))) || (offList && UNDOING.test(cl.lemma))) this.unasserted.add(s.end);
    }
    for (const cl of clauses) {
      // ("X agreed on sanctions against B for its sales of boats": the body agreeing on them.)
      const agreed = /^agree[ds]?$/.test(T[cl.verb].lower) && !!cl.roles.on && SANCTION_NOUNS.has(cl.roles.on.noun);
      if (!agreed && !triggerClasses(cl.lemma).some((c) => c === 'sanction' || c === 'impose' || c === 'list' || c === 'hit')) continue;
      const agent = cl.voice === 'passive' ? cl.roles.by : cl.subj;
      for (const e of agent ? [...agent.ents, ...agent.mods] : []) this.sanctioning.add(`${s.end}|${e}`);
    }
  }

  run(): LocalRelation[] {
    for (const s of this.g.an.sentences) {
      if (this.T[s.last - 1]?.text === '?') continue;
      const chunks = sentenceChunks(this.g, s);
      this.chunksOf = { sent: s.index, endAt: chunks.endAt };
      this.vouch(s, chunks.list);
      this.notePlaces(chunks.list);
      for (const c of chunks.list) for (const e of c.ents) if (this.isCountry(e) && !c.noun) this.namedCountries.add(`${s.end}|${e}`);
      // "sanctioned A's director, B": A is named only as the company of the person sanctioned.
      for (const c of chunks.list) if (c.poss >= 0 && !c.ents.length && PERSON_ROLES.test(c.noun)) this.roleHolders.add(`${s.end}|${c.poss}`);
      const clauses = readClauses(this.g, s, chunks);
      this.sentClauses = clauses;
      this.noteSupplier(s, chunks.list);
      this.item(s, chunks.startAt, clauses);
      this.amongTargetsOpening(s, chunks.startAt, clauses);
      this.nameCounted(s, chunks.startAt);
      this.countedTargetsNamed(s, chunks.startAt);
      this.noteSanctioning(s, clauses);
      // ("Sanctions are imposed on A and B, the State Department said.": a body's attribution after a comma speaks for
      // the measures before it, read before them, where the text has named no sanctioning body yet.)
      const closing = clauses.find((cl) => REPORTING.test(cl.lemma) && cl.voice === 'active' && !!cl.subj && this.T[cl.subj.first - 1]?.text === ',' &&
        this.closesSentence(cl, s));
      // ("..., a Treasury statement said.": the body whose paper it is.)
      const paper = closing?.subj && !closing.subj.ents.length && PAPER_NOUNS.test(closing.subj.noun) ? closing.subj.mods : [];
      const closers = [...(closing?.subj?.ents ?? []), ...paper].filter(this.canSanction);
      // (Where a body is on record, only one acting for it: "The US imposed sanctions ... included A, a Treasury
      // statement said"; where several are, none.)
      const onRecord = this.d.sanctioner();
      if (closers.length && (this.d.noBodyOnRecord() || closers.every((b) => onRecord.some((a) => this.actsFor(a, b))))) this.speaker = this.closingSpeaker = { ents: closers, sent: s.index };
      // The phrase that opens a sentence is what it is about ("A is a distributor. Its customers ...").
      const opening = chunks.startAt.get(s.first);
      // ("A reported today that ...": a source that reports is not what its sentence is about.)
      const reports = !!opening && clauses.some((cl) => cl.subj === opening && REPORTING.test(cl.lemma));
      if (opening && opening.ents.length && !reports) this.d.noteActors(opening.ents.filter((e) => this.actor(e)), s.index);
      // ("A's director declined to comment. The company's customers include B": the company the opening's owner is.)
      else if (opening && opening.poss >= 0 && this.actor(opening.poss) && !this.isCountry(opening.poss) && this.kind(opening.poss) !== 'person') this.d.noteActors([opening.poss], s.index);
      // ("According to radar images provided by A, B's barges ...": whatever the attribution names, up to its comma,
      // is its source, no party to what it reports; "We told the UN about A's transfer of G to B": nor is whom a
      // report is addressed to.)
      for (let q = s.first; q + 1 < s.last; q++) {
        const w = this.T[q].lower;
        if (w === 'according' && this.T[q + 1].lower === 'to') {
          // ("According to Laotian customs data, A shipped G to Laos": a country whose records they are stays a party.)
          for (let r = q + 2; r < s.last && this.T[r].text !== ','; r++) {
            const m = this.g.mentions[this.g.at[r]];
            if (m && m.form !== 'demonym') this.attributedTo.add(`${s.end}|${this.g.res.entityOf[this.g.at[r]]}`);
          }
        } else if (ADDRESSING.test(w)) {
          const to = chunks.startAt.get(q + 1);
          if (to?.ents.length && /^(?:about|of|that)$/.test(this.T[to.last]?.lower ?? '')) for (const e of to.ents) this.attributedTo.add(`${s.end}|${e}`);
        }
      }
      // ("A, who the Treasury said managed a network, shipping chips to B": the reporter inside a relative clause is
      // no party to what it reports; the clause reader takes "said managed" for one verb group.)
      for (const c of chunks.list) {
        // ("A, a Russian firm the Treasury said provides G to B": a zero relative alike.)
        const zero = chunks.endAt.get(c.first);
        const described = !!zero && !zero.ents.length && /^(?:a|an)$/.test(zero.det) && TRADER_NOUNS.test(zero.noun);
        if (c.ents.length && (/^(?:who|whom|which|that)$/.test(this.T[c.first - 1]?.lower ?? '') || described) && REPORTING.test(this.T[c.last]?.lemma.toLowerCase() ?? '')) {
          for (const e of c.ents) this.attributedTo.add(`${s.end}|${e}`);
        }
      }
      for (const cl of clauses) {
        // "extradite A to the USA": where a clause that moves no goods sends someone, that country is no supplier.
        // ("as the tanker sailed off P": nor is the country such a clause takes as its object.)
        if (!triggerClasses(cl.lemma).length) for (const c of [cl.roles.to, cl.voice === 'active' ? cl.obj : null]) for (const e of c?.ents ?? []) if (this.isCountry(e)) this.placesOutsideTrade.add(`${s.end}|${e}`);
        // ("B condemned A's decision to supply G to C": who judges a party's decision is no party to its trade.)
        if (!triggerClasses(cl.lemma).length && cl.voice === 'active' && cl.obj && cl.obj.poss >= 0 && COMMITMENTS.test(cl.obj.noun)) {
          for (const e of cl.subj?.ents ?? []) this.placesOutsideTrade.add(`${s.end}|${e}`);
        }
        // "A sold B last year": a company sold whole is no buyer of goods.
        if (cl.lemma === 'sell' && cl.voice === 'active' && cl.obj?.ents.length && !cl.roles.to && !this.dative(cl, s, []).ents.length) {
          for (const e of cl.obj.ents) this.soldWhole.add(`${s.end}|${e}`);
        }
        // "..., A said.": the attribution closing a sentence names its source, no party to what it reports.
        // ("..., Trade and Transport Minister A said.": past a title of capitalised words joined by "and" before the
        // speaker; "..., the Lunarian sanctions envoy A said on Aug. 14.": a title the subject holds, a time after the verb.)
        // ("..., US Secretary of State A said": the speaker inside the title's "of" phrase.)
        if (REPORTING.test(cl.lemma) && cl.voice === 'active' && cl.subj && (cl.subj.ents.length || cl.preRoles.of?.ents.length) && this.closesSentence(cl, s)) {
          let q = cl.subj.first - 1;
          while (q > s.first && (/^\p{Lu}/u.test(this.T[q].text) || this.T[q].lower === 'and')) q--;
          if (this.T[q]?.text === ',') for (let r = q + 1; r < cl.verb; r++) if (this.g.at[r] >= 0) this.attributedTo.add(`${s.end}|${this.g.res.entityOf[this.g.at[r]]}`);
        }
        // ("A, US officials said, shipped G to B": the reporter of an aside set off by commas, and whose officials they are.)
        if (REPORTING.test(cl.lemma) && cl.voice === 'active' && cl.subj && this.T[cl.subj.first - 1]?.text === ',' && this.T[cl.verb + 1]?.text === ',' && cl.subj.first - 1 > s.first) {
          for (const e of [...cl.subj.ents, ...cl.subj.mods]) this.attributedTo.add(`${s.end}|${e}`);
        }
        // ("The Justice Department charged A with exporting G to B": who charges or tries a trader is no party to its trade.)
        if (ACCUSING.test(cl.lemma) && cl.voice === 'active' && cl.subj && !cl.negated) for (const e of cl.subj.ents) this.attributedTo.add(`${s.end}|${e}`);
        if (REPORTING.test(cl.lemma) && cl.voice === 'active' && cl.subj) {
          const bodies = cl.subj.ents.filter((e) => this.canSanction(e) && !this.isCountry(e));
          if (bodies.length) this.speaker = { ents: bodies, sent: s.index };
          // ("the Justice Department said two officials told him to smuggle G to B": to the older rules, a public body
          // reporting is no party to what it reports; the grammar still reads "the ministry said it had received G".)
          for (const e of bodies) this.attributedTo.add(`${s.end}|${e}`);
        }
        this.clause(cl, s);
        this.arrivalOfPeople(cl, s);
        this.orderToDo(cl, s);
        this.onwardFromWhere(cl, s);
        this.includedMakers(cl, s);
        this.listedAmong(cl, s);
        this.listedBare(cl, s);
        this.countsAmong(cl, s);
        this.makerOfBought(cl, s);
        this.routeOfBought(cl, s);
        this.sanctionsHad(cl, s);
        this.frontUsed(cl, s);
        this.goods.note(cl);
        // ("sent to Belarus some 300 pumps": the object read after the destination.)
        const dest = cl.roles.to ?? cl.roles.into;
        if (cl.voice === 'active' && !cl.obj && dest && transferVerb(cl.lemma)) this.goods.noteChunk(chunkAt(this.g, s, dest.last));
        // "The pumps came from A": the goods' supplier, for the sentences that go on about them.
        if (cl.lemma === 'come' && cl.voice === 'active' && !cl.negated && !cl.hedged && cl.roles.from && cl.subj && !cl.subj.ents.length && this.goods.has(cl.subj.noun)) {
          const from = this.party(cl.roles.from, s, [], false);
          if (from.ents.length) this.lastFlow = { sources: from.ents, targets: [], vias: [], sent: s.index };
        }
        // ("The first two were set up in 2020. Their owner is B": the group the ordinal picked is what "their" means.)
        const ordinal = cl.subj && this.d.ordinal(cl.subj, this.T, s.index);
        if (ordinal) this.d.noteReferredGroup(ordinal, s.index);
        // ("Although A's shipments to B stopped, the firm ...": the owner of a subject is what its clause is about.)
        if (cl.subj && !cl.subj.ents.length && cl.subj.poss >= 0 && this.actor(cl.subj.poss) && !this.isCountry(cl.subj.poss) && this.kind(cl.subj.poss) !== 'person') {
          this.d.noteActors([cl.subj.poss], s.index);
        }
        if (cl.subj && cl.subj.ents.length) {
          if (!(REPORTING.test(cl.lemma) && cl.subj === opening)) this.d.noteActors(cl.subj.ents.filter((e) => this.actor(e)), s.index);
          this.d.noteBody(cl.subj.ents.filter((e) => this.canSanction(e) && !this.isCountry(e)), s.index);
        }
      }
      // (The flow the clauses read, before a noun of supply may take its place: "for onward delivery to C".)
      const clauseFlow = this.lastFlow;
      this.nominal(s, chunks.list, chunks.startAt, chunks.endAt, clauses);
      this.measureDefied(s, chunks.list);
      this.sanctionedHeading(s, chunks.startAt);
      if (this.goodsAnnounced(s)) this.goodsList = { buyers: this.lastFlow!.sources, sent: s.index, last: s.index };
      this.partOf(s, chunks.endAt, chunks.startAt);
      this.coordinatedTie(s);
      this.consignmentRoles(s, chunks.startAt);
      this.rolesAs(s, chunks.startAt);
      this.ownersCompanies(s, chunks.startAt);
      this.ownersOfCopula(s, chunks.startAt);
      this.ownersNamed(s, chunks.list, chunks.startAt);
      this.amongOnList(s, chunks.startAt, chunks.endAt);
      this.onTheList(s, chunks.startAt);
      this.statedDestination(s, chunks.list);
      this.routeCompound(s);
      this.ellipsis(s, chunks.startAt, chunks.endAt, clauses);
      this.onwardFromRecipient(s, clauses, clauseFlow);
      this.goodsInHands(s, chunks.list, clauses);
      this.shareOfTrade(s, clauses);
      this.targets(s, chunks.list, chunks.startAt);
      this.targetsInAddition(s, chunks.startAt);
      this.trueDestination(s, chunks.startAt);
      for (const c of chunks.list) if (c.ents.length) this.d.noteNamed(c.ents, s.index);
      // Named lists and objects join the discourse after the sentence is read.
      for (const c of chunks.list) if (c.ents.length > 1) this.d.noteActors(c.ents.filter((e) => this.actor(e) && !this.isCountry(e)), s.index);
      // ("the activity of A, a leading Italian company, ...": a name the sentence introduces as a firm is what a later
      // "the company" may mean.)
      for (let i = 0; i + 1 < chunks.list.length; i++) {
        const c = chunks.list[i], next = chunks.list[i + 1];
        if (c.ents.length !== 1 || this.T[c.last]?.text !== ',' || next.first !== c.last + 1 || next.ents.length || next.plural || !/^(?:a|an)$/.test(next.det)) continue;
        if (COMPANY_CUES.has(next.noun) && !this.isCountry(c.ents[0]) && this.kind(c.ents[0]) !== 'person' && !this.inParentheses(s, c.first)) this.d.noteActors(c.ents, s.index);
      }
    }
    return this.out;
  }
}

export interface GrammarReading {
  relations: LocalRelation[];
  /** Whether a sentence (by its end offset) names a country as a phrase of its own ("sanctions on Russia"). */
  namesCountry(sentenceEnd: number, ent: number): boolean;
  /** Whether a sentence names the entity as a sanctioning body (its agent, or before "sanctions"). */
  sanctions(sentenceEnd: number, ent: number): boolean;
  /** Whether the sentence's sanctions clause asserts nothing (negated, hedged, a list not yet in force). */
  unasserted(sentenceEnd: number): boolean;
  /** Whether every supply clause of the sentence is negated, hedged or attempted (and it has one). */
  flowUnasserted(sentenceEnd: number): boolean;
  /** Whether the sentence's ownership clause is negated or hedged ("A is not owned by B"). */
  ownershipUnasserted(sentenceEnd: number): boolean;
  /** Whether the sentence names the entity only as the company of a person's post ("A's director, B"). */
  postOf(sentenceEnd: number, ent: number): boolean;
  /** Whether the sentence says the entity itself was sold ("A sold B last year"). */
  soldWhole(sentenceEnd: number, ent: number): boolean;
  /** Whether the sentence's clause between these parties moves money or paperwork, not goods ("received an order from A"). */
  notGoods(sentenceEnd: number, source: number, target: number): boolean;
  /** Whether the sentence has a supply passive naming neither agent nor origin. */
  agentlessPassive(sentenceEnd: number): boolean;
  /** Where the sentence's active supply clauses have a subject that names no one (token positions where each starts). */
  unnamedSubjects(sentenceEnd: number): number[];
  /** Whether the sentence's sale clause sells a company rather than goods. */
  companySold(sentenceEnd: number): boolean;
  /** Whether the parties the sentence describes ("Two firms ...") are named by the next sentence. */
  namedLater(sentenceEnd: number): boolean;
  /**
   * Whether a clause of the sentence that moves no goods names the country as where someone is sent ("extradite A to
   * C") or as its object ("as the ship sailed off C").
   */
  outsideTrade(sentenceEnd: number, ent: number): boolean;
  /** Whether the sentence's closing attribution names the entity as its source ("..., A said."). */
  attributed(sentenceEnd: number, ent: number): boolean;
  /** Whether a supply clause of the sentence read the entity as sending goods to itself through a place. */
  misreadSupplier(sentenceEnd: number, ent: number): boolean;
}

/** The relations the grammar layers read from one article. */
export function readGrammar(an: Analysis, mentions: RawMention[], res: LocalResolution): GrammarReading {
  const it = new Interpreter(grammarInput(an, mentions, res));
  const relations = it.run();
  return {
    relations,
    namesCountry: (end, ent) => it.namedCountries.has(`${end}|${ent}`),
    sanctions: (end, ent) => it.sanctioning.has(`${end}|${ent}`),
    unasserted: (end) => it.unasserted.has(end),
    flowUnasserted: (end) => it.unassertedFlows.has(end) && !it.assertedFlows.has(end),
    ownershipUnasserted: (end) => it.unassertedOwnership.has(end),
    soldWhole: (end, ent) => it.soldWhole.has(`${end}|${ent}`),
    companySold: (end) => it.companiesSold.has(end),
    agentlessPassive: (end) => it.agentless.has(end),
    unnamedSubjects: (end) => it.unnamedSubjects.get(end) ?? [],
    notGoods: (end, a, b) => it.nonGoods.has(`${end}|${a}|${b}`) || it.nonGoods.has(`${end}|*|${b}`) || it.nonGoods.has(`${end}|${a}|*`),
    postOf: (end, ent) => it.roleHolders.has(`${end}|${ent}`),
    namedLater: (end) => it.namedLater.has(end),
    attributed: (end, e) => it.attributedTo.has(`${end}|${e}`),
    outsideTrade: (end, e) => it.placesOutsideTrade.has(`${end}|${e}`),
    misreadSupplier: (end, e) => it.misreadSuppliers.has(`${end}|${e}`),
  };
}
