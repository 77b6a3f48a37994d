/**
 * A party named by its side of the flow just told: "A sold chips to B. The buyer then resold them to C" (B to C), "The
 * seller also shipped drones to D" (A to D). Where that side is no firm, nobody is guessed. Sentences written for the
 * test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: "the buyer", "the seller" of the last flow', () => {
  it('reads "The buyer then resold them to C" as the last recipient supplying C', () => {
    const out = extractText('Halvern Group sold bearings to Tessaly Optics. The buyer then resold them to Brask Logistics in Belarus.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Brask Logistics').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('reads "The seller also shipped drones to D" as the last supplier', () => {
    const out = extractText('Halvern Group sold bearings to Tessaly Optics. The seller also shipped drones to Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });

  it('guesses no one when the last recipient is a country', () => {
    const out = extractText('Halvern Group sold bearings to Belarus. The buyer then resold them to Brask Logistics.');
    expect(out.relations.filter((r) => r.type === 'SHIPPED_TO' && r.target !== 'belarus')).toEqual([]);
  });
});
