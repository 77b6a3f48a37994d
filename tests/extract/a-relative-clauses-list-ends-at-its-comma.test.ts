/**
 * In a relative clause set off by commas ("sanctioned A, which shipped G to K, and B"), ", and" after a single name
 * goes back to the main clause's list: B is sanctioned, not a recipient; a list of the clause's own ("to K, L, and M")
 * and a sentence without the relative clause keep every element. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('clauses: the list of a relative clause set off by commas', () => {
  it('ends the recipients at ", and" after one name', () => {
    const out = extractText('The Treasury sanctioned Brask Logistics, which shipped the chips to Vietnam, and Orvel Trading.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Orvel Trading');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
  });

  it('does so past an adverb after the pronoun', () => {
    const out = extractText('The Treasury sanctioned Brask Logistics, which then shipped the chips to Vietnam, and Orvel Trading.');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
  });

  it('keeps a list of the clause\'s own', () => {
    const out = extractText('The Treasury sanctioned Brask Logistics, which shipped the chips to Vietnam, Laos, and Orvel Trading.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Laos');
    const two = extractText('The Treasury sanctioned Brask Logistics, which shipped the chips to Orvel Trading and Kestra Air.');
    expectRel(two, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
    expectRel(two, 'SHIPPED_TO', 'Brask Logistics', 'Kestra Air');
  });

  it('keeps ", and" in a main clause', () => {
    const out = extractText('Brask Logistics shipped the chips to Vietnam, and Orvel Trading.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
  });

  it('keeps a recipient past the first one\'s own apposition', () => {
    const out = extractText('Halvern Group, which sold engines to Brask Logistics, a firm in Laos, and Vestrik, was sanctioned by the Treasury.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
  });
});
