/**
 * Lists whose names carry their own descriptions: "applies to A (head of the charity B), C (mayor of the D
 * district council) and E (...)" (a long parenthetical after each name, where the list goes on after it) and
 * "includes civilian and military optics maker A, ..." (adjectives joined before one head describe it together).
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const OPENING = 'Several Mongolian officials were included in the fifth sanctions package adopted by the Laotian government last week. ';

describe('grammar: lists of names with descriptions', () => {
  it('reads every name of a list whose names each carry a long parenthetical', () => {
    const out = extractText(`${OPENING}The measures apply to Bertrand Olskiy (deputy chairman of the board of the Mongolian firm Halvern Group), ` +
      'Irina Olskaya (an adviser to the regional council of the Mongolian province), and Oleg Brask (owner of a shipping agency).');
    for (const name of ['Bertrand Olskiy', 'Irina Olskaya', 'Oleg Brask']) expectRel(out, 'SANCTIONED', 'Laotian government', name);
  });

  it('reads "includes civilian and military optics maker A, B and C"', () => {
    const out = extractText(`${OPENING}The sanctions list further includes civilian and military optics maker Tessaly Optics, Brask Logistics and Kestrova Trading.`);
    for (const name of ['Tessaly Optics', 'Brask Logistics', 'Kestrova Trading']) expectRel(out, 'SANCTIONED', 'Laotian government', name);
  });
});

describe('grammar: a list joined by ", as well as"', () => {
  it('reads "designated A, as well as the Mongolian firms B and C" as three targets', () => {
    const out = extractText('The Laotian government designated Vientiane Shipping Lines, as well as the Mongolian carriers Halvern Group and Brask Logistics.');
    for (const name of ['Vientiane Shipping Lines', 'Halvern Group', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'Laotian government', name);
  });
});

describe('grammar: a counted description between the names of a list', () => {
  it('reads "A, two Laotian officials and B" as a list of A and B', () => {
    const out = extractText('Vietnam sanctioned Halvern Air, two Laotian officials and Brask Trading on Monday.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Air');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Brask Trading');
    // (Not a name that opens a clause of its own after the description.)
    const clause = extractText('Vietnam sanctioned Laos, two Laotian officials, and the United Nations imposed a ban on Mongolia.');
    expectRel(clause, 'SANCTIONED', 'United Nations', 'Mongolia');
    expectNoRel(clause, 'SANCTIONED', 'Laos', 'Mongolia');
    // (Nor a place that opens the sentence.)
    expectNoRel(extractText('In Laos, two officials and Halvern Group were sanctioned by Vietnam.'), 'SANCTIONED', 'Vietnam', 'Laos');
  });
});

describe('grammar: "including G to A and B" after the recipients\' description', () => {
  it('reads "sold weapons to several countries, including rocket launchers to A and B" as supplying A and B', () => {
    const out = extractText('Laos sold weapons to several Asian countries, including rocket launchers to Mongolia and Vietnam.');
    for (const b of ['Mongolia', 'Vietnam']) expect(expectRel(out, 'SHIPPED_TO', 'Laos', b).rule).toBe('frame:supply/active');
  });
});
