/**
 * A party named as holding a role in shipments ("A was recorded as the consignee of G shipped by B", "A was
 * the exporter of the drones shipped to B") trades with the other end the shipments' own participle names; not where
 * the participle is negated, nor without a copula before the role. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a party\'s role in shipments', () => {
  it('reads "A was recorded as the consignee of G shipped from K to L by B"', () => {
    const out = extractText('The agency said Halvern Group was recorded as the consignee of a cargo of carbon fibre shipped from Vietnam to Laos by Brask Logistics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group').rule).toBe('frame:supply/role-in-shipments');
  });

  it('reads "A was the exporter of the drones shipped to K"', () => {
    expect(expectRel(extractText('Halvern Group was the exporter of the drones shipped to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/role-in-shipments');
  });

  it('reads nothing from shipments never made', () => {
    expectNoRel(extractText('Halvern Group was the consignee of drones that were never shipped by Brask Logistics.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('reads no role without the copula: "A, with the consignee of drones sent by B"', () => {
    expectNoRel(extractText('Officials met Halvern Group and the consignee of drones sent by Brask Logistics.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('reads the role with an indefinite article: "A was a recipient of drones sent by B"', () => {
    expectRel(extractText('Halvern Group was a recipient of drones sent by Brask Logistics.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });
});

describe('grammar: a role in shipments needs its own shipment of goods', () => {
  it('reads no shipment of another clause: "A is an importer of cars, while drones were shipped to K by B"', () => {
    expectNoRel(extractText('Halvern Group is an importer of Japanese cars, while drones were shipped to Vietnam by Brask Logistics.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });

  it('reads no goods in "A was the recipient of payments sent by B"', () => {
    expectNoRel(extractText('Halvern Group was the recipient of payments sent by Brask Logistics.'), 'SHIPPED_TO', 'Brask Logistics', 'Halvern Group');
  });
});
