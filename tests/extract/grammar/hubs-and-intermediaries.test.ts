/**
 * A party described by its place in the trade: "K has become a transit hub for goods bound for B", "A served as a
 * transit point for chips headed to B", "A acted as an intermediary between C and B". Sentences written for the test
 * (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: hubs, routes and transit points', () => {
  it('reads the role after "has become", "has emerged as" and "serves as"', () => {
    const hub = extractText('Over two years Georgia has become a key transit hub for machine tools bound for Russia.');
    expect(expectRel(hub, 'SHIPPED_TO', 'Georgia', 'Russia').rule).toBe('frame:supply/copular-role');
    expectRel(extractText('Mongolia has emerged as a hub for re-exports of Korean electronics to Russia.'), 'SHIPPED_TO', 'Mongolia', 'Russia');
    expectRel(extractText('Brask Logistics serves as a transit point for bearings headed to Belarus.'), 'SHIPPED_TO', 'Brask Logistics', 'Belarus');
    expectRel(extractText('Brask Logistics has long been a supplier of bearings to Belarus.'), 'SHIPPED_TO', 'Brask Logistics', 'Belarus');
    expectRel(extractText('Armenia is a route for Korean electronics into Russia.'), 'SHIPPED_TO', 'Armenia', 'Russia');
  });

  it('takes a demonym on parts for their origin, not their buyer: "a hub for Chinese components"', () => {
    const out = extractText('Georgia has become the hub of choice for Chinese components, analysts said.');
    expectNoRel(out, 'SHIPPED_TO', 'Georgia', 'China');
    // (Arms of a country's forces are still its own: "a supplier of parts for Russian drones".)
    expectRel(extractText('Brask Logistics is a supplier of parts for Russian drones.'), 'SHIPPED_TO', 'Brask Logistics', 'Russia');
  });
});

describe('grammar: an intermediary between two parties', () => {
  it('reads "A acted as an intermediary between C and B" as C to A to B', () => {
    const out = extractText('Brask Logistics acted as an intermediary between Orvanne Semiconductor and Halvern Dynamics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvanne Semiconductor', 'Brask Logistics').rule).toBe('frame:supply/intermediary-between');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Dynamics');
  });

  it('draws nothing when one side is unnamed or the role is denied', () => {
    const vague = extractText('Brask Logistics acted as an intermediary between the buyers and Orvanne Semiconductor.');
    expect(vague.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
    const one = extractText('Brask Logistics acted as an intermediary between Orvanne Semiconductor and buyers in Russia.');
    expect(one.relations.filter((r) => r.evidence.some((e) => e.rule === 'frame:supply/intermediary-between'))).toEqual([]);
    const denied = extractText('Brask Logistics is not an intermediary between Orvanne Semiconductor and Halvern Dynamics.');
    expect(denied.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a role quoted after its article', () => {
  it('reads \'A is a "major source of supply" for B of G\'', () => {
    const out = extractText('Brask Logistics is a “major source of supply” for Belarus of microchips.');
    expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Belarus').rule).toBe('frame:supply/copular-role');
  });
});

describe('grammar: an intermediary between parties referred to or described', () => {
  const listed = 'Two firms, Tessaly Optics and Orvanne Semiconductor, work with Brask Logistics. ';
  it('reads "works as an intermediary between these Laos-based suppliers and another Thai firm, B"', () => {
    const out = extractText(listed + 'Brask Logistics works as an intermediary between these Laos-based suppliers and another Thai firm, Halvern Group, to help it build drones.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Brask Logistics').rule).toBe('frame:supply/intermediary-between');
    expectRel(out, 'SHIPPED_TO', 'Orvanne Semiconductor', 'Brask Logistics');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('reads the firms a plural refers to, and a name in apposition to a description', () => {
    expectRel(extractText(listed + 'Brask Logistics operates as an intermediary between these suppliers and Halvern Group.'), 'SHIPPED_TO', 'Orvanne Semiconductor', 'Brask Logistics');
    expectRel(extractText('Brask Logistics works as an intermediary between Tessaly Optics and another Thai firm, Halvern Group.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });
});

describe('grammar: places become channels, and the firm a ranking names', () => {
  it('reads \'K and L have become important "supply channels for B"\', quoted or not', () => {
    const quoted = extractText('Laos and Mongolia have become important “supply channels for Russia,” thanks to their long borders.');
    expect(expectRel(quoted, 'SHIPPED_TO', 'Laos', 'Russia').rule).toBe('frame:supply/copular-role');
    expectRel(quoted, 'SHIPPED_TO', 'Mongolia', 'Russia');
    expectRel(extractText('Laos and Mongolia have become important supply channels for Russia.'), 'SHIPPED_TO', 'Laos', 'Russia');
  });

  it('reads "One of the main sellers of G in B is the A company. Its customers include C" with A as the topic', () => {
    const out = extractText('One of the main sellers of drones in Russia is the Halvern Group company. Its customers include Brask Logistics and Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectRel(extractText('One of the main suppliers of drones to Russia is the Halvern Group company.'), 'SHIPPED_TO', 'Halvern Group', 'Russia');
  });
});

describe('grammar: a firm put to use as a go-between, and one accused after its measure', () => {
  it('reads "A, a Laos-based firm reportedly used as an intermediary for B" and "A was used as an intermediary for B"', () => {
    const out = extractText('The Treasury sanctioned Tessaly Optics, a Laos-based machinery trading firm reportedly used as an intermediary for Halvern Group, a Thai arms buyer.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group').rule).toBe('frame:supply/copular-role');
    expectRel(extractText('Tessaly Optics was used as an intermediary for Halvern Group.'), 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
    expectNoRel(extractText('Russia used Tessaly Optics as an intermediary for Halvern Group.'), 'SHIPPED_TO', 'Russia', 'Halvern Group');
  });

  it('reads "A was hit with sanctions and was accused by B of facilitating the shipment of G to C", and "sanctioned as well and accused"', () => {
    expectRel(extractText('Brask Logistics, which is based in Laos as well, was hit with sanctions and was accused by the ministry of facilitating the shipment of radios to Vietnam.'),
      'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    expectRel(extractText('Brask Logistics was sanctioned as well and accused by the ministry of facilitating the backfill of radios to Vietnam.'),
      'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
  });
});
