/**
 * The subject past a located participle: "A, based in P, western K, was selling G to B" makes A the seller, not the
 * country the participle names last. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: a firm located by a participle before its verb', () => {
  it('reads "A, based in P, western K, was selling G to B" as A\'s sale, with or without the comma before "based"', () => {
    const out = extractText('Halvern Engine Works, based in Pakse, southern Laos, was delivering engine parts to the Orvanne Tractor Plant.');
    expect(expectRel(out, 'SHIPPED_TO', 'Halvern Engine Works', 'Orvanne Tractor Plant').rule).toBe('frame:supply/active');
    expectNoRel(out, 'SHIPPED_TO', 'Laos', 'Orvanne Tractor Plant');
    const bare = extractText('The agency found that a Laotian firm Halvern Engine Works (HEW) based in Pakse, southern Laos, was delivering engine parts to the Orvanne Tractor Plant.');
    expectRel(bare, 'SHIPPED_TO', 'Halvern Engine Works', 'Orvanne Tractor Plant');
    expectNoRel(bare, 'SHIPPED_TO', 'Laos', 'Orvanne Tractor Plant');
  });
});
