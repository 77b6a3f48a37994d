/**
 * Grammar: is a noun phrase goods? Articles name far more goods than any list holds ("pumps", "valves", "thermal
 * cameras"), so goods-ness is read from the construction: what a transfer verb moves (the object of "A shipped
 * ...", the subject of "... were delivered to B", the "with" phrase of "supplied B with ...") is goods when its head
 * is a common noun of no class that never moves as merchandise (money and paperwork, people and roles, organisations,
 * measures, time, sanctions). The known goods list still decides where no construction does, and a later sentence
 * that names goods again ("the pumps were ...") finds them among the heads an earlier transfer moved.
 */
import type { Token } from '../sentences.js';
import { ACTOR_NOUNS, ARMS, GOODS_NOUNS as LEXICON_GOODS, MEASURE_NOUNS, PERSON_TITLES } from '../lexicon.js';
import type { Chunk } from './chunks.js';
import type { Clause } from './clauses.js';
import { ASSET_NOUNS, CHILD_NOUNS, GOODS_NOUNS, OWNER_NOUNS, SANCTION_NOUNS, STAKE_NOUNS, TRADER_NOUNS, triggerClasses } from './frames.js';

/** Money and paperwork: "received an order from A", "a payment from B" go the other way, or nowhere; never goods. */
export const MONEY_OR_PAPERWORK = /^(?:orders?|payments?|contracts?|money|cash|funding|funds|loans?|investments?|grants?|subsid(?:y|ies)|awards?|licen[cs]es?|permits?|permission|approval|requests?|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|quotes?|quotations?|complaints?|citizenship|nationality|passports?|residency|visas?|asylum|letters?|e-?mails?|messages?|memos?|warnings?|invitations?|support|backing|tenders?|stake|stakes|shares|dividends?|revenue|profits?|credit|financing|invoices?|bills?|documents?|documentation|paperwork|certificates?|agreements?|deals?|bribes?|fees?|taxes|tariffs?|reports?|data|information|intelligence|evidence|statements?|notices?|protests?|condolences|congratulations|summons|apolog(?:y|ies)|assurances?|photos?|photographs?|pictures?|videos?|footage|recordings?|penalt(?:y|ies)|sentences?)$/;
/** People and their roles: "sent officials to B", "the engineers were sent to B". */
const PERSON_NOUNS = /^(?:people|persons?|officials?|officers?|employees?|staff|workers?|engineers?|technicians?|specialists?|experts?|advisers?|advisors?|instructors?|soldiers?|troops|personnel|crews?|delegations?|delegates?|representatives?|envoys?|diplomats?|students?|volunteers?|mercenaries|fighters?|men|women|children|citizens?|nationals?|members?|agents?)$/;
/** Measures, amounts and time: "shipped twice the volume", "delivered last year". */
const MEASURE_OR_TIME = /^(?:amounts?|quantit(?:y|ies)|numbers?|volumes?|values?|worth|percent|cent|tons?|tonnes?|dollars?|euros?|roubles?|rubles?|yuan|million|millions|billion|billions|thousands?|hundreds?|dozens?|times?|years?|months?|weeks?|days?|hours?|periods?|dates?|half|majority|rest|total|share|lots?|kinds?|types?|sorts?|variety|range)$/;
/** Places and abstractions that a transfer verb takes without moving them: "sent a signal", "shipped to the region". */
const ABSTRACT_NOUNS = /^(?:information|data|details|reports?|statements?|advice|guidance|assistance|help|training|services?|notices?|proposals?|offers?|bids?|prices?|costs?|signals?|messages?|ways?|means|routes?|channels?|networks?|schemes?|operations?|activit(?:y|ies)|business|trade|market|markets|region|regions|country|countries|territory|border|borders|world|capacity|know-how|expertise|intelligence|pressure|threats?|risks?|evidence|list|lists)$/;

/** Help and services, which "provide" and "render" give without goods: "provided logistics services to B". */
const HELP_NOUNS = /^(?:services?|advice|guidance|assistance|help|training|consulting|consultancy|expertise|know-how|insights?)$/;

/**
 * Whether a transfer verb's object is help or a service and nothing else: "logistics services", not "spare parts and
 * maintenance services".
 */
export function helpOnly(c: Chunk, T: readonly Token[]): boolean {
  if (!HELP_NOUNS.test(c.noun)) return false;
  // ("legal and technical insights": adjectives joined before the head are still the one kind of help.)
  for (let q = c.first; q < c.last; q++) if (/^(?:and|or|,|&)$/.test(T[q].lower) && T[q + 1]?.pos !== 'ADJ') return false;
  return true;
}

/** Money, paperwork and help, which a transfer verb moves without moving goods: "provided B with intelligence". */
export function immaterial(noun: string): boolean {
  return MONEY_OR_PAPERWORK.test(noun) || ABSTRACT_NOUNS.test(noun);
}

/** People a transfer verb moves: "sent 10,000 troops to B" (not "fighters", which may be aircraft). */
export function people(noun: string): boolean {
  return PERSON_NOUNS.test(noun) && !/^fighters?$/.test(noun);
}

/** A head noun that never moves as merchandise. */
export function notGoods(noun: string): boolean {
  const singular = noun.endsWith('s') ? noun.slice(0, -1) : noun;
  return MONEY_OR_PAPERWORK.test(noun) || PERSON_NOUNS.test(noun) || MEASURE_OR_TIME.test(noun) || MEASURE_NOUNS.has(noun) || ABSTRACT_NOUNS.test(noun)
    || PERSON_TITLES.has(noun) || PERSON_TITLES.has(singular) || ACTOR_NOUNS.has(noun) || TRADER_NOUNS.test(noun)
    || SANCTION_NOUNS.has(noun) || ASSET_NOUNS.has(noun) || STAKE_NOUNS.has(noun) || CHILD_NOUNS.has(noun) || OWNER_NOUNS.has(noun);
}

/** Goods by the word alone: the known goods lists (the grammar's and the mention layer's). */
export function knownGoods(noun: string): boolean {
  return GOODS_NOUNS.has(noun) || LEXICON_GOODS.has(noun);
}

/**
 * Goods by the construction: a phrase that names no entity and is headed by a common noun of no excluded class
 * ("the pumps", "thermal cameras"; not "a payment", "officials", "the contract", "A Ltd").
 */
export function goodsHead(c: Chunk | null | undefined, T: readonly Token[]): boolean {
  if (!c || c.ents.length || c.pronoun || !c.noun) return false;
  if (knownGoods(c.noun)) return true;
  const head = T[c.last - 1];
  return !!head && head.lower === c.noun && head.pos === 'NOUN' && /^[a-z][a-z-]+$/.test(c.noun) && !notGoods(c.noun);
}

/** A verb that moves goods from one party to another: "ship", "supply", "export", "sell", "buy", "receive". */
export function transferVerb(lemma: string): boolean {
  const classes = triggerClasses(lemma);
  return classes.includes('supply') || classes.includes('acquire');
}

/**
 * What a transfer clause moves, if it is goods: the object of an active verb ("A shipped pumps to B"), else its
 * "with" phrase ("A supplied B with valves"), the subject of a passive one ("the lathes were delivered to B").
 */
export function movedGoods(cl: Clause, T: readonly Token[]): Chunk | null {
  if (!transferVerb(cl.lemma)) return null;
  const moved = cl.voice === 'passive' ? [cl.subj] : [cl.obj, cl.roles.with];
  return moved.find((c) => goodsHead(c, T)) ?? null;
}

/** The goods a text has named so far: the known list and every head a transfer clause has moved. */
export class GoodsSeen {
  private heads = new Set<string>();
  constructor(private T: readonly Token[]) {}

  /** Remember what a transfer clause moves. */
  note(cl: Clause): void {
    this.noteChunk(movedGoods(cl, this.T));
  }

  /** Remember a phrase some other construction names as goods ("exports of pumps"), if its head may be goods. */
  noteChunk(c: Chunk | null | undefined): void {
    if (c && goodsHead(c, this.T)) this.heads.add(c.noun);
  }

  /** "the pumps" named again: goods when the word is known goods or an earlier transfer moved the same head. */
  has(noun: string): boolean {
    return knownGoods(noun) || this.heads.has(noun);
  }
}

/** What goods turn up in: arms, or "in the Russian army's weapons systems", "in Russian military equipment". */
export function weaponNoun(w: string): boolean {
  return ARMS.test(w) || /^(?:vehicles?|systems?|equipment|hardware)$/.test(w);
}
