/**
 * Lists the text announces and gives later in the sentence: past a day ("sanctioned 12 entities on Tuesday, including
 * A and B"), after a colon with commas alone ("The following companies shipped G to B: A, C, D."), and after a plural
 * copula ("The main suppliers of G to B are A and C"). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: lists given later in the sentence', () => {
  it('reads "B sanctioned 12 entities on Tuesday, including A and C"', () => {
    const out = extractText('The US Treasury sanctioned 12 entities on Tuesday, including Halvern Group and Tessaly Optics.');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Halvern Group');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Tessaly Optics');
  });

  it('reads "The following companies shipped G to B: A, C, D." with commas alone', () => {
    const out = extractText('The following companies shipped bearings to Belarus: Halvern Group, Tessaly Optics, Brask Logistics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Belarus');
  });

  it('takes no list that goes on past the names: "...: A, C and other firms."', () => {
    const out = extractText('The following companies shipped bearings to Belarus: Halvern Group, Tessaly Optics and dozens of small traders.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
  });

  it('reads "The main suppliers of G to B are A and C"', () => {
    const out = extractText('The main suppliers of bearings to Belarus are Halvern Group and Tessaly Optics.');
    expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Belarus');
    expectRel(out, 'SHIPPED_TO', 'Tessaly Optics', 'Belarus');
  });
});
