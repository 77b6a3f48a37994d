/**
 * A headline that closes on the people it cites ("Laotian firm sent drones to Russian plant: Experts") names no one
 * by that plural, whatever word opens the next paragraph; a capitalised word in the same line after it may still
 * open a name. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('mentions: people of a post closing a headline', () => {
  it('reads "Experts" after the colon as no name, before a new paragraph', () => {
    const out = extractText('Laotian company sent drones to Russian factory: Experts\n\nHalvern Group shipped radios to Vietnam.');
    expect(out.entities.some((e) => e.name === 'Experts')).toBe(false);
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Experts');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('reads "Analysts" alike', () => {
    const out = extractText('Laotian firm shipped radios to Russian plant: Analysts\n\nThe plant makes drones.');
    expect(out.entities.some((e) => e.name === 'Analysts')).toBe(false);
  });
});
