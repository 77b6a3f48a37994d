/**
 * A relative clause on a description of a named company ("A, a Hong Kong company that ships ...", "A is a Chinese
 * firm that supplied ...") is about the company, not about the country that modifies the description; a group
 * described by its trade and named after a copula ("Other firms supplying B are A and C") is those names. Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../server/domain/types.js';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const flows = (out: Extraction) => out.relations.filter((r) => r.type === 'SHIPPED_TO');

describe('grammar: relative clauses on a description of a name', () => {
  it('reads the apposition\'s name: "A, a Hong Kong company that ships G to B"', () => {
    const out = extractText('Pemberly Trading Ltd, a Hong Kong company that ships drone parts to Varkonia, was sanctioned on Monday.');
    expect(expectRel(out, 'SHIPPED_TO', 'Pemberly Trading Ltd', 'Varkonia').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Hong Kong', 'Varkonia');
  });

  it('reads the apposition of a prepositional object: "bought chips from A, a Chinese firm that also ships G to C"', () => {
    const out = extractText('The buyer Orlov Systems LLC bought chips from Pemberly Trading Ltd, a Chinese firm that also ships drone parts to Iran.');
    expectRel(out, 'SHIPPED_TO', 'Pemberly Trading Ltd', 'Iran');
    expectNoRel(out, 'SHIPPED_TO', 'China', 'Iran');
  });

  it('reads the copula\'s subject: "A is a Chinese company that ships", "A is one of a few firms that ship"', () => {
    for (const text of [
      'Pemberly Trading Ltd is a Chinese company that ships drone parts to Varkonia.',
      'Pemberly Trading Ltd is one of a few Chinese firms that ship drone parts to Varkonia.',
      'Pemberly Trading Ltd was identified as a Chinese supplier that shipped chips to Varkonia.',
      'Pemberly Trading Ltd is a company in China that supplies Varkonia with drone parts.',
    ]) {
      const out = extractText(text);
      const f = flows(out);
      expect(f, text).toHaveLength(1);
      expectRel(out, 'SHIPPED_TO', 'Pemberly Trading Ltd', 'Varkonia');
    }
  });

  it('lets "the companies" refer to a list of companies only, not to the governments that sanctioned them', () => {
    const out = extractText([
      'The United States and Britain on Monday sanctioned a dozen companies in China that they say supplied engines to Varkonia.',
      'The Treasury said the companies had shipped millions of dollars of goods to Varkonia since 2023.',
    ].join(' '));
    expectRel(out, 'SHIPPED_TO', 'China', 'Varkonia');
    expectNoRel(out, 'SHIPPED_TO', 'United States', 'Varkonia');
    expectNoRel(out, 'SHIPPED_TO', 'United Kingdom', 'Varkonia');
  });

  it('names a group described by its trade after a copula or "include": "Other firms supplying B with G are A, C and D"', () => {
    const out = extractText('Other Macau firms reportedly supplying Belarus with Korean gearboxes are Dorvik Ltd., Tarsel Links Ltd. and Ostmark HK Ltd.');
    for (const a of ['Dorvik Ltd.', 'Tarsel Links Ltd.', 'Ostmark HK Ltd.']) expect(expectRel(out, 'SHIPPED_TO', a, 'Belarus').rule).toBe('frame:supply-party/active');
    const rel = extractText('Macau firms that shipped gearboxes to Belarus include Dorvik Ltd. and Tarsel Links Ltd.');
    expect(expectRel(rel, 'SHIPPED_TO', 'Tarsel Links Ltd.', 'Belarus').rule).toBe('frame:supply/active');
    // A clause of its own before the copula ends the description: its names are no suppliers.
    const other = extractText('Macau firms that shipped gearboxes to Belarus said their partners are Dorvik Ltd. and Tarsel Links Ltd.');
    expectNoRel(other, 'SHIPPED_TO', 'Dorvik Ltd.', 'Belarus');
  });

  it('takes a relative after "a member of X" as about the member, not X: "A is a member of B that also supplies G to C"', () => {
    const out = extractText('Ostland is a member of the Varno Pact that also supplies rifles to Belarus.');
    const pact = out.entities.find((e) => e.name.includes('Varno Pact'))?.id;
    expect(pact).toBeDefined();
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.source === pact && (r.rule ?? '').startsWith('frame:'))).toEqual([]);
  });
});

describe('clauses: members of a group a relative clause describes', () => {
  it('reads "A and C are among the states that supply G to B" as A and C supplying B', () => {
    const out = extractText('Armenia and Georgia are among the main states that make, sell and supply such parts to Belarus.');
    for (const n of ['Armenia', 'Georgia']) expect(expectRel(out, 'SHIPPED_TO', n, 'Belarus').rule).toBe('frame:supply/active');
    // (A complement clause after another noun is no relative: "the claim that they supply parts to B".)
    expect(extractText('Armenia rejected the claim that firms supply parts to Belarus.').relations.filter((r) => r.type === 'SHIPPED_TO' && r.rule?.startsWith('frame:'))).toEqual([]);
  });
});

describe('clauses: two descriptions joined, each with its name in apposition', () => {
  it('reads "a Thai firm, A, and a Lao firm, B, which have shipped G to C" as both shipping, and both as the object', () => {
    const out = extractText('Vietnam sanctioned a Thai company, Halvern Group, and a Lao company, Brask Logistics, which have supplied drones to Vestrik.');
    for (const n of ['Halvern Group', 'Brask Logistics']) {
      expectRel(out, 'SANCTIONED', 'Vietnam', n);
      expectRel(out, 'SHIPPED_TO', n, 'Vestrik');
    }
    // (A singular verb is the last name's alone.)
    const one = extractText('Vietnam sanctioned a Thai company, Halvern Group, and a Lao company, Brask Logistics, which has supplied drones to Vestrik.');
    expectRel(one, 'SHIPPED_TO', 'Brask Logistics', 'Vestrik');
    expectNoRel(one, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
  });

  it('reads "sold G to a Thai firm, A, and a Lao firm, B" as two recipients', () => {
    const out = extractText('Orvel Trading sold drones to a Thai company, Halvern Group, and a Lao firm, Brask Logistics, last year.');
    for (const n of ['Halvern Group', 'Brask Logistics']) expectRel(out, 'SHIPPED_TO', 'Orvel Trading', n);
    // (Not a name that opens a clause of its own after the first recipient.)
    for (const [text, other] of [
      ['Halvern Group sold drones to a Thai firm, Brask Logistics, and a company spokesman, Martin Varno, confirmed the sale.', 'Martin Varno'],
      ['Halvern Group sold drones to a Thai firm, Brask Logistics, and a rival company, Orvel Trading, said it had refused the order.', 'Orvel Trading'],
      ['Halvern Group supplied engines to a Thai firm, Brask Logistics, and a Lao firm, Orvel Trading, has since bought the same model.', 'Orvel Trading'],
    ]) {
      const out2 = extractText(text);
      expectRel(out2, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
      expectNoRel(out2, 'SHIPPED_TO', 'Halvern Group', other);
    }
  });

  it('takes no name from inside the first item\'s own description, nor a relative clause on another noun', () => {
    const unit = extractText('Brask Logistics, a unit of Halvern Group, and a Lao firm, Orvel Trading, which have supplied drones to Vietnam, were sanctioned on Tuesday.');
    expectNoRel(unit, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    const owned = extractText('Tessaly Optics, which is owned by Halvern Group, and a Lao firm, Orvel Trading, which have supplied drones to Vietnam, were sanctioned.');
    expectNoRel(owned, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    const ties = extractText('Vietnam sanctioned a Thai company, Halvern Group, and a Lao firm, Brask Logistics, for their ties to drone makers, which have supplied engines to Laos.');
    expectNoRel(ties, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
