/**
 * "sold parts to A, B in K, and C": a list item placed "in" a country, past the first, lets the list go on; the first
 * item's "in K, and C" may be the clause's own ("for A in K, and B"), so it does not. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('lists: a list item placed in a country', () => {
  it('goes on past the place', () => {
    for (const [text, type, source] of [
      ['Halvern Group sold parts to Kestra Air, Dornik LLC in Vietnam, and Brask Logistics.', 'SHIPPED_TO', 'Halvern Group'],
      ['Laos sanctioned Kestra Air, Dornik LLC in Vietnam, and Brask Logistics.', 'SANCTIONED', 'Laos'],
    ] as const) {
      const out = extractText(text);
      for (const t of ['Kestra Air', 'Dornik LLC', 'Brask Logistics']) expectRel(out, type, source, t);
    }
  });

  it('keeps a list after a first item placed in a country to the clause', () => {
    const out = extractText('The Treasury blacklisted Halvern Group, accusing it of buying parts for Dornik LLC in Vietnam, and Laotian official Martin Varno.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Martin Varno');
  });

  it('stops at a place that is no country', () => {
    const out = extractText('Halvern Group sold parts to Kestra Air, Dornik LLC in May, and Brask Logistics.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });
});
