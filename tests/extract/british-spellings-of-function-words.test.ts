/**
 * British forms of function words read as the common ones: "Amongst the individuals sanctioned was A" as "Among ...",
 * "whilst" as "while". Sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../server/extract/sentences.js';
import { cleanArticle } from '../../server/extract/clean.js';
import { expectRel, extractText } from './helpers.js';

describe('sentences: British spellings of function words', () => {
  it('reads "amongst" as "among" for the targets after it', () => {
    const out = extractText('Laos imposed sanctions on ten people on Monday. Amongst the individuals sanctioned was Martin Varno.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Martin Varno');
  });

  it('keeps the text as written, only its lower-case form is read so', () => {
    const an = analyse(cleanArticle('Whilst talks went on, amongst others Laos acted.'));
    const words = an.tokens.filter((t) => /^(?:whilst|amongst)$/i.test(t.text));
    expect(words.map((t) => [t.text, t.lower])).toEqual([['Whilst', 'while'], ['amongst', 'among']]);
  });
});
