/**
 * A description set off by a dash, with a relative clause on it ("A – a firm that sold drones to B – was listed"),
 * and a trade role served in a relative clause ("A, a firm which had long served as a main supplier for B"). Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: roles served in relatives', () => {
  it('reads the name before a dash as what the relative clause is about', () => {
    expect(expectRel(extractText('Orvel Trading – a firm that sold drones to Laos – was listed.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos').rule).toBe('frame:supply/active');
  });

  it('reads the role a relative clause says the name served as', () => {
    expect(expectRel(extractText('Orvel Trading, a firm which had long served as a main supplier for Laos, was listed.'), 'SHIPPED_TO', 'Orvel Trading', 'Laos').rule).toBe('frame:supply/copular-role');
    expectRel(extractText('Laos listed Orvel Trading — a trader which has long served as the main source of Thai lathes for Vietnam.'), 'SHIPPED_TO', 'Orvel Trading', 'Vietnam');
  });
});
