/**
 * "A invoiced B $3 million for 40 engines": a seller's bill to its buyer for goods is a sale; a bill for a service
 * ("for drone repairs"), with no goods, or for goods never delivered is none. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('supply: a seller bills its buyer for goods', () => {
  it('reads the biller as the supplier', () => {
    const out = extractText('In one deal, Halvern Group invoiced Brask Logistics about 4 million yuan (some $550,000) for drones.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('reads the passive with its agent', () => {
    const out = extractText('Brask Logistics was billed by Halvern Group for 40 engines.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('draws nothing for a bill for a service', () => {
    const out = extractText('Halvern Group invoiced Brask Logistics for consulting services.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('draws nothing for a service to goods, named before its head', () => {
    expectNoRel(extractText('Halvern Group billed Brask Logistics for drone repairs.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('draws nothing for goods the bill says were never delivered', () => {
    const out = extractText('Halvern Group billed Brask Logistics for engines that were never delivered.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(extractText('Halvern Group billed Brask Logistics for six lathes, none of which were shipped.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectNoRel(extractText('Halvern Group billed Brask Logistics for six lathes that Brask did not receive.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('reads a bill whose "not" denies no delivery', () => {
    expectRel(extractText('Halvern Group billed Brask Logistics for 90 engines, not 60 as first claimed.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(extractText('Halvern Group billed Brask Logistics for engines, though Brask says it never paid.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(extractText('Halvern Group billed Brask Logistics for engines. Orvel never delivered its lathes.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('reads the goods of a sale or delivery billed, and goods before their value', () => {
    expectRel(extractText('Halvern Group billed Brask Logistics for the delivery of 90 engines.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    expectRel(extractText('Halvern Group billed Brask Logistics for engines worth 3 million euros.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });
});
