/**
 * Ownership named in passing: "B's A plant" (a company's named plant or unit), "A and its parent, B, ..." (the parent
 * in apposition inside a coordination). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: a company\'s named plant or unit', () => {
  it('reads "B\'s A plant" and "B\'s A subsidiary" as A owned by B', () => {
    const out = extractText('Halvern Group\'s Tessaly Optics plant assembles thermal sights.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:own/possessive-site');
    expectRel(extractText('Halvern Group\'s Tessaly Optics subsidiary assembles thermal sights.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
  });

  it('draws no tie from a country\'s or a person\'s plant, nor from a plant named by its city', () => {
    expect(relationsOf('Mongolia\'s Tessaly Optics plant assembles thermal sights.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('Bertrand Olskiy\'s Tessaly Optics plant assembles thermal sights.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('Halvern Group\'s Tula plant assembles thermal sights.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('grammar: a parent in apposition inside a coordination', () => {
  it('reads "A and its parent, B, make G" and "A and its subsidiary, C, ..."', () => {
    const out = extractText('Tessaly Optics and its parent, Halvern Group, make thermal sights.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:own/coordinated-tie');
    expectRel(extractText('Halvern Group and its subsidiary, Tessaly Optics, make thermal sights.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
  });
});
