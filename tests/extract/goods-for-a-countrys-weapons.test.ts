/**
 * Goods supplied "for Russian drones" or "for Laos's missiles" go to the country whose weapons they are; not where
 * the phrase names only who designed them ("for Iranian-made drones"). Sentences written for the test (invented
 * names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: goods for a country\'s weapons', () => {
  it('takes the country of the weapons as the recipient', () => {
    expectRel(extractText('Halvern Group provided microchips for Russian drones.'), 'SHIPPED_TO', 'Halvern Group', 'Russia');
    expectRel(extractText('Brask Logistics supplied engines for Laotian missiles.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
  });

  it('keeps a stated destination first', () => {
    const out = extractText('Halvern Group supplied parts for Vietnamese tanks to Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('takes no recipient from the maker of a design', () => {
    expectNoRel(extractText('Halvern Group provided engine components for Iranian-made drones.'), 'SHIPPED_TO', 'Halvern Group', 'Iran');
  });

  it('takes none where the weapons\' country may be only their make', () => {
    const used = extractText('Halvern Group supplied spare parts for Soviet-era Russian tanks still used by Mongolia.');
    expectNoRel(used, 'SHIPPED_TO', 'Halvern Group', 'Russia');
    expectNoRel(extractText('Orvel Trading supplied engines for Vietnamese drones flown by Laotian forces.'), 'SHIPPED_TO', 'Orvel Trading', 'Vietnam');
    expectNoRel(extractText('Orvel Trading supplied engines for Vietnamese drones that Laos launches.'), 'SHIPPED_TO', 'Orvel Trading', 'Vietnam');
    expectNoRel(extractText('Halvern Group manufactures copies of parts for American helicopters.'), 'SHIPPED_TO', 'Halvern Group', 'United States');
  });

  it('takes none for weapons of an era\'s make', () => {
    expectNoRel(extractText('Halvern Group supplied spare parts for Soviet-era Russian tanks.'), 'SHIPPED_TO', 'Halvern Group', 'Russia');
  });
});
