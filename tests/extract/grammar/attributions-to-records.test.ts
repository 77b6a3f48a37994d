/**
 * An attribution to a country's records leaves the country a party ("According to Vietnamese customs data, A accounted
 * for half of Vietnam's imports": A supplied Vietnam), and a description named in apposition after "by" is what the
 * name says ("data provided by a trade database, B, ...": the database's name is its agent, so the paperwork rule sees
 * it and B supplies no goods). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: attributions to a country\'s records', () => {
  it('keeps the country of the records a party: "According to Vietnamese customs data, A accounted for half of Vietnam\'s imports"', () => {
    expectRel(extractText('According to Vietnamese customs data, Halvern Group accounted for nearly half of Vietnam’s drone imports since 2022.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('keeps a source named by its own name out of the trade it reports', () => {
    const out = extractText('According to Vietnam, Halvern Group sold drones to Laos.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos');
  });
});

describe('grammar: a name in apposition after a description in a "by" phrase', () => {
  it('reads "data provided by a trade database, B," as paperwork B provided, no goods', () => {
    const out = extractText('According to Vietnamese customs data provided by a trade database, Orvanne Trade, Halvern Group sold drones to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Orvanne Trade', 'Vietnam');
  });

  it('reads the named agent of a passive of supply: "drones supplied by a Laotian firm, A, reached B"', () => {
    expectRel(extractText('Drones were supplied by a Laotian firm, Halvern Group, to Vietnam in 2023.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('takes no speaker for the agent: "supplied to K by a Laotian firm, B said"', () => {
    expectNoRel(extractText('Drones were supplied to Vietnam by a Laotian firm, Brask Logistics said.'), 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });
});
