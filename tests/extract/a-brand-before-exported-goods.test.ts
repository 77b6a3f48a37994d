/**
 * A name right after a verb of supply is its recipient only where the verb takes one so ("supplied B with drones",
 * "supplies B, a maker of drones") and no goods word goes on with the name; the clause layer reads verbs of giving
 * that take two objects ("sold B 40 engines"). "Exporting Vestrik AI chips" names a brand.
 * Sentences written for the test (invented names).
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
    expectRel(extractText('Orvel Trading, a distributor that in turn supplies Brask Logistics, a maker of drones, was named.'), 'SHIPPED_TO', 'Orvel Trading', 'Brask Logistics');
  });

  it('reads no recipient in the object of a verb whose object is the goods, nor a brand after "supply"', () => {
    expectNoRel(extractText('Halvern Group exports Vestrik, a brand of drones, to Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
    const supplied = extractText('Halvern Group supplies Vestrik AI chips to Laos.');
    expectNoRel(supplied, 'SHIPPED_TO', 'Halvern Group', 'Vestrik');
    expectRel(supplied, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
