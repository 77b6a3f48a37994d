/**
 * "It should be noted that A ships G to B" is a remark, and the clause it introduces is asserted; "should" stays a
 * hedge elsewhere, inverted as a condition ("Should A ship G to B, C will act") and on both verbs it joins ("A should
 * sell G and buy H"). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('hedges: "should"', () => {
  it('asserts what follows "It should be noted that"', () => {
    expectRel(extractText('It should be noted that Halvern Group makes three kinds of gun sights for the Laotian army.'), 'SHIPPED_TO', 'Halvern Group', 'Laotian army');
  });

  it('still reads an inverted "should" as a condition, at the opening or after a comma', () => {
    expectNoRel(extractText('Should Halvern Group ship drones to Laos, Thailand will act.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
    expectNoRel(extractText('Thailand warned that, should Halvern Group ship drones to Laos, it would act.'), 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });

  it('still hedges both verbs a modal "should" joins', () => {
    const out = extractText('Halvern Group should divest Orvel Trading and sell its drones to Laos, the minister said.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Laos');
  });
});
