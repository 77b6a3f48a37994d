/**
 * An act told once and repeated by ellipsis: "A shipped G to B. So did C", "..., as did C", "C did the same", "C
 * followed suit" (C supplied B too); "B sanctioned A ... and D did the same" (D sanctioned A). Sentences written for
 * the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a flow repeated by ellipsis', () => {
  it('reads "So did C", ", as did C", "C did the same" and "C followed suit"', () => {
    const so = extractText('Halvern Group shipped bearings to Belarus. So did Tessaly Optics.');
    expect(expectRel(so, 'SHIPPED_TO', 'Tessaly Optics', 'Belarus').rule).toBe('frame:supply/ellipsis');
    expectRel(extractText('Halvern Group shipped bearings to Belarus, as did Tessaly Optics.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
    expectRel(extractText('Halvern Group supplied Brask Logistics with bearings, and Tessaly Optics did the same.'), 'SHIPPED_TO', 'Tessaly Optics', 'Brask Logistics');
    expectRel(extractText('Halvern Group shipped bearings to Belarus. Tessaly Optics followed suit.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
  });

  it('reads nothing from a denial, a hedge, or a flow two sentences back', () => {
    expectNoRel(extractText('Halvern Group shipped bearings to Belarus. Tessaly Optics did not.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
    expectNoRel(extractText('Halvern Group shipped bearings to Belarus, and it is possible Tessaly Optics did the same.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
    expectNoRel(extractText('Halvern Group shipped bearings to Belarus. The trade grew in 2023. So did Tessaly Optics.'), 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
  });
});

describe('grammar: a measure repeated by ellipsis', () => {
  it('reads "B sanctioned A and C. D and E followed suit" and "..., and D did the same"', () => {
    const out = extractText('The US Treasury sanctioned Halvern Group and Tessaly Optics in May. The UK and the EU followed suit.');
    expect(expectRel(out, 'SANCTIONED', 'UK', 'Halvern Group').rule).toBe('frame:sanction/ellipsis');
    expectRel(out, 'SANCTIONED', 'EU', 'Tessaly Optics');
    expectRel(extractText('The US Treasury sanctioned Halvern Group, and Canada did the same.'), 'SANCTIONED', 'Canada', 'Halvern Group');
  });

  it('takes a firm after a sentence with a measure and a flow for the flow: "B sanctioned A, which shipped G to C. So did D"', () => {
    const out = extractText('The US Treasury sanctioned Halvern Group, which shipped bearings to Belarus. So did Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
  });

  it('does not carry a flow into a sentence about a measure: "B sanctioned A, which shipped G to C, and D did the same"', () => {
    const firm = extractText('The US Treasury sanctioned Halvern Group, which shipped bearings to Belarus, and Tessaly Optics did the same.');
    expectNoRel(firm, 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
    const out = extractText('The US Treasury sanctioned Halvern Group, which shipped bearings to Belarus, and the UK did the same.');
    expectNoRel(out, 'SHIPPED_TO', 'UK', 'Belarus');
    expectRel(out, 'SANCTIONED', 'UK', 'Halvern Group');
  });
});
