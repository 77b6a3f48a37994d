/**
 * A buyer's own routes: "B set up new supply chains through K", "B routed its purchases of G through K", "B gets G
 * via third countries such as K": the places named supply the buyer. Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: the routes a buyer sets up', () => {
  it('reads "B set up new supply chains through K and C" as K and C supplying B', () => {
    const out = extractText('After the ban, Halvern Dynamics set up new supply chains through Mongolia and Armenia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Mongolia', 'Halvern Dynamics').rule).toBe('frame:supply-chain-through/active');
    expectRel(out, 'SHIPPED_TO', 'Armenia', 'Halvern Dynamics');
    // (A destination named in the clause receives instead: "... supply chains to Russia through K".)
    expectRel(extractText('Halvern Dynamics organised procurement routes to Belarus through Armenia.'), 'SHIPPED_TO', 'Armenia', 'Belarus');
  });

  it('leaves a seller\'s routes and a route with no place alone', () => {
    expect(relationsOf('Orvanne Semiconductor set up export routes through Mongolia.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Halvern Dynamics created a new supply chain last year.', 'SHIPPED_TO')).toEqual([]);
  });
});

describe('grammar: a buyer routing its purchases', () => {
  it('reads "B routed its purchases of G through K" as K supplying B, not B supplying K', () => {
    const out = extractText('Halvern Dynamics routed its purchases of bearings through Armenia.');
    expect(expectRel(out, 'SHIPPED_TO', 'Armenia', 'Halvern Dynamics').rule).toBe('frame:route-purchases/active');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Dynamics', 'Armenia');
  });
});

describe('grammar: "get" with goods', () => {
  it('reads "B gets G from A" and "B gets G via third countries such as K"', () => {
    expect(expectRel(extractText('Belarus gets Korean bearings from Mongolia.'), 'SHIPPED_TO', 'Mongolia', 'Belarus').rule).toBe('frame:get-goods/active');
    expectRel(extractText('Belarus gets Korean bearings via third countries such as Armenia.'), 'SHIPPED_TO', 'Armenia', 'Belarus');
  });

  it('takes no flow from getting what is no goods', () => {
    expect(relationsOf('Belarus gets political support from Mongolia.', 'SHIPPED_TO')).toEqual([]);
    expect(relationsOf('Halvern Dynamics gets its name from Mongolia.', 'SHIPPED_TO')).toEqual([]);
  });
});
