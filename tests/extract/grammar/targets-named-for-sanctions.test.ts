/**
 * Targets a body names "for sanctions" ("B named A for sanctions", "A was singled out for sanctions by B", "It named for
 * sanctions the company, its owner and two managers, C and D"), and an armed movement a purchase was made to support
 * ("A purchased G to support the militia's operations"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: targets named for sanctions, and a movement a purchase supports', () => {
  it('reads "B named A and C for sanctions" and its passive', () => {
    const out = extractText('The US Treasury named Oleg Brask and Irina Olskaya for sanctions.');
    expect(expectRel(out, 'SANCTIONED', 'US Treasury', 'Oleg Brask').rule).toBe('frame:name-for/active');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Irina Olskaya');
    expect(expectRel(extractText('Oleg Brask was singled out for sanctions by the US Treasury.'), 'SANCTIONED', 'US Treasury', 'Oleg Brask').rule)
      .toBe('frame:name-for/passive');
    // (Naming for anything else is no measure.)
    expect(relationsOf('The US Treasury named Oleg Brask as its new adviser.', 'SANCTIONED')).toEqual([]);
  });

  it('reads the names after "named for sanctions", with their descriptions, up to a clause of their own', () => {
    const out = extractText('The US Treasury sanctioned Halvern Group in May. It named for sanctions the firm, its owner, executives Oleg Brask and Irina ' +
      'Olskaya, and two managers, Navid Tessar and Bertrand Olskiy.');
    for (const target of ['Oleg Brask', 'Irina Olskaya', 'Navid Tessar', 'Bertrand Olskiy']) expectRel(out, 'SANCTIONED', 'US Treasury', target);
    const clause = 'The US Treasury named for sanctions two managers, Oleg Brask and Navid Tessar, who sold drones to Kestrova Trading.';
    expect(relationsOf(clause, 'SANCTIONED').map((r) => r.target)).toEqual(['Oleg Brask', 'Navid Tessar'].map((n) => entity(extractText(clause), n)?.id));
    // (Not a place in a target's phrase, nor the subject of a clause after the list.)
    const placed = 'The US Treasury named for sanctions the firm, its agent in Laos, Navid Tessar, and its owner, Oleg Brask, and the EU froze their assets.';
    expect(relationsOf(placed, 'SANCTIONED').filter((r) => r.rule === 'frame:name-for/active').map((r) => r.target))
      .toEqual(['Navid Tessar', 'Oleg Brask'].map((n) => entity(extractText(placed), n)?.id));
  });

  it('reads a name before "militia" as an organisation, and a purchase made to support its operations as supplying it', () => {
    const out = extractText('Halvern Group, which it said purchased electronics via offices in Laos to support the Kestrova militia\'s military operations, was ' +
      'sanctioned. The Kestrova militia operates drones.');
    expect(entity(out, 'Kestrova')?.kind).toBe('organization');
    const named = extractText('Halvern Group purchased electronics via offices in Laos to support Kestrova\'s military operations. The Kestrova militia denied it.');
    expect(expectRel(named, 'SHIPPED_TO', 'Halvern Group', 'Kestrova').rule).toBe('frame:acquire-for/active');
    // (A country's arms sector alike.)
    expectRel(extractText('Halvern Group purchased electronics to support Mongolia\'s defense sector.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    // (Not the buyer's own operations, nor a firm's operations or research: no armed effort.)
    expect(relationsOf('Halvern Group purchased electronics to support Tessaly Optics\' operations. Tessaly Optics is a firm.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Halvern Group purchased electronics to support its own operations.', 'SHIPPED_TO')).toEqual([]);
    // (Nor another party's aim later in the sentence.)
    expect(relationsOf('Halvern Group purchased electronics in Laos, while Tessaly Optics pledged to support Kestrova\'s military operations.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Halvern Group purchased electronics to support Tessaly Optics\' research. Tessaly Optics is a firm.', 'SHIPPED_TO')).toEqual([]);
  });
});
