/**
 * "A shipped no arms to B", "No drones were shipped to B by A", "A supplied B with no drones": goods that "no" opens
 * deny the clause, so no flow is drawn; "no fewer than 500 drones" is a count and "no small number of" a litotes, not
 * denials. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('clauses: an object that "no" opens', () => {
  it('draws no flow', () => {
    for (const text of ['Orvel Trading shipped no arms to Russia.', 'Orvel Trading has sold no drones to Russia since May.', 'Orvel Trading said it had shipped no arms to Russia.']) {
      expectNoRel(extractText(text), 'SHIPPED_TO', 'Orvel Trading', 'Russia');
    }
  });

  it('keeps a count that "no fewer than" bounds', () => {
    expectRel(extractText('Orvel Trading shipped no fewer than 500 drones to Russia.'), 'SHIPPED_TO', 'Orvel Trading', 'Russia');
  });

  it('keeps a litotes: "no small number of"', () => {
    expectRel(extractText('Orvel Trading shipped no small number of drones to Russia.'), 'SHIPPED_TO', 'Orvel Trading', 'Russia');
  });

  it('reads a passive\'s subject and a "with" phrase that "no" opens alike', () => {
    expectNoRel(extractText('No drones were shipped to Russia by Vestrik.'), 'SHIPPED_TO', 'Vestrik', 'Russia');
    expectNoRel(extractText('Dornik LLC supplied Russia with no drones.'), 'SHIPPED_TO', 'Dornik LLC', 'Russia');
    expectRel(extractText('Dornik LLC supplied Russia with no fewer than 500 drones.'), 'SHIPPED_TO', 'Dornik LLC', 'Russia');
  });
});
