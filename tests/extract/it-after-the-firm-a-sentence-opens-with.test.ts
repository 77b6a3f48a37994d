/**
 * "The company took a new name after it was sanctioned by B": "it" in a later clause is what the subject of an
 * earlier one, a description that names no one, refers to: the firm named before. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('discourse: "it" after the firm a sentence opens with', () => {
  it('takes the firm the opening description refers to', () => {
    const out = extractText('The Kestra vessel is owned by Laotian company Orvel Trading. The company took a new name in May after it was sanctioned by Vietnam for shipping arms.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Orvel Trading');
  });

  it('does so for "the firm" and a firm named after a preposition', () => {
    const out = extractText('In May the Kestra vessel went to Halvern Group. The firm took a new name after it was sanctioned by Vietnam.');
    expectRel(out, 'SANCTIONED', 'Vietnam', 'Halvern Group');
  });

  it('takes none where the sentence before opens with another firm, unless a role names the one', () => {
    expectNoRel(extractText('Vestrik owns Dornik LLC. The company sold the unit after it was sanctioned by Vietnam.'), 'SANCTIONED', 'Vietnam', 'Dornik LLC');
    expectRel(extractText('Brask Logistics sold drones to Orvel Trading. The buyer later said it had been sanctioned by Vietnam.'), 'SANCTIONED', 'Vietnam', 'Orvel Trading');
  });
});
