/**
 * The other names of a government body the text names one way: "the Treasury" is also the Treasury Department,
 * the Department of the Treasury and the U.S. Treasury; "OFAC" is the Office of Foreign Assets Control; "the EU" the
 * European Union; "Ukraine's National Security and Defense Council" the National Security and Defense Council.
 * They are given as the entity's aliases (never as its name), so a reader, a search or another article that names
 * the body differently finds the same entity. Only institutions are listed here: bodies that impose sanctions and
 * export controls, domain vocabulary in the sense of the extractor's rules.
 */
import { nameKey } from '../domain/names.js';

/** US federal bodies, each with its usual names; the country's forms ("US", "U.S.") are added in front of them. */
const US_BODIES: readonly (readonly string[])[] = [
  ['Treasury', 'Treasury Department', 'Department of the Treasury', 'Department of Treasury'],
  ['Commerce Department', 'Department of Commerce'],
  ['State Department', 'Department of State'],
  ['Justice Department', 'Department of Justice', 'DOJ'],
];
const US_FORMS = ['US', 'U.S.'];

/** Bodies known by an acronym or by one fixed name, whatever their country. */
const NAMED_BODIES: readonly (readonly string[])[] = [
  ['Office of Foreign Assets Control', 'OFAC'],
  ['Bureau of Industry and Security', 'BIS'],
  ['Financial Crimes Enforcement Network', 'FinCEN'],
  ['Office of Financial Sanctions Implementation', 'OFSI'],
  ['Foreign, Commonwealth and Development Office', 'FCDO'],
  ['European Union', 'EU'],
  ['Council of the European Union', 'Council of the EU'],
  ['National Security and Defense Council', 'National Security and Defence Council', 'NSDC'],
  ['State Secretariat for Economic Affairs', 'SECO'],
];
/** The country each of those bodies is part of (the EU's are no country's). */
const HOMES = new Map<string, string>([
  ['Office of Foreign Assets Control', 'US'], ['Bureau of Industry and Security', 'US'], ['Financial Crimes Enforcement Network', 'US'],
  ['Office of Financial Sanctions Implementation', 'GB'], ['Foreign, Commonwealth and Development Office', 'GB'],
  ['National Security and Defense Council', 'UA'], ['State Secretariat for Economic Affairs', 'CH'],
]);

/** Normalised name -> the row of names it belongs to (US rows with their prefixed forms). */
const ROWS = new Map<string, { names: readonly string[]; us: boolean }>();
for (const row of US_BODIES) {
  const names = [...row, ...US_FORMS.flatMap((f) => row.map((n) => `${f} ${n}`))];
  for (const n of names) ROWS.set(nameKey(n), { names, us: true });
}
for (const row of NAMED_BODIES) for (const n of row) ROWS.set(nameKey(n), { names: row, us: false });

/** The country code of a body known by a fixed name ("OFAC" is part of the US government), or undefined. */
export function bodyHome(surfaces: Iterable<string>): string | undefined {
  for (const s of surfaces) {
    const row = ROWS.get(nameKey(s.replace(POSSESSOR, '')));
    const home = row && (row.us ? 'US' : HOMES.get(row.names[0]));
    if (home) return home;
  }
  return undefined;
}

/** "Ukraine's National Security and Defense Council" -> "National Security and Defense Council". */
// (Not "the People's Armed Police": the people's possessive is a word of the body's name, mentions.ts.)
const POSSESSOR = /^(?:the\s+)?[\p{Lu}][\p{L}.\- ]*?(?<!\bPeople)['’]s\s+(?=\p{Lu})/u;

/**
 * The other names of a government body or organisation named by `surfaces`, not counting those surfaces. `country`
 * is the body's country code when the text gives one: the US forms are added only to a body of the US or of no
 * stated country ("the Treasury" of an article that names no other).
 */
export function otherBodyNames(surfaces: Iterable<string>, country?: string): string[] {
  const own = [...surfaces];
  const out = new Set<string>();
  // "HM Treasury" is Britain's.
  if (own.some((s) => /^(?:HM|Her Majesty['’]s|His Majesty['’]s)\s/.test(s))) country ??= 'GB';
  for (const s of own) {
    const plain = s.replace(POSSESSOR, '');
    if (plain !== s) out.add(plain);
    const row = ROWS.get(nameKey(plain));
    if (!row || (row.us && country !== undefined && country !== 'US')) continue;
    for (const n of row.names) out.add(n);
  }
  const taken = new Set(own.map(nameKey));
  return [...out].filter((n) => !taken.has(nameKey(n)));
}
