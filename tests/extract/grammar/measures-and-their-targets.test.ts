/**
 * Sanctions worded around the measure: "the EU's 14th package targets A", "The sanctions, announced by B on Thursday,
 * target A and C", "A is subject to EU restrictive measures", "A, a firm that B sanctioned last year, ...". Sentences
 * written for the test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { expectRel, extractText, relationsOf } from '../helpers.js';

describe('grammar: a measure as the subject', () => {
  it('reads "the EU\'s 14th sanctions package targets A" (the verb the tagger takes for a noun after one measure)', () => {
    const out = extractText('The European Union\'s 14th sanctions package targets Brask Logistics, a Mongolian trader.');
    expect(expectRel(out, 'SANCTIONED', 'European Union', 'Brask Logistics').rule).toBe('frame:sanction/active');
  });

  it('reads "The sanctions, announced by B on Thursday, target A and C" past the aside', () => {
    const out = extractText('The sanctions, announced by the US Treasury on Thursday, target Brask Logistics and Halvern Dynamics.');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Brask Logistics');
    expectRel(out, 'SANCTIONED', 'US Treasury', 'Halvern Dynamics');
  });

  it('leaves a package aimed at a sector alone', () => {
    expect(relationsOf('The European Union\'s new package targets the Mongolian energy sector.', 'SANCTIONED')).toEqual([]);
  });
});

describe('grammar: a target subject to a body\'s measures', () => {
  it('reads "A is subject to EU restrictive measures" and "A is under UK restrictive measures"', () => {
    expect(expectRel(extractText('Brask Logistics is subject to EU restrictive measures.'), 'SANCTIONED', 'EU', 'Brask Logistics').rule).toBe('frame:sanction/subject-to');
    expectRel(extractText('Halvern Dynamics is under UK restrictive measures.'), 'SANCTIONED', 'UK', 'Halvern Dynamics');
  });
});

describe('grammar: the target of an object relative', () => {
  it('reads "A, a firm that B sanctioned last year, sold G to C": a time phrase is no object', () => {
    const out = extractText('Brask Logistics, a Mongolian firm that the US Treasury sanctioned last year, sold bearings to Halvern Dynamics.');
    expect(expectRel(out, 'SANCTIONED', 'US Treasury', 'Brask Logistics').rule).toBe('frame:sanction/active');
    expectRel(out, 'SHIPPED_TO', 'Brask Logistics', 'Halvern Dynamics');
  });
});
