/**
 * "A shipped G to K although it was in fact destined for B": the place a clause after the trade says the goods were
 * really bound for is the recipient, and the declared destination none. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('trade: goods really destined elsewhere', () => {
  it('reads the real destination in place of the declared one', () => {
    const out = extractText('Orvel Trading conspired with others to ship a spectrometer to Vietnam although it was in fact destined for Laos, the indictment says.');
    expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Laos');
    expectNoRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Vietnam');
    expectRel(extractText('Orvel Trading shipped a spectrometer to Vietnam although it was destined for Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos');
  });

  it('keeps the destination where the clause after it names no other party', () => {
    expectRel(extractText('Orvel Trading shipped a spectrometer to Vietnam, where it was destined for a lab.'), 'SHIPPED_TO', 'Orvel Trading', 'Vietnam');
    // (Nor a buyer: "sold G to C, although it was destined for B" keeps C.)
    expectRel(extractText('Orvel Trading sold a spectrometer to Brask Logistics, although it was destined for Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });
});
