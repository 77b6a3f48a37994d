/**
 * The "to" of an adjective of closeness ("oligarchs close to B", "officers loyal to B") is the adjective's, no role of
 * the verb, shown with sentences written for the test (invented names): B is no target of the measures.
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('roles: "close to B", "loyal to B"', () => {
  it('takes no target from the "to" of "close to"', () => {
    const out = extractText('Thailand sanctioned Halvern Group. Penalties were also imposed over graft and money laundering for Laotian oligarchs close to Martin Varno.');
    expectRel(out, 'SANCTIONED', 'Thailand', 'Halvern Group');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Martin Varno');
  });

  it('takes no target from the "to" of "loyal to"', () => {
    const out = extractText('Thailand sanctioned Halvern Group. Penalties were also imposed over graft for generals loyal to Martin Varno.');
    expectNoRel(out, 'SANCTIONED', 'Thailand', 'Martin Varno');
  });
});
