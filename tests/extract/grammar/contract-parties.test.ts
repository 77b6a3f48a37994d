/**
 * The other party to a contract to deliver or to make goods: "A signed contracts with B to produce 6,000 drones", "A
 * signed a contract with B to supply 300 engines" (A supplies B), but not "a contract with B to build a factory".
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: the party a contract binds the maker to', () => {
  it('reads "A has signed contracts with B to produce G" and "A signed a contract with B to supply G"', () => {
    const out = extractText('Halvern Group has signed contracts with the Belarusian Ministry of Defense to produce over 6,000 drones in 2025.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarusian Ministry of Defense').rule).toBe('frame:produce-for/active');
    expectRel(extractText('Halvern Group signed a contract with Tessaly Optics to supply 300 engines.'), 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
  });

  it('reads no delivery from a contract to build a site', () => {
    const out = extractText('Halvern Group signed a contract with Tessaly Optics to build a factory.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('contracts: the party that received or secured one performs it', () => {
  it('reads "A received a contract to supply G to B", "secured", "landed" as A supplying B', () => {
    for (const verb of ['received', 'secured', 'landed']) {
      expectRel(extractText(`In 2019, Halvern Group ${verb} a contract to supply rifles from its depots to Mongolia.`), 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    }
  });

  it('draws nothing from a contract that was only sought', () => {
    const out = extractText('In 2019, Halvern Group sought a contract to supply rifles from its depots to Mongolia.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
  });
});
