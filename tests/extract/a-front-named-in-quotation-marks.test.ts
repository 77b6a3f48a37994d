/**
 * 'A used B as a "front company" to resell G to C': the role in quotation marks after "as" and its determiner is read as
 * the bare one is: B is the infinitive's subject and A's goods go through B. Sentences written for the test (invented
 * names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('fronts: a front named in quotation marks', () => {
  it('reads the user, the front and the buyer', () => {
    for (const text of [
      'Halvern Group used Brask Logistics as a "front company" to resell engines to Vestrik.',
      'Laos says Halvern Group used the Vietnam-based Brask Logistics as a “front company” to resell jet engines to Vestrik.',
    ]) {
      const out = extractText(text);
      expectRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
      expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Vestrik');
    }
  });

  it('draws no supply to a partner that is no front', () => {
    const out = extractText('Halvern Group used Brask Logistics as a "partner" to resell engines to Vestrik.');
    expectNoRel(out, 'SHIPPED_TO', 'Halvern Group', 'Brask Logistics');
  });
});
