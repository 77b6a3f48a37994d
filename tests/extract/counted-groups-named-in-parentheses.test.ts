/**
 * A counted group placed by "from" or "in" and named in parentheses ("two companies from Laos (A and B)"), and a
 * second count of the same kind after "and" with its noun left out ("and one in Thailand (C)"), gives the names; the
 * place right after counted buyers is where they are from, not where the goods came from. Sentences written for the
 * test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: counted groups named in parentheses past their place', () => {
  it('takes the names after "from" a place', () => {
    const out = extractText('Vietnam sanctioned two companies from Laos (Halvern Group and Brask Logistics).');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Brask Logistics');
  });

  it('goes on to a second count whose noun is left out', () => {
    const out = extractText('Vietnam sanctioned two firms in Laos (Halvern Group and Brask Logistics) and one in Thailand (Orvel Trading).');
    for (const n of ['Halvern Group', 'Brask Logistics', 'Orvel Trading']) expectRel(out, 'SANCTIONED', 'Vietnam', n);
  });

  it('reads the place after counted buyers as theirs, not as the goods\' origin', () => {
    const out = extractText('Halvern Group shipped drones to two companies from Laos (Brask Logistics and Orvel Trading).');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Brask Logistics');
    expectRel(extractText('Halvern Group exported chips to Vietnam from Laos.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });

  it('keeps "from" a country as the origin after buyers of a nationality of their own', () => {
    const out = extractText('Halvern Group shipped 300 drones to two Vietnamese companies from Laos.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('reads past the place\'s own short form in parentheses, and takes no names after "from" a phrase that is no country', () => {
    const out = extractText('Thailand imposed sanctions on four entities in the United Arab Emirates (UAE) (Halvern Group, Brask Logistics, Vestrik and Kestra Air).');
    for (const n of ['Halvern Group', 'Kestra Air']) expectRel(out, 'SANCTIONED', 'Thailand', n);
    expectNoRel(extractText('Thailand sanctioned two importers from Laotian suppliers (Halvern Group and Brask Logistics).'), 'SANCTIONED', 'Thailand', 'Halvern Group');
  });

  it('takes any place after "in", a zone as well as a country', () => {
    const out = extractText('Thailand sanctioned two firms in the Vientiane Special Economic Zone (VSEZ) (Halvern Group and Brask Logistics).');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Brask Logistics');
  });

  it('takes a second count only with a place of its own', () => {
    const out = extractText('Thailand sanctioned two companies in Laos (Halvern Group and Brask Logistics) and 2020 (Vestrik and Kestra Air).');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Vestrik');
  });
});
