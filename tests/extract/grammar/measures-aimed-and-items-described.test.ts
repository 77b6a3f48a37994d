/**
 * Measures that "take aim at" their targets (and none on the parties a network runs between), and lists of targets set apart by semicolons whose items carry a relative
 * clause, "believed to be" or a parenthesis. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, mustEntity } from '../helpers.js';

describe('a measure that takes aim at its targets', () => {
  it('reads "the new K sanctions take aim at A and its director, B" as K sanctioning both', () => {
    const out = extractText('The new Laotian sanctions take aim at the Vientiane-based Kestrova Bank and its director, Martin Varno.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Kestrova Bank');
    expectRel(out, 'SANCTIONED', 'Laos', 'Martin Varno');
  });

  it('reads no measure in aim taken at anything but the object "aim" ("took a photo at A")', () => {
    const out = extractText('The new Laotian sanctions took effect at Kestrova Bank on Monday.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Kestrova Bank');
    // (Nor a body's criticism: only a measure takes aim as a sanction.)
    expectNoRel(extractText('The Laotian Foreign Ministry took aim at Halvern Group on Monday, accusing it of misleading investors.'), 'SANCTIONED', 'Laotian Foreign Ministry', 'Halvern Group');
  });
});

describe('targets set apart by semicolons, each described', () => {
  it('reads every item, past a relative clause, "believed to be" and a parenthesis closed before a semicolon', () => {
    const out = extractText('Laos imposed sanctions on Kestrova Bank. Other new sanctions targets included Tessaly Optics, the operator of the Meer exchange; ' +
      'Orvel Trading, which has launched a coin; Halvern Holding, a Cyprus-registered firm once owned by Ivan Brask ' +
      '(a Thai national sanctioned in 2024); and Leonid Olskiy, believed to be the head of A7.');
    for (const t of ['Tessaly Optics', 'Orvel Trading', 'Halvern Holding', 'Leonid Olskiy']) expectRel(out, 'SANCTIONED', 'Laos', t);
  });

  it('still reads no list where an item is a clause of its own ("B, its rival, was spared")', () => {
    const out = extractText('Laos imposed sanctions on Kestrova Bank. Other targets included Tessaly Optics, a lens maker; Orvel Trading, its rival, was spared.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Orvel Trading');
    // (A relative clause on one item leaves the next one's clause a clause.)
    const after = extractText('Laos imposed sanctions on Kestrova Bank. Other targets included Tessaly Optics, which makes lenses; Orvel Trading, its rival, was spared.');
    expectNoRel(after, 'SANCTIONED', 'Laos', 'Orvel Trading');
    // (Nor one whose own relative clause closes before its verb.)
    const closed = extractText('Laos imposed sanctions on Kestrova Bank. Other targets included Tessaly Optics, which makes lenses; Orvel Trading, which sells them abroad, was not listed.');
    expectNoRel(closed, 'SANCTIONED', 'Laos', 'Orvel Trading');
  });
});

describe('a Turkic patronymic', () => {
  it('reads "A Uulu B" as a person', () => {
    const out = extractText('Laos sanctioned Kestrova Bank and Zhanbolot Uulu Vestrik, reported by media to be the head of the state trading company.');
    expect(mustEntity(out, 'Zhanbolot Uulu Vestrik').kind).toBe('person');
  });
});

describe('a participle after a phrase "between" two parties', () => {
  it('reads "the network between P and Q targeted by K sanctions" as no measure on P or Q', () => {
    const out = extractText('The illegal financial network between Vientiane and Hanoi targeted by the new Thai sanctions is linked to two banks.');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Laos');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Vietnam');
  });
});
