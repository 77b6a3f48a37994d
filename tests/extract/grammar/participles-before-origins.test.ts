/**
 * A participle that describes goods before their country's word, after a verb of getting or giving them: "bought
 * advanced Thai drones" (an adjective, not a verb of its own). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: participles before origins', () => {
  it('reads the buyer\'s own clause past "advanced" and its coordinated verb', () => {
    const out = extractText('Laos bought advanced Thai drones and shipped them to Vietnam.');
    expect(expectRel(out, 'SHIPPED_TO', 'Thailand', 'Laos').rule).toBe('frame:acquire/active');
    expectRel(out, 'SHIPPED_TO', 'Laos', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Thailand', 'Vietnam');
  });
});
