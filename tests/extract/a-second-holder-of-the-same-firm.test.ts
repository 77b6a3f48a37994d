/**
 * "A owns a 51% stake in C and B holds 49%": a second holder in a clause after the first, whose share names no firm,
 * holds a stake in the firm the clause before names. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('ownership: a second holder of the same firm', () => {
  it('reads the second holder as an owner of the firm named before', () => {
    for (const text of [
      'Martin Varno owns a 51% stake in Kestra Pay and Brask Logistics holds 49%.',
      'Martin Varno owns a 51% stake in Kestra Pay, while Brask Logistics holds the remaining 49%.',
    ]) {
      const out = extractText(text);
      expectRel(out, 'SUBSIDIARY_OF', 'Kestra Pay', 'Martin Varno');
      expectRel(out, 'SUBSIDIARY_OF', 'Kestra Pay', 'Brask Logistics');
    }
  });

  it('keeps a stake in a firm of its own, and reads nothing from a clause of no stake', () => {
    const own = extractText('Martin Varno owns a 51% stake in Kestra Pay and Brask Logistics holds shares in Dornik LLC.');
    expectRel(own, 'SUBSIDIARY_OF', 'Dornik LLC', 'Brask Logistics');
    expectNoRel(own, 'SUBSIDIARY_OF', 'Kestra Pay', 'Brask Logistics');
    expectNoRel(extractText('Martin Varno holds talks in Kestra Pay and Brask Logistics holds 49%.'), 'SUBSIDIARY_OF', 'Kestra Pay', 'Brask Logistics');
  });
});
