/**
 * An owner named inside a company's aside: "A, a Thai firm with a sole shareholder, P, sold G to B" (P owns A; A,
 * not P, sold) and "A has a sole shareholder, P". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const ASIDE = 'Brask Logistics, a Vientiane trading firm with a sole shareholder, Tomas Varno, sold a used lathe to Orvel Trading in Pakse.';

describe('grammar: owners named in asides', () => {
  it('reads the owner in apposition to the owner\'s noun of a description: "A, a firm with a sole shareholder, P,"', () => {
    const out = extractText(ASIDE);
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Tomas Varno').rule).toBe('frame:own/owner-named-in-apposition');
  });

  it('reads the company, not the owner named in its aside, as the verb\'s subject (both readers)', () => {
    const out = extractText(ASIDE);
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Orvel Trading');
    expectNoRel(out, 'SHIPPED_TO', 'Tomas Varno', 'Orvel Trading');
  });

  it('reads every owner a list names, and the owner after "has": "A has a sole shareholder, P"', () => {
    const two = extractText('Brask Logistics, a company with two shareholders, Tomas Varno and Irina Olskaya, sold drones.');
    expectRel(two, 'SUBSIDIARY_OF', 'Brask Logistics', 'Tomas Varno');
    expectRel(two, 'SUBSIDIARY_OF', 'Brask Logistics', 'Irina Olskaya');
    expectRel(extractText('Brask Logistics has a sole shareholder, Tomas Varno.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Tomas Varno');
  });

  it('reads no owner for another noun, a former owner, or a list that only includes the name', () => {
    const own = (text: string) => extractText(text).relations.filter((r) => r.type === 'SUBSIDIARY_OF');
    expect(own('Brask Logistics, a firm with a new client, Orvel Trading, sold drones.')).toEqual([]);
    expect(own('Brask Logistics had a former owner, Tomas Varno.')).toEqual([]);
    expect(own('Brask Logistics, a company with many shareholders, including Tomas Varno, sold drones.')).toEqual([]);
  });

  it('reads no owner where the name after the comma opens a clause of its own', () => {
    const own = (text: string) => extractText(text).relations.filter((r) => r.type === 'SUBSIDIARY_OF');
    expect(own('Brask Logistics has a single owner, Martin Varno told reporters.')).toEqual([]);
  });

  it('reads no owner who held the firm only until a time: "had a sole shareholder, P, until 2019"', () => {
    expectNoRel(extractText('Brask Logistics had a sole shareholder, Martin Varno, until 2019, when Irina Olskaya bought the company.'), 'SUBSIDIARY_OF', 'Brask Logistics', 'Martin Varno');
  });

  it('reads no nested aside where the phrase after the comma is joined by "and": "a firm with one client, B, and one supplier, C,"', () => {
    expectNoRel(extractText('Brask Logistics, a firm with one client, Orvel Trading, and one supplier, Halvern Group, exported optics to Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos');
  });

  it('reads past a name in apposition to a verb\'s object inside the aside too: "A, a firm that has one shareholder, B, sold"', () => {
    expectNoRel(extractText('Halvern Group, a Thai firm that has one shareholder, Orvel Trading, sold drones to Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos');
  });
});
