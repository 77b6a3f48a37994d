/**
 * "from the five biggest Thai firms in the trade – led by A, B and C": the firms a group of firms is led by are named
 * members of it, firms in their own right and parties to its trade; and "Major Thai providers ..." opening a sentence
 * names no firm "Major Thai". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { entity, expectNoRel, expectRel, extractText } from './helpers.js';

describe('firms a group is led by', () => {
  it('reads the leaders of a group of firms as companies and as the suppliers', () => {
    const out = extractText('Laos imported items worth $20 million from the five biggest Thai firms in the trade – led by KMX, Varno Hughes and Orvelton – in the year after May.');
    for (const firm of ['KMX', 'Varno Hughes', 'Orvelton']) {
      expect(entity(out, firm)?.kind).toBe('company');
      expectRel(out, 'SHIPPED_TO', firm, 'Laos');
    }
  });

  it('reads the leaders as companies where the sentence tells no trade', () => {
    const out = extractText('The five biggest Thai firms in the trade – led by KMX, Varno Hughes and Orvelton – lost money.');
    for (const firm of ['KMX', 'Varno Hughes', 'Orvelton']) expect(entity(out, firm)?.kind).toBe('company');
  });

  it('reads the leaders after a comma, and a group of firms that is the subject', () => {
    expectRel(extractText('Thai firms, led by Brask Logistics and Orvel Trading, shipped drones to Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos');
  });

  it('reads no firm for a person leading a group, nor the person as the supplier', () => {
    expect(entity(extractText('A delegation – led by Martin Varno – visited Laos.'), 'Martin Varno')?.kind).not.toBe('company');
    const people = extractText('The firms, led by Martin Varno and Irina Olskaya, shipped drones to Laos.');
    expectNoRel(people, 'SHIPPED_TO', 'Martin Varno', 'Laos');
    expect(entity(people, 'Martin Varno')?.kind).not.toBe('company');
  });

  it('reads no firm for a common word that opens the sentence before a demonym', () => {
    const out = extractText('Major Thai providers of services supplied Laos with equipment.');
    expect(entity(out, 'Major Thai')).toBeUndefined();
    expectNoRel(out, 'SHIPPED_TO', 'Major Thai', 'Laos');
    // (A name the demonym goes on in stays whole.)
    expect(entity(extractText('Royal Thai Army bought trucks from Brask Logistics.'), 'Royal Thai Army')).toBeDefined();
  });
});
