/**
 * Owners a record names: "A is listed (registered, named) as the majority owner of B", also in a relative clause,
 * and "A, a Laotian national who is the owner of B" (the antecedent a description whose only name is a demonym).
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('owners on record', () => {
  it('reads "is listed as the largest owner of B" as a copula, in a relative clause too', () => {
    expect(expectRel(extractText('Martin Varno is listed as the largest owner of Halvern Group.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno').rule).toBe('frame:own/copula-owner');
    expectRel(extractText('Martin Varno, who is registered as the owner of Halvern Group, left Laos.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
    expectRel(extractText('Halvern Group, which is named as a subsidiary of Brask Logistics, left Laos.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Brask Logistics');
    // (A participle of another kind before "as" is no record: "is seen as the owner" is an opinion.)
    expect(extractText('Martin Varno is seen as the majority owner of Halvern Group.').relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('takes the name a demonym-only description follows as the antecedent of its relative clause', () => {
    const out = extractText('Vietnam sanctioned Martin Varno, a Laotian national who is the majority owner of Halvern Group.');
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
    const listed = extractText('Vietnam sanctioned Martin Varno, a Laotian citizen who is recorded as the largest owner of Halvern Group, a firm accused of fraud.');
    expectRel(listed, 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
  });
});
