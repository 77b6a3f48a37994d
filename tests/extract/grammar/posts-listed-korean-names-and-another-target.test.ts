/**
 * People a list gives by their posts ("The new list includes generals of the K Army A and B, engineer C and
 * another officer, D"); Korean names of three words, the given name's syllables written apart ("Pak Chol Min"), also
 * after a body's name; "Another targeted company, A," as one more target of the measure on record; a season's word
 * opening a firm's name ("Summer Brask Devices LLC"); a body's head word alone opening a sentence ("Agency sources").
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { koreanName } from '../../../server/extract/given-names.js';
import { entity, expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: people listed by their posts, Korean names, another target', () => {
  it('reads the people a list gives by their posts as targets', () => {
    const out = extractText('Thailand imposed sanctions on eleven people on Monday. The new Thai list of sanctions includes generals of the Laotian People\'s Army Tomas Varno and Martin Varno, rocket engineer Irina Olskaya and another senior officer, Vera Kestrova.');
    for (const p of ['Tomas Varno', 'Martin Varno', 'Irina Olskaya', 'Vera Kestrova']) expectRel(out, 'SANCTIONED', 'Thailand', p);
    expectNoRel(extractText('Thailand sanctioned officials of Halvern Group on Monday.'), 'SANCTIONED', 'Thailand', 'Halvern Group');
    const firms = extractText('Thailand imposed sanctions on nine firms on Monday. The sanctions list includes firms of Tomas Varno, Irina Olskaya and Vera Kestrova.');
    expectNoRel(firms, 'SANCTIONED', 'Thailand', 'Irina Olskaya');
  });

  it('reads a Korean name of three words as a person\'s, also after a body\'s name', () => {
    const out = extractText('Thailand imposed sanctions on eleven people on Monday. The new Thai list of sanctions includes generals of the Laotian People\'s Army Pak Chol Min and Jo Hyon Il.');
    expect(entity(out, 'Pak Chol Min')?.kind).toBe('person');
    expect(entity(out, 'Laotian People\'s Army')?.kind).toBe('government');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Jo Hyon Il');
    expect(entity(extractText('Thailand sanctioned Ri Kwang Su on Monday.'), 'Ri Kwang Su')?.kind).toBe('person');
    expect(entity(extractText('Thailand sanctioned Kim Song Trading on Monday.'), 'Kim Song Trading')?.kind).toBe('company');
    expect(koreanName(['Kim', 'Tae', 'Sik'])).toBe(true);
    expect(koreanName(['Kim', 'Halvernberg', 'Bok'])).toBe(false);
    expect(koreanName(['Tomas', 'Yong', 'Bok'])).toBe(false);
  });

  it('reads "Another targeted company, A," as one more target of the body on record', () => {
    const out = extractText('Thailand sanctioned Halvern Group on Monday. Another targeted company, Brask Logistics, allegedly supplied radios to Laos.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    const plain = extractText('Thailand sanctioned Halvern Group on Monday. Another firm, Brask Logistics, shipped radios to Laos.');
    expectNoRel(plain, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    const stock = extractText('Thailand sanctioned Halvern Group on Monday. The listed company Brask Logistics, whose shares trade in Bangkok, sells radios.');
    expectNoRel(stock, 'SANCTIONED', 'Thailand', 'Brask Logistics');
    const none = extractText('Halvern Group shipped radios. Another targeted company, Brask Logistics, shipped radios to Laos.');
    expect(none.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('reads a season\'s word before a firm\'s words as part of its name, and not after "in"', () => {
    expect(entity(extractText('It sent welding machines to Summer Brask Devices LLC.'), 'Summer Brask Devices LLC')?.kind).toBe('company');
    const dated = extractText('In Summer Halvern Group sent drones to Laos.');
    expectRel(dated, 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expect(entity(dated, 'Summer Halvern Group')).toBeUndefined();
  });

  it('reads a body\'s head word alone at a sentence\'s opening as no name', () => {
    expect(entity(extractText('Agency sources admitted that more Thai firms may fall under restrictions.'), 'Agency')).toBeUndefined();
    expect(entity(extractText('Ministry sources said Halvern Group shipped drones to Laos.'), 'Ministry')).toBeUndefined();
  });
});
