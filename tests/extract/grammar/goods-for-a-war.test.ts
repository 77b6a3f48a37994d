/**
 * Goods a country's war is said to need: "supplied rifle scopes for Mongolia's war effort", "exporting G 'essential'
 * for the Mongolian military activity" (the country whose war or forces the goods serve receives them), and a measure's quoted reason "for 'shipping sanctioned parts, vital for
 * Mongolia's war efforts'" (a quoted gerund after its preposition, an adjective set off by a comma with its own
 * "for"). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: goods for a country\'s war', () => {
  it('reads "designated for exporting G \u201cessential\u201d for the Kish military activity" as a flow to the country', () => {
    const out = extractText('Two Laotian traders, Halvern Group and Brask Logistics, were designated for exporting gyroscopes “essential” for ' +
      'the Mongolian military activity near the border.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Mongolia');
  });

  it('reads "A supplied G for K\'s war effort" as a flow to K', () => {
    expectRel(extractText('Halvern Group supplied rifle scopes for Mongolia’s war effort.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
  });

  it('reads a quoted reason: A and B were sanctioned for "shipping sanctioned parts, vital for K\'s war efforts"', () => {
    const out = extractText('Halvern Group and Brask Logistics were among 30 firms and people listed by Laos on Monday, for “shipping sanctioned ' +
      'parts, vital for Mongolia’s war efforts,” the ministry said.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Mongolia');
  });
});

describe('grammar: a country\'s war machine', () => {
  it('reads "supplying Mongolia\'s war machine with G" as supplying the country, as "to the Mongolian war machine" is', () => {
    const own = extractText('Traders in Laos are supplying Mongolia\'s war machine with Laotian optics.');
    expect(expectRel(own, 'SHIPPED_TO', 'Laos', 'Mongolia').rule).toBe('frame:supply-party/active');
    expectRel(extractText('Halvern Group sold drones to the Mongolian war machine.'), 'SHIPPED_TO', 'Halvern Group', 'Mongolia');
  });
});
