/**
 * "B has imposed sanctions on K, and last month it sanctioned A": "it" in a later clause is the body of the sentence's
 * own earlier measure, not a body the sentence before named; a measure may be counted ("a string of sanctions").
 * Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('discourse: "it" for the body of the sentence\'s earlier measure', () => {
  it('takes the body of the earlier clause', () => {
    for (const text of [
      'The Treasury sanctioned Dornik LLC.\nThe US has imposed many sanctions on Laos, and last month it sanctioned Pavel Dorin.',
      'The Treasury sanctioned Dornik LLC.\nLast month Canada sanctioned Halvern Group, after it sanctioned Pavel Dorin in May.',
      'The Treasury warned of penalties for any bank that helps them.\nThe US imposed a string of penalties and sanctions against Laos this year, most recently in May when it sanctioned the Laotian minister Pavel Dorin.',
    ]) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', text.includes('Canada') ? 'Canada' : 'United States', 'Pavel Dorin');
      expectNoRel(out, 'SANCTIONED', 'Treasury', 'Pavel Dorin');
    }
  });

  it('keeps the body referred to when the earlier clause took no measure', () => {
    const out = extractText('The Treasury sanctioned Dornik LLC.\nLaos protested after it sanctioned Pavel Dorin.');
    expectRel(out, 'SANCTIONED', 'Treasury', 'Pavel Dorin');
  });

  it('takes the nearest clause, not one a relative clause or a verb of saying stands after', () => {
    for (const [text, other] of [
      ['Laos listed Vestrik, which the EU sanctioned when it designated Halvern Group.', 'Laos'],
      ['Thailand designated Vestrik; the EU, which also sanctioned Brask Logistics, said it designated Halvern Group.', 'Thailand'],
    ]) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', 'EU', 'Halvern Group');
      expectNoRel(out, 'SANCTIONED', other, 'Halvern Group');
    }
  });
});
