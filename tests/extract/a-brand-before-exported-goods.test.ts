/**
 * A name right after a verb of supply that a noun goes on from ("exporting Vestrik AI chips", "supplies Vestrik chips")
 * is a brand before the goods, no recipient; before a quantity ("supplied B thousands of chips") or another name
 * ("supplied B Vestrik chips") it is the recipient. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: a brand before the goods after a verb of supply', () => {
  it('reads no recipient in a brand before the goods', () => {
    const out = extractText('Halvern Group has been exporting Vestrik AI chips from Vietnam to Laos.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('keeps the recipient as the object where the verb takes one', () => {
    expectRel(extractText('Halvern Group supplied Laos with drones.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group sold Vietnam 40 engines.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectRel(extractText('Halvern Group sent Laos 40 drones last year.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Orvel Trading, a distributor that in turn supplies Brask Logistics, a maker of drones, was named.'), 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });

  it('reads no brand as the recipient after "supply" either, and still a recipient before a quantity', () => {
    expectRel(extractText('Halvern Group supplied Laos thousands of microchips.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectRel(extractText('Halvern Group supplied Laos Vestrik chips.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    const supplied = extractText('Halvern Group supplies Vestrik AI chips to Laos.');
    expectNoRel(supplied, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
    expectRel(supplied, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
