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
});
