/**
 * Lists the text announces and gives later in the sentence: past a day ("sanctioned 12 entities on Tuesday, including
 * A and B"), after a colon with commas alone ("The following companies shipped G to B: A, C, D."), and after a plural
 * copula ("The main suppliers of G to B are A and C"). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: lists given later in the sentence', () => {
  const FAR = 'Laos sanctioned several firms on Monday. The round is its largest. Officials gave no figures. ';
  it('reads items set apart by semicolons after a colon, each opening with its name', () => {
    const out = extractText(FAR + 'The designations include some Vietnamese arms makers: Halvern Group JSC and 12 affiliates; Brask Logistics; ' +
      'Orvel Helicopters, together with nine of its units; and Tessaly Optics.');
    for (const t of ['Halvern Group JSC', 'Brask Logistics', 'Orvel Helicopters', 'Tessaly Optics']) expectRel(out, 'SANCTIONED', 'Laos', t);
  });

  it('takes no clause for an item: "...; B; A\'s owner said it would appeal"', () => {
    const out = extractText(FAR + 'The designations include some Vietnamese arms makers: Halvern Group JSC; Brask Logistics; Orvel Trading owner Martin Varno said the firm would appeal.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Martin Varno');
  });

  it('takes from a semicolon item only a name that opens it', () => {
    const out = extractText(FAR + 'The designations include some Vietnamese arms makers: Halvern Group JSC; Brask Logistics; officials in Mongolia said Tessaly Optics was spared.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Brask Logistics');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Tessaly Optics');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Mongolia');
  });

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
