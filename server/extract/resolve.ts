/**
 * Stage 4, resolution: mentions that name the same real-world entity become one entity, first within an article
 * and then across all articles of a batch. Countries resolve by ISO code (names, demonyms and capitals alike),
 * government bodies by country + canonical body ("China's Foreign Ministry" = "Chinese Foreign Ministry"), other
 * names by their normalised key, by acronyms defined in parentheses, by a shorter form that is a distinctive part
 * of a longer one ("Orsk" / "IEMZ Orsk", "Edrive" / "eDrive Technolog") and by surnames of people.
 */
import { BoundedCache } from './bounded-cache.js';
import { nameKey, slug } from '../domain/names.js';
import type { Entity, EntityKind } from '../domain/types.js';
import { isCity } from './cities.js';
import { countryByCode, matchPlace } from './countries.js';
import { COMPANY_WORDS, CORPORATE_SUFFIXES, GOODS_NOUNS } from './lexicon.js';
import type { Cue, RawMention } from './mentions.js';

/** An entity as seen in one article. */
export interface LocalEntity {
  key: string;
  kind: EntityKind | null;
  /** Surface form -> number of mentions. */
  surfaces: Map<string, number>;
  country?: string;
  mentions: number[];
  cues: Map<Cue, number>;
  /** Countries: named outright somewhere, or through a demonym giving an actor's nationality ("a Kyrgyz company"). */
  explicit: boolean;
  /** Mentions at the start of a sentence only: a capital there proves little. */
  initialOnly: boolean;
  /** Countries named inside a body's name ("... of Ukraine") count as named. */
  namedIn: Set<string>;
  /** Named only as a state's forces through a demonym ("the Russian military"): kept only where a relation needs it. */
  standIn?: boolean;
}

/** What batch resolution reads of an article's entity (its kind final: never null there). */
export type BatchEntity = Pick<LocalEntity, 'key' | 'kind' | 'surfaces' | 'country'> & {
  /** Other names of a government body the text does not use ("Department of the Treasury" for "the Treasury"): aliases only. */
  also?: string[];
};

export interface LocalResolution {
  entities: LocalEntity[];
  /** Mention index -> entity index. */
  entityOf: Int32Array;
}

class UnionFind {
  parent: number[];
  /** Per root: where its members occur; two names seen side by side in one place are two entities. */
  seen: Set<number>[] | null = null;
  constructor(n: number, seen?: Set<number>[]) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    if (seen) this.seen = seen.map((x) => new Set(x));
  }
  /** Whether a and b were seen in the same place (sentence or article) as separate names. */
  clash(a: number, b: number): boolean {
    if (!this.seen) return false;
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const [x, y] = this.seen[ra].size < this.seen[rb].size ? [this.seen[ra], this.seen[rb]] : [this.seen[rb], this.seen[ra]];
    for (const v of x) if (y.has(v)) return true;
    return false;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[hi] = lo;
    if (this.seen) for (const v of this.seen[hi]) this.seen[lo].add(v);
  }
}

const stripName = (s: string) => s.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
const ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,4})$/;
const INITIAL_STOP = new Set(['of', 'for', 'the', 'a', 'an', 'and', 'on', 'in', 'de']);

function mentionKey(m: RawMention): string {
  if (m.kind === 'country') return 'C:' + m.country;
  if (m.kind === 'government' && m.body) return `G:${m.country ?? ''}:${m.body}`;
  if (m.kind === 'product') return 'P:' + nameKey(m.surface);
  return 'N:' + nameKey(stripName(m.surface));
}

const initialsCache = new BoundedCache<string>(100000);
/** Initials of a name's significant words, hyphenated parts counted: "Ka-Veng Innovations" -> "KVI". */
function initials(name: string): string {
  return initialsCache.get(name, name, computeInitials);
}
function computeInitials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !INITIAL_STOP.has(w.toLowerCase()) && /^\p{L}/u.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
}

const ORG_KINDS = new Set<EntityKind | null>(['company', 'organization', 'media', 'government', null]);
const compatible = (a: EntityKind | null, b: EntityKind | null) => a === null || b === null || a === b;

const joinsCache = new BoundedCache<boolean[]>(100000);
/** For each word of a name's key, whether a hyphen joins it to the word before ("Orsk-Tekh" -> [false, true]). */
function hyphenJoins(surface: string): boolean[] {
  return joinsCache.get(surface, surface, computeHyphenJoins);
}
function computeHyphenJoins(surface: string): boolean[] {
  const out: boolean[] = [];
  for (const raw of surface.replace(/^the\s+/i, '').split(/\s+/)) {
    const parts = raw.split(/-+/).map((p) => nameKey(p)).filter(Boolean);
    parts.forEach((p, i) => {
      for (let k = 0; k < p.split(' ').length; k++) out.push(i > 0 && k === 0);
    });
  }
  return out;
}

/** Heads of a body set up within another, named with the other's name first: "X Sanctions Committee". */
const SUB_BODY_HEADS = /^(?:committee|subcommittee|panel|commission|tribunal)$/;

/** The words of a name key that a shorter name may stand for (see module comment). */
function partOf(short: string[], long: string[], longSurface: string): boolean {
  if (short.length >= long.length || !short.length) return false;
  // ("AP" for "AP News": an outlet's name without its "News".)
  if (long.length === 2 && long[1] === 'news' && short.length === 1 && long[0] === short[0]) return true;
  if (short.join(' ').length < 3) return false;
  // A hyphenated compound is one word: "Orsk" is no short form of "Orsk-Tekh".
  const glued = hyphenJoins(longSurface);
  if (glued.length === long.length && (glued[short.length] || glued[long.length - short.length])) return false;
  // "Shenzhen" is where "Shenzhen Qingfeng Power Technology" is, not its short form.
  if (long.slice(0, short.length).join(' ') === short.join(' ')) {
    // "Kelvaro Rus", "Kelvaro Deutschland": the firm's unit in a country, not its short form's firm.
    const raw = longSurface.split(/\s+/);
    for (let n = 1; n <= Math.min(3, long.length - short.length); n++) if (nationalUnit(raw.slice(-n).join(' '))) return false;
    // ("UNSC" and "UNSC Laos Sanctions Committee": a body's committee or panel is a body of its own.)
    if (SUB_BODY_HEADS.test(long[long.length - 1])) return false;
    return !(short.length === 1 && isCity(raw[0]));
  }
  // "Skyeye" in "Shenzhen Skyeye Technology": one place word before, only company words after; "Qianfeng" in
  // "Shenzhen Qianfeng Power Technology": one distinctive word after the first, whatever follows it.
  for (let at = 1; at <= 1 && at + short.length < long.length; at++) {
    if (long.slice(at, at + short.length).join(' ') !== short.join(' ')) continue;
    const tail = long.slice(at + short.length);
    if (tail.length && tail.every((w) => COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w))) return true;
    if (short.length === 1 && short[0].length >= 4 && long.length >= 3 && !distinctiveless(short) && !/^\d/.test(short[0])) return true;
  }
  // "Orsk" in "IEMZ Orsk": what precedes is a legal-form or type acronym.
  if (long.slice(long.length - short.length).join(' ') === short.join(' ')) {
    const lead = longSurface.replace(/^the\s+/i, '').split(/\s+/).slice(0, long.length - short.length);
    return lead.length > 0 && lead.every((w) => ACRONYM.test(w));
  }
  return false;
}

/** Whether the words after a firm's name make it its unit in a country: a country's name or demonym, or "Rus". */
function nationalUnit(rest: string): boolean {
  if (!rest) return false;
  if (/^(?:rus|ru)$/i.test(rest)) return true;
  const place = matchPlace(rest, 0);
  return !!place && place.surface.length === rest.length && (place.form === 'name' || place.form === 'demonym') && !isCity(rest);
}

interface Cluster {
  /** Kind from the name's shape or, failing that, from context cues. */
  kind: EntityKind | null;
  /** Kind from the name's shape only (context cues such as "X said" are too weak to keep names apart). */
  fixed: EntityKind | null;
  keys: Set<string>;
  surfaces: Map<string, number>;
  /** Where the cluster occurs: sentence indices within an article, or article indices within a batch. */
  seen: Set<number>;
}

/** Longest short form looked for inside a longer name, in words. */
const MAX_SHORT_FORM_WORDS = 8;

/**
 * Links clusters that name one entity: shorter distinctive forms, surnames and acronyms. Works on any list of
 * clusters (one article's or a whole batch's); returns the union-find over their indices.
 */
function linkClusters(cl: Cluster[], local = false, quotedPeople?: Set<number>): UnionFind {
  const uf = new UnionFind(cl.length, cl.map((c) => c.seen));
  // Keys of every surface, computed once; indexes make the pairing linear in practice.
  const surf = cl.map((c) => [...c.surfaces.keys()].map((s) => {
    const key = nameKey(s);
    return { s, key, words: key.split(' ') };
  }));
  const words = surf.map((list) => [...new Set(list.map((x) => x.key))].filter(Boolean).map((k) => k.split(' ')));
  // Every word run a shorter name could be, by the clusters whose names hold it where partOf looks (the first
  // words, the words after the first, the last words): a short form finds its candidates in one lookup, so linking
  // stays linear when many names share common words (a run of capitalised words made this quadratic).
  const byPart = new Map<string, number[]>();
  const byLast = new Map<string, number[]>();
  // The words before the last of personal names of two to four words.
  const byEarlierWord = new Map<string, number[]>();
  const byInitials = new Map<string, number[]>();
  // Personal names with a middle name or patronymic, by their first and last words.
  const byFirstLast = new Map<string, number[]>();
  // A run is only ever looked up as some cluster's whole name key: runs that equal none are not indexed (most of
  // them, over a batch of thousands of names).
  const names = new Set<string>();
  for (const list of words) for (const w of list) names.add(w.join(' '));
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const l = m.get(k);
    if (!l) m.set(k, [i]);
    else if (l[l.length - 1] !== i) l.push(i);
  };
  cl.forEach((c, i) => {
    for (const w of words[i]) {
      if (w.length < 2) continue;
      if (c.kind === 'person') {
        push(byLast, w[w.length - 1], i);
        // ("Kesh" for "Irina Kesh Bee Lin": a family name inside a name of up to four words.)
        if (w.length <= 4) for (let k = 0; k < w.length - 1; k++) push(byEarlierWord, w[k], i);
        if (w.length === 3) push(byFirstLast, `${w[0]} ${w[2]}`, i);
        continue;
      }
      // The runs grow by one word a step (the same strings as joining each slice, without rebuilding them).
      let head = '';
      let tail = '';
      let inner = '';
      for (let k = 1; k < w.length && k <= MAX_SHORT_FORM_WORDS; k++) {
        head = k === 1 ? w[0] : `${head} ${w[k - 1]}`;
        tail = k === 1 ? w[w.length - 1] : `${w[w.length - k]} ${tail}`;
        if (names.has(head)) push(byPart, head, i);
        if (names.has(tail)) push(byPart, tail, i);
        if (1 + k < w.length) {
          inner = k === 1 ? w[1] : `${inner} ${w[k]}`;
          if (names.has(inner)) push(byPart, inner, i);
        }
      }
    }
    if (ORG_KINDS.has(c.fixed)) for (const { s } of surf[i]) if (/\s/.test(s)) push(byInitials, initials(s), i);
  });
  for (let a = 0; a < cl.length; a++) {
    const ka = cl[a].kind;
    const fa = cl[a].fixed;
    if (!ORG_KINDS.has(fa) && fa !== 'person') continue;
    const candidates = new Set<number>();
    for (const wa of words[a]) {
      // Surname: "Whitlow" for "Dana Whitlow".
      if (wa.length === 1) {
        // ("according to Vrenko", "Vrenko wrote": a source's cues make a lone surname read as an outlet; the person's
        // name said in full before is the stronger reading.)
        const kSurname = ka === 'media' ? fa : ka;
        for (const b of byLast.get(wa[0]) ?? []) {
          if (b === a || !compatible(kSurname, cl[b].kind)) continue;
          candidates.add(b);
          if (ka === 'media') quotedPeople?.add(a);
        }
        // Within one article, a word before the last of a personal name when it is no one's surname there: a
        // family name written first ("Zhao" for "Zhao <given name>") or a first name used alone.
        const first = local && !byLast.has(wa[0]) ? (byEarlierWord.get(wa[0]) ?? []).filter((b) => b !== a && compatible(ka, cl[b].kind)) : [];
        if (first.length === 1) candidates.add(first[0]);
      }
      if (fa === 'person' || distinctiveless(wa)) continue;
      // ("Varno Aero Group", whose key drops "Group", is a group of its own, no short form of its member "Varno Aero Scanline".)
      const groups = surf[a].map(({ s }) => rawWords(s)).filter((raw) => raw.length === wa.length + 1 && GROUP_WORDS.test(raw[raw.length - 1]));
      // ("Varno Corporation", whose key drops its legal form, is a registered name of its own, no short form of
      // "Varno Instruments".)
      const registered = surf[a].some(({ s }) => {
        const raw = rawWords(s);
        const form = raw[raw.length - 1].replace(/\./g, '');
        return raw.length === wa.length + 1 && CORPORATE_SUFFIXES.has(form) && !GROUP_WORDS.test(form);
      });
      for (const b of new Set(byPart.get(wa.join(' ')) ?? [])) {
        const fb = cl[b].fixed;
        if (b === a || !ORG_KINDS.has(fb) || !compatible(fa, fb)) continue;
        if (registered && surf[b].every(({ words: wb }) => wb.length > wa.length)) continue;
        if (groups.length && !surf[b].some(({ s }) => groups.some((g) => ` ${rawWords(s).join(' ')} `.includes(` ${g.join(' ')} `)))) continue;
        if (surf[b].some(({ s, words: wb }) => partOf(wa, wb, s))) candidates.add(b);
      }
    }
    // Acronyms: "CNAS" for "Center for a New American Security".
    if (fa !== 'person') {
      for (const { s } of surf[a]) {
        if (!ACRONYM.test(s)) continue;
        for (const b of byInitials.get(s.replace(/\./g, '')) ?? []) if (b !== a && compatible(fa, cl[b].fixed)) candidates.add(b);
      }
    }
    const roots = new Set([...candidates].map((b) => uf.find(b)));
    if (roots.size === 1) {
      const b = [...candidates][0];
      if (!uf.clash(a, b)) uf.union(a, b);
    } else if (roots.size > 1 && cl[a].kind !== 'person') {
      // "Guanghe" among "Guanghe Infrared Technology", "Guanghe International (Hong Kong) Ltd" and "Guanghe Middle
      // East FZCO": the one the text introduced first, which the others are named after.
      const first = (i: number) => Math.min(...cl[i].seen);
      const ranked = [...candidates].sort((x, y) => first(x) - first(y));
      if (ranked.length > 1 && first(ranked[0]) < first(ranked[1]) && !uf.clash(a, ranked[0])) uf.union(a, ranked[0]);
    }
  }
  // ("Bertrand Olskiy" for "Bertrand Ivanovich Olskiy": a personal name without its middle word, where one name alone has
  // those first and last words.)
  for (let a = 0; a < cl.length; a++) {
    if (cl[a].kind !== 'person') continue;
    for (const wa of words[a]) {
      if (wa.length !== 2) continue;
      const full = (byFirstLast.get(wa.join(' ')) ?? []).filter((b) => b !== a && cl[b].kind === 'person');
      if (full.length === 1 && !uf.clash(a, full[0])) uf.union(a, full[0]);
    }
  }
  return uf;
}

/** A name's words in lower case, without a leading "the". */
const rawWords = (s: string): string[] => s.toLowerCase().replace(/^the\s+/, '').split(/\s+/);
const GROUP_WORDS = /^(?:group|holding|holdings)$/;

/** A short form made only of generic words ("Models", "Trading") stands for nothing in particular. */
function distinctiveless(words: string[]): boolean {
  return words.every((w) => COMPANY_WORDS.has(w) || CORPORATE_SUFFIXES.has(w) || GOODS_NOUNS.has(w) || w.length < 2);
}

const KIND_ORDER: EntityKind[] = ['government', 'company', 'organization', 'media', 'person', 'country', 'product'];
const CUE_ORDER = ['company', 'media', 'person', 'government', 'organization'] as const;

function pickFixed(fixed: Map<EntityKind, number>): EntityKind | null {
  if (!fixed.size) return null;
  return [...fixed.entries()].sort((a, b) => b[1] - a[1] || KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))[0][0];
}

function pickKind(fixed: Map<EntityKind, number>, cues: Map<Cue, number>): EntityKind | null {
  const f = pickFixed(fixed);
  if (f) return f;
  // A name that is a place ("Shenzhen-based") is no actor unless something else says so more often.
  const place = cues.get('place') ?? 0;
  const votes = CUE_ORDER.map((c) => [c, cues.get(c) ?? 0] as const).filter(([, n]) => n > place);
  if (votes.length) return votes.sort((a, b) => b[1] - a[1] || CUE_ORDER.indexOf(a[0]) - CUE_ORDER.indexOf(b[0]))[0][0];
  if (cues.get('product') && !place) return 'product';
  return null;
}

/** Groups one article's mentions into entities. */
export function resolveLocal(mentions: RawMention[], sentenceStarts?: ReadonlySet<number>): LocalResolution {
  // Mentions with equal keys form the first clusters.
  const keyIdx = new Map<string, number>();
  const clusterOf = new Int32Array(mentions.length);
  const clusters: Cluster[] = [];
  const members: number[][] = [];
  mentions.forEach((m, i) => {
    const k = mentionKey(m);
    let c = keyIdx.get(k);
    if (c === undefined) {
      c = clusters.length;
      keyIdx.set(k, c);
      clusters.push({ kind: null, fixed: null, keys: new Set([k]), surfaces: new Map(), seen: new Set() });
      members.push([]);
    }
    clusterOf[i] = c;
    members[c].push(i);
    clusters[c].seen.add(m.sent);
    const sf = stripName(m.surface);
    clusters[c].surfaces.set(sf, (clusters[c].surfaces.get(sf) ?? 0) + 1);
  });
  const uf0 = new UnionFind(clusters.length);
  // "Long Name (ACR)".
  mentions.forEach((m, i) => {
    if (m.defines !== undefined) uf0.union(clusterOf[i], clusterOf[m.defines]);
  });
  // A body named without its country is the one body of that kind with a country, when there is exactly one.
  for (const [k, c] of keyIdx) {
    if (!k.startsWith('G::')) continue;
    const body = k.slice(3);
    const withCountry = [...keyIdx.entries()].filter(([k2]) => k2.startsWith('G:') && !k2.startsWith('G::') && k2.endsWith(':' + body));
    if (withCountry.length === 1) uf0.union(c, withCountry[0][1]);
  }
  const tentative = kindsOf(mentions, clusters, members, uf0);
  clusters.forEach((c, i) => {
    const t = tentative.get(uf0.find(i));
    c.kind = t?.kind ?? null;
    c.fixed = t?.fixed ?? null;
  });
  // Merge the key-level unions into the cluster list before linking by name parts.
  const merged = collapse(clusters, members, uf0);
  // (Surnames read as outlets by a source's cues and linked to a person's full name: their cues count for the person.)
  const quotedPeople = new Set<number>();
  const uf = linkClusters(merged.clusters, true, quotedPeople);
  const final = collapse(merged.clusters, merged.members, uf);
  const sourceCuesOnly = new Set([...quotedPeople].flatMap((a) => merged.members[a]));

  const entities: LocalEntity[] = [];
  const entityOf = new Int32Array(mentions.length).fill(-1);
  final.clusters.forEach((c, ci) => {
    const ms = final.members[ci];
    const fixed = new Map<EntityKind, number>();
    const cues = new Map<Cue, number>();
    let country: string | undefined;
    let explicit = false;
    let initialOnly = true;
    const namedIn = new Set<string>();
    let standIn = true;
    for (const i of ms) {
      const m = mentions[i];
      if (m.kind) fixed.set(m.kind, (fixed.get(m.kind) ?? 0) + 1);
      for (const q of m.cues) if (!(q === 'media' && sourceCuesOnly.has(i))) cues.set(q, (cues.get(q) ?? 0) + 1);
      country ??= m.country;
      // (A demonym before goods names where they come from: "German machine tools".)
      if (m.kind === 'country' && (m.form !== 'demonym' || m.nationality || m.modifier)) explicit = true;
      if (!sentenceStarts || !sentenceStarts.has(m.first)) initialOnly = false;
      if (m.countryNamed && m.country) namedIn.add(m.country);
      if (!m.standIn) standIn = false;
    }
    const kind = pickKind(fixed, cues);
    const idx = entities.length;
    entities.push({ key: [...c.keys].sort()[0], kind, surfaces: c.surfaces, country, mentions: ms, cues, explicit, initialOnly, namedIn, standIn });
    for (const i of ms) entityOf[i] = idx;
  });
  return { entities, entityOf };
}

/**
 * Adds the mentions found by the known-name pass (`all` = old mentions plus new ones carrying `knownEntity`) to an
 * existing resolution, without resolving again.
 */
export function extendLocal(res: LocalResolution, old: RawMention[], all: RawMention[], sentenceStarts: ReadonlySet<number>): LocalResolution {
  if (all.length === old.length) return res;
  const oldIdx = new Map(old.map((m, i) => [m, i]));
  const entityOf = new Int32Array(all.length).fill(-1);
  for (const e of res.entities) e.mentions = [];
  all.forEach((m, i) => {
    const o = oldIdx.get(m);
    const e = o !== undefined ? res.entityOf[o] : (m.knownEntity ?? -1);
    entityOf[i] = e;
    if (e < 0) return;
    const le = res.entities[e];
    le.mentions.push(i);
    if (o === undefined) {
      const sf = stripName(m.surface);
      le.surfaces.set(sf, (le.surfaces.get(sf) ?? 0) + 1);
      for (const q of m.cues) le.cues.set(q, (le.cues.get(q) ?? 0) + 1);
      if (!sentenceStarts.has(m.first)) le.initialOnly = false;
    }
  });
  return { entities: res.entities, entityOf };
}

function kindsOf(mentions: RawMention[], clusters: Cluster[], members: number[][], uf: UnionFind): Map<number, { kind: EntityKind | null; fixed: EntityKind | null }> {
  const fixed = new Map<number, Map<EntityKind, number>>();
  const cues = new Map<number, Map<Cue, number>>();
  clusters.forEach((_, ci) => {
    const r = uf.find(ci);
    if (!fixed.has(r)) {
      fixed.set(r, new Map());
      cues.set(r, new Map());
    }
    for (const i of members[ci]) {
      const m = mentions[i];
      if (m.kind) fixed.get(r)!.set(m.kind, (fixed.get(r)!.get(m.kind) ?? 0) + 1);
      for (const q of m.cues) cues.get(r)!.set(q, (cues.get(r)!.get(q) ?? 0) + 1);
    }
  });
  const out = new Map<number, { kind: EntityKind | null; fixed: EntityKind | null }>();
  for (const [r, f] of fixed) out.set(r, { kind: pickKind(f, cues.get(r)!), fixed: pickFixed(f) });
  return out;
}

function collapse(clusters: Cluster[], members: number[][], uf: UnionFind): { clusters: Cluster[]; members: number[][] } {
  const rootIdx = new Map<number, number>();
  const outC: Cluster[] = [];
  const outM: number[][] = [];
  const size = new Int32Array(clusters.length);
  for (let i = 0; i < clusters.length; i++) size[uf.find(i)]++;
  clusters.forEach((c, i) => {
    const r = uf.find(i);
    // Most clusters join no other: kept as they are (nothing writes to a cluster once collapsed), not copied.
    if (size[r] === 1) {
      rootIdx.set(r, outC.length);
      outC.push(c);
      outM.push(members[i]);
      return;
    }
    let o = rootIdx.get(r);
    if (o === undefined) {
      o = outC.length;
      rootIdx.set(r, o);
      outC.push({ kind: clusters[r].kind, fixed: clusters[r].fixed, keys: new Set(), surfaces: new Map(), seen: new Set() });
      outM.push([]);
    }
    for (const k of c.keys) outC[o].keys.add(k);
    for (const v of c.seen) outC[o].seen.add(v);
    for (const [s, n] of c.surfaces) outC[o].surfaces.set(s, (outC[o].surfaces.get(s) ?? 0) + n);
    outM[o].push(...members[i]);
    if (outC[o].kind === null) outC[o].kind = c.kind;
    if (outC[o].fixed === null) outC[o].fixed = c.fixed;
  });
  return { clusters: outC, members: outM };
}

// -------------------------------------------------------------------------------------------------------------
// Across articles

/** Chooses a display name: a country's own name, a person's full name, else the most used form (longest on ties). */
export function chooseName(kind: EntityKind, surfaces: Map<string, number>, country?: string): string {
  if (kind === 'country' && country) return countryByCode(country)?.name ?? [...surfaces.keys()][0];
  // "Ruritania's State Export Council" is shown without the possessive when the text has that form.
  const all = [...surfaces.entries()];
  const plain = all.filter(([x]) => !/['’]s\s/.test(x));
  const list = plain.length ? plain : all;
  if (kind === 'person') return list.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])[0][0];
  const best = list.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
  if (kind === 'product') return best;
  // An organisation is shown by its fullest form that still says everything the usual one says ("IEMZ Orsk" over
  // "Orsk", "eDrive Technolog" over "Edrive"); an acronym shares no words with its expansion and stays.
  const words = new Map(list.map(([x]) => [x, new Set(nameKey(x).split(' ').filter(Boolean))]));
  const core = words.get(best)!;
  const fuller = list.filter(([x]) => [...core].every((w) => words.get(x)!.has(w)));
  return fuller.sort((a, b) => words.get(b[0])!.size - words.get(a[0])!.size || b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/**
 * Resolves entities across articles: equal keys, shared alias keys of the same kind, and the name-part rules
 * above. `local[a]` holds article a's kept entities (kind set). Returns one Entity per real-world entity.
 */
export function resolveBatch(local: BatchEntity[][]): { entities: Entity[]; idOf: (article: number, local: number) => string } {
  const flat: { a: number; l: number; e: BatchEntity }[] = [];
  local.forEach((list, a) => list.forEach((e, l) => flat.push({ a, l, e })));
  const clusters: Cluster[] = flat.map(({ a, e }) => {
    const keys = new Set([e.key]);
    if (e.kind !== 'country' && e.kind !== 'government') for (const s of e.surfaces.keys()) keys.add('N:' + nameKey(s));
    return { kind: e.kind, fixed: e.kind, keys, surfaces: e.surfaces, seen: new Set([a]) };
  });
  const uf = new UnionFind(flat.length, clusters.map((c) => c.seen));
  // Same key (or shared alias key) and same kind.
  const byKey = new Map<string, number>();
  clusters.forEach((c, i) => {
    for (const k of c.keys) {
      const kk = `${c.kind}|${k}`;
      const prev = byKey.get(kk);
      if (prev === undefined) byKey.set(kk, i);
      else if (!uf.clash(prev, i)) uf.union(prev, i);
    }
  });
  const merged = collapse(clusters, clusters.map((_, i) => [i]), uf);
  const uf2 = linkClusters(merged.clusters);
  const final = collapse(merged.clusters, merged.members, uf2);

  const used = new Map<string, string>();
  // Article index -> local entity index -> id (arrays: asked for every relation end and every mention).
  const ids: string[][] = local.map(() => []);
  const entities: Entity[] = [];
  final.clusters.forEach((c, ci) => {
    const parts = final.members[ci].map((i) => flat[i]);
    const kind = c.kind ?? parts[0].e.kind!;
    // One article's entity keeps its own counts (read only from here on); several are added up.
    const surfaces = parts.length === 1 ? parts[0].e.surfaces : new Map<string, number>();
    let country: string | undefined;
    for (const p of parts) {
      if (parts.length > 1) for (const [s, n] of p.e.surfaces) surfaces.set(s, (surfaces.get(s) ?? 0) + n);
      country ??= p.e.country;
    }
    const name = chooseName(kind, surfaces, country);
    let id = slug(name);
    const owner = used.get(id);
    if (owner !== undefined && owner !== `${kind}|${name}`) id = `${id}-${kind}`;
    for (let n = 2; used.has(id) && used.get(id) !== `${kind}|${name}`; n++) id = `${slug(name)}-${kind}-${n}`;
    used.set(id, `${kind}|${name}`);
    const aliases = [...new Set([...surfaces.keys(), ...parts.flatMap((p) => p.e.also ?? [])])].filter((s) => s !== name).sort();
    const entity: Entity = { id, name, kind, aliases };
    if (country) entity.country = country;
    entities.push(entity);
    for (const p of parts) ids[p.a][p.l] = id;
  });
  return { entities, idOf: (a, l) => ids[a][l] };
}
