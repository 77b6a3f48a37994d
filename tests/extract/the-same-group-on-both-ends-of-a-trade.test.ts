/**
 * "Laos sanctioned A and its subsidiary B. ... the entities facilitate the purchase of parts for A and B": a clause
 * whose supplier, referred to, is the same group as its buyer draws no trade between the group's members. Sentences
 * written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('discourse: the same group on both ends of a trade', () => {
  it('draws no trade inside the group', () => {
    const out = extractText('Laos sanctioned Halvern Group and its subsidiary Brask Logistics. Both work for the Laotian army, the ministry said.\n' +
      'According to the ministry, the entities act as fronts and facilitate the purchase of key parts for Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('keeps the trade with a party outside the group', () => {
    const out = extractText('Halvern Group and Brask Logistics were sanctioned. They shipped engines to Halvern Group, Brask Logistics and Vestrik.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vestrik');
  });
});
