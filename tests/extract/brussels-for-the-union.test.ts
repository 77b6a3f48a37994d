/**
 * "Brussels" that acts ("Brussels imposed sanctions on A", "Brussels also widened the ban on the previously sanctioned
 * A") stands for the European Union, as a capital stands for its state; after a preposition of place ("a court in
 * Brussels", "from Brussels to K") it is a place in Belgium; "Belgium" itself stays the country. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('mentions: Brussels for the European Union', () => {
  it('reads the acting city as the Union', () => {
    const out = extractText('Brussels then widened its payment ban to cover the listed Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'European Union', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'European Union', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Belgium', 'Halvern Group');
  });

  it('keeps the city a place after a preposition of place', () => {
    const out = extractText('Halvern Group shipped drones from Brussels to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Russia');
    expect(out.entities.some((e) => e.name === 'European Union')).toBe(false);
    expect(out.entities.some((e) => e.name === 'Belgium')).toBe(true);
  });

  it('keeps the country\'s own name the country', () => {
    expectRel(extractText('Belgium imposed sanctions on Halvern Group last year.'), 'SANCTIONED', 'Belgium', 'Halvern Group');
  });
});
