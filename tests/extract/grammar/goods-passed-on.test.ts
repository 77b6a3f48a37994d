/**
 * Goods handed on to the next holder: "passed them on to B", "passing on the chips to B"; and a country's arms
 * industry as the buyer it stands for: "to Laos's military industry". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: goods passed on', () => {
  it('reads "passing them on to B" as supply, with the particle after the goods', () => {
    const out = extractText('Martin Varno is suspected of buying chips and passing them on to Kestrova.');
    expect(expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Kestrova').rule).toBe('frame:supply/active');
  });

  it('reads "passed on the chips to B", with the particle before the goods', () => {
    expect(expectRel(extractText('Martin Varno passed on the chips to Kestrova.'), 'SHIPPED_TO', 'Martin Varno', 'Kestrova').rule).toBe('frame:supply/active');
  });

  it('reads no supply in "passed" without "on ... to", nor where other words come between', () => {
    expect(relationsOf('Martin Varno passed the note to Kestrova.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Martin Varno passed the bill on Monday to Kestrova.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Martin Varno passed on Monday the bill to Kestrova.', 'SHIPPED_TO')).toEqual([]);
    // (Nor what is no goods, "passed the higher costs on to customers", "passed on the request to B", nor an "on" that
    // opens a date, "passed the drones on Monday to B".)
    expect(relationsOf('Halvern Group passed the higher costs on to customers in Vietnam.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Laos passed on the request to Vietnam.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Martin Varno passed the drones on Monday to Kestrova.', 'SHIPPED_TO').map((r) => r.rule)).not.toContain('frame:supply/active');
    // (Nor "on to" after a verb of another kind: loading goods on to a carrier.)
    expect(relationsOf('Martin Varno loaded the drones on to Kestrova.', 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a country\'s arms industry as the buyer', () => {
  it('reads "to Laos\'s military industry" and "its defence sector" as the country', () => {
    expect(expectRel(extractText('Martin Varno shipped chips to Vietnam\'s military industry.'), 'SHIPPED_TO', 'Martin Varno', 'Vietnam').rule).toBe('frame:supply/active');
    expect(expectRel(extractText('Martin Varno sold optics to Laos\'s defence sector.'), 'SHIPPED_TO', 'Martin Varno', 'Laos').rule).toBe('frame:supply/active');
  });

  it('reads no country in the grammar from another industry of it', () => {
    expect(relationsOf('Martin Varno shipped chips to Vietnam\'s textile industry.', 'SHIPPED_TO').map((r) => r.rule)).not.toContain('frame:supply/active');
  });
});
