/**
 * Goods given, and a state referred to as "the regime": "A gave G to B" is a transfer as "sold" is (goods for its
 * object only); a participle right after a verb of giving or selling describes the goods ("gave banned missile
 * systems to B"); and "the regime" as the next supplier is the country that supplied last. Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: goods given', () => {
  it('reads "A gave G to B" as A supplying B, but not "gave support to B"', () => {
    expect(expectRel(extractText('Laos gave rifles to Mongolia in 2019.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:give-goods/active');
    expect(relationsOf('Halvern Group gave support to Mongolia.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Halvern Group gave approval to Brask Logistics.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Laos gave the island to Mongolia.', 'SHIPPED_TO')).toEqual([]);
  });

  it('reads a participle right after a verb of giving or selling as a word of the goods', () => {
    expect(expectRel(extractText('Laos gave banned ballistic missile systems to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:give-goods/active');
    expect(expectRel(extractText('Halvern Group sold used military engines to Mongolia.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia').rule).toBe('frame:supply/active');
    // (After an adverb too.)
    const adverb = extractText('Laos makes rifles. Laos also gave banned ballistic missile systems to Mongolia.');
    expect(expectRel(adverb, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:give-goods/active');
  });
});

describe('discourse: "the regime" as the next supplier', () => {
  it('reads "A sent G to K. The regime also gave G2 to C" as A supplying C', () => {
    const out = extractText('Laos sent rifles to Vietnam. The regime also gave banned missile systems to Mongolia.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Mongolia');
    // (Only when the state supplied alone: not after "A and B sent G to K".)
    expectNoRel(extractText('Laos and Halvern Group sent rifles to Vietnam. The regime also gave missile systems to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    // (Not as the buyer, nor selling on what it got: "The regime then sold them to C" is K's resale.)
    expectNoRel(extractText('Laos sent rifles to Vietnam. The regime then sold them to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectNoRel(extractText('Laos sent rifles to Vietnam. The regime also bought drones from Halvern Group.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // (A firm that supplied last is no regime.)
    const firm = extractText('Halvern Group sent rifles to Vietnam. The regime also gave missile systems to Mongolia.');
    expectNoRel(firm, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
  });
});
