/**
 * "A and its Thai-based subsidiary, B", "A (AL) and its unit, B": the tie a coordination names goes past where the unit
 * is based and past the short form of the owner's name in parentheses. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('ownership: a unit tied past its place and the owner\'s short form', () => {
  it('reads "its Thai-based subsidiary, B"', () => {
    const out = extractText('The listed carriers are Halvern Lines and its Thai-based subsidiary, Brask Shipping.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Shipping', 'Halvern Lines');
  });

  it('reads the owner past its short form in parentheses', () => {
    const out = extractText('Varno said that the listed carriers include the Halvern Ocean Lines (HOL) and its Thai-based unit, Brask Shipping.');
    expectRel(out, 'SUBSIDIARY_OF', 'Brask Shipping', 'Halvern Ocean Lines');
  });
});
