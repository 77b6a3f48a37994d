/**
 * "In addition to A, the Treasury blacklisted B": the name the sentence opens with is a target of the same measure;
 * "blacklisted three managers from C for their part in the network: A, director of D, B, deputy director, and E" lists
 * the people past each one's post; and "shipped fuel to Tartavia, Syria" sends it to a town in Syria, no firm.
 * Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from './helpers.js';

describe('targets besides the named ones, and towns with their country', () => {
  it('reads the name after "In addition to" as a target of the body of the sentence\'s measure', () => {
    const out = extractText('In addition to Orvekon Ltd, the Treasury sanctioned Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Orvekon Ltd');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Brask Logistics');
  });

  it('reads no target after "In addition to" where the sentence imposes no measure', () => {
    const out = extractText('In addition to Orvekon Ltd, Brask Logistics shipped drones to Laos.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    // (Nor a deed, nor another body.)
    expectNoRel(extractText('In addition to Orvekon Ltd shipping drones to Laos, the Treasury sanctioned Brask Logistics.'), 'SANCTIONED', 'Treasury', 'Orvekon Ltd');
    expectNoRel(extractText('In addition to the Treasury, the State Department sanctioned Brask Logistics.'), 'SANCTIONED', 'State Department', 'Treasury');
    expectNoRel(extractText('In addition to Laos, Vietnam sanctioned Brask Logistics.'), 'SANCTIONED', 'Vietnam', 'Laos');
    // (Only the main clause's body: not a measure reported or told in a later clause.)
    expectNoRel(extractText('In addition to Orvekon Ltd, Brask Logistics said the Treasury had sanctioned Orvel Trading.'), 'SANCTIONED', 'Treasury', 'Orvekon Ltd');
    const two = extractText('In addition to Orvekon Ltd, the Treasury sanctioned Brask Logistics, while the EU sanctioned Orvel Trading.');
    expectRel(two, 'SANCTIONED', 'Treasury', 'Orvekon Ltd');
    expectNoRel(two, 'SANCTIONED', 'EU', 'Orvekon Ltd');
    expectRel(extractText('In addition to Orvekon Ltd, Brask Logistics was sanctioned by the Treasury.'), 'SANCTIONED', 'Treasury', 'Orvekon Ltd');
  });

  it('reads people listed with their posts after a reason and a colon', () => {
    const out = extractText('The Treasury blacklisted three managers from Brask Logistics for their part in the network: ' +
      'Martin Varno, director of Kestra Air, Irina Olskaya, deputy director, and Tomas Herlin, deputy director for legal affairs.');
    for (const p of ['Martin Varno', 'Irina Olskaya', 'Tomas Herlin']) expectRel(out, 'SANCTIONED', 'Treasury', p);
    expectNoRel(out, 'SANCTIONED', 'Treasury', 'Kestra Air');
    // (A list's other items in lower case end it all the same.)
    const others = extractText('The Treasury blacklisted three managers: Martin Varno, Irina Olskaya, and others.');
    expectRel(others, 'SANCTIONED', 'Treasury', 'Irina Olskaya');
  });

  it('reads a town with its country after a comma as a place, not a recipient firm', () => {
    const out = extractText('Orvekon Ltd shipped jet fuel to Tartavia, Syria for use by military aircraft.');
    expect(entity(out, 'Tartavia')).toBeUndefined();
    expectRel(out, 'SHIPPED_TO', 'Orvekon Ltd', 'Syria');
  });

  it('still reads a party before a country\'s possessive, its demonym, or after "according to"', () => {
    expectRel(extractText("Brask Logistics sold engines to Orvekon, Laos's state arms firm."), 'SHIPPED_TO', 'Brask Logistics', 'Orvekon');
    expectRel(extractText('Brask Logistics sold engines to Orvekon, Laos’s state corporation.'), 'SHIPPED_TO', 'Brask Logistics', 'Orvekon');
    expectRel(extractText('Brask Logistics sold engines to Orvekon, Laotian customs data show.'), 'SHIPPED_TO', 'Brask Logistics', 'Orvekon');
    expectRel(extractText('Brask Logistics sold engines to Orvekon, Vietnam reported.'), 'SHIPPED_TO', 'Brask Logistics', 'Orvekon');
    expect(entity(extractText('According to Kestra Watch, Laos was the largest buyer of drones from Brask Logistics.'), 'Kestra Watch')).toBeDefined();
  });

  it('still reads a name that opens a list with countries as a party', () => {
    expectRel(extractText('Orvekon Ltd sold drones to Kestrapol, Laos and Vietnam.'), 'SHIPPED_TO', 'Orvekon Ltd', 'Kestrapol');
  });

  it('still reads a firm named before its country\'s possessive apposition', () => {
    expectRel(extractText("Orvekon Ltd sold drones to Kestrapol, Laos's biggest buyer."), 'SHIPPED_TO', 'Orvekon Ltd', 'Kestrapol');
  });
});
