/**
 * Parties added by an elliptic "as" clause ("A was placed under sanctions, as was B", "K sanctioned A, as did L"),
 * a unit described between dashes ("A – another B subsidiary – was sanctioned"), a child noun after a list ("A and
 * B, a C subsidiary,": the last name's), and a plural class noun opening a sentence before the names it classes
 * ("Refineries A and B were sanctioned"), shown with sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('an elliptic "as" clause adds a party to the clause before it', () => {
  it('reads "A and B were placed under asset freezes by K, as was C, a trading firm" as three targets', () => {
    const out = extractText('Halvern Trading and Orvel Group were placed under asset freezes by Thailand in May, as was Brask Logistics, a trading firm.');
    for (const n of ['Halvern Trading', 'Orvel Group', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'Thailand', n);
  });

  it('reads "K sanctioned A, as did L" as both bodies acting', () => {
    const out = extractText('Thailand sanctioned Halvern Trading, as did Laos.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Halvern Trading');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Trading');
  });

  it('adds no one from a name the clause goes on past, nor into a relative clause ending at the same comma', () => {
    const later = extractText('Orvel Group was sanctioned by Laos, as was Brask Logistics in May.');
    expectNoRel(later, 'SANCTIONED', 'Laos', 'Brask Logistics');
    // (Nor into a relative clause that ends at the same comma.)
    const relative = extractText('Thailand sanctioned Halvern Group, which supplied drones to Laos, as did Vietnam.');
    expectNoRel(relative, 'SHIPPED_TO', 'Vietnam', 'Laos');
    const owned = extractText('Laos sanctioned Halvern Group, which is owned by Brask Logistics, as was Orvel Trading.');
    expectNoRel(owned, 'SUBSIDIARY_OF', 'Orvel Trading', 'Brask Logistics');
  });
});

describe('a unit described between dashes', () => {
  it('reads "A – another B subsidiary – was sanctioned" as A owned by B, and B no target', () => {
    const out = extractText('Brask Oil – another Kestrova Petroleum subsidiary – was sanctioned by Laos.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Oil', 'Kestrova Petroleum');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Oil');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Kestrova Petroleum');
  });
});

describe('a child noun after a list', () => {
  it('gives "A and B, a C subsidiary," to the last name, and "both C subsidiaries" to both', () => {
    const one = extractText('Halvern Trading and Orvel Group, a Kestrova Petroleum subsidiary, were sanctioned by Laos.');
    expectRel(one, 'SUBSIDIARY_OF', 'Orvel Group', 'Kestrova Petroleum');
    expectNoRel(one, 'SUBSIDIARY_OF', 'Halvern Trading', 'Kestrova Petroleum');
    const both = extractText('Halvern Trading and Orvel Group, both Kestrova Petroleum subsidiaries, were sanctioned by Laos.');
    for (const n of ['Halvern Trading', 'Orvel Group']) expectRel(both, 'SUBSIDIARY_OF', n, 'Kestrova Petroleum');
  });
});

describe('a plural class noun opening a sentence', () => {
  it('keeps "Refineries" out of the name it classes', () => {
    const out = extractText('Refineries Halvern Refining Company and Orvel Petrochemical were sanctioned by Laos.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Refining Company');
    expect(out.entities.map((e) => e.name)).not.toContain('Refineries Halvern Refining Company');
    // (An unnamed refinery is no actor standing for its country.)
    expectNoRel(extractText('The refinery in Laos supplied diesel to Brask Logistics.'), 'SHIPPED_TO', 'Laos', 'Brask Logistics');
  });
});
