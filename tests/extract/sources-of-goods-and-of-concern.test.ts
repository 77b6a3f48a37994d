/**
 * "A and B are key sources of G for C": a plural "sources" names suppliers as the singular does, and an -s form right
 * after "are" is a noun, not a verb ("are sources of G"). A source of a feeling, a strain or knowledge ("a source of
 * concern for C", "sources of information") supplies nothing. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('trade: sources of goods, and of concern', () => {
  it('reads "are key sources of G for C" as a supply by each', () => {
    const out = extractText('Laos and Cambodia are key sources of nitrocellulose for Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Cambodia', 'Vietnam');
  });

  it('reads "named A and B as major sources of G for C" alike', () => {
    const out = extractText('The report named Laos and Cambodia as major sources of the powder for Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Cambodia', 'Vietnam');
  });

  it('reads the firm a report names as a supplier, and still the firm "a firm named A" introduces', () => {
    expectRel(extractText('The study named Halvern Group as a supplier of drones to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectRel(extractText('A firm named Halvern Group shipped drones to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('reads no supply in "are sources of concern for C"', () => {
    const out = extractText('Laos and Cambodia are sources of concern for Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Cambodia', 'Vietnam');
  });

  it('reads no supply in "is a source of tension for C" or "sources of information"', () => {
    expectNoRel(extractText('Laos is a source of tension for Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(extractText('Halvern Group and Brask Logistics are sources of information for Kestra Air.'), 'SHIPPED_TO', 'Halvern Group', 'Kestra Air');
  });

  it('reads no supply by a possible source or a potential supplier', () => {
    expectNoRel(extractText('Laos and Cambodia are possible sources of drones for Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(extractText('Laos is a potential supplier of drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(extractText('Laos is a prospective supplier of drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
  });
});
