/**
 * A pronoun opening reported speech is its speaker: "A said it had shipped G to B" makes A the supplier, not the party
 * the sentence before was about. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('discourse: the speaker of reported speech', () => {
  it('reads "A said it had shipped G to B" as A\'s shipment, past a body the sentence before named', () => {
    const out = extractText('The State Department spoke on Monday. Halvern Group said it had shipped drones to Mongolia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'State Department', 'Mongolia');
    const that = extractText('The State Department spoke on Monday. Laos said that it had supplied drones to Mongolia.');
    expectRel(that, 'SHIPPED_TO', 'Laos', 'Mongolia');
    expectNoRel(that, 'SHIPPED_TO', 'State Department', 'Mongolia');
  });

  it('reads "the US stated it was sanctioning A" as the US\'s measure', () => {
    const out = extractText('The State Department spoke on Monday. The US stated it was sanctioning Brask Logistics.');
    expect(expectRel(out, 'SANCTIONED', 'United States', 'Brask Logistics').rule).toBe('frame:sanction/active');
    expectNoRel(out, 'SANCTIONED', 'State Department', 'Brask Logistics');
  });

  it('keeps a person who speaks apart from "it": "B said it had shipped G" after a firm is the firm', () => {
    const out = extractText('Halvern Group bought drones last year. Oleg Brask said it had shipped drones to Mongolia.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectNoRel(out, 'SHIPPED_TO', 'Oleg Brask', 'Mongolia');
  });
});
