/**
 * "K has taken countermeasures against A": a state's retaliatory measures on a named firm are sanctions, as "measures"
 * are. Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('sanctions: countermeasures are measures', () => {
  it('reads the firm as the target', () => {
    for (const text of ['Laos has taken countermeasures against Halvern Bank.', 'In May Laos imposed countermeasures on Halvern Bank and Brask Bank.']) {
      expectRel(extractText(text), 'SANCTIONED', 'Laos', 'Halvern Bank');
    }
  });
});
