/**
 * Arms a party made with foreign goods: "A built drones using Chinese engines", "A developed a new drone called K
 * using G". The participle's user is the arms' maker, not the arms; the name a weapon's noun introduces is a product.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, kindsOf, mustEntity, relationsOf } from '../helpers.js';

describe('grammar: arms made with goods', () => {
  it('reads the maker as the user: "A built drones using Chinese engines and parts"', () => {
    expect(expectRel(extractText('Halvern Group built drones using Chinese engines and parts.'), 'SHIPPED_TO', 'China', 'Halvern Group').rule).toBe('frame:use/active');
  });

  it('reads the maker past a named weapon and a dashed aside', () => {
    const out = extractText('Officials said Halvern Group designed – and fielded – a long-range drone called Kestrova-A1 using Thai engines.');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Halvern Group');
    expectNoRel(out, 'SHIPPED_TO', 'Thailand', 'Kestrova-A1');
  });

  it('reads the name a weapon\'s noun introduces as a product, not a firm', () => {
    expect(mustEntity(extractText('Halvern Group unveiled a missile named Kestrova last week.'), 'Kestrova').kind).toBe('product');
    expect(kindsOf('Halvern Group bought a ship named Kestrova last week.').get('Kestrova')).not.toBe('product');
    expect(kindsOf('A Thai report on missiles named Kestrova as the main supplier to Laos.').get('Kestrova')).not.toBe('product');
  });

  it('reads no maker in a finite verb after the arms: "A said drones use Thai engines"', () => {
    expect(relationsOf('Halvern Group said drones use Thai engines.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads no maker in one who destroyed or seized the arms, nor in another country\'s arms', () => {
    expectNoRel(extractText('Laos seized missiles using Thai guidance chips.'), 'SHIPPED_TO', 'Thailand', 'Laos');
    const out = extractText('Vietnam destroyed Laotian drones using Thai engines.');
    expectNoRel(out, 'SHIPPED_TO', 'Thailand', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Laos');
  });

  it('reads no user in goods moved by means the sentence names ("ships components using Thai trucks")', () => {
    expect(relationsOf('Halvern Group ships components using Thai trucks.', 'SHIPPED_TO')).toEqual([]);
  });
});
