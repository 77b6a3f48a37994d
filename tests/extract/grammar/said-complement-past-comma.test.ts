/**
 * A complement of saying without its "that", its subject closed by a stray comma: "B said the network of A, had supplied
 * G to K" (the network supplies; B only says so). Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('a reported complement past a comma', () => {
  it('reads "K\'s Treasury said the Varno Network, had procured and supplied G to L" as the network supplying', () => {
    const out = extractText('The Laotian Treasury, working with the police, said the Varno Network, had procured and supplied electronic parts to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Varno Network', 'Vietnam');
    expectNoRel(out, 'SHIPPED_TO', 'Laotian Treasury', 'Vietnam');
  });

  it('reads no sayer into a complement whose subject names no one ("said the network, had supplied G")', () => {
    const out = extractText('The Laotian Treasury said the smuggling network, had supplied electronic parts to Vietnam.');
    expectNoRel(out, 'SHIPPED_TO', 'Laotian Treasury', 'Vietnam');
  });

  it('keeps a verb after the object of a verb of no saying the subject\'s own ("A paid B, then shipped G to K")', () => {
    const out = extractText('Halvern Trading paid Brask Logistics, then shipped drones to Vietnam.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Trading', 'Vietnam');
    // (Nor after a verb of warning: "warned B, then shipped G" is a series of the subject's own.)
    const warned = extractText('Halvern Trading warned Brask Logistics, then shipped drones to Vietnam.');
    expect(expectRel(warned, 'SHIPPED_TO', 'Halvern Trading', 'Vietnam').rule).toBe('frame:supply/active');
  });
});
