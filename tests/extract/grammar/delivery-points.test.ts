/**
 * Points of delivery in a country stand for it as the destination ("to an address in Laos", "to ports in Laos"; not
 * one port, often a stop on the way), past a relative clause on the goods; a bare form right after an article is a noun, though
 * the tagger reads "address" as a verb; and "had first sent" is a perfect, though the tagger reads "first sent" as a
 * noun phrase. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('points of delivery', () => {
  it('sends the goods to the country of an address or of its ports', () => {
    expectRel(extractText('Halvern Group shipped the radios to an address in Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group shipped the radios to ports in Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // (One port or warehouse is often a stop on the way: the goods' end is where they go on to.)
    const onward = extractText('Halvern Group shipped drones to a port in Thailand for onward delivery to Laos.');
    expectRel(onward, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(onward, 'SHIPPED_TO', 'Thailand', 'Laos');
    // (Past a relative clause on the goods, an infinitive inside it too.)
    expectRel(extractText('The Thai firm Halvern Group had first sent the servers, which may serve to operate mills, to an address in Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    // (A letter is no goods; an office moved is no goods either.)
    for (const text of ['Halvern Group sent the letter to an address in Laos.', 'Halvern Group moved its offices to an address in Laos.']) {
      expect(extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    }
  });

  it('reads "had first sent G to B" as the perfect of the verb', () => {
    for (const adverb of ['first', 'already', 'originally']) {
      expectRel(extractText(`Halvern Group had ${adverb} sent the radios to Laos.`), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    }
  });
});
