/**
 * A relative clause after a trade's destination set off by a comma is about the destination ("shipped engines to B,
 * which is controlled by C": B is C's), not about a name before an earlier comma; an aside that locates a name still
 * hands its relative back to that name ("A, based in K, which ships G"). Sentences written for the test (invented
 * names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a relative clause on a destination', () => {
  it('reads "firms in K and L, which shipped G to B, which is controlled by C" as B owned by C', () => {
    const out = extractText('The list names Laotian firms in Pakse and Vientiane, which officials said sold engines to Tessaly Optics, which is controlled by Vietnam’s defense ministry.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Vietnam’s defense ministry').rule).toBe('frame:own/passive');
  });

  it('keeps a locating aside\'s relative on the name: "A, based in K, which ships G to B, was sanctioned"', () => {
    const out = extractText('Brask Logistics, based in Laos, which ships drones to Vietnam, was sanctioned.');
    expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
  });
});

describe('grammar: a relative clause after a description\'s "to" phrase', () => {
  it('keeps "A, a longtime supplier to K, which ships G to L" about A', () => {
    const out = extractText('Halvern Group, a longtime supplier to Vietnam, which also ships drones to Laos, was sanctioned by Mongolia.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(out, 'SANCTIONED', 'Mongolia', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Mongolia', 'Vietnam');
  });

  it('keeps "A, a major exporter to K, which is controlled by B" about A', () => {
    expectRel(extractText('Tessaly Optics, a major exporter to Mongolia, which is controlled by Martin Varno, was fined.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Martin Varno');
  });
});
