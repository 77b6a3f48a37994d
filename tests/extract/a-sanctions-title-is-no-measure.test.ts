/**
 * "The paper reported that sanctions minister A warned ...": "sanctions" before a person's title, with no subject
 * before it, is the field of the title, not a verb whose object is the person. Sentences written for the test
 * (invented names).
 */
import { describe, it } from 'vitest';
import { expectNoRel, expectRel, extractText } from './helpers.js';

describe('sanctions: a sanctions title is no measure', () => {
  it('reads no target in a title of the field', () => {
    for (const text of [
      'The UK sanctioned Dornik LLC.\nThe paper reported that sanctions minister Martin Varno warned Laos.',
      'The UK sanctioned Dornik LLC.\nLaos said that sanctions official Martin Varno had lied.',
    ]) {
      const out = extractText(text);
      expectRel(out, 'SANCTIONED', 'United Kingdom', 'Dornik LLC');
      expectNoRel(out, 'SANCTIONED', 'United Kingdom', 'Martin Varno');
    }
  });

  it('keeps the verb that has a subject', () => {
    const out = extractText('Laos now sanctions minister Martin Varno over the deal.');
    expectRel(out, 'SANCTIONED', 'Laos', 'Martin Varno');
  });

  it('keeps the verb of a relative clause on a measure', () => {
    const out = extractText('The EU approved a package that sanctions oligarch Martin Varno and Vestrik.');
    expectRel(out, 'SANCTIONED', 'EU', 'Martin Varno');
    expectRel(out, 'SANCTIONED', 'EU', 'Vestrik');
  });
});
