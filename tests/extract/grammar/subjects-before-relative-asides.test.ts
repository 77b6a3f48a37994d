/**
 * A phrase that names no one, set off by a relative aside, is still the subject of the verb after the aside: in
 * "B said that many firms, eight of which are Thai, supply G to K" the firms supply K, not B. Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('grammar: subjects before relative asides', () => {
  it('reads no supply by the reporter where the subject before a "which" aside names no one', () => {
    expect(flows('President Martin Varno said that many companies, which are Thai, supply equipment to Laos.')).toEqual([]);
  });

  it('reads a part of the antecedent before "of which" or "of whom" as a relative aside too', () => {
    expect(flows('President Martin Varno said that many companies, eight of which are Thai, supply equipment to Laos.')).toEqual([]);
    expect(flows('Martin Varno said that several firms, some of whom are based in Thailand, ship drones to Laos.')).toEqual([]);
  });

  it('keeps the named subject before such an aside', () => {
    expectRel(extractText('Martin Varno said that Brask Logistics, which is based in Thailand, ships drones to Laos.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
  });
});
