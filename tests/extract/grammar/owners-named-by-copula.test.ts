/**
 * Owners named by a copula or after an apposition, shown with sentences written for the test (invented names): "The
 * owners of A are B (76%) and C (24%)", and "A and its subsidiary, D, are owned by B (60%) and C (40%)", whose
 * subject the apposition's comma closes.
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('ownership: owners named by a copula or after an apposition', () => {
  it('reads "The owners of A are B (76%) and C (24%)" and "The owner of A is B"', () => {
    const out = extractText('The owners of Tarsin Cellulose are Marta Velkova (76%) and Irina Orlo (24%).');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tarsin Cellulose', 'Marta Velkova').rule).toBe('frame:own/owners-of-copula');
    expectRel(out, 'SUBSIDIARY_OF', 'Tarsin Cellulose', 'Irina Orlo');
    expectRel(extractText('The owner of Orvex Pulp is Marta Velkova.'), 'SUBSIDIARY_OF', 'Orvex Pulp', 'Marta Velkova');
  });

  it('reads "A and its subsidiary, D, are owned by B (60%) and C (40%)" with both firms as the subject', () => {
    const out = extractText('Velkor Pulp and its subsidiary, Orvex Zavodi, are owned by Anvar Tashev (60%) and Bakhtiyor Orlov (40%).');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Velkor Pulp', 'Anvar Tashev').rule).toBe('frame:own/passive');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvex Zavodi', 'Bakhtiyor Orlov');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvex Zavodi', 'Velkor Pulp');
  });
});
