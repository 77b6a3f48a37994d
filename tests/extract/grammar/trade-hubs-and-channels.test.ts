/**
 * Ways of trading a party sets up or uses: "A uses K as a hub to funnel G to B" (A's goods go through K), "A developed
 * a new channel for supplying G to B" (A supplies), and a country's importer ("K's largest importer of G from C":
 * C supplies it; K is where it imports). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: trade hubs and channels', () => {
  it('reads the user of a hub as the supplier through it', () => {
    const out = extractText('Vietnam uses Thailand as a hub to funnel drones to Laos.');
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Thailand').rule).toBe('frame:supply/used-as-front');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Laos');
  });

  it('reads the maker of a channel as the supplier, not the channel', () => {
    const out = extractText('Vietnam has built a secret channel for supplying rifles to Laos, routing the cargo through Thailand.');
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Laos').rule).toBe('frame:supply/active');
    expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Thailand');
  });

  it('reads no supplier in one who found or ended the channel', () => {
    expectNoRel(extractText('Laos sanctioned a network for supplying drones to Vietnam.'), 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(extractText('Thailand uncovered a scheme for exporting drones to Laos.'), 'SHIPPED_TO', 'Thailand', 'Laos');
  });

  it('reads a country\'s importer as importing there, from the country the phrase names', () => {
    const out = extractText('Customs data show Orvel Trading is now Laos\'s third-biggest importer of rifles from Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Vietnam', 'Orvel Trading').rule).toBe('frame:supply/copular-role');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Orvel Trading');
    expectRel(extractText('Orvel Trading is Laos\'s largest customer.'), 'SHIPPED_TO', 'Laos', 'Orvel Trading');
  });
});
