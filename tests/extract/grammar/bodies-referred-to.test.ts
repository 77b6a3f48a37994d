/**
 * A sanctioning body referred to across a report: "OFAC sanctions were set against A" (the measure's body), "The office
 * listed one of A's subsidiaries, C, among the sanctioned entities", "It also designated D" (the body "it" means,
 * carried from sentence to sentence), while "It too was sanctioned" stays a target. Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('sanctions: a body referred to across a report', () => {
  const out = extractText('The Office of Foreign Assets Control said on Monday that it was acting against Mongolian networks. ' +
    'OFAC sanctions were set against Halvern Group, a Mongolian firm. ' +
    'The office listed one of Halvern Group\'s subsidiaries, Tessaly Optics, among the sanctioned entities. ' +
    'It also designated Brask Logistics and its director, Bertrand Olskiy.');

  it('reads "sanctions were set against A" with the measure\'s own body', () => {
    expect(expectRel(out, 'SANCTIONED', 'Office of Foreign Assets Control', 'Halvern Group').rule).toBe('frame:impose/passive');
  });

  it('reads "listed one of A\'s subsidiaries, C, among the sanctioned entities"', () => {
    expect(expectRel(out, 'SANCTIONED', 'Office of Foreign Assets Control', 'Tessaly Optics').rule).toBe('frame:sanction/listed-among');
    const largest = extractText('The Office of Foreign Assets Control acted on Monday. The office listed Tessaly Optics among the largest exporters.');
    expectNoRel(largest, 'SANCTIONED', 'Office of Foreign Assets Control', 'Tessaly Optics');
  });

  it('carries the body "it" means to the next act: "It also designated D"', () => {
    expectRel(out, 'SANCTIONED', 'Office of Foreign Assets Control', 'Brask Logistics');
    // (From a body referred to as "the office" two sentences before, and from the body of a measure.)
    const referred = extractText('The Office of Foreign Assets Control acted on Monday. The office listed Tessaly Optics among the sanctioned entities. ' +
      'Tessaly Optics makes thermal sights. It also designated Brask Logistics.');
    expectRel(referred, 'SANCTIONED', 'Office of Foreign Assets Control', 'Brask Logistics');
    const measure = extractText('OFAC sanctions were set against Halvern Group on Monday. Halvern Group makes thermal sights. It also designated Brask Logistics.');
    expectRel(measure, 'SANCTIONED', 'OFAC', 'Brask Logistics');
  });

  it('keeps "It too was sanctioned" a target', () => {
    const passive = extractText('The US Treasury sanctioned Halvern Group on Monday. The second-largest buyer, Brask Logistics, received ' +
      'bearings worth $2 million. It too was sanctioned last spring.');
    expectRel(passive, 'SANCTIONED', 'US Treasury', 'Brask Logistics');
  });
});

describe('sanctions: a list of targets released', () => {
  it('reads "B published a list of targets, including A, C and D" as B\'s targets', () => {
    const out = extractText('The US State Department published a list of fresh Mongolian targets on Tuesday, including Halvern Group, Tessaly Optics and Brask Logistics.');
    expect(expectRel(out, 'SANCTIONED', 'US State Department', 'Tessaly Optics').rule).toBe('frame:release-list/active');
    expectRel(out, 'SANCTIONED', 'US State Department', 'Brask Logistics');
  });

  it('takes no list of anything else: "published a list of suppliers, including A"', () => {
    const out = extractText('The US State Department published a list of suppliers, including Halvern Group.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });
});

describe('sanctions: a body\'s statement naming those its measure reached', () => {
  it('reads "The statement lists A and B as among those affected by the sanctions" with the body that acted', () => {
    const out = extractText('The United Kingdom on Tuesday announced new sanctions targeting 12 foreign companies. ' +
      'The statement lists Halvern Group and Brask Logistics as among those affected by the sanctions.');
    expect(expectRel(out, 'SANCTIONED', 'United Kingdom', 'Halvern Group').rule).toBe('frame:sanction/listed-among');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Brask Logistics');
  });

  it('draws nothing from those a war affected', () => {
    const out = extractText('The United Kingdom on Tuesday announced new sanctions targeting 12 foreign companies. ' +
      'The statement lists Halvern Group and Brask Logistics as among those affected by the war.');
    expectNoRel(out, 'SANCTIONED', 'United Kingdom', 'Halvern Group');
  });

  it('reads the names a group of targets gives after "among which are"', () => {
    const out = extractText('The United Kingdom on Tuesday announced new sanctions targeting 12 foreign companies, among which are Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'United Kingdom', 'Brask Logistics');
  });
});

describe('sanctions: a measure that hits, a bare listing, and a list opening its sentence', () => {
  it('reads "Britain\'s new sanctions hit A" with the measure\'s owner, and nothing from missiles that hit', () => {
    expect(expectRel(extractText('Britain\'s new sanctions hit Halvern Group.'), 'SANCTIONED', 'United Kingdom', 'Halvern Group').rule).toBe('frame:hit/active');
    expect(relationsOf('Russian missiles hit Halvern Group.', 'SANCTIONED')).toEqual([]);
  });

  it('reads "The EU listed 27 entities, among them A and B" and "The EU listed A", but not "listed A as a supplier"', () => {
    const out = extractText('The EU listed 27 entities, among them Halvern Group and Brask Logistics.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Halvern Group').rule).toBe('frame:sanction/listed');
    expectRel(out, 'SANCTIONED', 'EU', 'Brask Logistics');
    expect(relationsOf('The EU listed Halvern Group and Brask Logistics as suppliers.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('The report listed Halvern Group and Brask Logistics.', 'SANCTIONED')).toEqual([]);
    expect(relationsOf('Tessaly Optics listed Halvern Group and Brask Logistics.', 'SANCTIONED')).toEqual([]);
  });

  it('reads "Also on the EU list are A and B"', () => {
    const out = extractText('Also on the EU list are Halvern Group and Brask Logistics.');
    expect(expectRel(out, 'SANCTIONED', 'EU', 'Halvern Group').rule).toBe('frame:sanction/on-list');
    expectRel(out, 'SANCTIONED', 'EU', 'Brask Logistics');
  });
});

describe('sanctions: a group\'s companies', () => {
  it('reads "sanctions on the companies of the B Group" as on the group, not on a region or a country', () => {
    expectRel(extractText('The US imposed sanctions on the companies of the Halvern Group.'), 'SANCTIONED', 'United States', 'Halvern Group');
    expect(relationsOf('The US imposed sanctions on the companies of Russia.', 'SANCTIONED')).toEqual([]);
  });
});

describe('sanctions: an adverb set off between the subject and its verb', () => {
  it('reads "the list, in particular, includes A and B" and "A, for example, shipped G to B"', () => {
    const out = extractText('Canada imposed new sanctions on six entities. According to the agency, the list, in particular, includes the shipping companies Halvern Group and Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Canada', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'Canada', 'Brask Logistics');
    expectRel(extractText('Halvern Group, for example, shipped drones to Russia.'), 'SHIPPED_TO', 'Halvern Group', 'Russia');
  });
});
