/**
 * Buyers and goods named around asides, shown with sentences written for the test (invented names): "for use by B"
 * names who receives the goods; an apposition saying what the goods are ("G, a key input for fuses,") does not end
 * their route; and a pronoun whose names stand earlier in its own sentence is quoted with that sentence alone.
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

describe('grammar: goods for use by a party', () => {
  it('reads "supplied drones for use by B" with B as the buyer', () => {
    expect(expectRel(extractText('Velmora Trading supplied drones for use by the Sudanese army.'), 'SHIPPED_TO', 'Velmora Trading', 'Sudanese army').rule)
      .toBe('frame:supply/active');
    expectRel(extractText('Velmora Trading has been providing radios for use by armed groups, including Hezbollah.'), 'SHIPPED_TO', 'Velmora Trading', 'Hezbollah');
  });
});

describe('grammar: an aside on the goods of a supply event', () => {
  it('reads "exports of G, a key input for fuses, to B" past the apposition', () => {
    const out = extractText('Tajikistan has raised its exports of nitrocellulose, a key input for fuses, to Russia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tajikistan', 'Russia').rule).toBe('frame:supply/nominal');
  });
});

describe('evidence: a pronoun resolved inside its own sentence', () => {
  it('quotes "While A and C stay neutral, they have stepped up sales of G to B" alone, not with the sentence before', () => {
    const text = 'The survey came out on Monday.\n\nWhile Kazakhstan and Kyrgyzstan stay neutral in the conflict, they have stepped up sales of lint to Russia.';
    const r = expectRel(extractText(text), 'SHIPPED_TO', 'Kazakhstan', 'Russia');
    expect(r.evidence[0].quote.startsWith('While Kazakhstan')).toBe(true);
  });
});
