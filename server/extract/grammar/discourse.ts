/**
 * Grammar layer 4, discourse: what a pronoun or a generic noun refers to across sentences. It keeps the named
 * actors clauses were about ("it", "the firm", "the company", "its"), the last list of several names ("they",
 * "these companies", "both firms"), the body whose sanctions the text is reporting ("the latest sanctions
 * target ...", "Also sanctioned was ..."), and a list announced with a colon and given in the items that follow.
 */
import { CASE_PARTY_NOUNS, MAKER_NOUN } from '../lexicon.js';
import type { Token } from '../sentences.js';
import type { Chunk } from './chunks.js';

/** Generic nouns that stand for an actor already named: "the company", "the firm", "these entities". */
const GENERIC_ACTORS = new RegExp(`^(?:company|companies|firm|firms|entity|entities|business|businesses|supplier|suppliers|distributors?|manufacturers?|${MAKER_NOUN}|producers?|exporters?|importers?|traders?|vendors?|group|network|bank|enterprise|organisation|organization|plant|factory|shipper)$`);
const BODY_NOUNS = /^(?:department|ministry|agency|treasury|administration|government|office|bureau|commission|council|union|bloc)$/;
const ANAPHORIC_DETS = new Set(['the', 'this', 'these', 'those', 'both', 'such', 'said']);
/** How many sentences back a pronoun or "the firm" may reach. */
const REACH = 2;
/**
 * Nouns for a person the text has named: "the suspect", "the businessman", "the defendant". A story about a case
 * keeps calling its one person so for several sentences, so they reach further back than a pronoun.
 */
const PERSON_NOUNS = /^(?:suspect|businessman|businesswoman|man|woman|defendant|accused|entrepreneur)$/;
const PERSON_REACH = 4;
/** Collective nouns for a group of companies: "the network", "the ring", "the scheme". */
const COLLECTIVES = /^(?:network|ring|scheme|syndicate)$/;

/** Ordinal words that pick from a list: "the first two", "the third" ("the former" and "the latter" of a pair). */
const ORDINALS = new Map([['first', 0], ['second', 1], ['third', 2], ['fourth', 3], ['fifth', 4]]);
/** How many sentences back an ordinal ("the third") may reach into the last list. */
const ORDINAL_REACH = 4;

export class Discourse {
  /**
   * `officers`: the people the text names as those who bring or try a case ("US Attorney A"). `within(a, b)`: body b
   * acts for country a (the US and its Treasury), so a text naming both with sanctions names one actor. `genderOf`: the
   * gender a person's given name has, where it has one.
   */
  constructor(
    private readonly officers: ReadonlySet<number> = new Set(),
    private readonly within: (country: number, body: number) => boolean = () => false,
    private readonly genderOf: (person: number) => 'male' | 'female' | null = () => null,
  ) {}
  private actors: { ent: number; sent: number }[] = [];
  private list: { ents: number[]; sent: number } | null = null;
  /** The last list a clause or phrase named outright: what "the first two" and "the third" count in. */
  private namedList: { ents: number[]; sent: number } | null = null;
  private sanctioners: { ents: number[]; sent: number } | null = null;
  /** The last government body or organisation a clause was about ("the Treasury said it imposed ..."). */
  private bodies: { ents: number[]; sent: number } | null = null;

  noteBody(ents: number[], sent: number): void {
    if (ents.length) this.bodies = { ents: [...ents], sent };
  }

  /** "it", "the department", "the agency" as the subject of a sanctions clause: the body named last. */
  body(c: Chunk, sent: number): number[] {
    if (!this.bodies || sent - this.bodies.sent > REACH) return [];
    if (c.pronoun === 'it' || (ANAPHORIC_DETS.has(c.det) && BODY_NOUNS.test(c.noun) && !c.mods.length)) return this.bodies.ents;
    return [];
  }

  /** The body named last within reach: the owner of "its sanctions package". */
  lastBody(sent: number): number[] {
    return this.bodies && sent - this.bodies.sent <= REACH ? this.bodies.ents : [];
  }

  /** Every name in the order the text gives them, subject or not: descriptions ("the Kyrgyz company") reach them. */
  private named: { ent: number; sent: number }[] = [];
  noteNamed(ents: number[], sent: number): void {
    for (const ent of ents) {
      this.named = this.named.filter((a) => a.ent !== ent);
      this.named.push({ ent, sent });
    }
    if (this.named.length > 24) this.named.splice(0, this.named.length - 24);
  }

  /** Named actors a clause was about (subjects first): later pronouns may refer to them. */
  noteActors(ents: number[], sent: number): void {
    for (const ent of ents) {
      this.actors = this.actors.filter((a) => a.ent !== ent);
      this.actors.push({ ent, sent });
    }
    if (this.actors.length > 12) this.actors.splice(0, this.actors.length - 12);
    if (ents.length > 1) this.list = this.namedList = { ents: [...ents], sent };
  }

  /** A group the text referred to without naming ("The first two were founded ..."): "their" then means it. */
  noteReferredGroup(ents: number[], sent: number): void {
    if (ents.length > 1) this.list = { ents: [...ents], sent };
  }

  /**
   * "the first two", "the third", "the last one": members of the last list named outright, by position;
   * null when the phrase is no such reference.
   */
  ordinal(c: Chunk, T: readonly Token[], sent: number): number[] | null {
    const span = c.last - c.first;
    if (c.ents.length || c.det !== 'the' || span < 2 || span > 4) return null;
    const list = this.namedList;
    if (!list || sent - list.sent > ORDINAL_REACH) return null;
    if (span > 2 && !/^(?:one|ones|two|three|four|company|companies|firm|firms|entity|entities)$/.test(T[c.last - 1].lower)) return null;
    const n = list.ents.length;
    const w = T[c.first + 1].lower;
    // ("A and B used two firms. The former owned C": of a pair named in this sentence or the last, the first or the
    // second; of a longer list, or one named further back, which is meant is too often unclear.)
    if (span === 2 && (w === 'former' || w === 'latter')) return n === 2 && sent - list.sent <= 1 ? [list.ents[w === 'former' ? 0 : 1]] : null;
    const count = span > 2 ? ({ two: 2, three: 3, four: 4 } as Record<string, number>)[T[c.first + 2].lower] ?? 1 : 1;
    if (w === 'last') return count < n ? list.ents.slice(n - count) : null;
    const at = ORDINALS.get(w);
    if (at === undefined) return null;
    // ("the first two": a count after "first" takes that many from the start.)
    if (w === 'first' && count > 1) return count < n ? list.ents.slice(0, count) : null;
    return at < n && count === 1 ? [list.ents[at]] : null;
  }

  /**
   * `aside`: an action reported beside the main one ("Concurrently, B is designating ..."), which keeps the body on
   * record; 'listing' when the action names a group whose members a list sentence may give next.
   */
  noteSanctioner(ents: number[], sent: number, aside: 'no' | 'listing' | 'quiet' = 'no'): void {
    if (!ents.length) return;
    if (aside !== 'no' && this.sanctioners) {
      // ("Further sanctions come from B" announces no group for a list to give.)
      if (aside === 'listing') this.aside = { ents: [...ents], sent };
    } else {
      this.sanctioners = { ents: [...ents], sent };
      this.aside = null;
    }
  }

  /** The sentence where the body of the sanctions the text is about acted last, or -1. */
  sanctionerSentence(): number {
    return this.sanctioners?.sent ?? -1;
  }

  /** The body of the sanctions the text is about, when it acted within reach of sentence `sent` ("The list includes A"). */
  recentSanctioner(sent: number): number[] {
    return this.sanctioners && sent - this.sanctioners.sent <= REACH + 1 ? this.sanctioners.ents : [];
  }

  /** The body of an action reported beside the main one, for the sentences that list its targets right after it. */
  private aside: { ents: number[]; sent: number } | null = null;

  /**
   * The body whose targets a list sentence gives ("Among those designated were A"): the one that acted last, within
   * reach, even beside the main one ("Separately, the UK imposed sanctions on several suppliers. Among those ...").
   */
  listingSanctioner(sent: number): number[] {
    if (this.aside && sent - this.aside.sent <= REACH) return this.aside.ents;
    return this.sanctioner();
  }

  /** Bodies the text has named with a measure of theirs ("US sanctions", "EU and UK sanctions"). */
  private measureBodies = new Set<number>();
  /** The bodies of the measure the text named last with its body, and where. */
  private lastMeasure: { ents: number[]; sent: number } | null = null;
  noteMeasureBodies(ents: number[], sent?: number): void {
    for (const e of ents) this.measureBodies.add(e);
    if (ents.length && sent !== undefined) this.lastMeasure = { ents: [...ents], sent };
  }

  /**
   * "UN sanctions were restored. The sanctions put back on K ...": the body of the measure named with its body
   * in this sentence or the one before, which "the sanctions" takes up.
   */
  recentMeasureBodies(sent: number): { ents: number[]; sent: number } | null {
    return this.lastMeasure && sent - this.lastMeasure.sent <= 1 ? this.lastMeasure : null;
  }

  /**
   * The body whose sanctions the text is about, when one has been named; else the one body the text has named with
   * sanctions at all ("US sanctions have cut Russia off ... A was sanctioned in 2023"), never one of several.
   */
  sanctioner(): number[] {
    if (this.sanctioners) return this.sanctioners.ents;
    // ("US imposes sanctions on K. The Treasury's office announced a round of sanctions on K": the office acts for
    // the US, so the measures have one body, the office.)
    const all = [...this.measureBodies];
    const narrowest = all.filter((a) => !all.some((b) => b !== a && this.within(a, b)));
    return narrowest.length === 1 ? narrowest : [];
  }

  /** Whether the text has named no body with sanctions yet, neither as their actor nor with a measure of its own. */
  noBodyOnRecord(): boolean {
    return !this.sanctioners && this.measureBodies.size === 0;
  }

  /** The most recent actor within reach that satisfies `ok` ("the Kyrgyz company": the last company from there). */
  recent(sent: number, ok: (e: number) => boolean, exclude: number[]): number {
    for (let i = this.named.length - 1; i >= 0; i--) {
      const a = this.named[i];
      if (sent - a.sent > REACH + 1) break;
      if (!exclude.includes(a.ent) && ok(a.ent)) return a.ent;
    }
    return -1;
  }

  /** Does this chunk refer back rather than name ("it", "the firm", "these companies", "its")? */
  static anaphoric(c: Chunk, T: readonly Token[]): boolean {
    if (c.ents.length) return false;
    if (c.pronoun) return true;
    // "the Almaty firm", "the Turkish company" describe an entity of their own: only a bare "the firm" refers back.
    if (!ANAPHORIC_DETS.has(c.det) || !(GENERIC_ACTORS.test(c.noun) || Discourse.personNoun(c)) || c.mods.length) return false;
    // ("the truck-maker": a hyphen joins a compound and adds no word.)
    return c.last - c.first <= 3 || c.last - c.first - T.slice(c.first, c.last).filter((t) => t.text === '-').length <= 3;
  }

  /** "the suspect", "this businessman": a singular noun for a person named before. */
  private static personNoun(c: Chunk): boolean {
    return !c.plural && /^(?:the|this)$/.test(c.det) && PERSON_NOUNS.test(c.noun);
  }

  /**
   * The entities an anaphoric chunk refers to: a plural one to the last list, a singular one to the most recent
   * actor. `exclude` are the clause's other arguments (a clause is not about the same entity twice).
   */
  resolve(c: Chunk, sent: number, exclude: number[], kindOf: (e: number) => string | null, countries = false): number[] {
    const plural = c.plural || c.pronoun === 'they' || c.pronoun === 'them' || c.pronoun === 'both' || c.det === 'these' || c.det === 'both';
    if (plural) {
      // "Both companies", "the two firms": the two companies the last sentence naming any named, list or not
      // ("A is part of B. Both firms ...").
      // ("the three firms": as many as the count says.)
      if (c.det === 'both' || c.pronoun === 'both' || c.count >= 2) {
        const last = this.named[this.named.length - 1];
        if (last && sent - last.sent <= REACH) {
          const firmsOf = (at: number) => this.named.filter((a) => a.sent === at && !exclude.includes(a.ent) && (kindOf(a.ent) ?? 'company') === 'company').map((a) => a.ent);
          const pair = firmsOf(last.sent);
          if (pair.length === (c.count || 2)) return pair;
          // ("Added were A. Also listed was B. Both companies ...": one firm each in the last two sentences that name any,
          // when the count is two.)
          const before = this.named.filter((a) => a.sent < last.sent).pop();
          // (Names known as companies only: a capitalised word the sentence opens with may be a name of nothing.)
          const other = before && sent - before.sent <= REACH ? firmsOf(before.sent) : [];
          // (And no third company named within reach: "A shipped G. B shipped H. C declined to comment. Both ..." is not B and C.)
          const near = new Set(this.named.filter((a) => sent - a.sent <= REACH + 1 && (kindOf(a.ent) ?? 'company') === 'company' && !exclude.includes(a.ent)).map((a) => a.ent));
          const known = [...other, ...pair].every((e) => kindOf(e) === 'company') && near.size === 2;
          if ((c.count || 2) === 2 && pair.length === 1 && other.length === 1 && known) return [other[0], pair[0]];
        }
      }
      if (!this.list || sent - this.list.sent > REACH) return [];
      // "The US and the UK sanctioned firms in China ... the companies had shipped": a noun for traders refers to a
      // list of companies, never to one of countries or governments.
      let ents = this.list.ents.filter((e) => !exclude.includes(e));
      // ("A, B and A's director, C ... the entities were involved": a list of firms and their people gives the firms.)
      const firm = (e: number) => (kindOf(e) ?? 'company') === 'company';
      if (c.noun && !c.pronoun) {
        if (!ents.every((e) => firm(e) || kindOf(e) === 'person')) return [];
        ents = ents.filter(firm);
      }
      // ("both", "the two": as many as counted, or none.)
      const counted = c.det === 'both' || c.pronoun === 'both' ? 2 : c.count >= 2 ? c.count : 0;
      if (counted && ents.length !== counted) return [];
      return ents;
    }
    // "The designated entities are A, B and C. The network procured ...": a network is the companies last listed.
    if (!c.pronoun && COLLECTIVES.test(c.noun) && this.list && sent - this.list.sent <= REACH) {
      const ents = this.list.ents.filter((e) => !exclude.includes(e));
      if (ents.length >= 2 && ents.every((e) => (kindOf(e) ?? 'company') === 'company' || kindOf(e) === 'person')) return ents;
    }
    // "A is a broker from Tula. In 2022 he was charged ...": the one person the last sentences name, and only when
    // they name no other.
    // ("The man, identified as A, was detained. ... The suspect is alleged to have shipped G": a noun for a person
    // alike, further back.)
    const personNoun = Discourse.personNoun(c);
    if (c.pronoun === 'he' || c.pronoun === 'she' || c.pronoun === 'him' || c.pronoun === 'her' || personNoun) {
      const reach = personNoun ? PERSON_REACH : REACH;
      // ("US Attorney A said ... The defendant shipped G": not the prosecutor.)
      const officer = (e: number) => personNoun && CASE_PARTY_NOUNS.test(c.noun) && this.officers.has(e);
      const people = new Set(this.named.filter((a) => sent - a.sent <= reach && kindOf(a.ent) === 'person' && !officer(a.ent)).map((a) => a.ent));
      if (people.size === 1) return [...people].filter((e) => !exclude.includes(e));
      // ("A and B were sanctioned. A became a target in March. She keeps ...": of several, the one person the sentence
      // before was about, its only person acting; not one whose given name is of the other gender, nor an officer of
      // the case.)
      const before = new Set(this.actors.filter((a) => a.sent === sent - 1 && kindOf(a.ent) === 'person').map((a) => a.ent));
      const gender = c.pronoun === 'she' || c.pronoun === 'her' ? 'female' : 'male';
      const agrees = (e: number) => (this.genderOf(e) ?? gender) === gender && !this.officers.has(e);
      return c.pronoun && before.size === 1 ? [...before].filter((e) => agrees(e) && !exclude.includes(e)) : [];
    }
    for (let i = this.actors.length - 1; i >= 0; i--) {
      const a = this.actors[i];
      if (sent - a.sent > REACH) break;
      const k = kindOf(a.ent);
      // "it", "the firm": a company (or an unclassified name), never a person, a country or a government body.
      // ("Kazakhstan is a trade hub. Its exports to Russia ...": a country may own exports.)
      if (exclude.includes(a.ent) || (k !== null && k !== 'company' && !(countries && k === 'country'))) continue;
      return [a.ent];
    }
    // ("OFAC designated A on Monday. It described the company as ...": with no actor to refer to, "the company" is
    // the one company the last sentences name, in whatever role.)
    if (!c.pronoun && c.det === 'the' && c.noun) {
      const firms = new Set(this.named.filter((a) => sent - a.sent <= REACH && a.sent < sent && kindOf(a.ent) === 'company' && !exclude.includes(a.ent)).map((a) => a.ent));
      if (firms.size === 1) return [...firms];
    }
    return [];
  }
}
