/**
 * A described group of targets ("The sanctioned entities include A") is withheld by a hedge before its names, not by
 * one inside a relative clause after them, shown with sentences written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText } from '../helpers.js';

const MEASURE = 'The Laotian Treasury froze the assets of nine people and firms on Monday. ';

describe('a hedge and the names of a group of targets', () => {
  it('keeps the targets when a relative clause after them says "not"', () => {
    const out = extractText(MEASURE + 'The sanctioned entities include Thai-based Halvern Trading along with its founder, Martin Varno, ' +
      'who told reporters in May that he had never expected a possible listing.');
    for (const n of ['Halvern Trading', 'Martin Varno']) expectRel(out, 'SANCTIONED', 'Laotian Treasury', n);
  });

  it('withholds them when the hedge comes before the names ("Among those not sanctioned was A")', () => {
    for (const s of ['Among the firms that could be sanctioned next is Halvern Trading.', 'Among those not sanctioned was Halvern Trading.']) {
      expect(extractText(MEASURE + s).relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
    }
  });

  it('withholds them when a condition follows them ("..., if member states approve it")', () => {
    const out = extractText('The European Union unveiled a new package on Monday. The targets include Halvern Group and Orvel Trading, if member states approve it.');
    expect(out.relations.filter((r) => r.type === 'SANCTIONED')).toEqual([]);
  });

  it('takes the month May for no hedge', () => {
    expectRel(extractText(MEASURE + 'Among those sanctioned in May was Halvern Trading.'), 'SANCTIONED', 'Laotian Treasury', 'Halvern Trading');
  });
});
