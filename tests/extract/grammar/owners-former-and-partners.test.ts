/**
 * Owners named by reference and in partnership: "The former is the owner of B", "and co-owned C with D", "A owns B
 * with C". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

const PAIR = 'Martin Varno and Irina Olskaya used two firms as fronts.';

describe('grammar: owners named as the former or the latter of a pair', () => {
  it('reads "the former" and "the latter" as the first and the second of the pair named last', () => {
    expect(expectRel(extractText(`${PAIR} The former is the owner of Halvern Group.`), 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno').rule).toBe('frame:own/copula-owner');
    expectRel(extractText(`${PAIR} The latter owns Halvern Group.`), 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya');
  });

  it('reads no one from a list of three, nor from a pair named two sentences back', () => {
    expect(relationsOf('Martin Varno, Tarsen Vey and Irina Olskaya used firms as fronts. The former owns Halvern Group.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf(`${PAIR} Prosecutors gave no figures. The former owns Halvern Group.`, 'SUBSIDIARY_OF')).toEqual([]);
  });

  it('still reads a former owner as no owner', () => {
    expect(relationsOf('Halvern Group was the former owner of Tessaly Optics.', 'SUBSIDIARY_OF')).toEqual([]);
    expect(relationsOf('Tessaly Optics was the former operating unit of Halvern Group.', 'SUBSIDIARY_OF')).toEqual([]);
  });
});

describe('grammar: a verb joined to an opening copula, and an owner\'s partner', () => {
  it('reads "A is the owner of B and jointly owns C with D" as A owning both and D owning C', () => {
    const out = extractText(`${PAIR} The former is the owner of a maker called Halvern Group and jointly owns a distributor named Tessaly Optics with Olskaya.`);
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Martin Varno');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Martin Varno').rule).toBe('frame:own/active');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Tessaly Optics', 'Irina Olskaya').rule).toBe('frame:own/active+partner');
    expectNoRel(out, 'SUBSIDIARY_OF', 'Halvern Group', 'Irina Olskaya');
    // (Only after a copula: "A said B named a maker called C and owned D" makes A no owner.)
    expectNoRel(extractText('Halvern Group said Laos named a maker called Orvel Trading and owned Tessaly Optics.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
  });

  it('reads a firm as a partner, not a share', () => {
    expectRel(extractText('Brask Logistics owns Tessaly Optics with Halvern Group.'), 'SUBSIDIARY_OF', 'Tessaly Optics', 'Halvern Group');
    expect(relationsOf('Brask Logistics owns Tessaly Optics with a 40% stake.', 'SUBSIDIARY_OF')).toHaveLength(1);
    // (Not the owned firm's units, nor more holdings after a comma and "together".)
    const units = extractText('Martin Varno owns Halvern Group with subsidiaries Brask Logistics and Tessaly Optics.');
    expectNoRel(units, 'SUBSIDIARY_OF', 'Halvern Group', 'Brask Logistics');
    expectNoRel(extractText('Halvern Group owns Brask Logistics, together with Tessaly Optics and Orvel Trading.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Tessaly Optics');
  });
});
