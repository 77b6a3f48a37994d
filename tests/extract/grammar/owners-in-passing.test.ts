/**
 * Owners named in passing: "A, whose owner is B, ...", "B is A's largest shareholder", "B's company, A, ...", "B holds
 * 100% of A"; and a post holder named that way is no party to the trade. Sentences written for the test (invented
 * names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: owners named in passing', () => {
  it('reads "A, whose owner is B, shipped G to C": B owns A and supplies no one', () => {
    const out = extractText('Tessaly Optics, whose owner is Bertrand Olskiy, shipped thermal sights to Belarus.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Bertrand Olskiy').rule).toBe('frame:own/whose-owner');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
    expectNoRel(out, 'SHIPPED_TO', 'Bertrand Olskiy', 'Belarus');
  });

  it('reads "A, whose director is B" as a post: no ownership, no flow from B', () => {
    const out = extractText('Tessaly Optics, whose director is Bertrand Olskiy, shipped thermal sights to Belarus.');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
    expectNoRel(out, 'SHIPPED_TO', 'Bertrand Olskiy', 'Belarus');
  });

  it('reads "B is A\'s largest shareholder" and "B\'s company, A, ..."', () => {
    expect(expectRel(extractText('Halvern Group is Tessaly Optics\' largest shareholder.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group').rule)
      .toBe('frame:own/copula-possessive-owner');
    expect(expectRel(extractText('Bertrand Olskiy\'s company, Tessaly Optics, shipped thermal sights to Belarus.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Bertrand Olskiy').rule)
      .toBe('frame:own/persons-company');
  });

  it('reads no owner where the sentence hedges: "B may be A\'s largest shareholder", "A, whose owner may be B"', () => {
    expect(relationsOf('Halvern Group may be Tessaly Optics\' largest shareholder.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('It is not clear whether Tessaly Optics, whose owner is Bertrand Olskiy, still trades.', 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('reads "B holds 100% of A", but not a share of a market', () => {
    expectRel(extractText('Halvern Group holds 100% of Tessaly Optics.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
    expect(relationsOf('Halvern Group holds 20% of the market for thermal sights.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('ownership: owners named as a group of people, firms named by their countries', () => {
  it('reads "owned by a family of Thai businessmen, A and B" and "... businessmen couple A and B"', () => {
    const family = extractText('Tessaly Optics is owned by a family of Thai businessmen, Bertrand Olskiy and Irina Olskaya.');
    expectRel(family, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Bertrand Olskiy');
    expectRel(family, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Irina Olskaya');
    expectRel(extractText('Tessaly Optics is owned by a family of Thai businessmen couple Bertrand Olskiy and Irina Olskaya.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Irina Olskaya');
  });

  it('reads "The Laotian and Thai companies are owned by B" as the firms the text placed there ("A from Laos", "Thailand\'s C")', () => {
    const out = extractText('Its vendor is Tessaly Group 22 from Laos, which gets chips from Thailand\'s Brask Logistics. ' +
      'The Laotian and Thai companies are owned by Bertrand Olskiy.');
    expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Group 22', 'Bertrand Olskiy');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Bertrand Olskiy');
  });
});

describe('ownership: a company of a named group', () => {
  it('reads "B is a A company", not "a Russian company" or "a A supplier"', () => {
    expect(expectRel(extractText('Brask Logistics is a Halvern Group company.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Halvern Group').rule).toBe('frame:own/group-company');
    expect(relationsOf('Brask Logistics is a Russian company.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('Brask Logistics is a Halvern Group supplier.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('grammar: "A, identified as being owned by B,"', () => {
  it('reads the name before the description\'s comma as owned by B', () => {
    const out = extractText('Vietnam also listed the Laos-registered firm Halvern LLC, identified as being run and owned by Martin Varno and tied to a port in Laos.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern LLC', 'Martin Varno').rule).toBe('frame:own/passive');
  });
});

describe('grammar: a verb the tagger read as a noun after the comma closing a name\'s apposition', () => {
  it('reads "A, a Laotian financier, controls B" as A owning B', () => {
    expect(expectRel(extractText('Martin Varno, a Laotian financier, controls Halvern Group.'), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno').rule).toBe('frame:own/active');
  });
});

describe('ownership: a person and "his X company"', () => {
  it('makes the firm named before "company" the person\'s, the person joined by "and"', () => {
    const out = extractText('Martin Varno and his Halvern International company were charged with buying rifles in Laos.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Halvern International', 'Martin Varno').rule).toBe('frame:own/persons-own-firm');
  });

  it('gives no owner to a described company with no name ("his Laotian company"), nor the name before a preposition', () => {
    const out = extractText('Martin Varno and his Laotian company are accused of procuring arms.');
    expect(out.relations.filter((r) => r.type === 'SUBSIDIARY_OF')).toEqual([]);
    expectNoRel(extractText('Martin Varno told Irina Olskaya about his Halvern International company.'), 'SUBSIDIARY_OF', 'Halvern International', 'Irina Olskaya');
    expectNoRel(extractText('Martin Varno and his UN company were charged with buying rifles.'), 'SUBSIDIARY_OF', 'UN', 'Martin Varno');
  });
});
