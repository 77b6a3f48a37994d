/**
 * A group of targets described as subject to a measure ("The firms and person subject to Laotian sanctions
 * include A, a state firm; B, its director; and C, a test range": every item of a list set apart by semicolons), a
 * unit of a named group and its name in apposition ("the subsidiary of B in K, A,": A is sanctioned, and is B's), and
 * an owner in apposition with a possessive ("A, B's parent company,"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a group described as subject to a measure, and items set apart by semicolons', () => {
  const measure = 'Laos imposed sanctions on a Mongolian citizen and three Vietnamese entities on Monday.';

  it('reads "The firms and person subject to Laotian sanctions include A, ...; B, ...; and C, ..."', () => {
    const out = extractText(`${measure} The firms and person subject to Laotian sanctions include the Halvern Flight Unit, a state-owned carrier; Martin Varno, the director of the Halvern Flight Unit; Brask Test Complex, a military test site; and Tessaly Firing Range, a missile range.`);
    for (const target of ['Halvern Flight Unit', 'Martin Varno', 'Brask Test Complex', 'Tessaly Firing Range']) {
      expect(expectRel(out, 'SANCTIONED', 'Laos', target).rule).toBe('frame:sanction/targets-include');
    }
  });

  it('reads a measure named with a hyphenated participle: "subject to Laos-imposed restrictions"', () => {
    expectRel(extractText(`${measure} The firms subject to Laos-imposed restrictions include Halvern Group.`), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('takes no semicolon list whose items do not each open with a name', () => {
    const out = extractText(`${measure} The entities subject to the sanctions include Halvern Group, a state-owned carrier; its directors are unknown; and Brask Logistics ships drones.`);
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('reads no group as targets when what it is subject to is no measure', () => {
    const out = extractText(`${measure} The entities subject to the new customs rules include Halvern Group.`);
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});

describe('grammar: a unit of a named group, named in apposition', () => {
  it('reads "sanctioned the subsidiary of B in K, A,": A is the target, and B\'s unit', () => {
    const out = extractText('Laos has sanctioned the subsidiary of Halvern Group in Mongolia, Brask Gold, for facilitating the export of gold.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Gold');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Brask Gold', 'Halvern Group').rule).toBe('frame:own/unit-of-apposition');
  });

  it('reads "A subsidiary of B, A, shipped G to C" as B\'s unit', () => {
    const out = extractText('A subsidiary of Halvern Group, Brask Gold, shipped gold to Orvanne.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Gold', 'Halvern Group');
    expectRel(out, 'SHIPPED_TO', 'Brask Gold', 'Orvanne');
  });

  it('takes no unit where the "of" phrase is a description, not a named group', () => {
    const out = extractText('The subsidiary of the Laotian group, Brask Gold, shipped gold to Orvanne.');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('grammar: an owner in apposition with a possessive', () => {
  it('reads "C, A\'s parent company," as A\'s owner', () => {
    const out = extractText('Martin Varno runs Brask Gold and also works for Tessaly Invest, Brask Gold’s parent company.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Brask Gold', 'Tessaly Invest').rule).toBe('frame:own/apposition-possessive-owner');
  });

  it('still reads the copula: "C is A\'s parent company"', () => {
    expect(expectRel(extractText('Tessaly Invest is Brask Gold’s parent company.'), 'SUBSIDIARY_OF', 'Brask Gold', 'Tessaly Invest').rule).toBe('frame:own/copula-possessive-owner');
  });

  it('takes no other role in apposition: "C, A\'s largest customer,"', () => {
    const out = extractText('The gold went to Tessaly Invest, Brask Gold’s largest customer, in May.');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('review: lists and owners the passes above must not read', () => {
  it('ends a semicolon list at an item with a clause of its own: "A, a carrier; B, its rival, was spared"', () => {
    const out = extractText('Laos imposed sanctions on two firms. The firms subject to the sanctions include Halvern Group, a state carrier; Brask Logistics, its rival, was spared.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });

  it('reads no owner in "C, A\'s former parent company,"', () => {
    expect(extractText('Drones went to Halvern Group, Brask Gold’s former parent company, in May.').relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
  });
});

