import { describe, expect, it } from 'vitest';
import { chunkText, groupSentences, type Span } from '../../../server/extract/model/chunks.js';

function sentencesOf(text: string): Span[] {
  return [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

describe('chunkText', () => {
  const text = Array.from({ length: 40 }, (_, i) => ` Sentence number ${i} says something.`).join('').trim();
  const sentences = sentencesOf(text);

  it('keeps a short text whole', () => {
    expect(chunkText('One. Two.', sentencesOf('One. Two.'), 100, 10)).toEqual([{ text: 'One. Two.', form: 'text', hint: { start: 0, end: 9 } }]);
  });

  it('splits at sentence boundaries into pieces no longer than the limit that overlap and cover everything', () => {
    const pieces = chunkText(text, sentences, 200, 60);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.text.length).toBeLessThanOrEqual(200);
      expect(text.slice(p.hint.start, p.hint.end)).toBe(p.text);
    }
    expect(pieces[0].hint.start).toBe(0);
    expect(pieces[pieces.length - 1].hint.end).toBe(text.length);
    for (let i = 1; i < pieces.length; i++) {
      // Each piece starts inside the one before (overlap) and further on (progress).
      expect(pieces[i].hint.start).toBeGreaterThan(pieces[i - 1].hint.start);
      expect(pieces[i].hint.start).toBeLessThan(pieces[i - 1].hint.end);
      expect(sentences.some((s) => s.start === pieces[i].hint.start)).toBe(true);
    }
  });

  it('cuts a sentence longer than a piece rather than sending it whole', () => {
    const long = 'x'.repeat(450) + '.';
    const pieces = chunkText(long + ' Short one.', sentencesOf(long + ' Short one.'), 200, 20);
    expect(pieces.every((p) => p.text.length <= 200)).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toContain(long);
  });
});

describe('groupSentences', () => {
  it('sends chosen sentences one a line, grouped up to the limit', () => {
    const text = 'A one.  B\ntwo. C three. D four.';
    const chosen = [{ start: 0, end: 6 }, { start: 8, end: 14 }, { start: 24, end: 31 }];
    expect(groupSentences(text, chosen, 1000)).toEqual([{ text: 'A one.\nB two.\nD four.', form: 'sentences', hint: { start: 0, end: 31 } }]);
    expect(groupSentences(text, chosen, 14).map((p) => p.text)).toEqual(['A one.\nB two.', 'D four.']);
  });
});
