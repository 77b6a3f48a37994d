/**
 * Co-owners: "A co-owns B" (a verb the tagger takes for a noun), "A, who is co-owner of B" (a relative's antecedent),
 * "A is co-owner with her brother of B" (past the partner, who owns B too when named), and the firms a colon lists
 * after the owned phrase, not an earlier list. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('ownership: co-owners', () => {
  it('reads "A co-owns B" and "A co-controls B with C" as ownership', () => {
    expect(expectRel(extractText('Irina Olskaya co-owns Halvern Group.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya').rule).toBe('frame:own/active');
    const out = extractText('Martin Varno co-controls Orvel Trading with Tomas Varno.');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvel Trading', 'Martin Varno');
    expectRel(out, 'SUBSIDIARY_OF', 'Orvel Trading', 'Tomas Varno');
  });

  it('reads "A, who is co-owner of B, ..." as A owning B', () => {
    const out = extractText('Irina Olskaya, who is co-owner of Halvern Group, was sanctioned on Monday.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya').rule).toBe('frame:own/copula-owner');
  });

  it('reads "A is co-owner with her brother of B" past the partner, and a named partner as an owner too', () => {
    expectRel(extractText('Irina Olskaya is co-owner with her brother of Halvern Group.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya');
    const named = extractText('Irina Olskaya is co-owner with Martin Varno of Halvern Group.');
    expectRel(named, 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya');
    expect(expectRel(named, 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno').rule).toBe('frame:own/copula-owner+partner');
  });

  it('takes the firms a colon lists after the owned phrase, and no earlier list when the colon names none', () => {
    const out = extractText('Laos sanctioned Halvern Group, Orvel Trading and Brask Logistics. Irina Olskaya is co-owner with her brother of three trading firms: Tessaly Optics, Vestrik Ltd and Kestrova Ltd.');
    expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Irina Olskaya');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya');
    const none = extractText('Laos sanctioned Halvern Group, Orvel Trading and Brask Logistics. Irina Olskaya is the owner of the three trading firms: a bakery, a hotel and a farm.');
    expect(none.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('takes the antecedent only of a relative pronoun, not the name before a comma that ends a clause', () => {
    const out = extractText('Laos sanctioned Martin Varno, Vestrik is a subsidiary of Orvel Trading.');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Martin Varno', 'Orvel Trading');
  });
});
