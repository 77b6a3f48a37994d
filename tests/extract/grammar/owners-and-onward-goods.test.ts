/**
 * Suppliers named through the goods, shown with sentences written for the test (invented names): the firm whose
 * products a buyer purchases ("B purchases its products", "A's products are bought by B"), and goods that move on
 * from the recipients of a flow in the same sentence ("A shipped the gearboxes to B and C and then they were forwarded to D").
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: suppliers named through the goods', () => {
  it('reads "B purchases its products" with "its" the firm before, never the buyer', () => {
    const out = extractText('Velkor Metals Group is a Chinese firm that sells rare metals. Belarus\'s Ferrotek Orvo purchases its products.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor Metals Group', 'Ferrotek Orvo').rule).toBe('frame:acquire/active');
    // ("B buys its products from C": the "from" phrase names the seller.)
    const from = extractText('Ferrotek Orvo buys its products from Tarsin Ltd.');
    expectRel(from, 'SHIPPED_TO', 'Tarsin Ltd', 'Ferrotek Orvo');
  });

  it('reads "Its products are purchased by B" with the firm the sentence before named', () => {
    const out = extractText('Tarsin Germanium is a key supplier of germanium. Its products are bought by Orvex Optics, a Belarusian plant.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Germanium', 'Orvex Optics').rule).toBe('frame:acquire/passive');
  });

  it('moves the goods on from the recipients: "A shipped the gearboxes to B and C and then they were forwarded to D"', () => {
    const out = extractText('Velkor High-Tech shipped the gearboxes to the arms maker SALVO and the LLC Orvex Laboratory and then they were forwarded to the tank maker, Tarsinzavod, to build tanks.');
    expect(expectRel(out, 'SHIPPED_TO', 'SALVO', 'Tarsinzavod').rule).toBe('frame:supply/passive');
    expectRel(out, 'SHIPPED_TO', 'LLC Orvex Laboratory', 'Tarsinzavod');
    expectNoRel(out, 'SHIPPED_TO', 'Tarsinzavod', 'SALVO');
  });
});
