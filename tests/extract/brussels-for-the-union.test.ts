/**
 * "Brussels" that acts ("Brussels imposed sanctions on A", "sanctioned by Washington and Brussels", "..., and Brussels
 * sanctioned it") stands for the European Union, as a capital stands for its state; as a place ("a court in Brussels",
 * "from Brussels to K", "to Hanoi and Brussels", "a Brussels firm") it is a city in Belgium; "Belgium" itself stays the
 * country. Sentences written for the test (invented names).
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

  it('keeps a place in a list of places, or before a noun it places', () => {
    for (const text of ['Halvern Group shipped drones to Hanoi and Brussels.', 'Halvern Group, a Brussels firm, shipped drones to Vestrik.',
      'Halvern Group, a Brussels-based firm, shipped drones to Vestrik.']) {
      expect(extractText(text).entities.some((e) => e.name === 'European Union')).toBe(false);
    }
  });

  it('reads the Union as an agent after "by" and as a subject anywhere in the sentence', () => {
    expectRel(extractText('Halvern Group was sanctioned by Washington and Brussels.'), 'SANCTIONED', 'European Union', 'Halvern Group');
    expectRel(extractText('Halvern Group shipped drones to Vestrik, and Brussels sanctioned it.'), 'SANCTIONED', 'European Union', 'Halvern Group');
  });
});
