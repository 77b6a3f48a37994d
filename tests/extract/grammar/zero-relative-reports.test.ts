/**
 * A zero relative with a reporter inside: "A, a Mongolian firm the Treasury said provides oil to B" (A supplies B; the
 * Treasury only reports it). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a reported zero relative on a description in apposition', () => {
  it('reads "A, a Mongolian firm the Treasury said provides oil to B" as A supplying B, not the Treasury', () => {
    const out = extractText('Sanctions were set against Halvern Group, a Mongolian firm the Treasury said provides oil and petroleum products to Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Treasury', 'Belarus');
  });

  it('leaves a relative with a subject of its own alone: "A, a firm the reporters visited, sold drones to B"', () => {
    const out = extractText('Halvern Group, a Mongolian firm the reporters visited, sold drones to Belarus.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
  });
});
