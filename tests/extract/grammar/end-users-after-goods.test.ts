/**
 * The end user a participle on a supply's goods names ("exported G to K, intended mainly for B", "shipped G destined
 * for B", "G intended for B"), whom the supply reaches too, shown with sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('an end user named after the goods', () => {
  it('reads "exported G to K since the start of 2024, intended mainly for B enterprises" as a supply to K and to B', () => {
    const out = extractText('Tessaly Makina exported equipment to Vietnam since the start of 2024, intended mainly for Orvel Group enterprises.');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Makina', 'Vietnam');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Makina', 'Orvel Group');
  });

  it('reads "exported G intended for B" and "exported G to K, destined for B" alike', () => {
    expectRel(extractText('Tessaly Makina exported equipment intended for Orvel Group.'), 'SHIPPED_TO', 'Tessaly Makina', 'Orvel Group');
    expectRel(extractText('Tessaly Makina exported equipment to Vietnam, destined mainly for Orvel Group.'), 'SHIPPED_TO', 'Tessaly Makina', 'Orvel Group');
  });

  it('takes no end user from a plain "for", nor from an intention of the supplier\'s own', () => {
    expectNoRel(extractText('Tessaly Makina exported equipment to Vietnam for Orvel Group.'), 'SHIPPED_TO', 'Tessaly Makina', 'Orvel Group');
    expectNoRel(extractText('Tessaly Makina exported equipment to Vietnam and intended it for Orvel Group.'), 'SHIPPED_TO', 'Tessaly Makina', 'Orvel Group');
    // (Nor after another noun than the goods, the destination or a time: the participle is that noun's.)
    expectNoRel(extractText('Halvern Group exported drones to Laos under a licence intended for Brask Logistics.'), 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
    // (Nor across another party: the participle is that party's.)
    const other = extractText('Tessaly Makina exported equipment to Vietnam, and Kestrova Motors, which had long intended for Orvel Group to win, protested.');
    expectNoRel(other, 'SHIPPED_TO', 'Tessaly Makina', 'Orvel Group');
  });
});
