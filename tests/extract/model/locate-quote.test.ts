import { describe, expect, it } from 'vitest';
import { locateQuote, normalise } from '../../../server/extract/model/locate-quote.js';

describe('locateQuote', () => {
  const text = 'Intro.\n\nThe firm said:  \u201CWe shipped\nthe parts\u201D \u2013 all 40 of them\u2026 to Minsk.';

  it('finds an exact quote at its offsets', () => {
    const q = 'The firm said:';
    const [s, e] = locateQuote(text, q)!;
    expect(text.slice(s, e)).toBe(q);
  });

  it('finds a quote across whitespace, quote, dash and ellipsis differences, with exact original offsets', () => {
    const [s, e] = locateQuote(text, 'said: "We shipped the parts" - all 40 of them... to Minsk.')!;
    expect(text.slice(s, e)).toBe('said:  \u201CWe shipped\nthe parts\u201D \u2013 all 40 of them\u2026 to Minsk.');
  });

  it('finds a quote the model wrapped in quotation marks', () => {
    const [s, e] = locateQuote(text, '"The firm said:"')!;
    expect(text.slice(s, e)).toBe('The firm said:');
  });

  it('returns null for a quote that is not in the text, or differs in more than typography', () => {
    expect(locateQuote(text, 'The firm denied it.')).toBeNull();
    expect(locateQuote(text, 'the firm said:')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
  });

  it('prefers an occurrence inside the hinted part of the text', () => {
    const t = 'A sold B. Filler text here. A sold B.';
    expect(locateQuote(t, 'A sold B.', { start: 20, end: t.length })).toEqual([28, 37]);
    expect(locateQuote(t, 'A sold B.')).toEqual([0, 9]);
  });

  it('normalise maps every character back to the original', () => {
    const n = normalise('  a \u2014\u00A0b\u2019s  ');
    expect(n.text).toBe("a - b's");
    expect([...n.text].map((_, i) => n.map[i])).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});
