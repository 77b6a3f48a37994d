/**
 * A trade given as the reason for a measure, naming no party of its own, is the target's: "sanctioned K over drone
 * deliveries to B" (K delivered them); a trade that names its own supplier keeps it, a measure only guessed at
 * makes no one a supplier, and a request is no measure. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: the target of a measure supplies the trade it is for', () => {
  it('reads "B sanctioned K over drone deliveries to C"', () => {
    expect(expectRel(extractText('Vietnam sanctioned Laos over drone deliveries to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply/nominal');
  });

  it('reads the headline "B joins C in sanctioning K over alleged drones supply to D"', () => {
    expectRel(extractText('Mongolia joins Vietnam in sanctioning Laos over alleged drones supply to Thailand'), 'SHIPPED_TO', 'Laos', 'Thailand');
  });

  it('reads "imposed sanctions on A for arms sales to C" and the passive "A was sanctioned by B for exports to C"', () => {
    expectRel(extractText('Vietnam imposed sanctions on Halvern Group for arms sales to Mongolia.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectRel(extractText('Halvern Group was sanctioned by Vietnam for drone exports to Mongolia.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
  });

  it('keeps the supplier the trade names: "over Mongolian drone deliveries to Thailand"', () => {
    const out = extractText('Vietnam sanctioned Laos over Mongolian drone deliveries to Thailand.');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Thailand');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Thailand');
  });

  it('makes no supplier of the target of a measure only guessed at: "may sanction K over deliveries to C"', () => {
    expectNoRel(extractText('Vietnam may sanction Laos over drone deliveries to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });

  it('makes no supplier of one asked for a trade: "B asked K for drone deliveries to C"', () => {
    expectNoRel(extractText('Vietnam asked Laos for drone deliveries to Mongolia.'), 'SHIPPED_TO', 'Laos', 'Mongolia');
  });
});

describe('grammar: only a measure makes its target the trade\'s supplier', () => {
  it('reads no trade in "set A a deadline for deliveries", "approved A for exports", "issued A a licence for exports"', () => {
    expectNoRel(extractText('Vietnam set Halvern Group a deadline for drone deliveries to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(extractText('Vietnam approved Halvern Group for drone exports to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(extractText('Laos issued Halvern Group a licence for drone exports to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('still reads "imposed sanctions on A for exports to B"', () => {
    expectRel(extractText('Laos imposed sanctions on Halvern Group for drone exports to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });
});
