/**
 * The wording of sanctions designations: "procured G on behalf of B", "made dozens of shipments of G to B",
 * "facilitated the shipment of G to B". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: procurement wording of designations', () => {
  it('reads "A procured G on behalf of B" as a flow to B, and keeps the purchase itself', () => {
    expect(expectRel(extractText('Qinto Power Ltd procured UAV components on behalf of Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors').rule)
      .toBe('frame:acquire-on-behalf/active');
    const both = extractText('Qinto Power Ltd bought chips from Taiwan on behalf of Velmor Motors.');
    expectRel(both, 'SHIPPED_TO', 'Taiwan', 'Qinto Power Ltd');
    expectRel(both, 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
    expectNoRel(extractText('Qinto Power Ltd tried to procure chips on behalf of Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
  });

  it('reads a light verb before a counted supply noun and "facilitated the shipment of G to B"', () => {
    const made = extractText('Since 2023, Qinto Power Ltd has made dozens of shipments of electronic components to Velmor Motors.');
    expect(expectRel(made, 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors').rule).toBe('frame:supply/nominal');
    expectRel(extractText('Qinto Power Ltd facilitated the shipment of drone engines to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
    expectNoRel(extractText('Qinto Power Ltd did not facilitate the shipment of drone engines to Velmor Motors.'), 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors');
  });
});

describe('grammar: a buyer of goods named with their owner', () => {
  it('reads "B is a Russian importer of A\'s electronics" as A -> B', () => {
    const out = extractText("Velmor Motors is a Russian importer of Qinto Power Ltd's electronics.");
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Power Ltd', 'Velmor Motors').rule).toBe('frame:supply/copular-role');
    expectNoRel(out, 'SHIPPED_TO', 'Velmor Motors', 'Qinto Power Ltd');
  });
});

describe('discourse: the makers of goods a flow moved', () => {
  it('reads "A shipped G to B. The shipments included chips made by C and D" as C -> B and D -> B', () => {
    const out = extractText('Kestrel Trading shipped electronics to Varkonia in 2023. The shipments included chips made by Qinto Corp and Sarvek Inc.');
    expect(expectRel(out, 'SHIPPED_TO', 'Qinto Corp', 'Varkonia').rule).toBe('frame:supply/goods-include-makers');
    expectRel(out, 'SHIPPED_TO', 'Sarvek Inc.', 'Varkonia');
    expectRel(extractText('Velmor Motors imported $2 million of electronics from Hong Kong in 2023. The imported goods included chips from U.S. companies Qinto Corp and Sarvek Inc.'),
      'SHIPPED_TO', 'Qinto Corp', 'Velmor Motors');
  });

  it('does not when the subject is no goods of the last flow', () => {
    const out = extractText('Kestrel Trading shipped electronics to Varkonia in 2023. The sanctions list included Qinto Corp and Sarvek Inc.');
    expectNoRel(out, 'SHIPPED_TO', 'Qinto Corp', 'Varkonia');
  });
});
