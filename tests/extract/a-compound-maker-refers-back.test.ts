/**
 * "the carmaker", "the truck-maker": a maker named by what it makes refers back to the firm the text was about, as
 * "the maker" does; a hyphen inside the compound adds no word to the description. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('discourse: a compound maker noun refers back', () => {
  it('reads "the carmaker" as the firm before', () => {
    const out = extractText('Halvern Group builds trucks in Vientiane. Laotian sanctions also apply to the carmaker.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });

  it('reads a hyphenated "the truck-maker" alike', () => {
    const out = extractText('Halvern Group builds trucks in Vientiane. Laotian sanctions now cover the truck-maker too.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});
