/**
 * Measures given in answer and to semicolon sets: "K responded with sanctions against B", "added sanctions
 * against A, a state firm; B, a supplier of C; and D", and the phrase "the textile and fiber manufacturer A". Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: a body answering with a measure', () => {
  it('reads "K responded with (more severe) sanctions against B" and "retaliated with sanctions on B"', () => {
    expect(expectRel(extractText('Laos responded with more severe sanctions against Vietnam.'), 'SANCTIONED', 'Laos', 'Vietnam').rule).toBe('frame:respond-with/active');
    expect(expectRel(extractText('Thailand retaliated with sanctions on Halvern Group.'), 'SANCTIONED', 'Thailand', 'Halvern Group').rule).toBe('frame:respond-with/active');
  });

  it('reads no measure from an answer with something else', () => {
    expect(relationsOf('The Laotian ministry responded with a statement against Halvern Group.', 'SANCTIONED')).toEqual([]);
  });
});

describe('grammar: a measure on every item of a semicolon set', () => {
  const SET = 'the Thai state-owned textile and fiber maker Halvern Group, which sells cloth to the Vietnamese army; Brask Logistics, a supplier of Orvel Trading; and Tessaly Optics, a Laotian supplier of Orvel Trading.';

  it('reads "added sanctions against A, ...; B, ...; and C, ..." as a measure on each', () => {
    const out = extractText(`The Laotian Treasury added sanctions against ${SET}`);
    for (const t of ['Halvern Group', 'Brask Logistics', 'Tessaly Optics']) expect(expectRel(out, 'SANCTIONED', 'Laotian Treasury', t).rule).toBe('frame:impose/active');
    // (The first item's relative clause is its own: the items after it sell nothing to the army.)
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnamese army');
    expectNoRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnamese army');
  });

  it('reads no measure on a name after a semicolon that opens a clause of its own, nor without a closing "; and"', () => {
    const clause = extractText('Laos imposed sanctions on Halvern Group, a Thai firm; Brask Logistics shipped drones to Vietnam; and Orvel Trading, a broker, denied it.');
    expectRel(clause, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(clause, 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectNoRel(extractText('Laos imposed sanctions on Halvern Group, a Thai firm; Brask Logistics, a broker named in the report, denied any role.'), 'SANCTIONED', 'Laos', 'Brask Logistics');
  });
});

describe('chunks: lines of business joined before the noun for a firm', () => {
  it('reads "the textile and fiber maker A" as one phrase naming A', () => {
    expectRel(extractText('Laos imposed sanctions on the textile and fiber maker Halvern Group.'), 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('keeps two parties where the first is a firm referred back to, or the second is no firm', () => {
    expectRel(extractText('Brask Logistics sold drones to Vietnam. Laos later sanctioned the supplier and defence firm Halvern Group.'), 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectRel(extractText('Laos sanctioned the Vietnamese ministry and defence minister Martin Varno.'), 'SANCTIONED', 'Laos', 'Vietnamese ministry');
  });
});

describe('chunks: a firm\'s own people after ", along with"', () => {
  it('reads "A, along with its director B and his father C" as three targets, also after a quoted name and its legal form', () => {
    const plain = extractText('Laos sanctioned Halvern Optics LLC, along with its director Martin Varno and his father Tomas Varno.');
    for (const t of ['Halvern Optics LLC', 'Martin Varno', 'Tomas Varno']) expectRel(plain, 'SANCTIONED', 'Laos', t);
    const quoted = extractText('The Laotian Treasury unveiled a fresh round of sanctions on Friday. Among those targeted is the Thai company "Halvern Optics" LLC, along with its director Martin Varno.');
    for (const t of ['Halvern Optics', 'Martin Varno']) expectRel(quoted, 'SANCTIONED', 'Laotian Treasury', t);
  });
});

describe('chunks: posts with modifiers and a second title before their holders', () => {
  it('reads "the firm\'s purported owner, A, and its purported chief director and treasurer, B and C" as three targets', () => {
    const out = extractText("Laos sanctioned the firm's purported owner, Martin Varno, and its purported chief director and treasurer, Tomas Varno and Irina Olskaya.");
    for (const t of ['Martin Varno', 'Tomas Varno', 'Irina Olskaya']) expectRel(out, 'SANCTIONED', 'Laos', t);
  });
});

describe('review counter-examples: degree adverbs after a verb, others "along with", a speaker after a second title', () => {
  it('keeps the object of "imposed very tough sanctions on A and its owner, B"', () => {
    const out = extractText('Thailand imposed very tough sanctions on Halvern Group and its owner, Martin Varno.');
    expect(expectRel(out, 'SANCTIONED', 'Thailand', 'Martin Varno').rule).toBe('frame:impose/active');
  });

  it('joins no allies or partners after ", along with its", and no speaker after a second title', () => {
    expectNoRel(extractText('The United States sanctioned Halvern Group, along with its allies Britain and Japan.'), 'SANCTIONED', 'United States', 'Japan');
    expectNoRel(extractText('Halvern Group shipped drones to Laos, along with its partner Orvel Trading.'), 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
    expectNoRel(extractText('The EU sanctioned Halvern Group and its director and treasurer, Vietnam said.'), 'SANCTIONED', 'EU', 'Vietnam');
  });
});
