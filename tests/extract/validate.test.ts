import { describe, expect, it } from 'vitest';
import { InputError } from '../../server/domain/errors.js';
import { decodeArticleBytes, extractArticles, MAX_ARTICLE_CHARS } from '../../server/extract/index.js';

/** The InputError thrown by fn, with its code and status. */
function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const one = (text: string) => () => extractArticles([{ id: 'a.txt', text }]);

describe('bad input gets a clear error or an empty result', () => {
  it('empty or blank text', () => {
    for (const t of ['', '   \n\t  ']) {
      const e = inputError(one(t));
      expect(e.code).toBe('empty_text');
      expect(e.message).toContain('a.txt');
    }
  });

  it('binary content', () => {
    const e = inputError(one('PK\u0003\u0004\u0000\u0000\u0014\u0000binary\u0000data'));
    expect(e.code).toBe('binary_text');
    expect(e.status).toBe(422);
  });

  it('invalid UTF-8, as bytes or as replacement characters', () => {
    expect(inputError(() => decodeArticleBytes(new Uint8Array([0x43, 0x68, 0xff, 0xfe, 0x69]), 'x.txt')).code).toBe('invalid_utf8');
    expect(decodeArticleBytes(new TextEncoder().encode('Kupol \u2014 ok'))).toBe('Kupol \u2014 ok');
    expect(inputError(one('China \uFFFD\uFFFD sold \uFFFD\uFFFD drones \uFFFD to \uFFFD Russia')).code).toBe('invalid_utf8');
  });

  it('a 10 MB article is refused with 413', () => {
    const big = 'China sold drones to Russia through Kazakhstan, the report said. '.repeat(Math.ceil(10_000_000 / 66));
    const e = inputError(one(big));
    expect(e.code).toBe('too_large');
    expect(e.status).toBe(413);
    expect(e.message).toContain(MAX_ARTICLE_CHARS.toLocaleString('en'));
  });

  it('text in another language', () => {
    const fr = "La Chine a vendu des drones et des pièces détachées à la Russie pour plus de douze millions de dollars, selon le journal. Les exportateurs chinois ont utilisé des intermédiaires au Kazakhstan et en Biélorussie pour contourner les sanctions occidentales, a indiqué l'enquête publiée mardi.";
    expect(inputError(one(fr)).code).toBe('unsupported_language');
    expect(inputError(one('Китай продал России беспилотники и запчасти на сумму более двенадцати миллионов долларов.')).code).toBe('unsupported_language');
  });

  it('text with no entities gives an empty result, not an error', () => {
    const out = extractArticles([{ id: 'calm.txt', text: 'The weather was pleasant and the market was calm. People walked in the park and talked about the week.' }]);
    expect(out.articles).toHaveLength(1);
    expect(out.entities).toEqual([]);
    expect(out.relations).toEqual([]);
  });

  it('text without a single word', () => {
    expect(inputError(one('!?.,;: 12 345 -- ** ##'.repeat(20))).code).toBe('no_words');
  });

  // Completes at all (a blow-up would hit the test timeout); bench:extract measures CPU s/MB per adversarial shape.
  it('pathological text is extracted: one endless word, a long list, one huge sentence', () => {
    const cases = [
      'a'.repeat(300_000),
      'The report named ' + Array.from({ length: 3000 }, (_, i) => `Firm${i} Trading`).join(', ') + ' as suppliers of China.',
      'China sold drones to Russia and ' + 'Kazakhstan and the company and its subsidiary and '.repeat(4000) + 'Belarus.',
    ];
    for (const text of cases) {
      const out = extractArticles([{ id: 'p.txt', text }]);
      expect(out.articles).toHaveLength(1);
    }
  });
});
