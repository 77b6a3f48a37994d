/**
 * Goods a party is said to use, with where they were made: "some of the rifles used by B in its raids were made in
 * A", "Laotian drones used by B". The subject of the main verb is the goods, past the participle's agent and its
 * phrases. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: goods used by a party', () => {
  it('reads "some of the rifles used by B in its raids were manufactured in A or C"', () => {
    const out = extractText('Officers found that some of the rifles used by Kestrova Trading in its raids were manufactured in Laos or Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Kestrova Trading').rule).toBe('frame:use/passive');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Kestrova Trading');
  });

  it('reads the goods\' country before them: "Laotian drones used by B crashed"', () => {
    expectRel(extractText('Laotian drones used by Mongolia crashed near the border.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('reads no flow where no user is named, nor where a ban names the goods\' use', () => {
    expect(relationsOf('Drones used in the raids were manufactured in Laos, Mongolia said.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('The board then adopted a “ban on the export, transfer or sale from Laos to Mongolia of parts used for building missiles”.', 'SHIPPED_TO')).toEqual([]);
  });
});
