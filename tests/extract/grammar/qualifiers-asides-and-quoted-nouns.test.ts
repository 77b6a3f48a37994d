/**
 * A body named in a hyphenated qualifier ("made by Laos-sanctioned A"), which only says who listed the firm; a
 * reporting aside between a relative pronoun and its verb ("A, which, as it said, supplied ..."); and a noun of
 * trade after a possessive, quoted or not ('said B's “transfer of G to C'), which is no verb of the speaker's.
 * A demonym inside what a buyer does ("customers operating Vietnamese aircraft") is no place of the buyer, and an
 * actor's noun before another noun ("Thai military technology") only modifies it. Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a hyphenated qualifier of a maker', () => {
  it('reads the maker, not the body that listed it, as where imported goods came from', () => {
    const text = 'Vietnamese firms declared imports of drones made by Laos-sanctioned Halvern Group.';
    const out = extractText(text);
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('reads a place qualifier the same way', () => {
    const text = 'Vietnamese firms declared imports of drones made by Laos-based Halvern Group.';
    const out = extractText(text);
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
  });
});

describe('grammar: a reporting aside after a relative pronoun', () => {
  it('reads the name the pronoun stands for as the supplier, past "as it said" or "according to ..."', () => {
    for (const aside of ['as it said', 'according to the ministry', 'officials say']) {
      const text = `The Thai ministry imposed sanctions on Halvern Group, which, ${aside}, supplied Vietnam with optics.`;
      const out = extractText(text);
      expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule, aside).toBe('frame:supply-party/active');
      expectNoRel(out, 'SHIPPED_TO', 'Thai ministry', 'Vietnam');
    }
  });

  it('keeps to the name when the aside follows a relative clause, not the pronoun', () => {
    const text = 'One of the firms, Halvern Group, which sells car parts, according to Laos, supplied optics to Vietnam.';
    expect(expectRel(extractText(text), 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
  });
});

describe('grammar: a noun of trade after a possessive', () => {
  it('reads the possessor as the supplier, with or without a quotation opened before the noun', () => {
    for (const text of ['Martin Varno said Laos’s “transfer of missiles to Vietnam is a threat.”', 'Martin Varno said Laos’s transfer of missiles to Vietnam is a threat.']) {
      const out = extractText(text);
      expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
      expectNoRel(out, 'SHIPPED_TO', 'Martin Varno', 'Vietnam');
    }
  });
});

describe('grammar: a demonym inside what a buyer does', () => {
  it('reads no country in "customers operating Vietnamese aircraft", but the place in "firms operating in Vietnam"', () => {
    expectNoRel(extractText('Martin Varno sold avionics to customers operating Vietnamese aircraft.'), 'SHIPPED_TO', 'Martin Varno', 'Vietnam');
    expectRel(extractText('Martin Varno sold avionics to firms operating in Vietnam.'), 'SHIPPED_TO', 'Martin Varno', 'Vietnam');
  });
});

describe('grammar: an actor\'s noun that modifies another noun', () => {
  it('reads "Thai military technology" as goods, no party, and "business entities in K" as before', () => {
    const out = extractText('Two Laotian nationals were arrested in a scheme to smuggle Thai military technology and Vietnamese oil.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    const listed = extractText('Laos sanctioned the business entities in Vietnam, Mongolia and Thailand for aiding drone makers.');
    expect(listed.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('still reads a verb of trade the tagger takes for a noun after an actor\'s noun: "The company ships G to B"', () => {
    expectRel(extractText('Tessaly Optics is a Laotian firm. The company ships lenses to Vietnam.'), 'SHIPPED_TO', 'Tessaly Optics', 'Vietnam');
    expectRel(extractText('The Thai military supplies Laos with rifles.'), 'SHIPPED_TO', 'Thailand', 'Laos');
  });
});
