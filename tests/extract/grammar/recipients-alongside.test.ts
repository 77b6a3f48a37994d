/**
 * Goods received, and further recipients of the same goods: "Goods from K were received by a subsidiary of B",
 * "In addition, the goods were supplied to C" (C is another recipient of the same supplier, not a buyer from B);
 * "A's cameras were purchased by B and resold to C"; and where goods were made, for firms described by their country
 * ("Mongolian companies exported Laotian-made chips to B"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: recipients of the same goods', () => {
  it('reads "Goods from K were received by (a subsidiary of) B" as K supplying B', () => {
    expect(expectRel(extractText('Goods from Mongolia were received by Brask Logistics.'), 'SHIPPED_TO', 'Mongolia', 'Brask Logistics').rule).toBe('frame:acquire/passive');
    expectRel(extractText('Goods from Mongolia were also received by a subsidiary of the Laotian corporation Tessaly Optics.'), 'SHIPPED_TO', 'Mongolia', 'Tessaly Optics');
    // (Of two "from" phrases, the one that names a party: "goods from K from sanctioned companies".)
    const two = extractText('It is known that goods from Mongolia from sanctioned companies were received by Brask Logistics.');
    expect(expectRel(two, 'SHIPPED_TO', 'Mongolia', 'Brask Logistics').rule).toBe('frame:acquire/passive');
  });

  it('reads "In addition, the goods were supplied to C" and "were also supplied to C" as another recipient of the supplier', () => {
    const added = extractText('Goods from Mongolia were received by Brask Logistics. In addition, the goods were supplied to Tessaly Optics.');
    expectRel(added, 'SHIPPED_TO', 'Mongolia', 'Tessaly Optics');
    expectNoRel(added, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
    const also = extractText('Halvern Group sold chips to Brask Logistics. The chips were also shipped to Tessaly Optics.');
    expectRel(also, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    // (Without "also", the goods went on from the recipient.)
    expectRel(extractText('Halvern Group sold chips to Brask Logistics. The chips were later shipped to Tessaly Optics.'), 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
  });

  it('reads "A\'s cameras were purchased by B and resold to C" as B reselling them, not A selling to C', () => {
    const out = extractText('Orvanne Semiconductor makes cameras. In Laos, Orvanne cameras were purchased by Brask Logistics and resold to Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Orvanne Semiconductor', 'Brask Logistics');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Tessaly Optics');
    expectNoRel(out, 'SHIPPED_TO', 'Orvanne Semiconductor', 'Tessaly Optics');
  });

  it('reads where goods were made for firms described by their country: "Mongolian companies exported Laotian-made chips to B"', () => {
    const out = extractText('Mongolian companies exported Laotian-made chips, spare parts and other goods to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/active+origin');
    // (Not for one firm the text describes, which is no country: "a Mongolian distributor".)
    expectNoRel(extractText('A Mongolian distributor exported Laotian-made chips to Belarus.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });
});
