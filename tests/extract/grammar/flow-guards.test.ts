/**
 * Precision guards on the older token-window flow rules, each shown with sentences written for the test (invented
 * names): where such a rule would take a party from outside the construction that names the flow, no flow is drawn.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('flow guards: a supply noun', () => {
  it('keeps a possessor as the supplier ("its exports to B") and the older rule that read it', () => {
    const out = extractText('Harnwell Optics, a maker of lenses, has seen its exports to Kazakhstan rise.');
    expect(expectRel(out, 'SHIPPED_TO', 'Harnwell Optics', 'Kazakhstan').rule).toBe('legacy:supply-noun/possessor');
  });

  it('does not make the maker named inside the goods ("shipments of G produced by M to B") their shipper', () => {
    const out = extractText('Ostrava Link acted as an intermediary for shipments of sensors produced by Qinlan Microdevices to the Russian firm Kamaz.');
    expectNoRel(out, 'SHIPPED_TO', 'Qinlan Microdevices', 'Kamaz');
  });
});
