/**
 * "the UN-designated A": the tokeniser keeps a word after the prefix "un-" whole, so the body's short form was lost; it
 * is split as "US-designated" is, and a hyphen left open before "and" shares the next name's participle in an owner's
 * phrase too ("a unit of the EU- and UN-designated B"). Sentences written for the test (invented names).
 */
import { describe, it } from 'vitest';
import { expectRel, extractText } from './helpers.js';

describe('sanctions: a short body name joined to a participle', () => {
  it('reads the UN in "the UN-designated A" as the body', () => {
    const out = extractText('Laos traded with the UN-designated Brask Group until 2019.');
    expectRel(out, 'SANCTIONED', 'UN', 'Brask Group');
  });

  it('takes the owner past a shared hyphen in "a unit of the EU- and UN-designated B"', () => {
    const out = extractText('Halvern Co was named in 2013 as a unit of the EU- and UN-designated Brask Group.');
    expectRel(out, 'SUBSIDIARY_OF', 'Halvern Co', 'Brask Group');
    expectRel(out, 'SANCTIONED', 'EU', 'Brask Group');
    expectRel(out, 'SANCTIONED', 'UN', 'Brask Group');
  });
});
