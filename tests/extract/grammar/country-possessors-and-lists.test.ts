/**
 * Sanctions whose targets stand after a place-giving possessive ("blacklisted the country's biggest lens maker A") or in a
 * list a measure was said to consist of. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, kindsOf, mustEntity } from '../helpers.js';

describe('targets after a country\'s possessive', () => {
  it('reads "blacklisted the country\'s biggest lens maker A and drone maker B" as both blacklisted', () => {
    const out = extractText('The fines came a month after Laos blacklisted the country’s biggest lens maker Tessaly Optics and drone maker Brask Logistics Co Ltd.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Tessaly Optics');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
  });
});

describe('a list of targets given by what it consists of', () => {
  it('reads "the initial list consists of A, B and C" as the body\'s targets, however far back the body acted', () => {
    const out = extractText('The Laotian Ministry of Commerce sanctioned the Vietnamese Ministry of Defence and several firms. ' +
      'It said it would create a new register for exporters. The register tells exporters that a licence is needed. ' +
      'Officials have found that these firms pose a risk. Aside from the ministry, the initial list with 13 entities consists of Halvern Group, ' +
      'Vestrik-na-Orvel Aviation Works and Brask Logistics.');
    for (const t of ['Halvern Group', 'Vestrik-na-Orvel Aviation Works', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'Laotian Ministry of Commerce', t);
  });

  it('reads "It also includes D" right after such a list as one more of its members', () => {
    const out = extractText('The Laotian Ministry of Commerce sanctioned the Vietnamese Ministry of Defence. The list consists of Halvern Group and Brask Logistics. ' +
      'It also includes Vietnam’s state-owned Orvel Trading Corporation of Vietnam (OTCV) and Kestrova Aircraft Corporation.');
    expectRel(out, 'SANCTIONED', 'Laotian Ministry of Commerce', 'Orvel Trading Corporation of Vietnam');
    expectRel(out, 'SANCTIONED', 'Laotian Ministry of Commerce', 'Kestrova Aircraft Corporation');
    // (A corporation's name runs on through its country to the short form it goes by, and names a company.)
    expect(mustEntity(out, 'Orvel Trading Corporation of Vietnam').kind).toBe('company');
    expect(kindsOf('Vietnam’s state-owned Orvel Trading Corporation of Vietnam (OTCV) makes drones.').get('Orvel Trading Corporation of Vietnam')).toBe('company');
    // (The list's body, though a firm of the list was the last one named.)
    expectRel(extractText('Vietnam sanctioned Kestrova Bank. The list consists of Halvern Group, which Brask Logistics owns. It also includes Orvel Trading.'),
      'SANCTIONED', 'Vietnam', 'Orvel Trading');
  });

  it('reads no targets in a list of anything else, nor in "it includes" after no list of targets', () => {
    expectNoRel(extractText('The Laotian Ministry of Commerce sanctioned Tessaly Optics. The list of its suppliers consists of Halvern Group and Brask Logistics.'),
      'SANCTIONED', 'Laotian Ministry of Commerce', 'Halvern Group');
    expectNoRel(extractText('The Laotian Ministry of Commerce sanctioned Tessaly Optics. The firm sells optics. It also includes Halvern Group in its supply chain.'),
      'SANCTIONED', 'Laotian Ministry of Commerce', 'Halvern Group');
    // (Nor a list another party released since the body acted.)
    expectNoRel(extractText('The Laotian Treasury sanctioned Halvern Group in March. Separately, Brask Research, a think tank, released its annual ranking of exporters. ' +
      'The new list comprises Orvel Trading and Tessaly Optics.'), 'SANCTIONED', 'Laotian Treasury', 'Orvel Trading');
    // (Nor an "it" inside a reported clause.)
    expectNoRel(extractText('Laos adopted its sanctions package. The initial list consists of Halvern Group and Brask Logistics. The company said it also includes Orvel Trading among its customers.'),
      'SANCTIONED', 'Laos', 'Orvel Trading');
    // (Only "it", the list, takes the list up: not a firm's own "includes".)
    expectNoRel(extractText('The Laotian Ministry of Commerce sanctioned the Vietnamese Ministry of Defence. The list consists of Halvern Group and Brask Logistics. ' +
      'Tessaly Optics also includes Orvel Trading among its clients.'), 'SANCTIONED', 'Laotian Ministry of Commerce', 'Orvel Trading');
  });
});
