/**
 * Who used firms to ship sends the goods through them ("A used B and C to export G to D", "A used his company, B, to
 * ship G"); and a participle describing a supply verb's goods keeps its phrase inside the object, so the destination
 * after it is the trade's ("exported equipment controlled under the rules to B"). Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: firms used to ship', () => {
  it('reads "A and B used C and D to export G to K" as a chain through the firms', () => {
    const out = extractText('Police said Martin Varno and Irina Olskaya used Halvern Group and Brask Logistics to illegally export equipment to Vietnam.');
    for (const user of ['Martin Varno', 'Irina Olskaya']) {
      for (const firm of ['Halvern Group', 'Brask Logistics']) expect(expectRel(out, 'SHIPPED_TO', user, firm).rule).toBe('frame:supply/active+user');
    }
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('reads the firm named in apposition to the object: "used his company, B, to ship G to K"', () => {
    const out = extractText('Martin Varno used his company, Halvern Group, to ship drones to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Martin Varno', 'Halvern Group');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('draws nothing from a user who did not: "never used B to export G"', () => {
    expectNoRel(extractText('Martin Varno never used Halvern Group to export drones to Vietnam.'), 'SHIPPED_TO', 'Martin Varno', 'Halvern Group');
  });

  it('takes no country for the user of a firm', () => {
    expectNoRel(extractText('Laos used Halvern Group to export drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Halvern Group');
  });
});

describe('grammar: a participle on the goods before the destination', () => {
  it('reads "exported equipment controlled under the regulations to K"', () => {
    expect(expectRel(extractText('Halvern Group exported equipment controlled under the Export Regulations to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
  });

  it('keeps a company sold whole no goods past its participle: "sold B registered in K to C"', () => {
    expectNoRel(extractText('Halvern Group sold Brask Logistics registered in Laos to Tessaly Optics last year.'), 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
  });
});

describe('grammar: a participle and its phrase on the goods, then a place', () => {
  it('reads "exported chips made by A in K to B"', () => {
    expect(expectRel(extractText('Halvern Group exported chips made by Tessaly Optics in Mongolia to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
  });

  it('reads a participle after a destination as no part of the goods: "sent G to B intercepted by C through D" goes through no D', () => {
    expectNoRel(extractText('Laos sent drones to Vietnam intercepted by Mongolia through Halvern Group.'), 'SHIPPED_TO', 'Laos', 'Halvern Group');
  });
});

describe('grammar: a firm used, and what it does on its own', () => {
  it('reads no use for trade in "A used B, which ships G to K, as a front"', () => {
    expectNoRel(extractText('Martin Varno used Halvern Group, which ships drones to Vietnam, as a front.'), 'SHIPPED_TO', 'Martin Varno', 'Halvern Group');
  });
});
