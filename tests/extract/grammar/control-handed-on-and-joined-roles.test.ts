/**
 * Control handed on ("A transferred control of B to C": C now owns B, and A sends no goods) and a supplier's role
 * joined by "and" to another role ("A, a supplier of G and a partner of B": A is no supplier of B). Sentences written
 * for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('grammar: control handed on, and roles joined', () => {
  it('reads "transferred control of B to C" as C owning B, and no goods sent', () => {
    const out = extractText('In February, Martin Varno transferred control of Brask Logistics to Orvel Trading.');
    expect(expectRel(out, 'SUBSIDIARY_OF', 'Brask Logistics', 'Orvel Trading').rule).toBe('frame:stake-sale/active');
    expect(flows('Martin Varno transferred control of the plant to the Laotian authorities.')).toEqual([]);
  });

  it('reads no supply of the party a second role joined by "and" is of', () => {
    expect(flows('On May 3, Orvel Trading, a big supplier of office equipment and a trusted partner of Tessaly Optics, obtained a permit.')).toEqual([]);
  });

  it('reads goods joined by "and" as the goods of the one role: "a supplier of optics and electronic parts for B"', () => {
    const out = extractText('Orvel Trading, a major supplier of optics and electronic parts for Laos, opened an office.');
    expect(expectRel(out, 'SHIPPED_TO', 'Orvel Trading', 'Laos').rule).toBe('frame:supply/copular-role');
  });

  it('reads the party of a second supplier role all the same: "a supplier of G and the sole supplier of H to B"', () => {
    expect(expectRel(extractText('Orvel Trading is a major supplier of drones and the sole supplier of engines to Laos.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos').rule).toBe('frame:supply/copular-role');
  });

  it('still reads goods sold in shares: "sold 60 percent of its drones to B"', () => {
    expectRel(extractText('Halvern Group sold 60 percent of its drones to Orvel Trading.'), 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
  });

  it('reads a second role of supply joined by "and": "a supplier of G and the main source of H for B"', () => {
    expectRel(extractText('Halvern Group, a supplier of rifles and the main source of ammunition for Orvel Trading, was fined.'), 'SHIPPED_TO', 'Halvern Group', 'Orvel Trading');
  });

  it('reads shares and stakes sold as no goods: "sold his shares to B", "sold a 51 percent stake to B"', () => {
    expect(flows('Martin Varno sold his shares to Orvel Trading last year.')).toEqual([]);
    expect(flows('Halvern Group sold 40 percent of its shares to Orvel Trading.')).toEqual([]);
    expect(flows('Halvern Group sold a 51 percent stake to Orvel Trading.')).toEqual([]);
  });
});
