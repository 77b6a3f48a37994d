/**
 * Goods bought and then sent on, in joined passives: "were bought from A and shipped to B", "were sourced from A but
 * shipped to B via K". With no buyer named, the seller's goods reach B through whoever bought them. Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: goods bought, then shipped on', () => {
  it('reads the seller of a joined passive with no buyer as the source', () => {
    expect(expectRel(extractText('The chips were bought from Halvern Group and shipped to Vietnam.'), 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/passive');
  });

  it('reads the buyer, where named, as the one who ships', () => {
    const out = extractText('The chips were bought by Brask Logistics from Halvern Group and shipped to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
  });

  it('joins a bare participle after "but" to the passive before it', () => {
    const out = extractText('The chips were sourced from Halvern Group but shipped to Vietnam via Thailand.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Thailand').rule).toBe('frame:supply/passive+via');
    expectRel(out, 'SHIPPED_TO', 'Thailand', 'Vietnam');
    // (Not after an active clause between: the naming "called" hands no subject on.)
    const named = extractText('The chips were sourced from a firm in Pakse, Laos, called Halvern Group, or HG, but shipped to Vietnam via a firm in Thailand.');
    expectNoRel(named, 'SHIPPED_TO', 'Laos', 'Thailand');
  });
});
