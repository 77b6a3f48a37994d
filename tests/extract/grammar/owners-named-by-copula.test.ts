/**
 * Owners named by a copula or after an apposition, shown with sentences written for the test (invented names): "The
 * owners of A are B (76%) and C (24%)", and "A and its subsidiary, D, are owned by B (60%) and C (40%)", whose
 * subject the apposition's comma closes.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

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

describe('grammar: a joint venture', () => {
  it('reads "the A consortium, a joint venture of B and C" and "A is a joint venture between B and C": both partners own A', () => {
    const out = extractText('The trucks are made by the VELKO consortium, a joint venture of Pellick Group and Vesk AG. Orvane Motors is a joint venture between Kestrin Holding and Talvex AG.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'VELKO', 'Pellick Group').rule).toBe('frame:own/apposition-child');
    expectRel(out, 'SUBSIDIARY_OF', 'VELKO', 'Vesk AG');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Orvane Motors', 'Kestrin Holding').rule).toBe('frame:own/copula-child');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvane Motors', 'Talvex AG');
  });
});

describe('ownership: a share before the child noun, and "of which"', () => {
  it('reads "A, a 90% owned B unit," past the share', () => {
    const out = extractText('Halvern Technologies, a 90% owned Halvern Group unit, sold rifles.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Technologies', 'Halvern Group').rule).toBe('frame:own/apposition-modifier-child');
  });

  it('reads "B – of which A is a fully-owned subsidiary –" as B owning A, and no country as an owner', () => {
    const out = extractText('Records show units of Halvern Group – of which Tessaly Technologies is a 90% fully-owned subsidiary – across several markets.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Technologies', 'Halvern Group').rule).toBe('frame:own/copula-modifier-child');
    expectRel(extractText('Records name Halvern Group, of which Tessaly Technologies is a subsidiary.'), 'SUBSIDIARY_OF', 'Tessaly Technologies', 'Halvern Group');
    expectNoRel(extractText('Records name Laos, of which Tessaly Technologies is a subsidiary.'), 'SUBSIDIARY_OF', 'Tessaly Technologies', 'Laos');
  });
});
