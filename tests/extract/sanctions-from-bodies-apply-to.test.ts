/**
 * "Sanctions from K, L and M also apply to A": the bodies named after "from" in the measure's own phrase impose it,
 * each of them. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: sanctions from bodies apply to a target', () => {
  it('gives the measure to every body after "from"', () => {
    const out = extractText('Sanctions from Laos, Vietnam and Thailand also apply to Halvern Group.');
    for (const b of ['Laos', 'Vietnam', 'Thailand']) expectRel(out, 'SANCTIONED', b, 'Halvern Group');
  });

  it('takes a government body after "from" as well', () => {
    const out = extractText('Sanctions from the Laotian Treasury now apply to Brask Logistics.');
    expectRel(out, 'SANCTIONED', 'Laotian Treasury', 'Brask Logistics');
  });

  it('reads nothing from what is not a measure', () => {
    const out = extractText('Revenue from Laos also applies to Halvern Group.');
    expectNoRel(out, 'SANCTIONED', 'Laos', 'Halvern Group');
  });
});
