/**
 * A deictic time between a subject and its verb ("A last week restricted ..."), and names each located by "from" or
 * "of" and joined in one list ("A from Laos and B from Vietnam", "A of C and B of D"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('subjects past a deictic time, and located conjuncts', () => {
  it('reads the subject past "last week", "this year", "earlier this year"', () => {
    expect(relationsOf('The Treasury last week sanctioned Halvern Group.', 'SANCTIONED').map((r) => r.rule)).toEqual(['frame:sanction/active']);
    expect(relationsOf('Halvern Group earlier this year shipped drones to Laos.', 'SHIPPED_TO').map((r) => r.rule)).toEqual(['frame:supply/active']);
    // (The body the frame finds is the one the following list belongs to.)
    const out = extractText('The Vietnamese Trade Office last week restricted supply of radios to nine firms in Laos. The list included Halvern Group and Tessaly Optics.');
    expectRel(out, 'SANCTIONED', 'Vietnamese Trade Office', 'Halvern Group');
  });

  it('joins names each located by "from" into one list, past the place', () => {
    const out = extractText('The Commerce Department sanctioned Orvizion from Vietnam and Tessaly Optics from Laos.');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Orvizion');
    expectRel(out, 'SANCTIONED', 'Commerce Department', 'Tessaly Optics');
    const described = extractText('The Commerce Department sanctioned Orvizion from Vietnam, and the Laotian firm Tessaly Optics.');
    expectRel(described, 'SANCTIONED', 'Commerce Department', 'Tessaly Optics');
    // (Past a firm's name too: people each named with their firm.)
    const staff = extractText('The Commerce Department sanctioned Oleg Brask of Halvern Group and Irina Olskaya of Kestrova.');
    expectRel(staff, 'SANCTIONED', 'Commerce Department', 'Irina Olskaya');
    // (Not a second country joined to the first: "A of Laos and Vietnam" names one firm.)
    expect(relationsOf('The Commerce Department sanctioned Halvern Group of Laos and Vietnam.', 'SANCTIONED').map((r) => r.target)).toEqual(['halvern']);
  });

  it('reads a relative clause\'s subject past "in turn" and a month\'s phrase', () => {
    const out = extractText('The jet was sold to Orvanne Air, which in turn in March of last year resold the jet to Kestrova Cargo.');
    expectRel(out, 'SHIPPED_TO', 'Orvanne Air', 'Kestrova Cargo');
    expectRel(extractText('The jet was sold to Orvanne Air, which in turn in March of 2021 sold it to Kestrova Cargo.'), 'SHIPPED_TO', 'Orvanne Air', 'Kestrova Cargo');
  });

  it('ends a located list where the next name opens a clause of its own', () => {
    const out = extractText('The Commerce Department sanctioned Halvern Group from Laos and Kestrova said it would appeal.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED').map((r) => r.target)).toEqual(['halvern']);
    // (A list that is the sentence's subject ends before its verb.)
    const subject = extractText('Mongolia is imposing sanctions against three firms. Laos-based Halvern Group, Orvizion of Tessaly Optics and Kestrova Trading were each hit with those sanctions.');
    expectRel(subject, 'SANCTIONED', 'Mongolia', 'Kestrova Trading');
  });

  it('reads demonyms listed with commas before one head as all its countries: "Laotian, Mongolian and Vietnamese firms"', () => {
    const out = extractText('Laotian, Mongolian and Vietnamese firms sold drones to Russia.');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Russia');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Russia');
    // (Not a demonym before a comma that no "and" closes: "Unlike Laotian, Vietnamese firms ...".)
    expect(relationsOf('Unlike Laotian, Vietnamese firms sold drones to Russia.', 'SHIPPED_TO').map((r) => r.source)).toEqual(['vietnam']);
  });
});
