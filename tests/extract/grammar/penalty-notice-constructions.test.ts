/**
 * Constructions of export-control penalty notices: the goods' examples set off between dashes before the recipient,
 * "printed circuit boards" (no participle), recipients on a list and then named ("to research bodies on the Entity
 * List, including A and B"), and the firm, not the agency, that "disclosed and admitted to shipping" what it was fined
 * for. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

const flows = (text: string) => extractText(text).relations.filter((r) => r.type === 'SHIPPED_TO');

describe('penalty notices: goods, recipients and the party fined', () => {
  it('reads the recipient past examples of the goods set off between dashes', () => {
    const out = extractText('Halvern Group shipped parts -- including wires, printed circuit boards and pressure sensors -- to Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics').rule).toBe('frame:supply/active');
  });

  it('reads "printed circuit boards" as goods, not as a verb with the destination', () => {
    const out = extractText('Halvern Group shipped wires, printed circuit boards and sensors to Tessaly Optics.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics').rule).toBe('frame:supply/active');
  });

  it('reads the names a described recipient on a list goes on to give', () => {
    const out = extractText('Halvern Group shipped wires to defense institutes on the Entity List, including Tessaly Optics and Vestrik Systems.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Tessaly Optics');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vestrik Systems');
    // ("on the island, including": past a place alike.)
    expectRel(extractText('Halvern Group shipped wires to firms on the island, including Vestrik Systems.'), 'SHIPPED_TO', 'Halvern Group', 'Vestrik Systems');
    // (A list the sentence ends with no names on gives none.)
    expect(flows('Halvern Group shipped wires to defense institutes on the Entity List, including two institutes.')).toEqual([]);
  });

  it('gives what the fined firm admitted to shipping to the firm, not to the agency that fined it', () => {
    const out = extractText('The Commerce Department fined Halvern Group after the firm reported and then admitted to secretly shipping chips to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Commerce Department', 'Vietnam');
  });

  it('takes no place in the phrase of the firm fined for the supplier of a clause "the company" opens', () => {
    expect(flows('The agency fined a Laotian firm and its Hong Kong affiliate after the company shipped chips to Vietnam.')).toEqual([]);
    expect(flows('The agency fined a Laotian firm and its Hong Kong affiliate after the firm reported and then admitted to secretly shipping chips to Vietnam.')).toEqual([]);
  });
});
