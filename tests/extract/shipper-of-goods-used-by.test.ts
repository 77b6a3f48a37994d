/**
 * Goods a party's trade carries and another party uses ("Vietnam's deliveries of Kestrel attack drones, which Mongolia
 * has used", "Vietnam's shipments of Kestrel suicide drones used by Mongolia"): the shipper supplied the user; the
 * capitalised word before the goods' noun may be a model as well as a maker, and is no supplier when a shipper is
 * named. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('relations: the shipper of goods another party uses', () => {
  it('takes the possessor of the shipments for the supplier of their user', () => {
    const out = extractText('For two years Laos has sought to halt Vietnam\'s shipments of Kestrel suicide drones used by Mongolia in its war.');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Mongolia');
    expectNoRel(out, 'SHIPPED_TO', 'Kestrel', 'Mongolia');
  });

  it('keeps the maker before the goods where no shipper is named', () => {
    expectRel(extractText('Tessaly Optics drones used by Mongolia were found in 2023.'), 'SHIPPED_TO', 'Tessaly Optics', 'Mongolia');
    // (Nor a possessor of something other than trade: a report of the goods is no shipper.)
    expectNoRel(extractText('Vietnam\'s report of Tessaly Optics drones used by Mongolia came out in 2023.'), 'SHIPPED_TO', 'Vietnam', 'Mongolia');
  });
});
