/**
 * A seller or a broker acting for another: "A sold G on behalf of K to B", "A brokered the sale of G on behalf of K to
 * groups in B" (K to A, A to B). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: a sale made on behalf of another', () => {
  it('reads "A sold G on behalf of K to B" as K supplying its agent A, and A supplying B', () => {
    const out = extractText('Halvern Group sold rifles on behalf of Laos to Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Halvern Group').rule).toBe('frame:supply-on-behalf/active');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam').rule).toBe('frame:supply/active');
  });

  it('reads "A brokered the sale of G on behalf of K to groups in B and C", the plural after "to" no verb', () => {
    const out = extractText('Martin Varno then brokered a sale of timber and tin on behalf of Laos to groups in Vietnam and Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Laos', 'Martin Varno').rule).toBe('frame:supply-on-behalf/active');
    for (const b of ['Vietnam', 'Mongolia']) expect(expectRel(out, 'SHIPPED_TO', 'Martin Varno', b).rule).toBe('frame:arrange-supply/active');
  });

  it('reads "on behalf of" in the phrase of another verb as no sale for anyone', () => {
    const out = extractText('Halvern Group and Tessaly Optics were listed by Vietnam for providing financial services to Brask Logistics, the Laotian airline, and for carrying out payments on behalf of Laotian entities.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO')).toEqual([]);
  });

  it('reads no seller in money moved for another, a purchase made for it, or a client named after the recipient', () => {
    expect(relationsOf('Halvern Group transferred $5 million on behalf of Laos to Tessaly Optics.', 'SHIPPED_TO')).toEqual([]);
    expectNoRel(extractText('Halvern Group bought and shipped drones on behalf of Laos.'), 'SHIPPED_TO', 'Laos', 'Halvern Group');
    expectNoRel(extractText('Halvern Group shipped engines to Vietnam on behalf of its client Tessaly Optics.'), 'SHIPPED_TO', 'Tessaly Optics', 'Halvern Group');
  });

  it('keeps a purchase for another past a participle on the goods: "procured drones made in K on behalf of B"', () => {
    expect(expectRel(extractText('Halvern Group procured drones made in Vietnam on behalf of Laos.'), 'SHIPPED_TO', 'Halvern Group', 'Laos').rule).toBe('frame:acquire-on-behalf/active');
  });

  it('draws nothing for a sale on behalf of another that was refused', () => {
    expect(relationsOf('Halvern Group refused to sell rifles on behalf of Laos to Vietnam.', 'SHIPPED_TO')).toEqual([]);
  });
});
