/**
 * "received batches of Thai drones": the goods after a batch's or a number's "of" name their origin as goods named
 * outright do ("received Thai drones"); what a count counts that is no goods moves none ("received hundreds of complaints
 * from K", "hundreds of Thai workers"). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('acquisitions: goods counted in batches', () => {
  it('reads the origin of goods received in batches', () => {
    expectRel(extractText('Halvern Group received batches of Thai drones in May.'), 'SHIPPED_TO', 'Thailand', 'Halvern Group');
  });

  it('reads the origin of goods bought by the hundred', () => {
    expectRel(extractText('Halvern Group bought hundreds of Thai drones last year.'), 'SHIPPED_TO', 'Thailand', 'Halvern Group');
  });

  it('reads the buyer a later sentence calls "the company"', () => {
    const out = extractText('Thai experts visited the Laotian plant Halvern Group. Since then, the company has received batches of Thai drones through a Laotian intermediary.');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Halvern Group');
  });

  it('reads no supply in a count of complaints or of workers received', () => {
    expectNoRel(extractText('Halvern Group received hundreds of complaints from Thailand.'), 'SHIPPED_TO', 'Thailand', 'Halvern Group');
    expectNoRel(extractText('Halvern Group received hundreds of Thai workers last year.'), 'SHIPPED_TO', 'Thailand', 'Halvern Group');
  });
});
