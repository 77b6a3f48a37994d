/**
 * A body named before an official's title in the attribution of a list sentence is the speaker's employer, no target:
 * 'The measures hit "a ring of ...," the Treasury under-secretary, X, said'. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from '../helpers.js';

describe('sanctions: the employer of the official who speaks is no target', () => {
  it('draws no sanction on "the Laotian Treasury under-secretary, X, said"', () => {
    const out = extractText('Laos has sanctioned two Vietnamese individuals and three entities, the Laotian Treasury said.\n\n' +
      'The sanctions target "a ring of Vietnam-based traders," the Laotian Treasury under-secretary, Oleg Brask, said in a statement.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Laotian Treasury');
  });

  it('still takes a name the list sentence gives before the closing attribution', () => {
    const out = extractText('Laos has sanctioned two Vietnamese individuals and three entities.\n\nThe sanctions target Halvern Group, the Laotian Treasury spokesman said.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Laotian Treasury');
  });
});
