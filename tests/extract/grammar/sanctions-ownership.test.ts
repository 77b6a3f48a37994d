/**
 * Sanctions and ownership as government releases and the press report them, each construction shown with sentences
 * written for the test (invented names). The sanctioning body is the one the text names: an office known by its
 * acronym ("OFAC"), a department, a union, a country or "Washington".
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: sanctions releases', () => {
  it('reads a sanctions office known by its acronym as the body: "OFAC designated A and B"', () => {
    const out = extractText('On Tuesday, OFAC designated Pemberly Trading LLC and Halvern Tech Ltd for supplying drone parts.');
    expect(expectRel(out, 'SANCTIONED', 'OFAC', 'Pemberly Trading LLC').rule).toBe('frame:sanction/active');
    expectRel(out, 'SANCTIONED', 'OFAC', 'Halvern Tech Ltd');
    expect(out.entities.find((e) => e.name === 'OFAC')?.kind).toBe('government');
  });
});
