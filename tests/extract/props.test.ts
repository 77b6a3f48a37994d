import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../server/extract/clean.js';
import { goodsIn, parseUsd, periodIn, quantityIn, valueIn } from '../../server/extract/props.js';
import { analyse } from '../../server/extract/sentences.js';

describe('props: money', () => {
  it.each([
    ['$12 million', 12e6], ['12 million dollars', 12e6], ['$ 10 million', 10e6], ['more than $225 million', 225e6],
    ['$100 ml', 100e6], ['US$5m', 5e6], ['USD 3.5 billion', 3.5e9], ['1,200,000 dollars', 1.2e6], ['$1.2bn', 1.2e9],
  ])('%s -> %d', (s, v) => expect(parseUsd(s)).toBe(v));

  it('does not read other currencies as dollars', () => {
    expect(parseUsd('\u20ac7 million')).toBeUndefined();
    expect(parseUsd('7 million roubles')).toBeUndefined();
  });
});

describe('props: from a sentence', () => {
  const an = analyse(cleanArticle('Since 2024, Kupol has received 1,000 assault rifles and spare parts worth more than $4.5 million from June to December 2022.'));
  const all = [0, an.tokens.length] as const;

  it('reads value, quantity and period', () => {
    expect(valueIn(an, ...all)).toBe(4.5e6);
    expect(quantityIn(an, ...all)).toBe('1,000 assault rifles');
    expect(periodIn(an, ...all)).toBe('since 2024');
  });

  it('reads no period from the length of a penalty: "sentenced to four years", "three years in prison"', () => {
    for (const text of ['Varno was sentenced to four years for shipping scopes to Laos.', 'Varno got three years in prison for shipping scopes to Laos.', 'Varno faces a two-year prison term over the scopes.']) {
      const a = analyse(cleanArticle(text));
      expect(periodIn(a, 0, a.tokens.length), text).toBeUndefined();
    }
    const both = analyse(cleanArticle('Varno was sentenced to four years for shipping scopes to Laos in 2021.'));
    expect(periodIn(both, 0, both.tokens.length)).toBe('in 2021');
    const trade = analyse(cleanArticle('Varno shipped scopes to Laos for two years.'));
    expect(periodIn(trade, 0, trade.tokens.length)).toBe('two years');
    // (A date is never a penalty's length, whatever words stand beside it: "steel bars in 2022"; but the date a penalty
    // was handed down is not the trade's either.)
    const date = analyse(cleanArticle('Varno shipped steel bars in 2022 to Laos.'));
    expect(periodIn(date, 0, date.tokens.length)).toBe('in 2022');
    for (const text of ['Halvern Group, whose director was jailed in 2023, shipped scopes to Laos.', 'Varno was sentenced in March 2023 to six years in prison for exporting drones.']) {
      const a = analyse(cleanArticle(text));
      expect(periodIn(a, 0, a.tokens.length), text).toBeUndefined();
    }
  });

  it('lists goods without quantities, determiners or measures', () => {
    const from = an.tokens.findIndex((t) => t.text === 'received') + 1;
    const to = an.tokens.findIndex((t) => t.text === 'worth');
    expect(goodsIn(an, from, to)).toEqual(['assault rifles', 'spare parts']);
    const an2 = analyse(cleanArticle('Moscow imported 80 tons of bulletproof vests and $4.5 million worth of microcontrollers.'));
    expect(goodsIn(an2, 2, an2.tokens.length)).toEqual(['bulletproof vests', 'microcontrollers']);
  });
});
