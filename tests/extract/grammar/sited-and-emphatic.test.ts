/**
 * Subjects past a word between them and their verb, shown with sentences written for the test (invented names): an
 * emphatic reflexive ("A itself buys ..."), and the country a firm is from before a relative pronoun ("A from P, which
 * purchases ..." is about A), where the older rules' reading of the country as a party gives way to the grammar's.
 */
import { describe, expect, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('grammar: subjects past an emphatic reflexive or a firm\'s country', () => {
  it('reads the subject before "itself": "A itself receives G from B"', () => {
    const out = extractText('Velkor Trading itself receives drones from the Kazakh firm Tarsin Arba.');
    expect(expectRel(out, 'SHIPPED_TO', 'Tarsin Arba', 'Velkor Trading').rule).toBe('frame:acquire/active');
  });

  it('reads "A from P, which purchases G from B" as about A, and draws nothing to P', () => {
    const out = extractText('Its main supplier is Orvex Trading from Kazakhstan, which purchases microchips from the German firm Velkor GmbH.');
    expect(expectRel(out, 'SHIPPED_TO', 'Velkor GmbH', 'Orvex Trading').rule).toBe('frame:acquire/active');
    expectNoRel(out, 'SHIPPED_TO', 'Velkor GmbH', 'Kazakhstan');
  });
});
