/**
 * Units of a firm named in enforcement reports: "A and its subsidiaries, including B and C" (and between dashes,
 * "including, most notably, B"), "the firm's sales unit in Laos, B" (past the unit's place), and the firm named
 * before the unit's noun over a possessor ("K's Halvern Group subsidiary in Laos, B"). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const subs = (text: string) => extractText(text).relations.filter((r) => r.type === 'SUBSIDIARY_OF');

describe('ownership: units listed and placed', () => {
  it('reads the units a firm\'s plural "subsidiaries" announces with "including"', () => {
    const out = extractText('Halvern Group and its subsidiaries, including Orvel Aerospace and Tessaly Optics, broke the rules.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Orvel Aerospace', 'Halvern Group').rule).toBe('frame:own/coordinated-tie');
    expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
    expectRel(extractText('Halvern Group and its many subsidiaries—including, notably, Orvel Aerospace—broke the rules.'), 'SUBSIDIARY_OF', 'Orvel Aerospace', 'Halvern Group');
    // (Not what a plural "customers" includes, nor a list a singular unit has no part in.)
    expect(subs('Halvern Group and its customers, including Orvel Aerospace, broke the rules.')).toEqual([]);
    expect(subs('Halvern Group and its unit, including Orvel Aerospace, broke the rules.')).toEqual([]);
    // (Nor the owners a plural names, nor a state's units, nor places.)
    expectNoRel(extractText('Halvern Group and its owners, including Orvel Holdings, broke the rules.'), 'SUBSIDIARY_OF', 'Orvel Holdings', 'Halvern Group');
    expect(subs('Laos and its units, including Orvel Aerospace, broke the rules.')).toEqual([]);
    expect(subs('Halvern Group and its subsidiaries, including Vietnam and Thailand, broke the rules.')).toEqual([]);
    // (Nor former units.)
    expect(subs('Halvern Group and its former subsidiaries, including Orvel Aerospace, were sanctioned.')).toEqual([]);
  });

  it('reads the unit named after its place', () => {
    const out = extractText("Halvern Group makes radios. Salespeople of the firm's sales unit in Laos, Halvern Laos Limited, hid the buyers.");
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern Laos Limited', 'Halvern Group').rule).toBe('frame:own/child-apposition');
    // (Past a place only: a unit "in the group's network, A" is not read.)
    expect(subs("Halvern Group's unit in the network, Orvel Trading, hid the buyers.")).toEqual([]);
  });

  it('gives the unit to the firm named before its noun, not to the possessor', () => {
    const out = extractText("Laos named Martin Varno's Halvern Group subsidiary in Vietnam, Orvel Gold, in its list.");
    expectRel(out, 'SUBSIDIARY_OF', 'Orvel Gold', 'Halvern Group');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Orvel Gold', 'Martin Varno');
    // (A firm only: "its EU subsidiary, B" is the possessor's.)
    expectRel(extractText('Orvel Trading said its EU subsidiary, Brask Logistics, was sanctioned.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Orvel Trading');
  });

  it('reads a relative clause on a description with a short form inside it ("a venture capital (VC) firm that acquired B")', () => {
    const out = extractText('The ministry declined to prosecute Halvern Management LLC, a venture capital (VC) firm that acquired Orvel Trading in 2020.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Orvel Trading', 'Halvern Management LLC').rule).toBe('frame:takeover/active');
  });
});
