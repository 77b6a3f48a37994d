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
    const unsaid = extractText('Thailand sanctioned Halvern Group on Monday. Halvern bought radios from the sanctioned firm Brask Logistics.');
    expectNoRel(unsaid, 'SANCTIONED', 'Thailand', 'Brask Logistics');
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

  it('reads body names opening a sentence without "the" as names all the same', () => {
    expectRel(extractText('Treasury sanctioned Halvern Group on Tuesday for supplying drones to Laos.'), 'SANCTIONED', 'Treasury', 'Halvern Group');
    expectRel(extractText('Council of the European Union imposed sanctions on Brask Logistics.'), 'SANCTIONED', 'Council of the European Union', 'Brask Logistics');
  });

  it('reads no one named past the posts\' own list as a target', () => {
    expectNoRel(extractText('The US sanctioned executives of Halvern Group, but not its chairman, Martin Varno.'), 'SANCTIONED', 'United States', 'Martin Varno');
    expectNoRel(extractText('The UK sanctioned directors of Brask Logistics over arms sales to Mongolian businessman Martin Varno.'), 'SANCTIONED', 'UK', 'Martin Varno');
    expectNoRel(extractText('The US Treasury sanctioned officials of the Laotian army in March, following a report by analyst Martin Varno.'), 'SANCTIONED', 'US Treasury', 'Martin Varno');
    const report = extractText('The EU sanctioned generals of the Laotian army Pak Chol Min and Jo Hyon Il, following a report by analyst Martin Varno.');
    expectRel(report, 'SANCTIONED', 'EU', 'Jo Hyon Il');
    expectNoRel(report, 'SANCTIONED', 'EU', 'Martin Varno');
    const spokeswoman = extractText('The US Treasury targeted officials of Halvern Group, and Irina Olskaya, a spokeswoman for the firm, said it would appeal.');
    expectNoRel(spokeswoman, 'SANCTIONED', 'US Treasury', 'Irina Olskaya');
  });

  it('reads "another listed company" as listed on a market, no target', () => {
    const out = extractText('The US sanctioned Halvern Group on Monday. Another listed company, Orvel Trading, said its shares fell 5%.');
    expectNoRel(out, 'SANCTIONED', 'United States', 'Orvel Trading');
  });

  it('reads a season after a time word or an opening preposition as a time', () => {
    expectRel(extractText('Throughout Winter Brask Logistics shipped drones to Laos.'), 'SHIPPED_TO', 'Brask Logistics', 'Laos');
    expectRel(extractText('From Autumn Orvel Trading sent chips to Mongolia.'), 'SHIPPED_TO', 'Orvel Trading', 'Mongolia');
    expect(entity(extractText('Halvern Group stopped, but after Summer Orvel Trading sent chips to Mongolia.'), 'Summer Orvel Trading')).toBeUndefined();
  });
});
