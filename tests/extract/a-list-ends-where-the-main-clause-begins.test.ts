/**
 * "When K sanctioned A, B cut ties with it": after a comma, a name with a finite verb of its own is another clause's
 * subject, not another target; a list without one ("K sanctioned A, B and C") keeps every name. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('lists: a list ends where the main clause begins', () => {
  it('reads the name after the opening clause\'s comma as no target', () => {
    for (const text of ['When Laos sanctioned Halvern Group, Vestrik cut ties with it.', 'After the Treasury sanctioned Halvern Group, Vestrik cut ties with the firm.']) {
      const out = extractText(text);
      expectNoRel(out, 'SANCTIONED', text.startsWith('When') ? 'Laos' : 'Treasury', 'Vestrik');
    }
  });

  it('keeps a list of the main clause', () => {
    const out = extractText('Laos sanctioned Halvern Group, Vestrik and Brask Logistics.');
    for (const t of ['Halvern Group', 'Vestrik', 'Brask Logistics']) expectRel(out, 'SANCTIONED', 'Laos', t);
  });
});
