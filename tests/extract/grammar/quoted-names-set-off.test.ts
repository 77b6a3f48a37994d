/**
 * A quoted name set off in the American style, its comma inside the quotes ('the company "A," a maker sanctioned by
 * B'), and an aside between a subject and its verb that holds a negation of its own ("A, not on any list, has
 * bought G"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: quoted names set off', () => {
  it('reads the name before a description past the quote that closes it', () => {
    const out = extractText('Its last buyer is the firm "Orvel," a Hanoi drone maker sanctioned by the EU in 2024.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Orvel').rule).toBe('frame:sanction/passive');
  });

  it('reads the name as the subject past the description and its quote: \'the company "A," a maker, bought G\'', () => {
    expect(expectRel(extractText('The company "Orvel," a Hanoi drone maker, bought Thai motors.'), 'SHIPPED_TO', 'Thailand', 'Orvel').rule).toBe('frame:acquire/active');
  });

  it('reads no name past a quotation that only ends with a comma', () => {
    expect(relationsOf('"We sold nothing to Orvel," a Hanoi drone maker sanctioned by the EU said.', 'SANCTIONED')).toEqual([]);
  });

  it('reads a clause as asserted where the negation is in an aside: "A, not on any list, has bought Thai goods"', () => {
    expect(expectRel(extractText('The Laotian company "Kestrova," not on any Vietnamese list, has bought Thai goods since 2024.'), 'SHIPPED_TO', 'Thailand', 'Kestrova').rule).toBe('frame:acquire/active');
    expectRel(extractText('Kestrova Trading, which is not on a Vietnamese list, has bought Thai goods.'), 'SHIPPED_TO', 'Thailand', 'Kestrova Trading');
  });

  it('reads a text that opens with "Not" (no aside before it, nor any token)', () => {
    expectRel(extractText('Not long after the war began, Orvel Trading sold drones to Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos');
  });

  it('keeps a negation of the clause itself', () => {
    expect(relationsOf('Kestrova Trading, which is listed, has not imported Thai goods.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Kestrova Trading, however, did not import Thai goods.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Kestrova Trading, which did not import Thai goods, was listed.', 'SHIPPED_TO')).toEqual([]);
  });
});
